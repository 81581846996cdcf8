import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{common,db,electron,renderer,scripts,server,bench,integration}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Most test files wait on PostgreSQL, HTTP and child processes rather than the CPU: three
    // workers on CI's 2 cores run the suite in about half the time of vitest's default (cores - 1).
    maxWorkers: 3,
    minWorkers: 1,
  },
});
