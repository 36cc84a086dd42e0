import type { Api } from '../shared/api';
import type { HandlerMap } from './dispatch';
import { catalogHandlers } from './catalog/handlers';
import { sessionHandlers } from './session/handlers';
import { settingsHandlers } from './settings/handlers';
import { setupHandlers } from './setup/handlers';

/** Every method of the contract has exactly one handler here; a missing one fails to compile. */
export const handlers = {
  ...setupHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...catalogHandlers,
} satisfies HandlerMap<Api>;
