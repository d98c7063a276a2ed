/**
 * Databases of a test file's own on the run's PostgreSQL server (test/support/postgresServer.ts), so files run
 * in parallel without seeing each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../../scripts/support/postgresServer.js';

export { withDatabase };

/** Runs `sql` as the server's superuser in `database` (the server's own `postgres` database by default). */
export async function asSuperuser<T extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  database = 'postgres',
): Promise<pg.QueryResult<T>> {
  const client = new pg.Client({ connectionString: withDatabase(inject('postgresUrl'), database) });
  await client.connect();
  try {
    return await client.query<T>(sql, params);
  } finally {
    await client.end();
  }
}

/** A new, empty database with a random name; resolves to its URL (the server deletes it with everything else). */
export async function createDatabase(): Promise<{ name: string; url: string }> {
  const name = `careerbot_${randomBytes(6).toString('hex')}`;
  await asSuperuser(`CREATE DATABASE ${name}`);
  return { name, url: withDatabase(inject('postgresUrl'), name) };
}

/** A function giving the same new database every time it is called, made on the first call. */
export function databaseOnce(): () => Promise<{ name: string; url: string }> {
  let made: Promise<{ name: string; url: string }> | undefined;
  return () => {
    made ??= createDatabase();
    return made;
  };
}

/** Empties database `name` for the next test: every table, index and sequence goes with the schema. */
export async function emptyDatabase(name: string): Promise<void> {
  await asSuperuser('DROP SCHEMA public CASCADE; CREATE SCHEMA public', [], name);
}
