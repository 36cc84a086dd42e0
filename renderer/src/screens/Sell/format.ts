/** Moments as the shop reads them (its own time zone): one place for every screen, see shopZone.ts. */
export { formatShortWhen, formatWhen } from '../../shopZone';

/** A GST rate in basis points as "5%" / "2.5%". */
export const formatRate = (bps: number) => `${(bps / 100).toFixed(bps % 100 === 0 ? 0 : 2)}%`;
