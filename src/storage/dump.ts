/** Every table of a SQLite database, read in one transaction, for `npm run db:copy` to load elsewhere. */
import { existsSync } from 'node:fs';
import { dumpedTables, StorageError, type StorageDump } from '../ports/storage.js';
import { openDatabase } from './database.js';

/**
 * Dumps the SQLite database in `file` (brought up to the current schema first); throws StorageError when there
 * is no such file, when it cannot be opened, or when it holds a table this list does not (nothing would copy it).
 */
export function dumpSqlite(file: string): StorageDump {
  if (!existsSync(file)) throw new StorageError(`there is no SQLite database at ${file}: set DATABASE_PATH to the file to copy.`);
  const db = openDatabase(file);
  try {
    return db.transaction((): StorageDump => {
      const present = (
        db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]
      )
        .map((t) => t.name)
        .filter((name) => !dumpedTables.includes(name));
      if (present.length > 0)
        throw new StorageError(`${file} has tables db:copy does not know (${present.join(', ')}): nothing was copied.`);
      const tables = dumpedTables.map((name) => ({
        name,
        columns: (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name),
        rows: db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[],
      }));
      const sequence = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'quiz_sessions'`).get() as { seq: number } | undefined;
      return { tables, lastQuizId: sequence?.seq ?? 0 };
    })();
  } finally {
    db.close();
  }
}
