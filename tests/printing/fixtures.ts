/** Realistic documents for tests and samples: the Borsi shop, its artisans and crafts. */
import type { DayClose, IntakeSlip, PayoutSlip, PriceLabel, RentalReturnSlip, RentalSlip, ReturnReceipt, SaleReceipt, ShopHeader } from '../../src/printing/types';

export const shop: ShopHeader = {
  name: 'हमर हटरी',
  nameEn: 'Hamar Hatri',
  address: 'जय महामाया स्व-सहायता समूह, बोरसी, दुर्ग (छ.ग.) 491001',
  phone: '+91 98271 23456',
  gstin: '22ABCDE1234F1Z5',
};

export const upi = { vpa: 'hamarhatri@sbi', payeeName: 'Hamar Hatri SHG' };

export function sale(over: Partial<SaleReceipt> = {}): SaleReceipt {
  return {
    shop,
    lang: 'hi',
    billNo: 'HH/2026-27/000123',
    at: '2026-11-23T08:35:00Z',
    cashier: 'रेखा वर्मा',
    lines: [
      { nameHi: 'कोसा सिल्क साड़ी', nameEn: 'Kosa silk saree', qtyMilli: 1000, unitPricePaise: 12_500_000, discountPaise: 500_000, lineTotalPaise: 12_000_000, hsn: '5007', gstRateBps: 500 },
      { nameHi: 'ढोकरा हाथी', nameEn: 'Dhokra elephant', qtyMilli: 2000, unitPricePaise: 185_000, discountPaise: 0, lineTotalPaise: 370_000, hsn: '8306', gstRateBps: 1200 },
      { nameHi: 'धान आर्ट बैज (श्री गणेश)', nameEn: 'Paddy-grain art badge', qtyMilli: 3000, unitPricePaise: 15_000, discountPaise: 0, lineTotalPaise: 45_000, hsn: '4602', gstRateBps: 500 },
    ],
    subtotalPaise: 12_415_000,
    billDiscountPaise: 15_000,
    taxes: [
      { rateBps: 500, taxablePaise: 11_457_143, cgstPaise: 286_428, sgstPaise: 286_429 },
      { rateBps: 1200, taxablePaise: 330_357, cgstPaise: 19_821, sgstPaise: 19_822 },
    ],
    totalPaise: 12_400_000,
    payments: [
      { method: 'upi', amountPaise: 12_000_000, ref: '433912345678' },
      { method: 'cash', amountPaise: 400_000 },
    ],
    tenderedPaise: 500_000,
    changePaise: 100_000,
    upi,
    returnPolicy: 'बिना उपयोग का सामान 7 दिन में बिल के साथ बदला जा सकता है। / Unused items exchanged within 7 days with this bill.',
    ...over,
  };
}

/** The same bill printed before the customer pays: nothing received yet, so the QR asks for the whole bill. */
export function saleUnpaid(over: Partial<SaleReceipt> = {}): SaleReceipt {
  return sale({ payments: [], tenderedPaise: undefined, changePaise: undefined, ...over });
}

/** The cash part paid, the rest still owed by UPI: the QR asks for exactly what is owed. */
export function saleUpiDue(over: Partial<SaleReceipt> = {}): SaleReceipt {
  return sale({ payments: [{ method: 'cash', amountPaise: 400_000 }], upiDuePaise: 12_000_000, ...over });
}

export const rental: RentalSlip = {
  shop,
  lang: 'hi',
  rentalNo: 'HH/R/2026-27/C1-000045',
  at: '2026-11-23T06:10:00Z',
  cashier: 'रेखा वर्मा',
  customer: { name: 'प्रिया शर्मा', phone: '98260 11223', address: 'पद्मनाभपुर, दुर्ग', idProof: 'आधार XXXX 4321' },
  fromDate: '2026-11-23',
  dueDate: '2026-11-28',
  items: [
    { nameHi: 'छत्तीसगढ़ी वेशभूषा (दुल्हन)', nameEn: 'Chhattisgarhi bridal costume', qty: 1, rentPaise: 150_000, depositPaise: 500_000, condition: 'नया, बिना दाग' },
    { nameHi: 'मौर', nameEn: 'Maur (wedding crown)', qty: 2, rentPaise: 40_000, depositPaise: 100_000 },
    { nameHi: 'सजावटी कलशा', nameEn: 'Decorated kalsha', qty: 4, rentPaise: 20_000, depositPaise: 40_000 },
  ],
  rentPaise: 210_000,
  depositPaise: 640_000,
  paidPaise: 850_000,
  payments: [{ method: 'cash', amountPaise: 850_000 }],
  lateFeePerDayPaise: 10_000,
  terms: [
    'सामान तय तारीख तक लौटाएँ; देरी पर प्रति दिन शुल्क लगेगा।',
    'टूट-फूट या दाग का खर्च जमानत से काटा जाएगा।',
    'यह पर्ची साथ लाएँ। / Bring this slip when returning.',
  ],
};

