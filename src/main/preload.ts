/**
 * Sandboxed preload (bundled to CommonJS): the page gets window.hh.call and window.hh.a4Pdf
 * (an pages.* method's page saved as a PDF by main, see src/main/a4-pdf.ts) and nothing else: no
 * ipcRenderer, no channel names of its own choosing, no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('hh', {
  call: (name: string, input?: unknown): Promise<unknown> => ipcRenderer.invoke('hh:call', name, input),
  a4Pdf: (name: string, input?: unknown): Promise<unknown> => ipcRenderer.invoke('hh:a4pdf', name, input),
});
