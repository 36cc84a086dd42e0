/** A moment (UTC ISO) as the shop reads it: date and time in India, in the screen's language. */
export function formatWhen(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { timeZone: 'Asia/Kolkata', dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' });
}

/** A GST rate in basis points as "5%" / "2.5%". */
export const formatRate = (bps: number) => `${(bps / 100).toFixed(bps % 100 === 0 ? 0 : 2)}%`;

/** A short moment for lists: "23 Nov, 6:27 pm". */
export function formatShortWhen(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { timeZone: 'Asia/Kolkata', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', numberingSystem: 'latn' });
}
