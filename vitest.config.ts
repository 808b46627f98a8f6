import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and component tests. Component tests opt into a DOM with `// @vitest-environment happy-dom`.
// Real-browser tests live in test/e2e and run under vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
      'test/sandbox/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'node_modules/**', '.output/**'],
    // The sandbox's browser tests (*.browser.test.ts) wait on page states; on a busy machine a state, or
    // a browser's start, may take a while. Bounds, not speed targets.
    testTimeout: 30_000,
    setupFiles: ['test/unit/testing-library.ts'],
    hookTimeout: 90_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
