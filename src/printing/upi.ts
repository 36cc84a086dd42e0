/** The UPI link builder lives in src/shared/upi.ts so the counter screen draws the same link. */
export { DEFAULT_UPI_LIMIT_PAISE, rupeesDecimal, upiParts, upiPayUri } from '../shared/upi';
