import type { Migration } from './index';

/** The counter's receipt printer: one row of settings. */
const m: Migration = {
  version: 6,
  name: 'printers',
  up(db) {
    db.exec(`
      CREATE TABLE printer_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        type TEXT NOT NULL DEFAULT 'EPSON' CHECK (type IN ('EPSON', 'STAR', 'TANCA', 'DARUMA', 'BROTHER', 'CUSTOM')),
        interface TEXT NOT NULL DEFAULT '', -- tcp://host:port, a device path (/dev/usb/lp0, COM3) or printer:NAME
        paper TEXT NOT NULL DEFAULT '80mm' CHECK (paper IN ('58mm', '80mm')),
        code_page TEXT NOT NULL DEFAULT 'PC437_USA',
        cut INTEGER NOT NULL DEFAULT 1 CHECK (cut IN (0, 1)),
        cash_drawer INTEGER NOT NULL DEFAULT 0 CHECK (cash_drawer IN (0, 1)),
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 3),
        connect_timeout_ms INTEGER NOT NULL DEFAULT 3000 CHECK (connect_timeout_ms BETWEEN 500 AND 30000),
        idle_timeout_ms INTEGER NOT NULL DEFAULT 5000 CHECK (idle_timeout_ms BETWEEN 1000 AND 60000),
        total_timeout_ms INTEGER NOT NULL DEFAULT 60000 CHECK (total_timeout_ms BETWEEN 5000 AND 300000),
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO printer_settings (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `);
  },
};
export default m;
