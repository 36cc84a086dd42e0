import { AppError } from '../shared/errors';

/**
 * What the shopkeeper reads when the database will not open: Hindi first, then English, and what
 * to do about it. Shown in a native box because there is no window yet.
 */
export function startupErrorText(e: unknown, dbPath: string): { title: string; body: string } {
  const title = 'हमर हटरी POS शुरू नहीं हो सका / Hamar Hatri POS could not start';
  if (e instanceof AppError && e.code === 'DB_NEWER_THAN_APP') {
    return {
      title,
      body: [
        'यह डेटाबेस हमर हटरी POS के नए संस्करण ने लिखा है। डेटा सुरक्षित है: कृपया ऐप का नया संस्करण इंस्टॉल करें।',
        '',
        'This database was written by a newer version of Hamar Hatri POS. Your data is safe: please install the latest version of the app.',
        '',
        dbPath,
      ].join('\n'),
    };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return {
    title,
    body: [
      'दुकान का डेटाबेस नहीं खुल सका। कृपया कंप्यूटर दोबारा चालू करके देखें, या सहायता से संपर्क करें।',
      '',
      "The shop's database could not be opened. Please restart the computer and try again, or contact support.",
      '',
      dbPath,
      detail,
    ].join('\n'),
  };
}
