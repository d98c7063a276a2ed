/** Which message answers which question, in SQLite: one row per question, replaced when its answer is revised. */
import type { Database } from 'better-sqlite3';
import type { AnswerPost, AnswerPosts } from '../posts/answerPosts.js';

interface AnswerPostRow {
  question_id: string;
  channel_id: string;
  answer_id: string;
  version: number;
  updated_at: number;
}

const fromRow = (row: AnswerPostRow): AnswerPost => ({
  question: row.question_id,
  channel: row.channel_id,
  answer: row.answer_id,
  version: row.version,
  at: row.updated_at,
});

/** Answer posts over one better-sqlite3 connection; each call is one statement or one transaction. */
export class SqliteAnswerPosts implements AnswerPosts {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      save: db.prepare(`INSERT INTO answer_posts (question_id, channel_id, answer_id, version, updated_at)
        VALUES (@question, @channel, @answer, @version, @at)
        ON CONFLICT (question_id) DO UPDATE SET channel_id = excluded.channel_id, answer_id = excluded.answer_id,
          version = excluded.version, updated_at = excluded.updated_at`),
      get: db.prepare<[string], AnswerPostRow>('SELECT * FROM answer_posts WHERE question_id = ?'),
      remove: db.prepare('DELETE FROM answer_posts WHERE question_id = ?'),
      expire: db.prepare('DELETE FROM answer_posts WHERE updated_at < ?'),
    };
  }

  async save(post: AnswerPost): Promise<void> {
    this.statements.save.run(post);
  }

  async answerTo(question: string): Promise<AnswerPost | undefined> {
    const row = this.statements.get.get(question);
    return row && fromRow(row);
  }

  async take(questions: readonly string[]): Promise<AnswerPost[]> {
    // Most deleted messages were never questions: a read settles those without taking the write lock.
    const answered = questions.filter((question) => this.statements.get.get(question) !== undefined);
    if (answered.length === 0) return [];
    return this.db
      .transaction(() =>
        answered.flatMap((question) => {
          const row = this.statements.get.get(question);
          if (!row) return [];
          this.statements.remove.run(question);
          return [fromRow(row)];
        }),
      )
      .immediate();
  }

  async expire(before: number): Promise<number> {
    return this.statements.expire.run(before).changes;
  }
}