export const rentalReturn: RentalReturnSlip = {
  shop,
  lang: 'hi',
  rentalNo: 'HH/R/2026-27/C1-000045',
  at: '2026-11-30T10:40:00Z',
  cashier: 'सुनीता साहू',
  customer: { name: 'प्रिया शर्मा', phone: '98260 11223' },
  fromDate: '2026-11-23',
  dueDate: '2026-11-28',
  returnedDate: '2026-11-30',
  items: [
    { nameHi: 'छत्तीसगढ़ी वेशभूषा (दुल्हन)', nameEn: 'Chhattisgarhi bridal costume', qty: 1, returnedQty: 1, rentPaise: 150_000, depositPaise: 500_000, damagePaise: 25_000, condition: 'किनारी पर हल्का दाग' },
    { nameHi: 'मौर', nameEn: 'Maur (wedding crown)', qty: 2, returnedQty: 2, rentPaise: 40_000, depositPaise: 100_000, damagePaise: 0 },
    // The 4 कलशा went out on the same rental (and their ₹400 of deposit is in the ₹6,400 released):
    // a slip that settles the whole deposit lists every unit that came back.
    { nameHi: 'सजावटी कलशा', nameEn: 'Decorated kalsha', qty: 4, returnedQty: 4, rentPaise: 20_000, depositPaise: 40_000, damagePaise: 0 },
  ],
  depositPaise: 640_000,
  lateDays: 2,
  lateFeePaise: 20_000,
  damagePaise: 25_000,
  refundPaise: 595_000,
  payments: [{ method: 'cash', amountPaise: 595_000 }],
};

export const payout: PayoutSlip = {
  shop,
  lang: 'hi',
  payoutNo: 'HH/P/2026-27/000017',
  at: '2026-11-30T11:00:00Z',
  paidBy: 'कविता ठाकुर (अध्यक्ष)',
  artisan: { nameHi: 'सुनीता साहू', nameEn: 'Sunita Sahu', code: 'A-014', village: 'बोरसी', phone: '98271 55660' },
  periodFrom: '2026-11-01',
  periodTo: '2026-11-30',
  items: [
    { nameHi: 'कोसा सिल्क साड़ी', nameEn: 'Kosa silk saree', soldOn: '2026-11-23', billNo: 'HH/2026-27/000123', qtyMilli: 1000, pricePaise: 12_000_000, shopSharePaise: 1_800_000, artisanSharePaise: 10_200_000 },
    { nameHi: 'ढोकरा हाथी', nameEn: 'Dhokra elephant', soldOn: '2026-11-23', billNo: 'HH/2026-27/000123', qtyMilli: 2000, pricePaise: 370_000, shopSharePaise: 55_500, artisanSharePaise: 314_500 },
    { nameHi: 'बांस की टोकरी', nameEn: 'Bamboo basket', soldOn: '2026-11-27', billNo: 'HH/2026-27/000141', qtyMilli: 1000, pricePaise: 35_000, shopSharePaise: 5_250, artisanSharePaise: 29_750 },
  ],
  salesPaise: 12_405_000,
  shopSharePaise: 1_860_750,
  artisanSharePaise: 10_544_250,
  openingBalancePaise: 12_000,
  deductions: [{ reason: 'अग्रिम / Advance 05/11', amountPaise: 200_000 }],
  paidPaise: 10_356_250,
  method: 'upi',
  ref: 'sunita.sahu@okaxis',
  closingBalancePaise: 0,
};

