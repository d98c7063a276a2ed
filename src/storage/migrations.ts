/**
 * The schema, one step per version. `PRAGMA user_version` records the last step applied; each step runs in
 * its own BEGIN IMMEDIATE transaction, so two processes starting at once cannot apply a step twice.
 */
import type { Database } from 'better-sqlite3';
import { StorageError } from '../ports/storage.js';

type Migration = (db: Database) => void;

export const migrations: Migration[] = [
  // 1: quizzes with their answers and results; declined questions; feedback.
  (db) =>
    db.exec(`
      CREATE TABLE quiz_sessions (
        id INTEGER PRIMARY KEY,
        owner TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        platform TEXT NOT NULL,
        guild_id TEXT,
        channel_id TEXT,
        place_key TEXT NOT NULL,
        thread_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'abandoned', 'expired')),
        step INTEGER NOT NULL CHECK (step >= 0),
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      -- One active quiz per user per place, enforced where every process sees it.
      CREATE UNIQUE INDEX quiz_sessions_one_active ON quiz_sessions (owner, place_key) WHERE status = 'active';
      CREATE INDEX quiz_sessions_idle ON quiz_sessions (status, updated_at);
      CREATE INDEX quiz_sessions_owner ON quiz_sessions (owner);

      CREATE TABLE quiz_answers (
        session_id INTEGER NOT NULL REFERENCES quiz_sessions (id) ON DELETE CASCADE,
        step INTEGER NOT NULL CHECK (step >= 0),
        option_id TEXT NOT NULL,
        answered_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, step)
      ) STRICT;

      CREATE TABLE quiz_results (
        session_id INTEGER PRIMARY KEY REFERENCES quiz_sessions (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('mle', 'de', 'hybrid')),
        mle INTEGER NOT NULL,
        de INTEGER NOT NULL,
        both INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE declined_questions (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL,
        place TEXT NOT NULL,
        question TEXT NOT NULL,
        normalized TEXT NOT NULL,
        asked_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX declined_questions_text ON declined_questions (normalized);
      CREATE INDEX declined_questions_user ON declined_questions (user_id);

      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('answer', 'compare')),
        subject TEXT NOT NULL,
        passage_id TEXT,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        created_at INTEGER NOT NULL,
        UNIQUE (user_id, kind, subject)
      ) STRICT;
    `),
  // 2: the channels where /answers switched free-text answering on or off.
  (db) =>
    db.exec(`
      CREATE TABLE answer_channels (
        channel_id TEXT PRIMARY KEY,
        guild_id TEXT NOT NULL,
        answers_on INTEGER NOT NULL CHECK (answers_on IN (0, 1)),
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX answer_channels_guild ON answer_channels (guild_id);
    `),
  // 3: sharing a finished quiz's result once, whichever copy is clicked: when a share was claimed (a lease,
  // so a process that died mid-share does not block it for good) and when the result was posted.
  (db) =>
    db.exec(`
      ALTER TABLE quiz_sessions ADD COLUMN share_claimed_at INTEGER;
      ALTER TABLE quiz_sessions ADD COLUMN shared_at INTEGER;
    `),
  // 4: a place is the front end's opaque key and a label; what a front end keeps about where it posted a quiz
  // (the thread it runs in, the one sharing of its result) moves to a table of its own. The table is rebuilt
  // (SQLite cannot drop a column a constraint names), keeping every row and id; foreign keys are off meanwhile.
  // Ids are never given out twice (AUTOINCREMENT): a button of a quiz deleted by /forget-me must not reach a new one.
  (db) =>
    db.exec(`
      CREATE TABLE quiz_posts (
        quiz_id INTEGER PRIMARY KEY REFERENCES quiz_sessions (id) ON DELETE CASCADE,
        posted_in TEXT,
        share_claimed_at INTEGER,
        shared_at INTEGER
      ) STRICT;
      INSERT INTO quiz_posts (quiz_id, posted_in, share_claimed_at, shared_at)
        SELECT id, thread_id, share_claimed_at, shared_at FROM quiz_sessions
        WHERE thread_id IS NOT NULL OR share_claimed_at IS NOT NULL OR shared_at IS NOT NULL;

      CREATE TABLE quiz_sessions_next (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        owner TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        place_key TEXT NOT NULL,
        place_label TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'abandoned', 'expired')),
        step INTEGER NOT NULL CHECK (step >= 0),
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO quiz_sessions_next (id, owner, owner_name, place_key, place_label, status, step, version, created_at, updated_at)
        SELECT id, owner, owner_name, place_key,
          CASE WHEN channel_id IS NULL THEN platform ELSE 'channel ' || channel_id || COALESCE(' in server ' || guild_id, ' (direct messages)') END,
          status, step, version, created_at, updated_at
        FROM quiz_sessions;
      DROP TABLE quiz_sessions;
      ALTER TABLE quiz_sessions_next RENAME TO quiz_sessions;
      CREATE UNIQUE INDEX quiz_sessions_one_active ON quiz_sessions (owner, place_key) WHERE status = 'active';
      CREATE INDEX quiz_sessions_idle ON quiz_sessions (status, updated_at);
      CREATE INDEX quiz_sessions_owner ON quiz_sessions (owner);

      ALTER TABLE answer_channels RENAME COLUMN guild_id TO community_id;
      DROP INDEX answer_channels_guild;
      CREATE INDEX answer_channels_community ON answer_channels (community_id);
    `),
  // 5: conversations (the last turns of each, for follow-ups, and a question asked back) and what people said
  // about themselves, each as JSON checked when written and read back; by user for /forget-me, by time for expiry.
  (db) =>
    db.exec(`
      CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        state TEXT NOT NULL, -- JSON: turns and the pending question
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX conversations_user ON conversations (user_id);
      CREATE INDEX conversations_updated ON conversations (updated_at);

      CREATE TABLE profiles (
        user_id TEXT PRIMARY KEY,
        profile TEXT NOT NULL, -- JSON: role, job, years, likes, quiz outcome
        updated_at INTEGER NOT NULL
      ) STRICT;
    `),
  // 6: which message answers which question typed in a channel, so a deleted or edited question takes its answer
  // along; by time for expiry. Message ids only: nothing here names a person.
  (db) =>
    db.exec(`
      CREATE TABLE answer_posts (
        question_id TEXT PRIMARY KEY,
        channel_id TEXT NOT NULL,
        answer_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX answer_posts_updated ON answer_posts (updated_at);
    `),
  // 7: each person's cooldown window, shared by every process on the file (one per shard), so messages that
  // reach different shards count toward one allowance; by expiry for the sweep.
  (db) =>
    db.exec(`
      CREATE TABLE cooldowns (
        user_id TEXT PRIMARY KEY,
        state TEXT NOT NULL, -- JSON: the times of the answers in the window, and whether a warning was sent
        expires_at INTEGER NOT NULL -- when the newest answer leaves the window: the row means nothing after it
      ) STRICT;
      CREATE INDEX cooldowns_expires ON cooldowns (expires_at);
    `),
];

