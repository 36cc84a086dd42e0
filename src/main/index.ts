/** Electron main entry (bundled to out/main/index.js by scripts/build-main.mjs). */
import { startApp } from './lifecycle';
import { registerAppScheme } from './protocol';

registerAppScheme(); // must happen before 'ready'
void startApp();
