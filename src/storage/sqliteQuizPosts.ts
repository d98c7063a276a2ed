/**
 * Where a front end posted each quiz, in SQLite: the conversation it continues in (a thread) and the one
 * sharing of its result, claimed with a lease so two copies of the result, or two processes, cannot both post it.
 */
import type { Database } from 'better-sqlite3';
import type { QuizPosts, ShareClaim } from '../posts/quizPosts.js';

/** Quiz posts over one better-sqlite3 connection; each call is one statement or one transaction. */
export class SqliteQuizPosts implements QuizPosts {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      postedIn: db.prepare<[number], { posted_in: string | null }>('SELECT posted_in FROM quiz_posts WHERE quiz_id = ?'),
      setPostedIn: db.prepare(`INSERT INTO quiz_posts (quiz_id, posted_in) VALUES (@id, @where)
        ON CONFLICT (quiz_id) DO UPDATE SET posted_in = excluded.posted_in`),
      ensure: db.prepare('INSERT INTO quiz_posts (quiz_id) SELECT id FROM quiz_sessions WHERE id = ? ON CONFLICT (quiz_id) DO NOTHING'),
      claim: db.prepare(`UPDATE quiz_posts SET share_claimed_at = @now WHERE quiz_id = @id AND shared_at IS NULL
        AND (share_claimed_at IS NULL OR share_claimed_at <= @now - @leaseMs)
        AND EXISTS (SELECT 1 FROM quiz_sessions WHERE id = @id AND status = 'completed')`),
      state: db.prepare<[number], { status: string; shared_at: number | null }>(
        'SELECT s.status, p.shared_at FROM quiz_sessions s LEFT JOIN quiz_posts p ON p.quiz_id = s.id WHERE s.id = ?',
      ),
      markShared: db.prepare('UPDATE quiz_posts SET shared_at = ?, share_claimed_at = NULL WHERE quiz_id = ?'),
      release: db.prepare('UPDATE quiz_posts SET share_claimed_at = NULL WHERE quiz_id = ? AND shared_at IS NULL'),
      shared: db.prepare<[number], { shared_at: number | null }>('SELECT shared_at FROM quiz_posts WHERE quiz_id = ?'),
    };
  }

  /** Where quiz `id` continues (a thread's id), once recorded. */
  async postedIn(id: number): Promise<string | undefined> {
    return this.statements.postedIn.get(id)?.posted_in ?? undefined;
  }

  async setPostedIn(id: number, where: string): Promise<void> {
    this.statements.setPostedIn.run({ id, where });
  }

  /**
   * Claims the sharing of a completed quiz's result: 'claimed' when this caller may post it; 'shared' when it
   * was posted already; 'in-progress' when another claim younger than `leaseMs` holds it.
   */
  async claimShare(id: number, now: number, leaseMs: number): Promise<ShareClaim> {
    return this.db
      .transaction((): ShareClaim => {
        this.statements.ensure.run(id);
        if (this.statements.claim.run({ id, now, leaseMs }).changes === 1) return 'claimed';
        const row = this.statements.state.get(id);
        if (row?.status !== 'completed') return 'not-completed';
        return row.shared_at !== null ? 'shared' : 'in-progress';
      })
      .immediate();
  }

  /** The claimed result was posted. */
  async markShared(id: number, now: number): Promise<void> {
    this.statements.markShared.run(now, id);
  }

  /** The claimed result was certainly not posted: someone may try again at once. */
  async releaseShare(id: number): Promise<void> {
    this.statements.release.run(id);
  }

  /** Whether the result of quiz `id` was shared. */
  async isShared(id: number): Promise<boolean> {
    return (this.statements.shared.get(id)?.shared_at ?? null) !== null;
  }
}
