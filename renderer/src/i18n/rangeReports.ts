/** Reports for any dates (Reports → Any dates): the screen's own words. The reports' headings and columns come with the report (both languages). */
export const rangeReportsEn = {
  range: {
    tab: 'Any dates',
    presets: { today: 'Today', week: 'This week', month: 'This month', lastMonth: 'Last month', fy: 'This financial year', custom: 'Choose dates' },
    from: 'From',
    to: 'To',
    report: 'Report',
    kinds: {
      salesByDay: 'Sales by day', salesByCraft: 'Sales by craft', byArtisan: 'By artisan', byProduct: 'By product', byPayment: 'By payment method', byCashier: 'By cashier',
      discounts: 'Discounts and price changes', returns: 'Returns and refunds', stock: 'Stock and its value', rentals: 'Rentals', payouts: 'Payouts',
    },
    slowDays: 'Slow movers: nothing sold in (days)',
    csv: 'Download CSV',
    pdf: 'Print / PDF (A4)',
    period: '{{from}} to {{to}}',
    empty: 'Nothing in this period.',
    stockNow: 'Stock is as it is today, whatever the dates.',
  },
};

export const rangeReportsHi: typeof rangeReportsEn = {
  range: {
    tab: 'किसी भी अवधि की',
    presets: { today: 'आज', week: 'इस हफ़्ते', month: 'इस महीने', lastMonth: 'पिछले महीने', fy: 'इस वित्त वर्ष', custom: 'तारीखें चुनें' },
    from: 'से',
    to: 'तक',
    report: 'रिपोर्ट',
    kinds: {
      salesByDay: 'दिन के हिसाब से बिक्री', salesByCraft: 'शिल्प के हिसाब से बिक्री', byArtisan: 'कारीगर के हिसाब से', byProduct: 'सामान के हिसाब से', byPayment: 'भुगतान के तरीके से', byCashier: 'विक्रेता के हिसाब से',
      discounts: 'छूट और दाम में बदलाव', returns: 'वापसी और रिफ़ंड', stock: 'स्टॉक और उसका मूल्य', rentals: 'किराया', payouts: 'कारीगरों को भुगतान',
    },
    slowDays: 'धीमे बिकने वाले: इतने दिन से कुछ नहीं बिका',
    csv: 'सीएसवी (CSV) डाउनलोड करें',
    pdf: 'छापें / पीडीएफ (PDF) · A4',
    period: '{{from}} से {{to}} तक',
    empty: 'इस अवधि में कुछ नहीं।',
    stockNow: 'स्टॉक आज का है, तारीखें कोई भी हों।',
  },
};
