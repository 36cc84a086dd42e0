import type Database from 'better-sqlite3';
import foundation from './0001-foundation';
import catalog from './0002-catalog';
import search from './0003-search';
import printJobs from './0004-print-jobs';
import productPhotos from './0005-product-photos';
import printers from './0006-printers';
import sales from './0007-sales';
import returns from './0008-returns';
import payouts from './0009-payouts';
import backups from './0010-backups';
import exchanges from './0011-exchanges';
import shareRules from './0012-share-rules';
import reportIndexes from './0013-report-indexes';
import rentals from './0014-rentals';
import catalogReportSpeed from './0015-catalog-report-speed';
import rentalPhotos from './0016-rental-photos';
import dayCloses from './0017-day-closes';
import unsettledEntries from './0018-unsettled-entries';
import rentalGst from './0019-rental-gst';
import idempotencyHash from './0020-idempotency-hash';
import lowStockIndex from './0021-low-stock-index';
import membersBoard from './0022-members-board';
import customOrders from './0023-custom-orders';
import dayCloseCount from './0024-day-close-count';
import rangeReports from './0025-range-reports';
import lan from './0026-lan';
import upiLimitRentRule from './0027-upi-limit-rent-rule';
import offlineBills from './0028-offline-bills';
import reportSpeed from './0029-report-speed';
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** In order; a new version is a new file appended here, never an edit of a shipped one. */
export const migrations: readonly Migration[] = [
  foundation, catalog, search, printJobs, productPhotos, printers, sales, returns, payouts, backups, exchanges, shareRules, reportIndexes,
  rentals, catalogReportSpeed, rentalPhotos, dayCloses, unsettledEntries, rentalGst, idempotencyHash, lowStockIndex, membersBoard, customOrders,
  dayCloseCount, rangeReports, lan, upiLimitRentRule, offlineBills, reportSpeed,
];
