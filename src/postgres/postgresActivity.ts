/** Declined questions, feedback and per-user data in PostgreSQL, reported in the order SQLite's queries report them. */
import type pg from 'pg';
import {
  type ActivityReport,
  type ActivityRepository,
  type DeclinedQuestion,
  type Feedback,
  normalizeQuestion,
  type UserData,
  type UserDataRepository,
} from '../activity/repository.js';
import { inTransaction } from './connection.js';

/** Declined questions and feedback over a pool. Text is ordered by bytes (collation "C"), as SQLite orders it. */
export class PostgresActivityRepository implements ActivityRepository {
  constructor(private readonly pool: pg.Pool) {}

  async recordDeclined(input: DeclinedQuestion): Promise<void> {
    await this.pool.query('INSERT INTO declined_questions (user_id, place, question, normalized, asked_at) VALUES ($1, $2, $3, $4, $5)', [
      input.user,
      input.place,
      input.question,
      normalizeQuestion(input.question),
      input.now,
    ]);
  }

  async recordFeedback(input: Feedback): Promise<void> {
    await this.pool.query(
      `INSERT INTO feedback (user_id, kind, subject, passage_id, vote, created_at) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (user_id, kind, subject) DO UPDATE SET vote = excluded.vote, passage_id = excluded.passage_id, created_at = excluded.created_at`,
      [input.user, input.kind, input.subject, input.passageId ?? null, input.vote, input.now],
    );
  }

  async report(limit: number): Promise<ActivityReport> {
    // SQL's LIMIT with a negative number means none in SQLite; PostgreSQL's says so with NULL.
    const upTo = limit < 0 ? null : limit;
    const all = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await this.pool.query<T>(sql, params)).rows;
    const [declined, feedback, disliked, quizzes, outcomes] = await Promise.all([
      // The most recent wording of each group stands for it.
      all<ActivityReport['declined'][number]>(
        `SELECT (SELECT question FROM declined_questions d2 WHERE d2.normalized = d.normalized ORDER BY asked_at DESC, id DESC LIMIT 1) AS question,
          count(*)::int AS count, max(asked_at) AS "lastAsked"
        FROM declined_questions d GROUP BY normalized ORDER BY count DESC, "lastAsked" DESC, normalized COLLATE "C" LIMIT $1`,
        [upTo],
      ),
      all<ActivityReport['feedback'][number]>(
        `SELECT kind, (count(*) FILTER (WHERE vote = 1))::int AS up, (count(*) FILTER (WHERE vote = -1))::int AS down
        FROM feedback GROUP BY kind ORDER BY kind COLLATE "C"`,
      ),
      all<ActivityReport['disliked'][number]>(
        `SELECT kind, subject, (count(*) FILTER (WHERE vote = 1))::int AS up, (count(*) FILTER (WHERE vote = -1))::int AS down
        FROM feedback GROUP BY kind, subject HAVING count(*) FILTER (WHERE vote = -1) > 0
        ORDER BY down DESC, up ASC, subject COLLATE "C", kind COLLATE "C" LIMIT $1`,
        [upTo],
      ),
      all<ActivityReport['quizzes'][number]>(
        `SELECT status, count(*)::int AS count FROM quiz_sessions GROUP BY status ORDER BY count DESC, status COLLATE "C"`,
      ),
      all<ActivityReport['outcomes'][number]>(
        `SELECT outcome, count(*)::int AS count FROM quiz_results GROUP BY outcome ORDER BY count DESC, outcome COLLATE "C"`,
      ),
    ]);
    return { declined, feedback, disliked, quizzes, outcomes };
  }
}

const counts = `SELECT
  (SELECT count(*) FROM quiz_sessions WHERE owner = $1)::int AS quizzes,
  (SELECT count(*) FROM quiz_answers WHERE session_id IN (SELECT id FROM quiz_sessions WHERE owner = $1))::int AS answers,
  (SELECT count(*) FROM declined_questions WHERE user_id = $1)::int AS "declinedQuestions",
  (SELECT count(*) FROM feedback WHERE user_id = $1)::int AS feedback,
  ((SELECT count(*) FROM conversations WHERE user_id = $1) + (SELECT count(*) FROM profiles WHERE user_id = $1))::int AS conversations`;

/** One user's data across every table, counted (in one statement) or deleted together (in one transaction). */
export class PostgresUserDataRepository implements UserDataRepository {
  constructor(private readonly pool: pg.Pool) {}

  async describe(user: string): Promise<UserData> {
    return (await this.pool.query<UserData>(counts, [user])).rows[0]!;
  }

  async forget(user: string): Promise<UserData> {
    return inTransaction(this.pool, async (client) => {
      const stored = (await client.query<UserData>(counts, [user])).rows[0]!;
      // Answers, results and posts go with their quiz (ON DELETE CASCADE).
      for (const sql of [
        'DELETE FROM quiz_sessions WHERE owner = $1',
        'DELETE FROM declined_questions WHERE user_id = $1',
        'DELETE FROM feedback WHERE user_id = $1',
        'DELETE FROM conversations WHERE user_id = $1',
        'DELETE FROM profiles WHERE user_id = $1',
      ])
        await client.query(sql, [user]);
      return stored;
    });
  }
}
