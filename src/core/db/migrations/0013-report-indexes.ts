import type { Migration } from './index';

/** Day close and monthly reports read returns by shop day: index them like sales (found by the benchmark). */
const m: Migration = {
  version: 13,
  name: 'report-indexes',
  up(db) {
    db.exec('CREATE INDEX sale_returns_date ON sale_returns(business_date);');
  },
};
export default m;
