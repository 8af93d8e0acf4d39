import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    // Child processes, not worker threads: test/walk.test.ts changes the working folder.
    pool: 'forks',
  },
});
