import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../shared/api';

/**
 * Who is logged in, per session token. Kept in memory on purpose: a restart locks the counter,
 * and a token never touches the disk. Tokens are 256-bit random values. A login made from a
 * paired counter on the LAN (`device`) is that device's only: the same token from anywhere else
 * (this computer's own window, another device) is no login at all.
 */
export class SessionStore {
  private readonly sessions = new Map<string, { user: SessionUser; lastSeen: number; device: number | null }>();

  /** A session unused this long is over: a counter left alone locks itself (default 30 minutes). */
  constructor(private readonly idleMs = 30 * 60_000) {}

  create(user: SessionUser, now: number, device: number | null = null): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { user, lastSeen: now, device });
    return token;
  }

  /**
   * Keep a login made elsewhere under its own token: a joined counter's offline copy carries on a
   * login the main counter made, so a link that drops mid-sale does not lock the cashier out.
   */
  adopt(token: string, user: SessionUser, now: number, device: number | null = null): void {
    if (!this.sessions.has(token)) this.sessions.set(token, { user, lastSeen: now, device });
  }

  get(token: string | null | undefined, now: number, device: number | null = null): SessionUser | null {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s || s.device !== device) return null;
    if (now - s.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return null;
    }
    s.lastSeen = now;
    return s.user;
  }

  delete(token: string | null | undefined): void {
    if (token) this.sessions.delete(token);
  }

  /** Forget every login made from one device (it was revoked). */
  deleteDevice(device: number): void {
    for (const [t, s] of this.sessions) if (s.device === device) this.sessions.delete(t);
  }

  /** Forget every session of one person (PIN reset, deactivation). */
  deleteUser(userId: number): void {
    for (const [t, s] of this.sessions) if (s.user.id === userId) this.sessions.delete(t);
  }
}
