/** Electron main entry (bundled to out/main/index.js by scripts/build-main.mjs). */
import { app } from 'electron';
import { startApp } from './lifecycle';
import { registerAppScheme } from './protocol';

// Indian conventions in Chromium's own widgets: date boxes read day/month/year. Before 'ready'.
app.commandLine.appendSwitch('lang', 'en-IN');
registerAppScheme(); // must happen before 'ready'
void startApp();
