import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium against the local sandbox.
// One file at a time: each launches its own browser, and this machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
