/**
 * The only places the app may send a person outside itself: a WhatsApp chat with a prepared
 * reminder (https://wa.me/<digits>?text=...) and a phone call (tel:<digits>). They open in the
 * system's own apps, never inside the app's window; anything else stays blocked.
 */
export function externalTarget(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'https:' && u.hostname === 'wa.me' && /^\/\d{8,15}$/.test(u.pathname) && !u.username && !u.password && !u.port) return u.toString();
  if (u.protocol === 'tel:' && /^\+?\d{6,15}$/.test(u.pathname)) return u.toString();
  return null;
}
