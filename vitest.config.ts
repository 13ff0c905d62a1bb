import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CLI and terminal tests spawn real processes; two workers match the CI machine's cores.
    maxWorkers: 2,
  },
});
