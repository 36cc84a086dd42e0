import type { InputOf, OutputOf } from './define';
import { catalogApi } from './catalog';
import { sessionApi } from './session';
import { settingsApi } from './settings';
import { setupApi } from './setup';

/** The whole API: one name per method, declared once; the handler map must satisfy it. */
export const contract = {
  ...setupApi,
  ...sessionApi,
  ...settingsApi,
  ...catalogApi,
};

export type Api = typeof contract;
export type MethodName = keyof Api;
export type Input<N extends MethodName> = InputOf<Api[N]>;
export type Output<N extends MethodName> = OutputOf<Api[N]>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export * from './define';
export type { ShopSettings, ShopSettingsInput } from './settings';
export type { SessionUser } from './session';
export type { SetupInput, SetupStatus, DemoLoaded } from './setup';
export type { ProductPage, ProductRow } from './catalog';
