/** The UPI link builder lives in src/shared/upi.ts so the counter screen draws the same link. */
export { rupeesDecimal, upiPayUri } from '../shared/upi';
