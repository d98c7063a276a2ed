/**
 * vitest globalSetup: one real PostgreSQL server (scripts/support/postgresServer.ts) for the whole run; its URL
 * goes to the test files as `inject('postgresUrl')`, each of which makes databases of its own
 * (test/support/postgres.ts). Stopped, and its folder deleted, when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresServer } from '../../scripts/support/postgresServer.js';

export { freePort } from '../../scripts/support/postgresServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser's URL to the test server's `postgres` database: make a database of your own from it. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer().catch((error: Error) => {
    throw new Error(`the test PostgreSQL server did not start: ${error.message}`, { cause: error });
  });
  project.provide('postgresUrl', server.url);
  return () => server.destroy();
}
