import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    // Every test process runs on the test clock, never the machine's (tests/support/clock.ts).
    setupFiles: ['tests/setup/clock.ts', 'tests/setup/property-seeds.ts'],
    testTimeout: 60_000, // property tests and browser tests on a busy 2-core machine
    hookTimeout: 60_000,
    // Real SQLite files and real sockets: keep parallelism modest on a 2-core machine.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      { extends: true, test: { name: 'all', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'] } },
      // The shop's dates must not depend on the machine's time zone: the core once more, far from India.
      { extends: true, test: { name: 'core-tz-new-york', include: ['tests/core/**/*.test.ts'], env: { TZ: 'America/New_York', HH_EXPECT_TZ: 'America/New_York' } } },
    ],
  },
});
