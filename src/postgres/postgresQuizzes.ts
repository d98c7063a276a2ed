/**
 * Quizzes in PostgreSQL: one row per quiz, one per answer, one per result. The rules SQLite keeps are kept by the
 * server: one active quiz per owner and place (a partial unique index), and a save only from the version read
 * (`UPDATE … WHERE version = $n`: a second save racing the first waits for its row lock, then finds the version
 * moved and changes nothing).
 */
import type pg from 'pg';
import type { NewQuiz, QuizRepository, StoredQuiz, StoredResult } from '../quiz/repository.js';
import { quizStateFromRows } from '../quiz/storedState.js';
import { inTransaction } from './connection.js';

interface SessionRow {
  id: number;
  owner: string;
  owner_name: string;
  place_key: string;
  place_label: string;
  status: string;
  step: number;
  version: number;
  created_at: number;
  updated_at: number;
  /** Its answers in step order, read in the same statement (one snapshot, so never another save's answers). */
  answers: string[];
}

const select = `SELECT s.*, ARRAY(SELECT a.option_id FROM quiz_answers a WHERE a.session_id = s.id ORDER BY a.step) AS answers
  FROM quiz_sessions s`;

/** A quiz_sessions row with its answers, as the port's quiz; throws StorageError when they are inconsistent. */
function fromRow(row: SessionRow): StoredQuiz {
  return {
    id: row.id,
    owner: row.owner,
    ownerName: row.owner_name,
    place: { key: row.place_key, label: row.place_label },
    version: row.version,
    state: quizStateFromRows(row.id, row.status, row.step, row.answers),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The quiz repository over a pool; each call is one statement or one transaction, committed before it resolves. */
export class PostgresQuizRepository implements QuizRepository {
  constructor(private readonly pool: pg.Pool) {}

  async createOrGetActive(input: NewQuiz): Promise<{ quiz: StoredQuiz; created: boolean }> {
    return inTransaction(this.pool, async (client) => {
      for (;;) {
        // A racing start of the same owner's quiz in the same place waits here for the other to commit or roll back.
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO quiz_sessions (owner, owner_name, place_key, place_label, status, step, version, created_at, updated_at)
          VALUES ($1, $2, $3, $4, 'active', $5, 1, $6, $6)
          ON CONFLICT (owner, place_key) WHERE status = 'active' DO NOTHING RETURNING id`,
          [input.owner, input.ownerName, input.place.key, input.place.label, input.state.step, input.now],
        );
        const id = inserted.rows[0]?.id;
        if (id !== undefined) {
          await writeAnswers(client, id, input.state.answers, input.now);
          return { quiz: (await readOne(client, 'WHERE s.id = $1', [id]))!, created: true };
        }
        const existing = await readOne(client, `WHERE s.owner = $1 AND s.place_key = $2 AND s.status = 'active'`, [
          input.owner,
          input.place.key,
        ]);
        // Gone between the two statements (finished or expired meanwhile): try the insert again.
        if (existing) return { quiz: existing, created: false };
      }
    });
  }

  async get(id: number): Promise<StoredQuiz | undefined> {
    return readOne(this.pool, 'WHERE s.id = $1', [id]);
  }

  async findActive(owner: string, placeKey: string): Promise<StoredQuiz | undefined> {
    return readOne(this.pool, `WHERE s.owner = $1 AND s.place_key = $2 AND s.status = 'active'`, [owner, placeKey]);
  }

  async save(
    id: number,
    expectedVersion: number,
    state: StoredQuiz['state'],
    now: number,
    result?: StoredResult,
  ): Promise<StoredQuiz | undefined> {
    const step = state.status === 'completed' ? state.answers.length : state.step;
    return inTransaction(this.pool, async (client) => {
      const updated = await client.query(
        `UPDATE quiz_sessions SET status = $3, step = $4, version = version + 1, updated_at = $5
        WHERE id = $1 AND version = $2`,
        [id, expectedVersion, state.status, step, now],
      );
      if (updated.rowCount === 0) return undefined;
      await writeAnswers(client, id, state.answers, now);
      await client.query('DELETE FROM quiz_results WHERE session_id = $1', [id]);
      if (result)
        await client.query('INSERT INTO quiz_results (session_id, outcome, mle, de, "both", created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
          id,
          result.outcome,
          result.counts.mle,
          result.counts.de,
          result.counts.both,
          now,
        ]);
      // Read back and checked inside the transaction: a state that could not be read back is rolled back.
      return readOne(client, 'WHERE s.id = $1', [id]);
    });
  }

  async idleSince(before: number): Promise<StoredQuiz[]> {
    const { rows } = await this.pool.query<SessionRow>(
      `${select} WHERE s.status = 'active' AND s.updated_at < $1 ORDER BY s.updated_at, s.id`,
      [before],
    );
    return rows.map(fromRow);
  }
}

async function readOne(db: pg.Pool | pg.PoolClient, where: string, params: unknown[]): Promise<StoredQuiz | undefined> {
  const { rows } = await db.query<SessionRow>(`${select} ${where}`, params);
  return rows[0] && fromRow(rows[0]);
}

/** Keeps answers before `answers.length` (an unchanged answer keeps its time) and drops the rest. */
async function writeAnswers(client: pg.PoolClient, id: number, answers: string[], now: number): Promise<void> {
  await client.query('DELETE FROM quiz_answers WHERE session_id = $1 AND step >= $2', [id, answers.length]);
  if (answers.length === 0) return;
  await client.query(
    `INSERT INTO quiz_answers (session_id, step, option_id, answered_at)
    SELECT $1, t.n - 1, t.option, $3 FROM unnest($2::text[]) WITH ORDINALITY AS t(option, n)
    ON CONFLICT (session_id, step) DO UPDATE SET option_id = excluded.option_id, answered_at = excluded.answered_at
    WHERE quiz_answers.option_id <> excluded.option_id`,
    [id, answers, now],
  );
}
