import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { dbFingerprint, demoShop } from '../support/db';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('product photos', () => {
  it('stores, returns, replaces and removes a photo; the audit row does not copy the image', () => {
    const app = createApp(':memory:');
    const { owner, cashier } = demoShop(app);
    expect(app.call('photos.get', { productId: 1 }, cashier).result).toEqual({ ok: true, value: null });
    expect(app.call('photos.set', { productId: 1, base64: PNG_1PX }, owner).result).toEqual({ ok: true, value: null });
    expect(app.call('photos.get', { productId: 1 }, cashier).result).toEqual({ ok: true, value: { mime: 'image/png', base64: PNG_1PX } });
    expect(app.db.prepare("SELECT details FROM audit_log WHERE action = 'photos.set'").pluck().get()).not.toContain(PNG_1PX);
    expect(app.call('photos.set', { productId: 1, base64: '' }, owner).result).toEqual({ ok: true, value: null });
    expect(app.call('photos.get', { productId: 1 }, cashier).result).toEqual({ ok: true, value: null });
  });

  it('refuses what is not an image, a huge file, an unknown product and a cashier, writing nothing', () => {
    const app = createApp(':memory:');
    const { owner, cashier } = demoShop(app);
    const before = dbFingerprint(app.db);
    const issue = (r: unknown) => (r as { error: { details: { issues: { message: string }[] } } }).error.details.issues[0]!.message;
    expect(issue(app.call('photos.set', { productId: 1, base64: Buffer.from('<svg onload=alert(1)>').toString('base64') }, owner).result)).toBe('photo_type');
    expect(app.call('photos.set', { productId: 1, base64: 'A'.repeat(800_000) }, owner).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(app.call('photos.set', { productId: 999, base64: PNG_1PX }, owner).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(app.call('photos.set', { productId: 1, base64: PNG_1PX }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dbFingerprint(app.db)).toBe(before);
  });
});
