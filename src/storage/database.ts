/** Opens (and creates) the SQLite database: WAL, foreign keys, a busy timeout, the schema up to date. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';
import { StorageError } from '../ports/storage.js';
import { migrate, refuseNewerSchema } from './migrations.js';

/** How long a write waits for another process's transaction before giving up. */
export const busyTimeoutMs = 5000;

export function openDatabase(file: string): Connection {
  const inMemory = file === ':memory:';
  if (!inMemory) {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      throw new StorageError(`cannot create the folder for ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  let db: Connection | undefined;
  try {
    db = new Database(file, { fileMustExist: false });
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // The first read of the file: a file that isn't a database, or one from a newer careerbot, is refused
    // here, before switching to WAL rewrites its header.
    refuseNewerSchema(db, file);
    // SQLite finds a damaged page only when it reads it: check every page now (milliseconds at this size),
    // so a damaged file is refused at start, not halfway through someone's quiz.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`database disk image is malformed: ${String(check)}`);
    if (!inMemory) db.pragma('journal_mode = WAL');
    // Every commit reaches the disk before the next question is shown. better-sqlite3 is built to reopen a
    // WAL database at NORMAL, which can lose the last commits on power loss: say FULL every time.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db?.close();
    if (error instanceof StorageError) throw error;
    const reason = (error as Error).message;
    const hint = /not a database|malformed|encrypted/i.test(reason)
      ? ' It is not a careerbot database, or it is damaged; it was left untouched. Move it aside or set DATABASE_PATH to another file.'
      : ' Check that the file and its folder are readable and writable, or set DATABASE_PATH to another file.';
    throw new StorageError(`cannot open ${file} (${reason}).${hint}`, { cause: error });
  }
  try {
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
