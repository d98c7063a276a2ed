/** Quizzes in SQLite: one row per quiz, one per answer, one per result; every save checks the version. */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { type NewQuiz, type QuizPlace, placeKey, type QuizRepository, type StoredQuiz, type StoredResult } from '../quiz/repository.js';
import { StorageError } from './errors.js';

interface SessionRow {
  id: number;
  owner: string;
  owner_name: string;
  platform: 'console' | 'discord';
  guild_id: string | null;
  channel_id: string | null;
  thread_id: string | null;
  status: StoredQuiz['state']['status'];
  step: number;
  version: number;
  created_at: number;
  updated_at: number;
  share_claimed_at: number | null;
  shared_at: number | null;
}

/** A quiz's state as read back: checked, so a hand-edited or damaged row is reported, not trusted. */
const storedState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('active'), step: z.number().int().min(0), answers: z.array(z.string()) }),
  z.object({ status: z.literal('completed'), answers: z.array(z.string()).min(1) }),
  z.object({ status: z.literal('abandoned'), step: z.number().int().min(0), answers: z.array(z.string()) }),
  z.object({ status: z.literal('expired'), step: z.number().int().min(0), answers: z.array(z.string()) }),
]).refine((s) => s.status === 'completed' || s.answers.length === s.step, 'a quiz must have one answer per question before its current one');


function prepareStatements(db: Database) {
  const select = 'SELECT * FROM quiz_sessions';
  return {
    insert: db.prepare(`INSERT INTO quiz_sessions (owner, owner_name, platform, guild_id, channel_id, place_key, status, step, version, created_at, updated_at)
      VALUES (@owner, @ownerName, @platform, @guildId, @channelId, @placeKey, 'active', @step, 1, @now, @now)`),
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
    setThread: db.prepare('UPDATE quiz_sessions SET thread_id = ? WHERE id = ?'),
    claimShare: db.prepare(`UPDATE quiz_sessions SET share_claimed_at = @now WHERE id = @id AND status = 'completed'
      AND shared_at IS NULL AND (share_claimed_at IS NULL OR share_claimed_at <= @now - @leaseMs)`),
    shareState: db.prepare('SELECT status, share_claimed_at, shared_at FROM quiz_sessions WHERE id = ?'),
    markShared: db.prepare('UPDATE quiz_sessions SET shared_at = ?, share_claimed_at = NULL WHERE id = ?'),
    releaseShare: db.prepare('UPDATE quiz_sessions SET share_claimed_at = NULL WHERE id = ? AND shared_at IS NULL'),
  };
}

/** The quiz repository over one better-sqlite3 connection. */
export class SqliteQuizRepository implements QuizRepository {
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db);
  }

  createOrGetActive(input: NewQuiz): { quiz: StoredQuiz; created: boolean } {
    const key = placeKey(input.place);
    return this.db
      .transaction(() => {
        const existing = this.statements.active.get(input.owner, key) as SessionRow | undefined;
        if (existing) return { quiz: this.read(existing), created: false };
        const { lastInsertRowid } = this.statements.insert.run({
          owner: input.owner,
          ownerName: input.ownerName,
          platform: input.place.platform,
          guildId: input.place.platform === 'discord' ? (input.place.guildId ?? null) : null,
          channelId: input.place.platform === 'discord' ? input.place.channelId : null,
          placeKey: key,
          step: input.state.step,
          now: input.now,
        });
        const id = Number(lastInsertRowid);
        this.writeAnswers(id, input.state.answers, input.now);
        return { quiz: this.get(id)!, created: true };
      })
      .immediate();
  }

  get(id: number): StoredQuiz | undefined {
    return this.snapshot(() => {
      const row = this.statements.byId.get(id) as SessionRow | undefined;
      return row && this.read(row);
    });
  }

  findActive(owner: string, place: QuizPlace): StoredQuiz | undefined {
    return this.snapshot(() => {
      const row = this.statements.active.get(owner, placeKey(place)) as SessionRow | undefined;
      return row && this.read(row);
    });
  }

  save(id: number, expectedVersion: number, state: StoredQuiz['state'], now: number, result?: StoredResult): StoredQuiz | undefined {
    const step = state.status === 'completed' ? state.answers.length : state.step;
    return this.db
      .transaction(() => {
        const { changes } = this.statements.update.run({ id, expectedVersion, status: state.status, step, now });
        if (changes === 0) return undefined;
        this.writeAnswers(id, state.answers, now);
        this.statements.dropResult.run(id);
        if (result) this.statements.insertResult.run({ id, outcome: result.outcome, ...result.counts, now });
        return this.get(id);
      })
      .immediate();
  }

  setThread(id: number, threadId: string): void {
    this.statements.setThread.run(threadId, id);
  }

  claimShare(id: number, now: number, leaseMs: number): 'claimed' | 'shared' | 'in-progress' | 'not-completed' {
    return this.db
      .transaction(() => {
        if (this.statements.claimShare.run({ id, now, leaseMs }).changes === 1) return 'claimed' as const;
        const row = this.statements.shareState.get(id) as Pick<SessionRow, 'status' | 'share_claimed_at' | 'shared_at'> | undefined;
        if (row?.status !== 'completed') return 'not-completed' as const;
        return row.shared_at !== null ? ('shared' as const) : ('in-progress' as const);
      })
      .immediate();
  }

  markShared(id: number, now: number): void {
    this.statements.markShared.run(now, id);
  }

  releaseShare(id: number): void {
    this.statements.releaseShare.run(id);
  }

  idleSince(before: number): StoredQuiz[] {
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
    answers.forEach((option, step) => this.statements.upsertAnswer.run({ id, step, option, now }));
  }

  private read(row: SessionRow): StoredQuiz {
    const answers = (this.statements.answers.all(row.id) as { option_id: string }[]).map((a) => a.option_id);
    const parsed = storedState.safeParse(row.status === 'completed' ? { status: row.status, answers } : { status: row.status, step: row.step, answers });
    if (!parsed.success) throw new StorageError(`quiz ${row.id} is inconsistent: ${z.prettifyError(parsed.error)}`);
    const place: QuizPlace = row.platform === 'console'
      ? { platform: 'console' }
      : { platform: 'discord', channelId: row.channel_id ?? '', ...(row.guild_id ? { guildId: row.guild_id } : {}) };
    return {
      id: row.id,
      owner: row.owner,
      ownerName: row.owner_name,
      place,
      ...(row.thread_id ? { threadId: row.thread_id } : {}),
      ...(row.shared_at !== null ? { shared: true as const } : {}),
      version: row.version,
      state: parsed.data,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
