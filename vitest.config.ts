import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    // Child processes, not worker threads: test/walk.test.ts changes the working folder.
    pool: 'forks',
    // One scan date for the whole suite, the CLI and action processes it starts included: end of
    // life and data age are judged on the date, so the expectations must not move with the clock.
    env: { KUBE_PIN_AUDIT_DATE: '2026-12-06' },
    // Property tests run on one fixed seed unless FC_SEED says otherwise (see the file).
    setupFiles: ['test/support/fast-check-seed.ts'],
  },
});
