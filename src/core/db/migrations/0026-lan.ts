import type { Migration } from './index';

/**
 * A second counter on the shop's LAN (#18). On the main counter: its certificate and the paired
 * devices (a device's token is kept only as a sha256). On a joined counter: the link to the main
 * counter (address, pinned certificate fingerprint, its device token) and the bills it made while
 * the link was down, in order, each with the request id it will be sent with.
 */
const m: Migration = {
  version: 26,
  name: 'lan',
  up(db) {
    db.exec(`
      CREATE TABLE lan_host (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        port INTEGER NOT NULL DEFAULT 4443 CHECK (port BETWEEN 1 AND 65535),
        cert_pem TEXT,
        key_pem TEXT,
        fingerprint TEXT
      ) STRICT;
      CREATE TABLE lan_devices (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        counter_code TEXT NOT NULL UNIQUE,
        token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
        paired_at TEXT NOT NULL,
        revoked_at TEXT,
        last_seen_at TEXT,
        pending_bills INTEGER NOT NULL DEFAULT 0 CHECK (pending_bills >= 0)
      ) STRICT;
      CREATE TABLE lan_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        address TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        cert_pem TEXT NOT NULL,
        device_token TEXT NOT NULL,
        counter_code TEXT NOT NULL,
        shop_name TEXT NOT NULL,
        joined_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE lan_queue (
        seq INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL UNIQUE,
        method TEXT NOT NULL,
        input_json TEXT NOT NULL,
        offline_no TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        result_json TEXT
      ) STRICT;
    `);
  },
};
export default m;
