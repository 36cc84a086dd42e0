import type { InputOf, OutputOf } from './define';
import { artisansApi } from './artisans';
import { catalogApi } from './catalog';
import { countsApi } from './counts';
import { csvApi } from './csv';
import { labelsApi } from './labels';
import { photosApi } from './photos';
import { salesApi } from './sales';
import { billingApi } from './billing';
import { payoutsApi } from './payouts';
import { rentalsApi } from './rentals';
import { ordersApi } from './orders';
import { usersApi } from './users';
import { backupApi } from './backup';
import { lanApi } from './lan';
import { printApi } from './print';
import { reportsApi } from './reports';
import { dashboardApi } from './dashboard';
import { rangeReportsApi } from './range-reports';
import { craftsApi } from './crafts';
import { productsApi } from './products';
import { searchApi } from './search';
import { sessionApi } from './session';
import { settingsApi } from './settings';
import { setupApi } from './setup';
import { stockApi } from './stock';
import { boardApi } from './board';
import { xlsxApi } from './xlsx';
import { a4Api } from './a4';
import { tillApi } from './till';
import { gstApi } from './gst';

/** The whole API: one name per method, declared once; the handler map must satisfy it. */
export const contract = {
  ...setupApi,
  ...sessionApi,
  ...settingsApi,
  ...catalogApi,
  ...productsApi,
  ...craftsApi,
  ...artisansApi,
  ...stockApi,
  ...countsApi,
  ...searchApi,
  ...csvApi,
  ...labelsApi,
  ...photosApi,
  ...salesApi,
  ...billingApi,
  ...payoutsApi,
  ...rentalsApi,
  ...ordersApi,
  ...usersApi,
  ...backupApi,
  ...printApi,
  ...reportsApi,
  ...dashboardApi,
  ...boardApi,
  ...xlsxApi,
  ...a4Api,
  ...tillApi,
  ...gstApi,
  ...rangeReportsApi,
  ...lanApi,
};

export type Api = typeof contract;
export type MethodName = keyof Api;
/** Any call may carry a manager's PIN (`approval`) to do what its caller alone may not (checked by dispatch). */
export type Input<N extends MethodName> = InputOf<Api[N]> & { approval?: { userId: number; pin: string } };
export type Output<N extends MethodName> = OutputOf<Api[N]>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export * from './define';
export type { ShopSettings, ShopSettingsInput } from './settings';
export type { SessionUser } from './session';
export type { SetupInput, SetupStatus, DemoLoaded } from './setup';
export type { PageCursor, ProductPage, ProductRow } from './catalog';
export type { Product, Unit } from './products';
export type { Artisan } from './artisans';
export type { Craft } from './crafts';
export type { IntakeSlip, Movement, MovementKind, StockChange } from './stock';
export type { CountLine, CountSheet, CountSummary } from './counts';
export type { SearchResult } from './search';
export type { CsvFile, CsvImportReport, CsvRowError } from './csv';
export type { PdfFile } from './labels';
export type { Photo } from './photos';
export type { HeldCart, Sale, SaleExchange, SaleLine, SalePayment, SaleReturn, SaleSummary } from './sales';
export type { BillingSettings } from './billing';
export type { ArtisanBalance, ArtisanStatement, PayoutSlipData, PayoutSummary, UnpaidEntry } from './payouts';
export type { Availability, DayState, PieceEvent, PieceStatus, RentableItem, Rental, RentalLine, RentalMode, RentalPayment, RentalPiece, RentalQuote, RentalReport, RentalReturn, RentalRules, RentalStatus, RentalSummary, RentalTerms, RentalView } from './rentals';
export type { Order, OrderLine, OrderStatus, OrderSummary, OrderView, OrdersDueSummary, OrderDeliveryResult } from './orders';
export type { AuditRow, StaffMember } from './users';
export type { BackupInfo, BackupSettings } from './backup';
export type { CraftTotals, DayCloseRecord, DayCloseReport, DayRentals, MonthlyReport, PeriodTotals } from './reports';
export type { DashboardSummary, DaySales, OwedArtisan } from './dashboard';
export type { PrinterSettings, PrinterSettingsInput, PrintJob, PrintResult, PrintDoc } from './print';
export type { A4Page, BoardAssignee, BoardEvent, BoardItem, BoardItemView, BoardKind, BoardMonth, BoardMonthlyCounts, BoardStatus } from './board';
