/**
 * SIGKILL at random points of scripted console quizzes, on any database (test/faults-kill.test.ts on a SQLite file,
 * test/faults-kill-postgres.test.ts on PostgreSQL). The console runs as real processes (the build of
 * scripts/chat.ts, `node dist/scripts/chat.js --user NAME`, stdin piped a line at a time), users retaking the
 * quiz on ONE database with up to three processes alive at once. Each user's console is started and killed
 * `killsPerUser` times: before the welcome, right after a line was written, as the reply to a line comes out,
 * or between lines. After every kill the database is read and checked against what the test wrote and what it
 * saw acknowledged; then the console is restarted for that user, /quiz carries on, and the script goes on from
 * where the database says it stands. The last life finishes the quiz in progress before its kill, so at the end
 * every quiz is finished, and each is compared with the same answers given without interruption, through the core.
 *
 * Each start costs about 0.3 s of CPU (node and loading the knowledge; tsx would double it), so the starts are
 * what a run costs; a quarter of the kills land during start-up.
 *
 * The plan (scripts, kill points, delays) comes from a seeded PRNG: KILL_SEED=<n> replays it. Where a kill
 * lands relative to the process's own work still depends on timing, which is the point.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../src/console/consoleSession.js';
import { scoreQuiz } from '../../src/quiz/scoring.js';
import { built, cleanEnv, nodeArgs, root, untilOutput } from '../../scripts/support/processes.js';
import { seededRandom } from '../../scripts/support/random.js';
import type { KilledDatabase } from './killedQuizzes.js';
import { openTestBot, type TestBot } from './testBot.js';

/** What a run kills: whose consoles, how many times each, on which database. */
export interface ConsoleKillOptions {
  /** The database's kind, for the test names. */
  name: string;
  users: string[];
  killsPerUser: number;
  /** Opens the database the consoles share (called once, before the first console starts). */
  database: () => Promise<KilledDatabase>;
  /**
   * Whether every kind of kill point must be hit (true for a run with enough kills; a short run lands where the
   * timing puts it, and must only spread over several kinds).
   */
  everyKind?: boolean;
}

/**
 * Declares the kill run as a describe block: the run in its beforeAll, then one test per property it must keep.
 */