export const intake: IntakeSlip = {
  shop,
  lang: 'hi',
  intakeNo: 'HH/I/2026-27/000088',
  at: '2026-11-20T05:30:00Z',
  receivedBy: 'रेखा वर्मा',
  artisan: { nameHi: 'सुनीता साहू', nameEn: 'Sunita Sahu', code: 'A-014' },
  lines: [
    { sku: 'KOSA-0107', nameHi: 'कोसा सिल्क साड़ी', nameEn: 'Kosa silk saree', qtyMilli: 2000, pricePaise: 12_500_000 },
    { sku: 'KOSA-0210', nameHi: 'कोसा कपड़ा (मीटर)', nameEn: 'Kosa fabric (metre)', qtyMilli: 12_500, unit: 'metre', pricePaise: 180_000 },
    { sku: 'DHOK-0033', nameHi: 'ढोकरा हाथी', nameEn: 'Dhokra elephant', qtyMilli: 5000, pricePaise: 185_000 },
  ],
  notes: 'सभी साड़ियाँ जाँची गईं।',
};

export const dayCloseData: DayClose = {
  shop,
  lang: 'hi',
  day: '2026-11-23',
  at: '2026-11-23T14:45:00Z',
  closedBy: 'कविता ठाकुर',
  counter: 'C1',
  bills: { count: 37, firstNo: 'HH/2026-27/000101', lastNo: 'HH/2026-27/000137' },
  grossSalesPaise: 18_765_000,
  discountsPaise: 620_000,
  returnsPaise: 45_000,
  taxPaise: 905_000,
  netSalesPaise: 18_100_000,
  byMethod: [
    { method: 'cash', count: 22, amountPaise: 2_850_000 },
    { method: 'upi', count: 14, amountPaise: 15_100_000 },
    { method: 'card', count: 1, amountPaise: 150_000 },
  ],
  rentals: { out: 3, returned: 2, depositsHeldPaise: 1_280_000, rentPaise: 420_000 },
  payoutsPaise: 1_035_625,
  cash: { openingPaise: 200_000, inPaise: 3_695_000, outPaise: 645_000, expectedPaise: 3_250_000, countedPaise: 3_240_000, differencePaise: -10_000 },
  byCraft: [
    { nameHi: 'कोसा सिल्क', nameEn: 'Kosa silk', qtyMilli: 3000, amountPaise: 14_200_000 },
    { nameHi: 'ढोकरा आर्ट', nameEn: 'Dhokra art', qtyMilli: 6000, amountPaise: 1_110_000 },
    { nameHi: 'धान आर्ट', nameEn: 'Paddy-grain art', qtyMilli: 41_000, amountPaise: 615_000 },
  ],
};

export const label: PriceLabel = {
  lang: 'hi',
  shopName: 'हमर हटरी · Hamar Hatri',
  nameHi: 'ढोकरा हाथी',
  nameEn: 'Dhokra elephant',
  pricePaise: 185_000,
  barcode: '2000000012345',
  sku: 'DHOK-0033',
  artisan: 'सुनीता साहू',
  craft: 'ढोकरा आर्ट',
};

/** Two badges and a damaged lamp back against a bill, refunded in cash. */
export const returnSlip: ReturnReceipt = {
  shop,
  lang: 'hi',
  returnNo: 'HH/2026-27/C1-R-000004',
  billNo: 'HH/2026-27/C1-000123',
  at: '2026-11-25T10:05:00Z',
  cashier: 'रेखा वर्मा',
  approvedBy: 'ललिता साहू',
  lines: [
    { nameHi: 'धान आर्ट बैज (श्री गणेश)', nameEn: 'Paddy-grain art badge', qtyMilli: 2000, refundPaise: 29_952, restocked: true },
    { nameHi: 'बेल मेटल दीया', nameEn: 'Bell metal lamp', qtyMilli: 1000, refundPaise: 120_000, restocked: false },
  ],
  totalPaise: 149_952,
  refundPaise: 149_952,
  refundMethod: 'cash',
  reason: 'दीया टूटा हुआ निकला / lamp cracked',
};
