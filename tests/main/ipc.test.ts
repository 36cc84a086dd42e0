import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { FakeWebContents, ipcMain, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { CALL_CHANNEL, registerIpc, handleCall } = await import('../../src/main/ipc');

type Listener = (event: unknown, name: unknown, input?: unknown) => unknown;

let shop: App;
let tokens: Map<number, string>;
let listener: Listener;

/** An invoke as Electron would deliver it: from a webContents, from a frame at some URL. */
async function invoke(wc: FakeWebContents, name: unknown, input?: unknown, frameUrl: string | null = 'app://pos/index.html') {
  const event = { sender: wc, senderFrame: frameUrl === null ? null : { url: frameUrl } };
  return (await listener(event, name, input)) as { ok: boolean; value?: any; error?: { code: string } };
}

describe('IPC bridge', () => {
  beforeEach(() => {
    resetElectron();
    shop = createApp(':memory:', { log: () => {} });
    tokens = registerIpc(shop, ipcMain as never);
    listener = ipcMain.handle.mock.calls[0]?.[1] as Listener;
  });
  afterEach(() => shop.close());

  it('registers exactly one handler, on hh:call', async () => {
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe('hh:call');
    expect(CALL_CHANNEL).toBe('hh:call');
  });

  it('forwards to the dispatch and returns only the result', async () => {
    const res = (await invoke(new FakeWebContents(), 'setup.status', {}));
    expect(res).toEqual({ ok: true, value: { setUp: false, language: expect.any(String), shopName: null, timeZone: 'Asia/Kolkata' } });
  });

  it('refuses unknown and non-string method names', async () => {
    const wc = new FakeWebContents();
    for (const name of ['nope.nothing', 'constructor', '__proto__', 42, null, undefined, { toString: () => 'setup.status' }]) {
      expect((await invoke(wc, name, {})), String(name)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses senders whose frame is not on the app origin', async () => {
    const call = vi.spyOn(shop, 'callAny');
    const wc = new FakeWebContents();
    for (const url of ['https://example.com/', 'file:///work/dist/renderer/index.html', 'app://evil/index.html', 'http://127.0.0.1:5173/', '', null]) {
      expect((await invoke(wc, 'setup.status', {}, url)), String(url)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('keeps the session token per webContents and never hands it to the renderer', async () => {
    const till = new FakeWebContents();
    const other = new FakeWebContents();
    const demo = (await invoke(till, 'setup.loadDemo', { language: 'hi' }));
    expect(demo.ok).toBe(true);

    const token = tokens.get(till.id);
    expect(token).toEqual(expect.any(String));
    expect(JSON.stringify(demo)).not.toContain(token);

    const page = (await invoke(till, 'catalog.page', {}));
    expect(page.ok).toBe(true);
    expect(JSON.stringify(page)).not.toContain(token);
    expect((await invoke(other, 'catalog.page', {}))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(tokens.has(other.id)).toBe(false);
  });

  it('forgets the token on logout and when the webContents is destroyed', async () => {
    const a = new FakeWebContents();
    const demo = (await invoke(a, 'setup.loadDemo', { language: 'en' })).value as { user: { id: number; name: string }; pins: { name: string; pin: string }[] };
    expect((await invoke(a, 'session.logout', {})).ok).toBe(true);
    expect(tokens.has(a.id)).toBe(false);
    expect((await invoke(a, 'catalog.page', {}))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    // A second window logs in on its own, then goes away: its token must go with it.
    const b = new FakeWebContents();
    const pin = demo.pins.find((p) => p.name === demo.user.name)?.pin;
    expect((await invoke(b, 'session.login', { userId: demo.user.id, pin })).ok).toBe(true);
    expect(tokens.has(b.id)).toBe(true);
    b.emit('destroyed');
    expect(tokens.has(b.id)).toBe(false);
  });

  it('handleCall is pure: token in, session change applied, result out', async () => {
    const fake = {
      callAny: vi.fn(async (_n: string, _i: unknown, _t?: string | null) => ({ result: { ok: true as const, value: 1 }, session: { set: 'tok' } as { set: string } | { clear: true } })),
    };
    const map = new Map<number, string>();
    const caller = { id: 7, frameUrl: 'app://pos/index.html' };
    expect(await handleCall(fake, map, caller, 'session.login', { userId: 1, pin: '1234' })).toEqual({ ok: true, value: 1 });
    expect(fake.callAny).toHaveBeenLastCalledWith('session.login', { userId: 1, pin: '1234' }, null);
    expect(map.get(7)).toBe('tok');
    fake.callAny.mockResolvedValueOnce({ result: { ok: true, value: 1 }, session: { clear: true } });
    await handleCall(fake, map, caller, 'session.logout', {});
    expect(fake.callAny).toHaveBeenLastCalledWith('session.logout', {}, 'tok');
    expect(map.has(7)).toBe(false);
  });
});

describe('calls in flight', () => {
  beforeEach(resetElectron);

  it('each call is counted while it runs, so a quit can wait for it', async () => {
    const { InFlight } = await import('../../src/main/in-flight');
    const inFlight = new InFlight();
    let finish: (v: unknown) => void = () => {};
    const slow = { callAny: () => new Promise<any>((r) => (finish = r)) };
    registerIpc(slow as never, ipcMain as never, inFlight);
    const handler = ipcMain.handle.mock.calls[0]?.[1] as Listener;
    const call = handler({ sender: new FakeWebContents(), senderFrame: { url: 'app://pos/index.html' } }, 'setup.status', {}) as Promise<unknown>;
    await Promise.resolve();
    expect(inFlight.count).toBe(1);
    let idle = false;
    const waiting = inFlight.idle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(idle).toBe(false);
    finish({ result: { ok: true, value: 1 } });
    await expect(call).resolves.toEqual({ ok: true, value: 1 });
    await waiting;
    expect(inFlight.count).toBe(0);
    await expect(inFlight.idle()).resolves.toBeUndefined(); // nothing running: at once
  });
});
