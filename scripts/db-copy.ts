/**
 * npm run db:copy: copies the SQLite database at DATABASE_PATH into the empty PostgreSQL database at DATABASE_URL,
 * every table in one transaction, and prints how many rows each table received. A database that already holds
 * rows is refused (nothing is copied); the SQLite file is left as it is (brought up to the current schema first).
 */
import { loadConfigOrExit } from '../src/config.js';
import { StorageError } from '../src/ports/storage.js';
import { describeServer } from '../src/postgres/connection.js';
import { loadDump } from '../src/postgres/load.js';
import { dumpSqlite } from '../src/storage/dump.js';

const config = loadConfigOrExit(['DATABASE_PATH', 'DATABASE_URL']);
if (!config.DATABASE_URL) {
  process.stderr.write('db:copy: set DATABASE_URL to the empty PostgreSQL database to copy into (see .env.example).\n');
  process.exit(78);
}
try {
  const counts = await loadDump(config.DATABASE_URL, dumpSqlite(config.DATABASE_PATH));
  const total = counts.reduce((sum, c) => sum + c.rows, 0);
  const width = Math.max(...counts.map((c) => c.table.length));
  process.stdout.write(
    [
      `Copied ${config.DATABASE_PATH} into PostgreSQL database ${describeServer(config.DATABASE_URL)}:`,
      ...counts.map((c) => `  ${c.table.padEnd(width)}  ${c.rows}`),
      `  ${'total'.padEnd(width)}  ${total}`,
      '',
    ].join('\n'),
  );
} catch (error) {
  if (!(error instanceof StorageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
