/** Declined questions, feedback and per-user data in SQLite. */
import type { Database } from 'better-sqlite3';
import {
  type ActivityReport,
  type ActivityRepository,
  type DeclinedQuestion,
  type Feedback,
  normalizeQuestion,
  type UserData,
  type UserDataRepository,
} from '../activity/repository.js';

/** Declined questions and feedback in SQLite. */
export class SqliteActivityRepository implements ActivityRepository {
  private readonly insertDeclined;
  private readonly upsertFeedback;

  constructor(private readonly db: Database) {
    this.insertDeclined = db.prepare(`INSERT INTO declined_questions (user_id, place, question, normalized, asked_at)
      VALUES (@user, @place, @question, @normalized, @now)`);
    this.upsertFeedback = db.prepare(`INSERT INTO feedback (user_id, kind, subject, passage_id, vote, created_at)
      VALUES (@user, @kind, @subject, @passageId, @vote, @now)
      ON CONFLICT (user_id, kind, subject) DO UPDATE SET vote = excluded.vote, passage_id = excluded.passage_id, created_at = excluded.created_at`);
  }

  async recordDeclined(input: DeclinedQuestion): Promise<void> {
    this.insertDeclined.run({ ...input, normalized: normalizeQuestion(input.question) });
  }

  async recordFeedback(input: Feedback): Promise<void> {
    this.upsertFeedback.run({ ...input, passageId: input.passageId ?? null });
  }

  async report(limit: number): Promise<ActivityReport> {
    const all = <T>(sql: string, ...params: unknown[]) => this.db.prepare(sql).all(...params) as T[];
    return {
      // The most recent wording of each group stands for it.
      declined: all(
        `SELECT (SELECT question FROM declined_questions d2 WHERE d2.normalized = d.normalized ORDER BY asked_at DESC, id DESC LIMIT 1) AS question,
          COUNT(*) AS count, MAX(asked_at) AS lastAsked
        FROM declined_questions d GROUP BY normalized ORDER BY count DESC, lastAsked DESC LIMIT ?`,
        limit,
      ),
      feedback: all(`SELECT kind, SUM(vote = 1) AS up, SUM(vote = -1) AS down FROM feedback GROUP BY kind ORDER BY kind`),
      disliked: all(
        `SELECT kind, subject, SUM(vote = 1) AS up, SUM(vote = -1) AS down FROM feedback
        GROUP BY kind, subject HAVING down > 0 ORDER BY down DESC, up ASC, subject LIMIT ?`,
        limit,
      ),
      quizzes: all(`SELECT status, COUNT(*) AS count FROM quiz_sessions GROUP BY status ORDER BY count DESC, status`),
      outcomes: all(`SELECT outcome, COUNT(*) AS count FROM quiz_results GROUP BY outcome ORDER BY count DESC, outcome`),
    };
  }
}

/** One user's data across every table, counted or deleted together. */
export class SqliteUserDataRepository implements UserDataRepository {
  constructor(private readonly db: Database) {}

  async describe(user: string): Promise<UserData> {
    return this.count(user);
  }

  async forget(user: string): Promise<UserData> {
    return this.db
      .transaction(() => {
        const stored = this.count(user);
        // Answers, results and posts go with their quiz (ON DELETE CASCADE).
        this.db.prepare('DELETE FROM quiz_sessions WHERE owner = ?').run(user);
        this.db.prepare('DELETE FROM declined_questions WHERE user_id = ?').run(user);
        this.db.prepare('DELETE FROM feedback WHERE user_id = ?').run(user);
        this.db.prepare('DELETE FROM conversations WHERE user_id = ?').run(user);
        this.db.prepare('DELETE FROM profiles WHERE user_id = ?').run(user);
        return stored;
      })
      .immediate();
  }

  private count(user: string): UserData {
    const count = (sql: string) => (this.db.prepare(sql).get(user) as { n: number }).n;
    return {
      quizzes: count('SELECT COUNT(*) AS n FROM quiz_sessions WHERE owner = ?'),
      answers: count('SELECT COUNT(*) AS n FROM quiz_answers WHERE session_id IN (SELECT id FROM quiz_sessions WHERE owner = ?)'),
      declinedQuestions: count('SELECT COUNT(*) AS n FROM declined_questions WHERE user_id = ?'),
      feedback: count('SELECT COUNT(*) AS n FROM feedback WHERE user_id = ?'),
      conversations:
        count('SELECT COUNT(*) AS n FROM conversations WHERE user_id = ?') + count('SELECT COUNT(*) AS n FROM profiles WHERE user_id = ?'),
    };
  }
}
