import { describe, expect, it } from 'vitest';
import { indianMobile, overdueMessage, readyMessage, whatsappLink } from '../../src/shared/whatsapp';

describe('WhatsApp reminders', () => {
  it('normalises Indian mobile numbers however they were typed', () => {
    for (const p of ['9876543210', '+91 98765 43210', '+91-98765-43210', '919876543210', '098765 43210', '(98765) 43210']) {
      expect(indianMobile(p), p).toBe('9876543210');
    }
  });

  it('refuses what cannot have WhatsApp: landlines, short or foreign numbers', () => {
    for (const p of ['2212345', '0788 221234', '12345', '5876543210', '+1 415 555 0100', 'abc', '']) expect(indianMobile(p), p).toBeNull();
    expect(whatsappLink('2212345', 'x')).toBeNull();
  });

  it('makes a wa.me link with the text encoded (Hindi, spaces, line breaks, ₹)', () => {
    const link = whatsappLink('+91 98765 43210', 'नमस्ते जी,\n₹200 & धन्यवाद?');
    expect(link).toBe(`https://wa.me/919876543210?text=${encodeURIComponent('नमस्ते जी,\n₹200 & धन्यवाद?')}`);
    const url = new URL(link!);
    expect(url.searchParams.get('text')).toBe('नमस्ते जी,\n₹200 & धन्यवाद?');
  });

  it('writes a polite Hindi reminder naming the items, the due date, the days late and the fee', () => {
    const m = overdueMessage({
      shopName: 'हमर हटरी',
      customerName: 'सुनीता वर्मा',
      rentalNo: 'HH/R/2026-27/C1-000001',
      items: 'छत्तीसगढ़ी वेशभूषा (महिला)',
      dueDate: '2026-12-02',
      lateDays: 2,
      lateFeePerDayPaise: 20_000,
    });
    expect(m).toContain('नमस्ते सुनीता वर्मा जी, हमर हटरी से।');
    expect(m).toContain('छत्तीसगढ़ी वेशभूषा (महिला), पर्ची HH/R/2026-27/C1-000001');
    expect(m).toContain('बुधवार, 2 दिसंबर 2026');
    expect(m).toContain('2 दिन की देर');
    expect(m).toContain('₹200.00 प्रति दिन');
    expect(m).toContain('कृपया');
  });

  it('has an English version too', () => {
    const m = overdueMessage({ shopName: 'Hamar Hatri', customerName: 'Sunita', rentalNo: 'R1', items: 'Costume', dueDate: '2026-12-02', lateDays: 1, lateFeePerDayPaise: 1000 }, 'en');
    expect(m).toContain('Wednesday, 2 December 2026');
    expect(m).toContain('1 day late');
    expect(m).toContain('₹10.00 a day');
  });

  it("tells a customer her custom order is ready, with the balance left after the advance", () => {
    const o = { shopName: 'हमर हटरी', customerName: 'सरस्वती शिशु मंदिर', orderNo: 'HH/O/2026-27/C1-000001', items: 'धान आर्ट बैज x 200', balancePaise: 300_000 };
    const hi = readyMessage(o);
    expect(hi).toContain('आपका ऑर्डर HH/O/2026-27/C1-000001 (धान आर्ट बैज x 200) तैयार है');
    expect(hi).toContain('₹3,000.00');
    expect(readyMessage({ ...o, balancePaise: 0 }, 'en')).toContain('Nothing is left to pay.');
    const link = whatsappLink('98260 11223', hi)!;
    expect(decodeURIComponent(link.split('?text=')[1]!)).toBe(hi);
  });
});
