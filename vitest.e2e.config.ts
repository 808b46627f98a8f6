import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium against the local sandbox.
// One file at a time: each launches its own browser, and this machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    // Bounds for a busy machine, not speed targets: every wait is on a state or an event, and these only
    // decide how long a wait may take before the test fails (expect.poll's own default is 1 s).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