export const schemaVersion = migrations.length;

/** Refuses a database written by a newer version of the bot; reads only, so the file stays untouched. */
export function refuseNewerSchema(db: Database, file: string, steps: Migration[] = migrations): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > steps.length) {
    throw new StorageError(
      `${file} has schema version ${version}, newer than this careerbot understands (${steps.length}). ` +
        'It was left untouched: run a newer careerbot, or set DATABASE_PATH to another file.',
    );
  }
}

/** Brings the schema up to date; refuses a database written by a newer version of the bot. */
export function migrate(db: Database, file: string, steps: Migration[] = migrations): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  refuseNewerSchema(db, file, steps);
  if (version() >= steps.length) return;
  // A step may rebuild a table, and dropping a table with foreign keys on would cascade to its children; the
  // pragma only takes effect outside a transaction. Each step checks the keys itself before it commits.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (let n = version(); n < steps.length; n += 1) {
      db.exec('BEGIN IMMEDIATE');
      try {
        // Another process may have applied this step while we waited for the lock.
        if (version() === n) {
          steps[n]!(db);
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0) throw new Error(`${broken.length} row(s) would break a foreign key`);
          db.pragma(`user_version = ${n + 1}`);
        }
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw new StorageError(`${file}: migration to schema version ${n + 1} failed: ${(error as Error).message}`, { cause: error });
      }
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
