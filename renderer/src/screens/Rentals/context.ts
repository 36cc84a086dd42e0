import { createContext, useContext } from 'react';
import type { BillingSettings } from '../../../../src/shared/api/billing';

/** What every rentals screen needs: the shop's day (from the core), the UPI setup, who is at the counter. */
export interface RentalsContext {
  /** The shop's business date now, as the core said last ('' until the first answer). */
  today: string;
  /** Each rentals.list answer carries `today`: a screen hands it here so all screens agree. */
  setToday: (today: string) => void;
  billing: BillingSettings | null;
  shopName: string;
  /** A manager may edit terms and pieces; the core checks anyway. */
  manager: boolean;
}

export const RentalsCtx = createContext<RentalsContext>({ today: '', setToday: () => undefined, billing: null, shopName: '', manager: false });
export const useRentals = () => useContext(RentalsCtx);
