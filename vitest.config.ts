import { defineConfig } from 'vitest/config';

// Which Node.js runs the tests (npm test runs them on Node.js 24 where the machine's is older).
process.stdout.write(`Vitest on Node.js ${process.version}\n`);

const integration = (database: 'pglite' | 'postgres') => ({
  test: {
    name: `integration-${database}`,
    include: ['packages/*/src/**/*.int.test.ts'],
    globalSetup: [`packages/server/src/test/globalSetup.${database}.ts`],
    env: { CERTEVAL_TEST_DB: database },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one file at a time per database keeps PGlite's memory in check.
    fileParallelism: database === 'postgres',
    maxWorkers: 2,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      integration('pglite'),
      integration('postgres'),
    ],
  },
});
