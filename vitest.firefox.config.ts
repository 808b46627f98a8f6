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
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
