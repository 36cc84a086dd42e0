/**
 * An A4 document (a statement, a report, a Z report, the board's meeting list) as plain data:
 * every string already in the language it prints in. `a4Html` turns it into one HTML page that
 * Chromium prints to PDF (Electron's printToPDF, Playwright's page.pdf in tests), so the PDF
 * has a real, searchable text layer with Devanagari shaped by the browser.
 */
export interface A4Column {
  label: string;
  /** Money and counts sit right; text sits left. */
  align?: 'left' | 'right';
}

export interface A4Table {
  heading?: string;
  columns: A4Column[];
  rows: string[][];
  /** Totals rows, printed bold under a rule: never mixed into `rows`. */
  totals?: string[][];
  /** Said when there are no rows. */
  empty?: string;
}

export interface A4Doc {
  lang: 'hi' | 'en';
  /** The shop's name and address line(s) at the top. */
  shop: { name: string; lines: string[] };
  title: string;
  subtitle?: string;
  /** Label/value pairs under the title: the period, the artisan, who printed it. */
  meta?: Array<[string, string]>;
  tables: A4Table[];
  /** Short lines at the end: notes, a signature line. */
  footer?: string[];
  /** Printed in the page's corner so a stack of paper can be sorted. */
  printedAt?: string;
}
