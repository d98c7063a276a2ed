/** Which message answers which question, in PostgreSQL: one row per question, replaced when its answer is revised. */
import type pg from 'pg';
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

/** Answer posts over a pool; each call is one statement. */
export class PostgresAnswerPosts implements AnswerPosts {
  constructor(private readonly pool: pg.Pool) {}

  async save(post: AnswerPost): Promise<void> {
    await this.pool.query(
      `INSERT INTO answer_posts (question_id, channel_id, answer_id, version, updated_at) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (question_id) DO UPDATE SET channel_id = excluded.channel_id, answer_id = excluded.answer_id,
        version = excluded.version, updated_at = excluded.updated_at`,
      [post.question, post.channel, post.answer, post.version, post.at],
    );
  }

  async answerTo(question: string): Promise<AnswerPost | undefined> {
    const { rows } = await this.pool.query<AnswerPostRow>('SELECT * FROM answer_posts WHERE question_id = $1', [question]);
    return rows[0] && fromRow(rows[0]);
  }

  async take(questions: readonly string[]): Promise<AnswerPost[]> {
    if (questions.length === 0) return [];
    // One statement: two processes taking the same question cannot both get its answer.
    const { rows } = await this.pool.query<AnswerPostRow>('DELETE FROM answer_posts WHERE question_id = ANY($1::text[]) RETURNING *', [
      [...questions],
    ]);
    const order = (row: AnswerPostRow) => questions.indexOf(row.question_id);
    return rows.sort((a, b) => order(a) - order(b)).map(fromRow);
  }

  async expire(before: number): Promise<number> {
    return (await this.pool.query('DELETE FROM answer_posts WHERE updated_at < $1', [before])).rowCount ?? 0;
  }
}
