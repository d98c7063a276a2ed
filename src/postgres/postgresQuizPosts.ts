/**
 * Where a front end posted each quiz, in PostgreSQL: the thread it continues in and the one sharing of its
 * result, claimed with a lease. Two claims racing: the second waits for the first's row lock, then PostgreSQL
 * checks the claim's condition again on the row the first left, and finds it claimed.
 */
import type pg from 'pg';
import type { QuizPosts, ShareClaim } from '../posts/quizPosts.js';
import { inTransaction } from './connection.js';

/** Quiz posts over a pool; each call is one statement or one transaction. */
export class PostgresQuizPosts implements QuizPosts {
  constructor(private readonly pool: pg.Pool) {}

  async postedIn(id: number): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ posted_in: string | null }>('SELECT posted_in FROM quiz_posts WHERE quiz_id = $1', [id]);
    return rows[0]?.posted_in ?? undefined;
  }

  async setPostedIn(id: number, where: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO quiz_posts (quiz_id, posted_in) VALUES ($1, $2)
      ON CONFLICT (quiz_id) DO UPDATE SET posted_in = excluded.posted_in`,
      [id, where],
    );
  }

  async claimShare(id: number, now: number, leaseMs: number): Promise<ShareClaim> {
    return inTransaction(this.pool, async (client) => {
      await client.query('INSERT INTO quiz_posts (quiz_id) SELECT id FROM quiz_sessions WHERE id = $1 ON CONFLICT (quiz_id) DO NOTHING', [
        id,
      ]);
      const claimed = await client.query(
        `UPDATE quiz_posts SET share_claimed_at = $2 WHERE quiz_id = $1 AND shared_at IS NULL
        AND (share_claimed_at IS NULL OR share_claimed_at <= $2::bigint - $3::bigint)
        AND EXISTS (SELECT 1 FROM quiz_sessions WHERE id = $1 AND status = 'completed')`,
        [id, now, leaseMs],
      );
      if (claimed.rowCount === 1) return 'claimed';
      const { rows } = await client.query<{ status: string; shared_at: number | null }>(
        'SELECT s.status, p.shared_at FROM quiz_sessions s LEFT JOIN quiz_posts p ON p.quiz_id = s.id WHERE s.id = $1',
        [id],
      );
      if (rows[0]?.status !== 'completed') return 'not-completed';
      return rows[0].shared_at !== null ? 'shared' : 'in-progress';
    });
  }

  async markShared(id: number, now: number): Promise<void> {
    await this.pool.query('UPDATE quiz_posts SET shared_at = $2, share_claimed_at = NULL WHERE quiz_id = $1', [id, now]);
  }

  async releaseShare(id: number): Promise<void> {
    await this.pool.query('UPDATE quiz_posts SET share_claimed_at = NULL WHERE quiz_id = $1 AND shared_at IS NULL', [id]);
  }

  async isShared(id: number): Promise<boolean> {
    const { rows } = await this.pool.query<{ shared_at: number | null }>('SELECT shared_at FROM quiz_posts WHERE quiz_id = $1', [id]);
    return (rows[0]?.shared_at ?? null) !== null;
  }
}
