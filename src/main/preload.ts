/**
 * Sandboxed preload (bundled to CommonJS): the page gets window.hh.call and nothing else: no
 * ipcRenderer, no channel names of its own choosing, no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('hh', {
  call: (name: string, input?: unknown): Promise<unknown> => ipcRenderer.invoke('hh:call', name, input),
});