export function describeConsoleKills({ name: databaseKind, users, killsPerUser, database, everyKind = true }: ConsoleKillOptions): void {
  const seed = process.env.KILL_SEED === undefined ? 20261123 : Number(process.env.KILL_SEED);
  /** Processes alive at once (the machine has two cores). */
  const alive = 3;
  const questions = 5;

  const greeting = (name: string) =>
    `careerbot: Data Engineer or ML Engineer? Hi ${name}. Ask me anything about the two roles, or type /help.`;
  const inProgress = (n: number) => `You have a quiz in progress at question ${n} of 5: type /quiz to carry on.`;
  const resumedNotice = 'You already have a quiz going here, so we carry on where you left off. (Type restart to begin again.)';
  const questionEnd = 'Type 1-3 · back · restart · quit';
  const resultEnd = 'Type /quiz to take it again, or /compare to look at one aspect side by side.';

  /** A generator for one part of the plan: the seed mixed with the part's numbers, so each part replays alone. */
  function prng(...parts: number[]): () => number {
    return seededRandom(parts.reduce((h, p) => Math.imul(h ^ p, 0x9e3779b1) >>> 0, seed >>> 0));
  }

  /** The option numbers user `u` types in quiz `j` (quizzes are numbered from 0). */
  const scripts = new Map<string, number[]>();
  function script(u: number, j: number): number[] {
    const key = `${u}/${j}`;
    if (!scripts.has(key)) {
      const random = prng(u, j, 0x5c);
      scripts.set(
        key,
        Array.from({ length: questions }, () => 1 + Math.floor(random() * 3)),
      );
    }
    return scripts.get(key)!;
  }

  /**
   * The core, in memory: option ids for typed numbers, and the result an uninterrupted run prints and stores
   * for the same answers.
   */
  let reference: TestBot;
  const optionIds = (answers: number[]) => answers.map((n, step) => reference.knowledge.quiz.questions[step]!.options[n - 1]!.id);
  const uninterrupted = new Map<string, { text: string; stored: { outcome: string; mle: number; de: number; both: number } }>();
  /** Works out what an uninterrupted run prints and stores for every way of answering (3^5 runs, in memory). */
  async function runReferenceQuizzes(): Promise<void> {
    const all = (n: number): number[][] => (n === 0 ? [[]] : all(n - 1).flatMap((rest) => [1, 2, 3].map((a) => [...rest, a])));
    for (const answers of all(questions)) {
      const key = answers.join('');
      const written: string[] = [];
      const session = new ConsoleSession(reference.bot, `reference-${key}`, (text) => written.push(text));
      for (const line of ['/quiz', ...answers.map(String)]) await session.handle(line);
      const text = written.at(-1)!;
      const { outcome, counts } = scoreQuiz(reference.knowledge.quiz, optionIds(answers));
      uninterrupted.set(key, { text, stored: { outcome, ...counts } });
    }
  }

  function expectedResult(answers: number[]) {
    return uninterrupted.get(answers.join(''))!;
  }

  /** A line to type, and what the console must say to it. */
  interface PlannedLine {
    line: string;
    /** The position once the console has handled this line. */
    after: number;
    /** How the reply to it must begin. */
    reply: string;
    /** The whole reply, when the test knows it (a result). */
    whole?: string;
  }

  /**
   * Where a user's script stands is one number, a position: quiz j's /quiz is event 6j and its answers are
   * events 6j+1..6j+5, so p events done means p = 6 × completed quizzes (+ 1 + answers of the active one).
   * plan() gives the lines from position `from` on: /quiz first (carrying on, when a quiz is running).
   */
  function plan(u: number, from: number): PlannedLine[] {
    const lines: PlannedLine[] = [];
    let p = from;
    if (p % 6 !== 0) {
      const answered = (p % 6) - 1;
      lines.push({ line: '/quiz', after: p, reply: `${resumedNotice}\nQuestion ${answered + 1} of 5 · ` });
    }
    // Enough lines for any life: one handles at most six before its kill.
    while (lines.length < 8) {
      const j = Math.floor(p / 6);
      const s = (p % 6) - 1;
      if (s < 0) lines.push({ line: '/quiz', after: p + 1, reply: 'Question 1 of 5 · ' });
      else {
        const answers = script(u, j);
        const last = s === questions - 1;
        lines.push({
          line: String(answers[s]),
          after: p + 1,
          reply: last ? 'Your fit: ' : `Question ${s + 2} of 5 · `,
          ...(last ? { whole: expectedResult(answers).text } : {}),
        });
      }
      p += 1;
    }
    return lines;
  }

  /** What the database holds for one user, checked against the script. */
  interface UserState {
    position: number;
    active: number;
    completed: number;
  }

  let db: KilledDatabase;

  /** Problems found, by the property they break; each names the seed, the user and the lifetime. */
  const problems = {
    lost: [] as string[],
    wrong: [] as string[],
    twoActive: [] as string[],
    resume: [] as string[],
    output: [] as string[],
    final: [] as string[],
  };
  /** Where the kills landed, as the transcripts show it, and what the run got to compare. */
  const seen = {
    /** Nothing printed yet. */
    beforeWelcome: 0,
    /** A line was written and not echoed. */
    lineNotEchoed: 0,
    /** A line was echoed, its reply not (wholly) out. */
    replyNotOut: 0,
    /** Every line written had been answered. */
    betweenLines: 0,
    resumed: 0,
    wholeResults: 0,
    completed: 0,
  };

  /**
   * Reads every user's quizzes in one read-only snapshot and checks them against the scripts: a user's
   * quizzes are the scripted ones in order, all completed but the last, which may be active; each holds
   * exactly the scripted answers so far (no duplicate, no extra, no other option) and a completed one the
   * uninterrupted result. Returns each user's position.
   */
  async function readDatabase(where: string): Promise<Map<string, UserState>> {
    const states = new Map<string, UserState>();
    const data = await db.read();
    if (!data) return states;
    for (const [u, user] of users.entries()) {
      const sessions = data.sessions.filter((s) => s.owner === `console:${user}`);
      const active = sessions.filter((s) => s.status === 'active');
      if (active.length > 1)
        problems.twoActive.push(`${where}: ${user} has ${active.length} active quizzes (${active.map((s) => s.id).join(', ')})`);
      let position = 0;
      sessions.forEach((session, j) => {
        const label = `${where}: ${user}'s quiz ${j + 1} (id ${session.id}, ${session.status})`;
        const stored = data.answers.filter((a) => a.session_id === session.id);
        const scripted = optionIds(script(u, j));
        const result = data.results.filter((r) => r.session_id === session.id);
        if (session.place_key !== 'console') problems.wrong.push(`${label} is stored for place ${session.place_key}`);
        if (session.status === 'completed') {
          position += 6;
        } else if (session.status === 'active') {
          if (j !== sessions.length - 1) problems.wrong.push(`${label} is active but not the user's latest quiz`);
          position += 1 + stored.length;
          if (session.step !== stored.length)
            problems.wrong.push(`${label} is at step ${session.step} with ${stored.length} answers stored`);
        } else problems.wrong.push(`${label}: a killed console must not abandon or expire a quiz`);
        const expectedCount = session.status === 'completed' ? questions : stored.length;
        const got = stored.map((a) => `${a.step}:${a.option_id}`);
        const want = scripted.slice(0, expectedCount).map((id, step) => `${step}:${id}`);
        if (got.join(' ') !== want.join(' ')) problems.wrong.push(`${label} holds [${got.join(' ')}], the script says [${want.join(' ')}]`);
        const wantResult = session.status === 'completed' ? [expectedResult(script(u, j)).stored] : [];
        const gotResult = result.map(({ outcome, mle, de, both }) => ({ outcome, mle, de, both }));
        if (JSON.stringify(gotResult) !== JSON.stringify(wantResult)) {
          problems.wrong.push(`${label} has result ${JSON.stringify(gotResult)}, uninterrupted: ${JSON.stringify(wantResult)}`);
        }
      });
      states.set(user, { position, active: active.length, completed: sessions.filter((s) => s.status === 'completed').length });
    }
    return states;
  }

  /** Lets at most `alive` processes run at once. */
  const waiting: (() => void)[] = [];
  let running = 0;
  async function slot<T>(work: () => Promise<T>): Promise<T> {
    if (running >= alive) await new Promise<void>((resume) => waiting.push(resume));
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  }

  interface Chat {
    child: ChildProcessWithoutNullStreams;
    stdout: () => string;
    stderr: () => string;
    exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
    /** Resolves once `done(stdout)` holds; rejects if the process exits first or it takes too long. */
    until(done: (stdout: string) => boolean, what: string): Promise<void>;
    /** Kills the process, with SIGKILL, in the same tick as the first chunk of output after which `when(stdout)` holds. */
    killWhen(when: (stdout: string) => boolean): void;
  }

  function startChat(user: string): Chat {
    const child = spawn(process.execPath, nodeArgs(built('chat'), ['--user', user]), {
      cwd: root,
      env: cleanEnv({ ...db.env, KNOWLEDGE_DIR: 'knowledge', QUIZ_EXPIRY_HOURS: '24' }),
    });
    let stdout = '';
    let stderr = '';
    let killWhen: ((stdout: string) => boolean) | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (killWhen?.(stdout)) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Writing to a process being killed may fail with EPIPE: that is the point of the test.
    child.stdin.on('error', () => {});
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('close', (code, signal) => done({ code, signal })),
    );
    return {
      child,
      exited,
      stdout: () => stdout,
      stderr: () => stderr,
      until(done, what) {
        return untilOutput(
          child,
          () => stdout,
          done,
          what,
          () => `seed ${seed}: ${user}'s console; stdout:\n${stdout}\nstderr:\n${stderr}`,
        );
      },
      killWhen(when) {
        killWhen = when;
        if (when(stdout)) child.kill('SIGKILL');
      },
    };
  }

  /** A reply is complete when its last line (a question's "Type 1-3 …" or the result's closing line) is out. */
  const replyComplete = (text: string) => text.endsWith(`${questionEnd}\n\n`) || text.endsWith(`${resultEnd}\n\n`);

  /**
   * Splits a transcript into the welcome and the reply to each written line, and checks each against what
   * was expected. Returns how many written lines were acknowledged (their reply began as expected).
   */
  function readTranscript(
    where: string,
    user: string,
    stdout: string,
    written: PlannedLine[],
    startPosition: number,
  ): { echoed: number; acknowledged: number } {
    let rest = stdout;
    const welcomeEnd = rest.indexOf('\n\n');
    const welcome = welcomeEnd < 0 ? rest : rest.slice(0, welcomeEnd);
    const expectedWelcome = startPosition % 6 === 0 ? greeting(user) : `${greeting(user)}\n${inProgress(startPosition % 6)}`;
    if (welcomeEnd < 0 ? !expectedWelcome.startsWith(welcome) : welcome !== expectedWelcome) {
      problems.resume.push(`${where}: the welcome was ${JSON.stringify(welcome)}, expected ${JSON.stringify(expectedWelcome)}`);
    }
    if (welcomeEnd < 0) return { echoed: 0, acknowledged: 0 };
    rest = rest.slice(welcomeEnd + 2);
    let echoed = 0;
    let acknowledged = 0;
    for (const planned of written) {
      const echo = `you> ${planned.line}\n`;
      if (!rest.startsWith(echo)) {
        if (!echo.startsWith(rest))
          problems.output.push(`${where}: expected ${JSON.stringify(echo)} next, got ${JSON.stringify(rest.slice(0, 200))}`);
        break;
      }
      rest = rest.slice(echo.length);
      echoed += 1;
      const end = rest.indexOf('\n\nyou> ');
      const reply = end < 0 ? rest.replace(/\n\n$/, '') : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end + 2);
      if (reply.startsWith(planned.reply)) {
        acknowledged += 1;
        if (planned.line === '/quiz' && planned.reply.startsWith(resumedNotice)) seen.resumed += 1;
        if (planned.whole !== undefined && reply.endsWith(resultEnd)) {
          seen.wholeResults += 1;
          if (reply !== planned.whole)
            problems.final.push(
              `${where}: the result printed differs from an uninterrupted run:\n${reply}\n--- uninterrupted ---\n${planned.whole}`,
            );
        }
      } else {
        // Cut off by the kill part-way through its first line, or something else entirely.
        if (!planned.reply.startsWith(reply)) {
          const property = planned.line === '/quiz' && startPosition % 6 !== 0 ? problems.resume : problems.output;
          property.push(
            `${where}: to ${JSON.stringify(planned.line)} the console said ${JSON.stringify(reply.slice(0, 300))}, expected it to begin ${JSON.stringify(planned.reply)}`,
          );
        }
        break;
      }
      if (end < 0) break;
    }
    return { echoed, acknowledged };
  }

  type KillPoint = 'before the welcome' | 'right after writing a line' | 'as the reply comes out' | 'between lines';

  /**
   * One life of one user's console: the script from where the database stands, a few lines each answered
   * before the next is written, then SIGKILL. The last life of a chain first finishes the quiz in progress
   * (or takes a whole one), then is killed around a /help: every life ends in a SIGKILL, and every quiz
   * ends finished.
   */
  async function lifetime(u: number, life: number): Promise<void> {
    const user = users[u]!;
    const last = life === killsPerUser - 1;
    const random = prng(u, life, 0x1f);
    // Every draw is made whatever the kill point, so a seed replays the same plan.
    const pick = random();
    const handled = Math.floor(random() * 5);
    const early = Math.floor(random() * 3);
    const delayMs = Math.floor(random() * 250);
    const immediately = random() < 0.5;
    const point: KillPoint = last
      ? pick < 0.4
        ? 'between lines'
        : pick < 0.7
          ? 'right after writing a line'
          : 'as the reply comes out'
      : pick < 0.25
        ? 'before the welcome'
        : pick < 0.55
          ? 'right after writing a line'
          : pick < 0.8
            ? 'as the reply comes out'
            : 'between lines';

    const start = (await readDatabase(`KILL_SEED=${seed} ${user}, before life ${life + 1}`)).get(user) ?? {
      position: 0,
      active: 0,
      completed: 0,
    };
    let lines = plan(u, start.position);
    let lineCount = handled;
    if (last) {
      // The resumed /quiz and the answers still missing (or, with no quiz running, one whole quiz), then
      // /help, which stores nothing, to be killed around (/quit could end the process before the kill).
      lineCount = start.position % 6 === 0 ? 6 : 1 + (6 - (start.position % 6));
      const help = {
        line: '/help',
        after: lines[lineCount - 1]!.after,
        reply: 'careerbot helps you choose between Data Engineer and ML Engineer.',
      };
      lines = [...lines.slice(0, lineCount), help];
    }
    const where = `KILL_SEED=${seed} ${user}, life ${life + 1} (${point}${point === 'before the welcome' ? '' : `, after ${lineCount} line(s)`}, from position ${start.position})`;
    const written: PlannedLine[] = [];
    const write = (chat: Chat, planned: PlannedLine) => {
      written.push(planned);
      chat.child.stdin.write(`${planned.line}\n`);
    };

    await slot(async () => {
      const chat = startChat(user);
      if (point === 'before the welcome') {
        // Lines piped before the console is up, and the kill somewhere in its start-up.
        for (const planned of lines.slice(0, early)) write(chat, planned);
        setTimeout(() => chat.child.kill('SIGKILL'), delayMs);
      } else {
        await chat.until((out) => out.includes('\n\n'), 'the welcome');
        for (const planned of lines.slice(0, lineCount)) {
          write(chat, planned);
          // Answered: its echo is out (one per line written) and the output ends with a whole reply.
          await chat.until((out) => out.split('\n\nyou> ').length > written.length && replyComplete(out), `the reply to ${planned.line}`);
        }
        if (point === 'between lines') chat.child.kill('SIGKILL');
        else {
          const next = lines[lineCount]!;
          const before = chat.stdout().length;
          write(chat, next);
          if (point === 'as the reply comes out') chat.killWhen((out) => out.slice(before).includes(`you> ${next.line}\n`));
          else if (immediately) chat.child.kill('SIGKILL');
          else setTimeout(() => chat.child.kill('SIGKILL'), delayMs % 10);
        }
      }
      const exit = await chat.exited;
      if (exit.signal !== 'SIGKILL') problems.output.push(`${where}: the console ended with ${JSON.stringify(exit)} before the kill`);
      if (chat.stderr() !== '') problems.output.push(`${where}: stderr:\n${chat.stderr()}`);

      const { echoed, acknowledged } = readTranscript(where, user, chat.stdout(), written, start.position);
      const landed =
        chat.stdout() === ''
          ? 'beforeWelcome'
          : acknowledged === written.length
            ? 'betweenLines'
            : echoed > acknowledged
              ? 'replyNotOut'
              : 'lineNotEchoed';
      seen[landed] += 1;
      const acknowledgedPosition = acknowledged > 0 ? written[acknowledged - 1]!.after : start.position;
      const sentPosition = written.length > 0 ? written.at(-1)!.after : start.position;

      const after = (await readDatabase(`${where}, after the kill`)).get(user) ?? { position: 0, active: 0, completed: 0 };
      if (after.position < acknowledgedPosition) {
        problems.lost.push(
          `${where}: the console acknowledged position ${acknowledgedPosition} (quiz ${Math.floor(acknowledgedPosition / 6) + 1}), the database holds ${after.position}`,
        );
      }
      if (after.position > sentPosition)
        problems.wrong.push(`${where}: the database holds position ${after.position}, beyond the ${sentPosition} written`);
      if (last) {
        if (after.position % 6 !== 0 || after.active !== 0)
          problems.final.push(`${where}: a quiz is still unfinished at position ${after.position}`);
        if (after.completed === 0) problems.final.push(`${where}: ${user} never finished a quiz, so the run proves little`);
        seen.completed += after.completed;
      }
    });
  }

  async function chain(u: number): Promise<void> {
    for (let life = 0; life < killsPerUser; life += 1) await lifetime(u, life);
  }

  const said = (list: string[]) => `seed ${seed} (set KILL_SEED to replay):\n${list.join('\n\n')}`;

  describe(`SIGKILL at ${users.length * killsPerUser} random points of scripted console quizzes on ${databaseKind} (seed ${seed})`, () => {
    beforeAll(async () => {
      db = await database();
      reference = openTestBot();
      await runReferenceQuizzes();
      await Promise.all(users.map((_, u) => chain(u)));
    }, 180_000);
    afterAll(async () => {
      reference?.close();
      await db?.close();
    });

    it('keeps every answer whose next question or result was printed before the kill', () => {
      expect(problems.lost, said(problems.lost)).toEqual([]);
    });

    it('stores exactly the scripted answers so far in every quiz: none duplicated, none extra, none wrong', () => {
      expect(problems.wrong, said(problems.wrong)).toEqual([]);
    });

    it('never gives a user more than one active quiz', () => {
      expect(problems.twoActive, said(problems.twoActive)).toEqual([]);
    });

    it('greets a restarted console with where the quiz stands, and /quiz carries on at that question', () => {
      expect(problems.resume, said(problems.resume)).toEqual([]);
      expect(seen.resumed, `seed ${seed}: no restart found a quiz to carry on`).toBeGreaterThan(0);
    });

    it('echoes each line and answers it as scripted, with nothing on stderr', () => {
      expect(problems.output, said(problems.output)).toEqual([]);
    });

    it('ends with every quiz completed once, with the scripted answers and the result of an uninterrupted run', () => {
      expect(problems.final, said(problems.final)).toEqual([]);
      expect(seen.completed).toBeGreaterThanOrEqual(users.length);
      expect(seen.wholeResults, `seed ${seed}: no result was printed whole to compare`).toBeGreaterThan(0);
    });

    const kinds = ['beforeWelcome', 'lineNotEchoed', 'replyNotOut', 'betweenLines'] as const;
    const spread = everyKind
      ? 'lands kills before the welcome, right after a line was written, as a reply came out and between lines'
      : 'lands kills at several kinds of point (before the welcome, after a line, as a reply came out, between lines)';
    it(spread, () => {
      // The test doing its job: the kills spread over the kinds of point, as the transcripts show them.
      if (everyKind) for (const key of kinds) expect(seen[key], `seed ${seed}: ${key} ${JSON.stringify(seen)}`).toBeGreaterThan(0);
      else expect(kinds.filter((key) => seen[key] > 0).length, `seed ${seed}: ${JSON.stringify(seen)}`).toBeGreaterThanOrEqual(3);
      expect(seen.beforeWelcome + seen.lineNotEchoed + seen.replyNotOut + seen.betweenLines).toBe(users.length * killsPerUser);
    });
  });
}
