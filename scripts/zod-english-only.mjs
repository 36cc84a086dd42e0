// esbuild plugin: zod's `z.locales` namespace (error messages in ~40 languages, 358 kB of the main
// bundle, a third of it) is never used here; zod itself configures English from its own `en` file.
// Bundling only English keeps that off every start (read and compiled at launch otherwise).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const stub = path.join(path.dirname(fileURLToPath(import.meta.url)), 'zod-locales-en.mjs');

export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/](classic|core)[\\/]?/.test(args.importer) ? { path: stub } : undefined));
  },
};
