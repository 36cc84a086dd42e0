import type { Api } from '../shared/api';
import type { HandlerMap } from './dispatch';
import { artisansHandlers } from './artisans/handlers';
import { catalogHandlers } from './catalog/handlers';
import { productHandlers } from './catalog/product-handlers';
import { craftsHandlers } from './crafts/handlers';
import { csvHandlers } from './csv/handlers';
import { labelsHandlers } from './labels/handlers';
import { photosHandlers } from './photos/handlers';
import { salesHandlers } from './sales/handlers';
import { billingHandlers } from './billing/handlers';
import { payoutsHandlers } from './payouts/handlers';
import { rentalsHandlers } from './rentals/handlers';
import { ordersHandlers } from './orders/handlers';
import { usersHandlers } from './users/handlers';
import { backupHandlers } from './backup/handlers';
import { lanHandlers } from './lan/handlers';
import { printHandlers } from './print/handlers';
import { reportsHandlers } from './reports/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { rangeReportsHandlers } from './reports/range/handlers';
import { searchHandlers } from './catalog/search-handlers';
import { sessionHandlers } from './session/handlers';
import { settingsHandlers } from './settings/handlers';
import { setupHandlers } from './setup/handlers';
import { countsHandlers } from './stock/count-handlers';
import { stockHandlers } from './stock/handlers';
import { boardHandlers } from './board/handlers';
import { xlsxHandlers } from './xlsx/handlers';
import { a4Handlers } from './a4/handlers';
import { tillHandlers } from './till/handlers';
import { gstHandlers } from './gst/handlers';

/** Every method of the contract has exactly one handler here; a missing one fails to compile. */
export const handlers = {
  ...setupHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...catalogHandlers,
  ...productHandlers,
  ...craftsHandlers,
  ...artisansHandlers,
  ...stockHandlers,
  ...countsHandlers,
  ...searchHandlers,
  ...csvHandlers,
  ...labelsHandlers,
  ...photosHandlers,
  ...salesHandlers,
  ...billingHandlers,
  ...payoutsHandlers,
  ...rentalsHandlers,
  ...ordersHandlers,
  ...usersHandlers,
  ...backupHandlers,
  ...printHandlers,
  ...reportsHandlers,
  ...dashboardHandlers,
  ...boardHandlers,
  ...xlsxHandlers,
  ...a4Handlers,
  ...tillHandlers,
  ...gstHandlers,
  ...rangeReportsHandlers,
  ...lanHandlers,
} satisfies HandlerMap<Api>;
