/** Quizzes in SQLite: one row per quiz, one per answer, one per result; every save checks the version. */
import type { Database } from 'better-sqlite3';
import type { NewQuiz, QuizRepository, StoredQuiz, StoredResult } from '../quiz/repository.js';
import { quizStateFromRows } from '../quiz/storedState.js';

interface SessionRow {
  id: number;
  owner: string;
  owner_name: string;
  place_key: string;
  place_label: string;
  status: StoredQuiz['state']['status'];
  step: number;
  version: number;
  created_at: number;
  updated_at: number;
}

function prepareStatements(db: Database) {
  const select = 'SELECT * FROM quiz_sessions';
  return {
    insert: db.prepare(`INSERT INTO quiz_sessions (owner, owner_name, place_key, place_label, status, step, version, created_at, updated_at)
      VALUES (@owner, @ownerName, @placeKey, @placeLabel, 'active', @step, 1, @now, @now)`),
    byId: db.prepare(`${select} WHERE id = ?`),
    active: db.prepare(`${select} WHERE owner = ? AND place_key = ? AND status = 'active'`),
    idle: db.prepare(`${select} WHERE status = 'active' AND updated_at < ? ORDER BY updated_at`),
    answers: db.prepare('SELECT option_id FROM quiz_answers WHERE session_id = ? ORDER BY step'),
    update: db.prepare(`UPDATE quiz_sessions SET status = @status, step = @step, version = version + 1, updated_at = @now
      WHERE id = @id AND version = @expectedVersion`),
    dropAnswersFrom: db.prepare('DELETE FROM quiz_answers WHERE session_id = ? AND step >= ?'),
    upsertAnswer: db.prepare(`INSERT INTO quiz_answers (session_id, step, option_id, answered_at) VALUES (@id, @step, @option, @now)
      ON CONFLICT (session_id, step) DO UPDATE SET option_id = excluded.option_id, answered_at = excluded.answered_at
      WHERE option_id <> excluded.option_id`),
    dropResult: db.prepare('DELETE FROM quiz_results WHERE session_id = ?'),
    insertResult: db.prepare(`INSERT INTO quiz_results (session_id, outcome, mle, de, both, created_at)
      VALUES (@id, @outcome, @mle, @de, @both, @now)`),
  };
}

/**
 * The quiz repository over one better-sqlite3 connection. better-sqlite3 is synchronous: each call does its
 * work (one transaction) before it returns its promise, so the guarantees hold as before.
 */
export class SqliteQuizRepository implements QuizRepository {
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db);
  }

  async createOrGetActive(input: NewQuiz): Promise<{ quiz: StoredQuiz; created: boolean }> {
    const key = input.place.key;
    return this.db
      .transaction(() => {
        const existing = this.statements.active.get(input.owner, key) as SessionRow | undefined;
        if (existing) return { quiz: this.read(existing), created: false };
        const { lastInsertRowid } = this.statements.insert.run({
          owner: input.owner,
          ownerName: input.ownerName,
          placeKey: key,
          placeLabel: input.place.label,
          step: input.state.step,
          now: input.now,
        });
        const id = Number(lastInsertRowid);
        this.writeAnswers(id, input.state.answers, input.now);
        return { quiz: this.read(this.statements.byId.get(id) as SessionRow), created: true };
      })
      .immediate();
  }

  async get(id: number): Promise<StoredQuiz | undefined> {
    return this.snapshot(() => {
      const row = this.statements.byId.get(id) as SessionRow | undefined;
      return row && this.read(row);
    });
  }

  async findActive(owner: string, placeKey: string): Promise<StoredQuiz | undefined> {
    return this.snapshot(() => {
      const row = this.statements.active.get(owner, placeKey) as SessionRow | undefined;
      return row && this.read(row);
    });
  }

  async save(
    id: number,
    expectedVersion: number,
    state: StoredQuiz['state'],
    now: number,
    result?: StoredResult,
  ): Promise<StoredQuiz | undefined> {
    const step = state.status === 'completed' ? state.answers.length : state.step;
    return this.db
      .transaction(() => {
        const { changes } = this.statements.update.run({ id, expectedVersion, status: state.status, step, now });
        if (changes === 0) return undefined;
        this.writeAnswers(id, state.answers, now);
        this.statements.dropResult.run(id);
        if (result) this.statements.insertResult.run({ id, outcome: result.outcome, ...result.counts, now });
        return this.read(this.statements.byId.get(id) as SessionRow);
      })
      .immediate();
  }

  async idleSince(before: number): Promise<StoredQuiz[]> {
    return this.snapshot(() => (this.statements.idle.all(before) as SessionRow[]).map((row) => this.read(row)));
  }

  /**
   * Runs reads in one transaction: a quiz row and its answers are two statements, and another process's
   * save between them would otherwise pair the old row with the new answers.
   */
  private snapshot<T>(read: () => T): T {
    return this.db.transaction(read)();
  }

  private writeAnswers(id: number, answers: string[], now: number): void {
    this.statements.dropAnswersFrom.run(id, answers.length);
    for (const [step, option] of answers.entries()) this.statements.upsertAnswer.run({ id, step, option, now });
  }

  private read(row: SessionRow): StoredQuiz {
    const answers = (this.statements.answers.all(row.id) as { option_id: string }[]).map((a) => a.option_id);
    const state = quizStateFromRows(row.id, row.status, row.step, answers);
    return {
      id: row.id,
      owner: row.owner,
      ownerName: row.owner_name,
      place: { key: row.place_key, label: row.place_label },
      version: row.version,
      state,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
