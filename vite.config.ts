import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is plain static files: loaded from app:// in Electron and from the loopback
// server in browser mode, so asset URLs are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0 },
});
