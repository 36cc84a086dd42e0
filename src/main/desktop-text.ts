/**
 * The words the desktop shell itself shows (menu, boxes): the renderer's i18n is not loaded in
 * main. Each entry is [Hindi, English]; `say` picks the person's language, `both` gives Hindi
 * then English for boxes read before anyone has chosen.
 */
import type { Lang } from '../shared/money';

const TEXT = {
  menuShop: ['दुकान', 'Shop'],
  dataFolder: ['डेटा फ़ोल्डर खोलें', 'Open data folder'],
  backupNow: ['अभी बैकअप लें', 'Back up now'],
  restore: ['बैकअप से वापस लाएँ…', 'Restore from a backup…'],
  printerTest: ['प्रिंटर जाँच पन्ना', 'Printer test page'],
  quit: ['बंद करें', 'Quit'],
  menuView: ['देखें', 'View'],
  reload: ['फिर से लोड करें', 'Reload'],
  fullScreen: ['पूरी स्क्रीन', 'Full screen'],
  zoomIn: ['बड़ा करें', 'Zoom in'],
  zoomOut: ['छोटा करें', 'Zoom out'],
  zoomReset: ['सामान्य आकार', 'Actual size'],
  menuHelp: ['मदद', 'Help'],
  about: ['हमर हटरी POS के बारे में', 'About Hamar Hatri POS'],
  version: ['संस्करण', 'Version'],
  database: ['डेटाबेस', 'Database'],
  log: ['लॉग', 'Log'],
  ok: ['ठीक है', 'OK'],
  cancel: ['रद्द करें', 'Cancel'],
  backupDone: ['बैकअप बन गया और जाँच लिया गया।', 'The backup was made and verified.'],
  printDone: ['जाँच पन्ना प्रिंटर को भेज दिया।', 'The test page was sent to the printer.'],
  needLogin: ['पहले प्रबंधक के रूप में लॉग इन करें, फिर मेनू से दोबारा चुनें।', 'Log in as a manager first, then choose it from the menu again.'],
  needOwner: ['यह केवल दुकान की मालिक कर सकती हैं।', 'Only the shop owner can do this.'],
  failed: ['नहीं हो सका', 'Could not be done'],
  restorePick: ['कौन सा बैकअप वापस लाना है?', 'Which backup should be restored?'],
  restoreConfirm: ['अगली बार ऐप खुलने पर यह बैकअप वापस आएगा; आज का डेटाबेस अलग रख दिया जाएगा। ऐप अभी फिर से शुरू करें?', 'This backup will be restored when the app next starts; today\'s database is kept aside. Restart the app now?'],
  restartNow: ['अभी फिर से शुरू करें', 'Restart now'],
  later: ['बाद में', 'Later'],
  crashTitle: ['हमर हटरी POS में गड़बड़ी', 'Hamar Hatri POS ran into a problem'],
  crashBody: ['ऐप में एक गड़बड़ी हुई। पूरे हुए बिल और भुगतान सुरक्षित हैं। ऐप फिर से शुरू करें; गड़बड़ी लॉग में लिखी गई है:', 'The app ran into a problem. Completed bills and payments are safe. Restart the app; the problem was written to the log:'],
  screenGoneBody: ['स्क्रीन बंद हो गई। पूरे हुए बिल और भुगतान सुरक्षित हैं; अधूरा बिल दोबारा बनाना पड़ सकता है।', 'The screen stopped working. Completed bills and payments are safe; an unfinished bill may need to be rung up again.'],
  restart: ['फिर से शुरू करें', 'Restart'],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof TEXT;

export function say(key: TextKey, lang: Lang): string {
  return TEXT[key][lang === 'hi' ? 0 : 1];
}

export function both(key: TextKey): string {
  return `${TEXT[key][0]} / ${TEXT[key][1]}`;
}

/** Body text in both languages, Hindi first, a blank line between. */
export function bothLines(key: TextKey): string {
  return `${TEXT[key][0]}\n\n${TEXT[key][1]}`;
}
