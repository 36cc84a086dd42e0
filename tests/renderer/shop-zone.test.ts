import { afterEach, describe, expect, it } from 'vitest';
import { formatTime, formatWhen, setShopZone, shopDate } from '../../renderer/src/shopZone';

// 18:45 UTC on 23 Nov is 00:15 on 24 Nov in Durg: the screens must say the 24th whatever zone the computer is in.
const LATE = new Date('2026-11-23T18:45:00Z');

describe('times on screen follow the shop clock', () => {
  afterEach(() => setShopZone('Asia/Kolkata'));

  it('shows the shop day and time, not the computer zone', () => {
    setShopZone('Asia/Kolkata');
    expect(shopDate(LATE)).toBe('2026-11-24');
    expect(formatWhen(LATE.toISOString(), 'en')).toMatch(/24 Nov 2026.*12:15/);
    expect(formatTime(LATE.toISOString(), 'en')).toMatch(/12:15/);
  });

  it('moves with the shop setting', () => {
    setShopZone('America/New_York');
    expect(shopDate(LATE)).toBe('2026-11-23');
    expect(formatWhen(LATE.toISOString(), 'en')).toMatch(/23 Nov 2026.*1:45/);
    setShopZone('');
    expect(shopDate(LATE)).toBe('2026-11-23'); // an empty zone never replaces a known one
  });
});
