/** Strings of the XLSX (spreadsheet) and A4 PDF exports, beside the CSV ones. */
export const xlsxEn = {
  xlsx: {
    catalogue: 'Export to Excel (XLSX)',
    statement: 'Download Excel (XLSX)',
    monthly: 'Month as Excel (XLSX)',
    hint: 'XLSX opens in Excel or LibreOffice as it is: codes stay codes, amounts are numbers, Hindi reads right.',
    pdf: 'Save as PDF (A4)',
    labelsA4: 'Print label sheet (A4, names as text)',
  },
};

export const xlsxHi: typeof xlsxEn = {
  xlsx: {
    catalogue: 'एक्सेल (Excel) फ़ाइल बनाएँ',
    statement: 'एक्सेल (Excel) डाउनलोड करें',
    monthly: 'महीना एक्सेल (Excel) में',
    hint: 'यह फ़ाइल एक्सेल या लिब्रेऑफ़िस में सीधे खुलती है: कोड कोड ही रहते हैं, रकम अंकों में, हिंदी सही दिखती है।',
    pdf: 'पीडीएफ (PDF) सहेजें, A4',
    labelsA4: 'लेबल शीट छापें (A4, नाम अक्षरों में)',
  },
};
