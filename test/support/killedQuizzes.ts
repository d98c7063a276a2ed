/**
 * The database the kill run's consoles share (test/support/consoleKills.ts), read between kills: every quiz,
 * answer and result in one snapshot, from a SQLite file or a PostgreSQL database alike.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDatabase } from './postgres.js';

/** Every stored quiz, its answers and its result (ids as numbers on both databases). */
export interface KilledRows {
  sessions: { id: number; owner: string; status: string; step: number; place_key: string }[];
  answers: { session_id: number; step: number; option_id: string }[];
  results: { session_id: number; outcome: string; mle: number; de: number; both: number }[];
}

/** Where the consoles point (their environment), and a snapshot of it; undefined before its tables exist. */
export interface KilledDatabase {
  env: Record<string, string>;
  read(): Promise<KilledRows | undefined>;
  close(): Promise<void>;
}

const sessionsSql = 'SELECT id, owner, status, step, place_key FROM quiz_sessions ORDER BY id';
const answersSql = 'SELECT session_id, step, option_id FROM quiz_answers ORDER BY session_id, step';
const resultsSql = 'SELECT session_id, outcome, mle, de, "both" FROM quiz_results';

/** A SQLite file in a temp folder of its own, removed on close. */
export async function killedSqlite(): Promise<KilledDatabase> {
  const file = join(mkdtempSync(join(tmpdir(), 'careerbot-faults-kill-')), 'careerbot.sqlite');
  /**
   * The test's own connection, held open from the moment the file exists to the end of the run.
   *
   * Why held open: a console killed after its commit reached the write-ahead log but before the log's index
   * was updated leaves a commit that is visible only to a connection that rebuilds the index, and SQLite
   * rebuilds it only when a connection opens with no other connection open. With consoles starting and dying
   * around it, a connection opened per read would sometimes see the commit and sometimes not, while the next
   * console saw the other state (the flake CI met: the test planned from position 2, the console resumed at
   * 3). Either state is right for SQLite (the commit never returned), but the test and the consoles must see
   * the same one, and one connection open throughout makes the next writer overwrite such a commit for all.
   */
  let observing: Database.Database | undefined;
  const observer = () => {
    if (!observing && existsSync(file)) {
      observing = new Database(file, { fileMustExist: true });
      observing.pragma('busy_timeout = 5000');
    }
    return observing;
  };
  return {
    env: { DATABASE_PATH: file },
    async read() {
      const db = observer();
      if (!db) return undefined;
      return db.transaction(() => {
        // A process killed before its first migration committed leaves a file with no tables yet.
        if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'quiz_sessions'").get()) return undefined;
        return {
          sessions: db.prepare(sessionsSql).all() as KilledRows['sessions'],
          answers: db.prepare(answersSql).all() as KilledRows['answers'],
          results: db.prepare(resultsSql).all() as KilledRows['results'],
        };
      })();
    },
    async close() {
      observing?.close();
      rmSync(join(file, '..'), { recursive: true, force: true });
    },
  };
}

/** A database of its own on the run's PostgreSQL server, each read one REPEATABLE READ snapshot. */
export async function killedPostgres(): Promise<KilledDatabase> {
  const { url } = await createDatabase();
  return {
    env: { DATABASE_URL: url },
    async read() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        // A process killed before its first migration committed leaves no tables (each step is one transaction).
        const found = await client.query<{ found: boolean }>("SELECT to_regclass('public.quiz_sessions') IS NOT NULL AS found");
        if (!found.rows[0]?.found) return undefined;
        const rows = {
          sessions: (await client.query<KilledRows['sessions'][number]>(sessionsSql)).rows.map((r) => ({ ...r, id: Number(r.id) })),
          answers: (await client.query<KilledRows['answers'][number]>(answersSql)).rows.map((r) => ({
            ...r,
            session_id: Number(r.session_id),
          })),
          results: (await client.query<KilledRows['results'][number]>(resultsSql)).rows.map((r) => ({
            ...r,
            session_id: Number(r.session_id),
          })),
        };
        await client.query('COMMIT');
        return rows;
      } finally {
        await client.end();
      }
    },
    // The server drops the database with everything else when the run ends.
    async close() {},
  };
}
