/** The counter's pay step and what #19 added around it (Hindi and English, same keys). */
export const counterEn = {
  counter: {
    payUpi: 'Take UPI',
    upiGot: 'UPI received',
    upiGotPart: 'UPI payment {{k}} of {{n}} received',
    upiGotHint: 'Tap when the money shows on the shop\'s phone.',
    cardGot: 'Card approved',
    waitConfirm: 'To confirm',
    partOf: 'Payment {{k}} of {{n}}',
    overLimit: 'UPI {{amount}} is more than one UPI payment may be ({{limit}}).',
    splitUpi: 'Split into {{n}} UPI payments',
    excessCash: 'Take {{amount}} in cash',
    excessCard: 'Take {{amount}} by card',
    upiLimit: 'Most one UPI payment may be (₹)',
    upiLimitHint: 'Above it the counter splits the UPI part; ₹1,00,000 is the common limit.',
    enterHint: 'Enter: next · F8: finish',
    doneAgain: 'Scan the next item for a new bill.',
    ownerOnly: 'Only the shop\'s owner can change these. You can read them here.',
  },
  rentRule: {
    byDay: 'By the day',
    package: 'Event package',
    pickPackage: 'Charge the event package',
    cheaperHint: 'The cheaper of the two is charged unless the package is ticked.',
  },
};

export const counterHi: typeof counterEn = {
  counter: {
    payUpi: 'यूपीआई से लें',
    upiGot: 'यूपीआई मिल गया',
    upiGotPart: 'यूपीआई भुगतान {{k}}/{{n}} मिल गया',
    upiGotHint: 'दुकान के फ़ोन पर पैसा दिखे, तब दबाएँ।',
    cardGot: 'कार्ड से मिल गया',
    waitConfirm: 'पुष्टि बाकी',
    partOf: 'भुगतान {{k}}/{{n}}',
    overLimit: 'यूपीआई के {{amount}} एक यूपीआई भुगतान की सीमा ({{limit}}) से ज़्यादा हैं।',
    splitUpi: '{{n}} यूपीआई भुगतान में बाँटें',
    excessCash: '{{amount}} नकद में लें',
    excessCard: '{{amount}} कार्ड से लें',
    upiLimit: 'एक यूपीआई भुगतान ज़्यादा से ज़्यादा (₹)',
    upiLimitHint: 'इससे ज़्यादा हो तो काउंटर यूपीआई को बाँट देगा; आम सीमा ₹1,00,000 है।',
    enterHint: 'Enter: आगे · F8: पूरा करें',
    doneAgain: 'नया बिल: अगला सामान स्कैन करें।',
    ownerOnly: 'इन्हें सिर्फ़ दुकान की मालिक बदल सकती हैं। आप यहाँ पढ़ सकती हैं।',
  },
  rentRule: {
    byDay: 'दिन के हिसाब से',
    package: 'कार्यक्रम पैकेज',
    pickPackage: 'पैकेज का दाम लें',
    cheaperHint: 'दोनों में जो कम हो वही लगेगा, जब तक पैकेज पर निशान न हो।',
  },
};
