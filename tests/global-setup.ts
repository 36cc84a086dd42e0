import { build } from 'vite';

/**
 * The end-to-end tests drive the real, built renderer: build it once before any test runs,
 * as production (vitest sets NODE_ENV=test, which would otherwise bundle React's dev build).
 */
export default async function setup() {
  if (process.env.HH_SKIP_RENDERER_BUILD) return;
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
