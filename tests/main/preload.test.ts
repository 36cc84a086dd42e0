import { describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

await import('../../src/main/preload');
const { CALL_CHANNEL } = await import('../../src/main/ipc');

describe('preload', () => {
  it('exposes window.hh with call() and a4Pdf() and nothing else', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('hh');
    expect(Object.keys(api)).toEqual(['call', 'a4Pdf']); // a4Pdf: #20 item 10
    expect(typeof api.call).toBe('function');
  });

  it('call(name, input) invokes the one IPC channel', async () => {
    const api = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as { call: (n: string, i?: unknown) => Promise<unknown> };
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 1 });
    await expect(api.call('setup.status', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'setup.status', {});
  });

  it('a4Pdf(name, input) invokes the A4 PDF channel with the method and its input only', async () => {
    const { A4_PDF_CHANNEL } = await import('../../src/main/a4-pdf');
    const api = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as { a4Pdf: (n: string, i?: unknown) => Promise<unknown> };
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { path: null, bytes: 1 } });
    await api.a4Pdf('pages.statement', { artisanId: 1, from: '2026-11-01', to: '2026-11-30' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(A4_PDF_CHANNEL, 'pages.statement', { artisanId: 1, from: '2026-11-01', to: '2026-11-30' });
  });
});
