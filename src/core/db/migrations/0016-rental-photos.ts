import type { Migration } from './index';

/**
 * Photos of damage taken at a rental's check-in: many per rental, each kept as it was taken
 * (append-only, like the return it is attached to). A check-in line's photo_id (0014, no foreign
 * key there) is checked by the core to be a photo of that same rental. uid: for a later sync.
 */
const m: Migration = {
  version: 16,
  name: 'rental-photos',
  up(db) {
    db.exec(`
      CREATE TABLE rental_photos (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 524288),
        at TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX rental_photos_rental ON rental_photos(rental_id);
      CREATE TRIGGER rental_photos_no_update BEFORE UPDATE ON rental_photos BEGIN SELECT RAISE(ABORT, 'rental_photos is append-only'); END;
      CREATE TRIGGER rental_photos_no_delete BEFORE DELETE ON rental_photos BEGIN SELECT RAISE(ABORT, 'rental_photos is append-only'); END;
    `);
  },
};
export default m;
