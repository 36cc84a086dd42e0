import { describe, expect, it } from 'vitest';
import { businessDate, financialYear, isBusinessDate, isValidTimeZone } from '../../src/shared/dates';

describe('business dates in the shop time zone', () => {
  it('puts an instant on the Kolkata shop day, not the UTC day', () => {
    expect(businessDate(new Date('2026-11-23T18:29:59Z'))).toBe('2026-11-23');
    expect(businessDate(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24'); // midnight IST
    expect(businessDate(new Date('2026-11-23T18:30:00Z'), 'UTC')).toBe('2026-11-23');
  });
  it('knows the Indian financial year (April to March)', () => {
    expect(financialYear('2026-03-31')).toBe('2025-26');
    expect(financialYear('2026-04-01')).toBe('2026-27');
    expect(financialYear('2099-12-31')).toBe('2099-00');
  });
  it('validates dates and zones', () => {
    expect(isBusinessDate('2026-02-29')).toBe(false);
    expect(isBusinessDate('2028-02-29')).toBe(true);
    expect(isBusinessDate('26-1-1')).toBe(false);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
  });
});

describe('shop-day boundaries', () => {
  it('gives the UTC instant a shop day starts at', async () => {
    const { dayStartUtc, nextDate } = await import('../../src/shared/dates');
    expect(dayStartUtc('2026-11-24')).toBe('2026-11-23T18:30:00.000Z');
    expect(dayStartUtc('2026-11-24', 'UTC')).toBe('2026-11-24T00:00:00.000Z');
    expect(dayStartUtc('2026-03-29', 'Europe/London')).toBe('2026-03-29T00:00:00.000Z'); // DST starts at 01:00 that day
    expect(dayStartUtc('2026-07-01', 'Europe/London')).toBe('2026-06-30T23:00:00.000Z');
    expect(nextDate('2026-03-31')).toBe('2026-04-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
  });
});

describe('month ends and file stamps', () => {
  it('knows each month\'s last day, leap years included', async () => {
    const { lastDayOfMonth } = await import('../../src/shared/dates');
    expect(lastDayOfMonth('2026-11')).toBe('2026-11-30');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(lastDayOfMonth('2027-02')).toBe('2027-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
  });
  it('stamps file names with the shop\'s wall clock, not UTC\'s', async () => {
    const { fileStamp } = await import('../../src/shared/dates');
    expect(fileStamp(new Date('2026-12-06T18:31:05Z'))).toBe('2026-12-07_00-01-05'); // UTC still says the 6th
    expect(fileStamp(new Date('2027-03-31T18:29:59Z'))).toBe('2027-03-31_23-59-59');
    expect(fileStamp(new Date('2026-12-06T18:31:05Z'), 'UTC')).toBe('2026-12-06_18-31-05');
  });
});
