/**
 * Reading stored quizzes back after a run, from SQLite's file or from PostgreSQL (the same tables on both), and
 * checking each person's quiz against the answers they meant to give.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

/** The answers each person meant to end with, question by question, by owner ("discord:ID"). */
export type ExpectedQuizzes = { owner: string; answers: string[] }[];

/** What a read-back found: quizzes completed once with exactly their answers, and every problem otherwise. */
export interface ReadBack {
  completed: number;
  problems: string[];
}

/** The rows the check reads, as both databases give them. */
interface StoredRows {
  sessions: { id: number; owner: string; status: string }[];
  answers: { id: number; step: number; option: string }[];
  results: { id: number; n: number }[];
}

const sessionsSql = 'SELECT id, owner, status FROM quiz_sessions ORDER BY id';
const answersSql = 'SELECT session_id AS id, step, option_id AS option FROM quiz_answers ORDER BY session_id, step';
const resultsSql = 'SELECT session_id AS id, COUNT(*) AS n FROM quiz_results GROUP BY session_id';

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Every person's stored quiz against what they meant to answer: one quiz per owner, completed, each answer
 * present once with the intended option, one result; and no quiz nobody started.
 */
function check(rows: StoredRows, expected: ExpectedQuizzes): ReadBack {
  const byOwner = groupBy(rows.sessions, (s) => s.owner);
  const answersOf = groupBy(rows.answers, (a) => a.id);
  const resultsOf = new Map(rows.results.map((r) => [r.id, r.n]));
  const problems: string[] = [];
  let completed = 0;
  for (const { owner, answers: wanted } of expected) {
    const stored = byOwner.get(owner) ?? [];
    byOwner.delete(owner);
    if (stored.length !== 1) {
      problems.push(
        `${owner}: ${stored.length} quizzes stored, expected exactly 1${stored.length === 0 ? ' (every answer lost)' : ' (duplicated)'}`,
      );
      continue;
    }
    const quiz = stored[0]!;
    const got = answersOf.get(quiz.id) ?? [];
    const before = problems.length;
    if (quiz.status !== 'completed') problems.push(`${owner}: quiz ${quiz.id} is ${quiz.status}, expected completed`);
    wanted.forEach((option, step) => {
      const found = got.filter((a) => a.step === step);
      if (found.length === 0) problems.push(`${owner}: answer to question ${step + 1} lost (expected ${option})`);
      else if (found.length > 1) problems.push(`${owner}: answer to question ${step + 1} stored ${found.length} times`);
      else if (found[0]!.option !== option) problems.push(`${owner}: question ${step + 1} stored ${found[0]!.option}, expected ${option}`);
    });
    for (const extra of got.filter((a) => a.step >= wanted.length))
      problems.push(`${owner}: unexpected answer stored for question ${extra.step + 1}`);
    if (resultsOf.get(quiz.id) !== 1) problems.push(`${owner}: ${resultsOf.get(quiz.id) ?? 0} results stored, expected 1`);
    if (problems.length === before) completed += 1;
  }
  for (const [owner, stored] of byOwner) problems.push(`${owner}: ${stored.length} quizzes stored for nobody's session`);
  return { completed, problems };
}

/** The check above on a SQLite file, opened read-only. */
export function readBack(databasePath: string, expected: ExpectedQuizzes): ReadBack {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.transaction(() => ({
      sessions: db.prepare(sessionsSql).all() as StoredRows['sessions'],
      answers: db.prepare(answersSql).all() as StoredRows['answers'],
      results: db.prepare(resultsSql).all() as StoredRows['results'],
    }))();
    return check(rows, expected);
  } finally {
    db.close();
  }
}

/** The check above on the PostgreSQL database at `url`, read in one snapshot (REPEATABLE READ, read only). */
export async function readBackPostgres(url: string, expected: ExpectedQuizzes): Promise<ReadBack> {
  const client = new pg.Client({ connectionString: url });
  // BIGINT ids and COUNT(*) arrive as text from node-postgres: compare them as numbers, as SQLite gives them.
  const numbers = <T extends object>(rows: T[], keys: (keyof T)[]) =>
    rows.map((row) => ({ ...row, ...Object.fromEntries(keys.map((k) => [k, Number(row[k])])) }));
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const sessions = (await client.query<StoredRows['sessions'][number]>(sessionsSql)).rows;
    const answers = (await client.query<StoredRows['answers'][number]>(answersSql)).rows;
    const results = (await client.query<StoredRows['results'][number]>(resultsSql)).rows;
    await client.query('COMMIT');
    return check(
      { sessions: numbers(sessions, ['id']), answers: numbers(answers, ['id']), results: numbers(results, ['id', 'n']) },
      expected,
    );
  } finally {
    await client.end();
  }
}
