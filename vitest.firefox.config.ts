import { defineConfig } from 'vitest/config';

// Firefox end-to-end tests: the built Firefox add-on in Debian's Firefox ESR (puppeteer-core over
// WebDriver BiDi) against the local sandbox. One file at a time: each starts its own Firefox, and this
// machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/firefox/**/*.ff.ts'],
    globalSetup: ['test/firefox/global-setup.ts'],
    fileParallelism: false,
    // Bounds for a busy machine, not speed targets: every wait is on a state or an event, and these only
    // decide how long a wait may take before the test fails (expect.poll's own default is 1 s).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
