import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { App } from '../core/app';
import { METHOD_NAMES } from '../shared/api';
import type { Result } from '../shared/errors';
import type { InFlight } from './in-flight';
import { isAppUrl } from './origin';

/** The single channel the renderer may use; everything goes through app.call. */
export const CALL_CHANNEL = 'hh:call';

/** webContents id -> session token. Lives only in main: the renderer never sees a token. */
export type SessionTokens = Map<number, string>;

export interface Caller {
  id: number;
  /** URL of the frame that sent the call; null when the frame is gone. */
  frameUrl: string | null | undefined;
}

const KNOWN = new Set<string>(METHOD_NAMES);

/**
 * One renderer call, without Electron: check who is calling and what, run it with that caller's
 * token, apply the outcome's session change, hand back only the result.
 */
export async function handleCall(app: Pick<App, 'callAny'>, tokens: SessionTokens, caller: Caller, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isAppUrl(caller.frameUrl)) return { ok: false, error: { code: 'FORBIDDEN', details: { reason: 'sender' } } };
  if (typeof name !== 'string' || !KNOWN.has(name)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', details: { method: String(name).slice(0, 100) } } };
  }
  const outcome = await app.callAny(name, input, tokens.get(caller.id) ?? null);
  if (outcome.session && 'set' in outcome.session) tokens.set(caller.id, outcome.session.set);
  else if (outcome.session && 'clear' in outcome.session) tokens.delete(caller.id);
  return outcome.result;
}

/** Wire the one handler; tokens are forgotten when their window's webContents is destroyed. */
export function registerIpc(app: Pick<App, 'callAny'>, ipcMain: Pick<IpcMain, 'handle'>, inFlight?: InFlight): SessionTokens {
  const tokens: SessionTokens = new Map();
  const watched = new Set<number>();
  ipcMain.handle(CALL_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const wc = event.sender;
    const id = wc.id; // read now: a destroyed webContents can no longer be asked
    if (!watched.has(id)) {
      watched.add(id);
      wc.once('destroyed', () => {
        tokens.delete(id);
        watched.delete(id);
      });
    }
    try {
      const run = () => handleCall(app, tokens, { id, frameUrl: event.senderFrame?.url }, name, input);
      return await (inFlight ? inFlight.track(run) : run());
    } catch (e) {
      // app.call reports errors as results; a throw here is a bug, never leak its text.
      console.error('hh:call failed', e);
      return { ok: false, error: { code: 'INTERNAL', details: {} } } satisfies Result<unknown>;
    }
  });
  return tokens;
}

