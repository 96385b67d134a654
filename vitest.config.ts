import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time even on a 2-core machine (Vitest's default is one fewer than the
    // cores: one worker there). Most files wait on a browser, a child process or a database
    // more than they compute.
    maxWorkers: 2,
    // w3-alerts: the raising job of escalation alerts is off in tests unless a test starts it.
    env: { MOTCUA_ALERT_INTERVAL_MS: '0' },
    // Must run before anything loads exceljs (see the file).
    setupFiles: ['src/features/imports/exceljs-utf8.ts'],
  },
});
