/**
 * Loads another backend's dump (src/storage/dump.ts) into an empty PostgreSQL database, every table in one
 * transaction: for `npm run db:copy`, moving a bot from its SQLite file to a server.
 */
import type pg from 'pg';
import { dumpedTables, StorageError, type StorageDump } from '../ports/storage.js';
import { describeServer, inTransaction, openPool } from './connection.js';
import { migrate } from './migrations.js';

const tables = dumpedTables;

/** Tables whose ids come from an identity column: its sequence continues after the ids loaded. */
const identities = ['quiz_sessions', 'declined_questions', 'feedback'];

/** Rows per INSERT: keeps each statement's JSON parameter small whatever the table's size. */
const batch = 500;

/** How many rows each table received. */
export type LoadCounts = { table: string; rows: number }[];

/**
 * Loads `dump` into the database at `url` (migrated first) in one transaction; throws StorageError, having
 * changed nothing, when a table there already holds rows or the dump's tables or columns differ from this schema.
 */
export async function loadDump(url: string, dump: StorageDump): Promise<LoadCounts> {
  const where = `PostgreSQL database ${describeServer(url)}`;
  const pool = await openPool(url);
  try {
    await migrate(pool, where);
    return await inTransaction(pool, async (client) => {
      // Nobody writes while we check the tables are empty and fill them.
      await client.query(`LOCK TABLE ${tables.join(', ')} IN EXCLUSIVE MODE`);
      for (const table of tables) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        if (rows[0]!.n > 0)
          throw new StorageError(
            `${where} is not empty (${table} has ${rows[0]!.n} rows): db:copy copies into an empty database only, and copied nothing.`,
          );
      }
      const dumped = new Map(dump.tables.map((t) => [t.name, t]));
      const unknown = [...dumped.keys()].filter((name) => !tables.includes(name));
      const missing = tables.filter((name) => !dumped.has(name));
      if (unknown.length > 0 || missing.length > 0)
        throw new StorageError(
          `the tables to copy do not match ${where}'s (unknown: ${unknown.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}).`,
        );
      const counts: LoadCounts = [];
      for (const table of tables) {
        const { columns, rows } = dumped.get(table)!;
        await sameColumns(client, table, columns, where);
        const list = columns.map((c) => `"${c}"`).join(', ');
        // JSON rows become typed rows by the table's own row type: 1 and 0 become booleans, text stays text.
        for (let n = 0; n < rows.length; n += batch)
          await client.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`, [
            JSON.stringify(rows.slice(n, n + batch)),
          ]);
        counts.push({ table, rows: rows.length });
      }
      for (const table of identities) {
        // The next id follows the largest loaded (for quizzes, the largest ever given out, deleted ones included).
        const floor = table === 'quiz_sessions' ? dump.lastQuizId : 0;
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST($2::bigint, (SELECT coalesce(max(id), 0) FROM ${table}), 1),
            GREATEST($2::bigint, (SELECT coalesce(max(id), 0) FROM ${table})) > 0)`,
          [table, floor],
        );
      }
      return counts;
    });
  } finally {
    await pool.end();
  }
}

async function sameColumns(client: pg.PoolClient, table: string, columns: string[], where: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1',
    [table],
  );
  const ours = rows.map((r) => r.name).sort();
  if (ours.join() !== [...columns].sort().join())
    throw new StorageError(`${table}'s columns (${[...columns].sort().join(', ')}) do not match ${where}'s (${ours.join(', ')}).`);
}
