import { build } from 'vite';

/** The end-to-end tests drive the real, built renderer: build it once before any test runs. */
export default async function setup() {
  if (process.env.HH_SKIP_RENDERER_BUILD) return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
}
