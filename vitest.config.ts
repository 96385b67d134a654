import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Must run before anything loads exceljs (see the file).
    setupFiles: ['src/features/imports/exceljs-utf8.ts'],
  },
});
