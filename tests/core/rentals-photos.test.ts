/** Damage photos at check-in: added to a rental that is out, attached to a return line, read back; never another rental's. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/core/db/migrate';
import { migrations } from '../../src/core/db/migrations';
import { dbFingerprint } from '../support/db';
import { ist, rentalShop, rid } from './rentals-support';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');

describe('damage photos', () => {
  it('a photo added to a rental that is out goes on its return line, is read back, and the audit row does not copy it', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-001' }, { sku: 'RENT-006', qty: 4 }], '2026-11-25');
    const [costume, kalsha] = r.lines.map((l) => l.lineId);
    const { photoId } = s.ok('rentals.addPhoto', { rentalId: r.id, mime: 'image/png', base64: PNG_1PX });
    const second = s.ok('rentals.addPhoto', { rentalId: r.id, mime: 'image/jpeg', base64: JPEG }).photoId;
    expect(second).toBeGreaterThan(photoId);
    expect(s.ok('rentals.getPhoto', { photoId })).toEqual({ mime: 'image/png', base64: PNG_1PX });
    expect(s.ok('rentals.getPhoto', { photoId: second })).toEqual({ mime: 'image/jpeg', base64: JPEG });
    const audit = s.q("SELECT details FROM audit_log WHERE action = 'rentals.addPhoto' ORDER BY id LIMIT 1") as string;
    expect(audit).not.toContain(PNG_1PX);
    expect(JSON.parse(audit)).toMatchObject({ input: { rentalId: r.id, mime: 'image/png', bytes: Buffer.from(PNG_1PX, 'base64').length }, photoId });

    s.at('2026-11-25');
    const back = s.ok('rentals.checkIn', {
      requestId: rid(), rentalId: r.id, refundMethod: 'cash',
      lines: [
        { lineId: costume!, qty: 1, damagePaise: 30_000, damageNote: 'दुपट्टा फटा / torn dupatta', photoId },
        { lineId: kalsha!, qty: 3, missingQty: 1, damagePaise: 15_000, damageNote: 'एक टूटा / one broken', photoId: second },
      ],
    });
    expect(back.returns[0]!.lines.map((l) => l.photoId)).toEqual([photoId, second]);
    // the piece's history keeps the photo too
    const piece = s.ok('rentals.getPiece', { pieceId: r.lines[0]!.pieceId! });
    expect(piece.history.at(-1)).toMatchObject({ status: 'cleaning', photoId });
    // once returned, no more photos can be added to it
    expect(s.err('rentals.addPhoto', { rentalId: r.id, mime: 'image/png', base64: PNG_1PX })).toEqual(['RENTAL_STATUS', 'rentalId']);
  });

  it('refuses a photo of another rental, an unknown one, and a booking or unknown rental; writes nothing', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-001' }], '2026-11-25');
    const other = s.walkIn([{ sku: 'RENT-004' }], '2026-11-25');
    const booked = s.book([{ sku: 'RENT-008' }], '2026-11-28', '2026-11-29');
    const theirs = s.ok('rentals.addPhoto', { rentalId: other.id, mime: 'image/png', base64: PNG_1PX }).photoId;
    const before = dbFingerprint(s.app.db);
    const checkIn = (photoId: number) =>
      s.err('rentals.checkIn', { requestId: rid(), rentalId: r.id, refundMethod: 'cash', lines: [{ lineId: r.lines[0]!.lineId, qty: 1, damagePaise: 100, damageNote: 'x', photoId }] });
    expect(checkIn(theirs)).toEqual(['NOT_FOUND', ['lines', 0, 'photoId']]);
    expect(checkIn(theirs + 100)).toEqual(['NOT_FOUND', ['lines', 0, 'photoId']]);
    expect(s.err('rentals.addPhoto', { rentalId: booked.id, mime: 'image/png', base64: PNG_1PX })).toEqual(['RENTAL_STATUS', 'rentalId']);
    expect(s.err('rentals.addPhoto', { rentalId: 9999, mime: 'image/png', base64: PNG_1PX })).toEqual(['NOT_FOUND', 'rentalId']);
    expect(s.err('rentals.getPhoto', { photoId: theirs + 100 })).toEqual(['NOT_FOUND', 'photoId']);
    expect(dbFingerprint(s.app.db)).toBe(before);
  });

  it('checks the bytes as product photos do: an image of the claimed type, at most 512 KB', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-001' }], '2026-11-25');
    const before = dbFingerprint(s.app.db);
    const issue = (input: { mime: 'image/png' | 'image/jpeg' | 'image/webp'; base64: string }) => {
      const x = s.call('rentals.addPhoto', { rentalId: r.id, ...input });
      if (x.ok) throw new Error('accepted');
      const d = x.error.details as { issues: { path: unknown[]; message: string }[] };
      return [x.error.code, d.issues[0]!.path, d.issues[0]!.message];
    };
    expect(issue({ mime: 'image/png', base64: Buffer.from('<svg onload=alert(1)>').toString('base64') })).toEqual(['INVALID_INPUT', ['base64'], 'photo_type']);
    expect(issue({ mime: 'image/jpeg', base64: PNG_1PX })).toEqual(['INVALID_INPUT', ['mime'], 'photo_type']);
    // a real PNG header one byte over 512 KiB: too big by its bytes (the schema's length bound lets it through)
    const png = Buffer.from(PNG_1PX, 'base64');
    const big = Buffer.concat([png, Buffer.alloc(512 * 1024 + 1 - png.length)]).toString('base64');
    expect(issue({ mime: 'image/png', base64: big })).toEqual(['INVALID_INPUT', ['base64'], 'photo_too_big']);
    expect(issue({ mime: 'image/png', base64: '' })[0]).toBe('INVALID_INPUT');
    expect(s.err('rentals.addPhoto', { rentalId: r.id, mime: 'image/gif' as 'image/png', base64: PNG_1PX })).toEqual(['INVALID_INPUT', ['mime']]);
    expect(dbFingerprint(s.app.db)).toBe(before);
  });
});

describe('migration 16 (rental photos)', () => {
  it('adds an append-only rental_photos table that holds only small images of a rental', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 16));
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    const cols = (db.prepare('PRAGMA table_info(rental_photos)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(['id', 'uid', 'rental_id', 'mime', 'bytes', 'at', 'user_id']);
    db.pragma('foreign_keys = OFF'); // no rental or user rows here: only the table's own checks
    const insert = db.prepare('INSERT INTO rental_photos (uid, rental_id, mime, bytes, at, user_id) VALUES (?, 1, ?, ?, ?, 1)');
    insert.run('a', 'image/png', Buffer.from(PNG_1PX, 'base64'), '2026-11-23T05:30:00Z');
    expect(() => insert.run('b', 'image/gif', Buffer.from('x'), 'now')).toThrow(/CHECK/);
    expect(() => insert.run('c', 'image/png', Buffer.alloc(512 * 1024 + 1), 'now')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE rental_photos SET mime = 'image/jpeg'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM rental_photos').run()).toThrow(/append-only/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
