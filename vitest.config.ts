import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that put the whole machine under load (hundreds of people at once, several bot processes): run one at a
 * time after the rest, so their 3-second acknowledgements measure the bot, not the other files beside them.
 */
const alone = ['test/load.test.ts', 'test/discord-shard-processes.test.ts', 'test/faults-shard-kill.test.ts', 'test/faults-shards.test.ts'];

/** Process tests spawn the bot (built or through tsx); give them room on a loaded two-core machine. */
const testTimeout = 30_000;

export default defineConfig({
  test: {
    // One PostgreSQL server for the whole run, beside the build (test/support/postgresServer.ts).
    globalSetup: ['test/support/buildOnce.ts', 'test/support/postgresServer.ts'],
    projects: [
      {
        // Most of the time is spent waiting on child processes and sockets: two workers use both cores.
        test: {
          name: 'together',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...alone],
          maxWorkers: 2,
          testTimeout,
        },
      },
      { test: { name: 'alone', include: alone, maxWorkers: 1, testTimeout, sequence: { groupOrder: 1 } } },
    ],
  },
});
