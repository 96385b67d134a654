import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // w3-alerts: the raising job of escalation alerts is off in tests unless a test starts it.
    env: { MOTCUA_ALERT_INTERVAL_MS: '0' },
    // Must run before anything loads exceljs (see the file).
    setupFiles: ['src/features/imports/exceljs-utf8.ts'],
  },
});
