import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{common,db,electron,renderer,scripts,server,bench,integration}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
