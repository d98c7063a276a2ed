import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the whole run, beside the build (test/support/postgresServer.ts).
    globalSetup: ['test/support/buildOnce.ts', 'test/support/postgresServer.ts'],
    // Process tests spawn the bot (built or through tsx); give them room on a loaded two-core machine.
    testTimeout: 30_000,
    // Most of the time is spent waiting on child processes and sockets: two workers use both cores.
    maxWorkers: 2,
  },
});
