import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { shareLeaseMs } from '../src/posts/quizPosts.js';
import { explainResult } from '../src/quiz/explain.js';
import type { Place, QuizRepository } from '../src/quiz/repository.js';
import { type Actor, QuizService, type QuizView } from '../src/quiz/service.js';
import { openStorage } from '../src/storage/storage.js';
import { openMemoryTestBot, openTestBot, type TestBot } from './support/testBot.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-quiz-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => {
  files += 1;
  return join(dir, `quiz-${files}.sqlite`);
};

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});
function bot(options: Parameters<typeof openTestBot>[0] = {}): TestBot {
  const test = openTestBot({ databasePath: newFile(), ...options });
  opened.push(test);
  return test;
}

const alice: Actor = { id: 'console:alice', name: 'alice' };
const mallory: Actor = { id: 'discord:80351110224678912', name: 'mallory' };
const here: Place = { key: 'console', label: 'console' };

/** Narrows a view to a question; fails with the view when it is something else. */
function question(view: QuizView) {
  if (view.kind !== 'question') expect.fail(`expected a question, got ${JSON.stringify(view)}`);
  return view;
}
const notice = (view: QuizView) => (view.kind === 'notice' ? view.notice : `(${view.kind})`);

/** What a new connection to `file` reads for quiz `id`. */
async function storedInFreshConnection(file: string, id: number) {
  const storage = openStorage(file);
  opened.push(storage);
  return (await storage.quizzes.get(id))?.state;
}

const answer = (step: number, option: string) => ({ type: 'answer', step, option }) as const;

/** Starts a quiz for alice and answers with `options`, one per question in order. */
async function play({ quizzes }: TestBot, options: string[]): Promise<QuizView> {
  let view: QuizView = await quizzes.start(alice, here);
  for (const [step, option] of options.entries()) {
    view = await quizzes.act(alice, { id: question(view).quiz.id }, answer(step, option));
  }
  return view;
}

/**
 * The rules over each storage: SQLite in a file (as the bot runs) and the in-memory fakes (held to SQLite's
 * behaviour by storage-contract.test.ts). What only a file shows (a fresh connection reading each answer, two
 * connections racing) is tested over SQLite alone, below.
 */
const storages: [name: string, open: (options: { quizExpiryHours?: number }) => TestBot][] = [
  ['SQLite', (options) => openTestBot({ databasePath: newFile(), ...options })],
  ['in memory', (options) => openMemoryTestBot(options)],
];

describe.each(storages)('the quiz rules over %s', (_storage, open) => {
  function bot(options: { quizExpiryHours?: number } = {}): TestBot {
    const test = open(options);
    opened.push(test);
    return test;
  }

  describe('starting a quiz', () => {
    it('shows question 1 of 5 when the actor has no active quiz', async () => {
      const view = question(await bot().quizzes.start(alice, here));
      expect([view.step, view.total, view.question.id, view.notices]).toEqual([0, 5, 'focus', []]);
      expect(view.quiz).toMatchObject({ version: 1, owner: 'console:alice', ownerName: 'alice' });
    });

    it('continues the active quiz at its current question with the notice "resumed"', async () => {
      const test = bot();
      const first = question(await play(test, ['models', 'deeply']));
      const again = question(await test.quizzes.start(alice, here));
      expect([again.quiz.id, again.step, again.question.id, again.notices]).toEqual([first.quiz.id, 2, 'substrate', ['resumed']]);
    });
  });

  describe('answering', () => {
    it('changes nothing and says "stale" for the same step twice or an old version from a button', async () => {
      const test = bot();
      const { quizzes } = test;
      const start = question(await quizzes.start(alice, here));
      const next = question(await quizzes.act(alice, start.quiz, answer(0, 'models')));
      const stored = await test.storage.quizzes.get(start.quiz.id);
      expect(notice(await quizzes.act(alice, { id: start.quiz.id }, answer(0, 'pipelines')))).toBe('stale');
      expect(notice(await quizzes.act(alice, start.quiz, answer(1, 'deeply')))).toBe('stale');
      expect(await test.storage.quizzes.get(start.quiz.id)).toEqual(stored);
      expect(next.quiz.version).toBe(2);
    });

    it('answers "not-owner" to anyone but the owner and changes nothing', async () => {
      const test = bot();
      const start = question(await test.quizzes.start(alice, here));
      const view = await test.quizzes.act(mallory, start.quiz, answer(0, 'pipelines'));
      expect(view).toEqual({ kind: 'notice', quiz: start.quiz, notice: 'not-owner' });
      expect((await test.storage.quizzes.get(start.quiz.id))?.state).toEqual({ status: 'active', step: 0, answers: [] });
    });
  });

  describe('expiry', () => {
    it('answers "expired" to an act on a quiz idle for 25 hours', async () => {
      const test = bot();
      const start = question(await test.quizzes.start(alice, here));
      test.clock.advanceHours(25);
      expect(notice(await test.quizzes.act(alice, start.quiz, answer(0, 'models')))).toBe('expired');
      expect((await test.storage.quizzes.get(start.quiz.id))?.state).toEqual({ status: 'expired', step: 0, answers: [] });
    });

    it('starts a fresh quiz with "expired-started-new" when the active one has been idle for 25 hours', async () => {
      const test = bot();
      const old = question(await play(test, ['models']));
      test.clock.advanceHours(25);
      const view = question(await test.quizzes.start(alice, here));
      expect(view.quiz.id).not.toBe(old.quiz.id);
      expect([view.step, view.notices]).toEqual([0, ['expired-started-new']]);
      expect((await test.storage.quizzes.get(old.quiz.id))?.state.status).toBe('expired');
    });

    it('keeps a quiz touched 23 hours ago running', async () => {
      const test = bot();
      const start = question(await test.quizzes.start(alice, here));
      test.clock.advanceHours(23);
      expect(question(await test.quizzes.act(alice, start.quiz, answer(0, 'models'))).step).toBe(1);
    });

    it('expireIdle expires only the quizzes idle past the limit and returns how many', async () => {
      const test = bot();
      const { quizzes } = test;
      const idle = question(await quizzes.start(alice, here));
      test.clock.advanceHours(2);
      const recent = question(await quizzes.start(mallory, here));
      test.clock.advanceHours(23);
      expect(await quizzes.expireIdle()).toBe(1);
      expect((await test.storage.quizzes.get(idle.quiz.id))?.state.status).toBe('expired');
      expect((await test.storage.quizzes.get(recent.quiz.id))?.state.status).toBe('active');
      expect(await quizzes.expireIdle()).toBe(0);
    });

    it('follows the configured expiry instead of 24 hours', async () => {
      const test = bot({ quizExpiryHours: 2 });
      const start = question(await test.quizzes.start(alice, here));
      test.clock.advanceHours(3);
      expect(notice(await test.quizzes.act(alice, start.quiz, answer(0, 'models')))).toBe('expired');
    });
  });

  describe('back, restart and quit', () => {
    it('goes back to the previous question with the answer being changed and forgets it', async () => {
      const test = bot();
      const at2 = question(await play(test, ['models', 'distributed-systems']));
      const back = question(await test.quizzes.act(alice, at2.quiz, { type: 'back', step: 2 }));
      expect([back.step, back.question.id, back.previous]).toEqual([1, 'statistics', 'distributed-systems']);
      expect((await test.storage.quizzes.get(at2.quiz.id))?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
    });

    it('starts over at question 1 on restart with the notice "restarted"', async () => {
      const test = bot();
      const at3 = question(await play(test, ['models', 'deeply', 'both']));
      const view = question(await test.quizzes.act(alice, at3.quiz, { type: 'restart' }));
      expect([view.quiz.id, view.step, view.notices]).toEqual([at3.quiz.id, 0, ['restarted']]);
      expect((await test.storage.quizzes.get(at3.quiz.id))?.state).toEqual({ status: 'active', step: 0, answers: [] });
    });

    it('ends the quiz on quit, then answers "already-quit"', async () => {
      const test = bot();
      const at1 = question(await play(test, ['models']));
      expect(notice(await test.quizzes.act(alice, at1.quiz, { type: 'abandon' }))).toBe('abandoned');
      expect((await test.storage.quizzes.get(at1.quiz.id))?.state).toEqual({ status: 'abandoned', step: 1, answers: ['models'] });
      expect(notice(await test.quizzes.act(alice, { id: at1.quiz.id }, answer(1, 'deeply')))).toBe('already-quit');
      expect(await test.quizzes.active(alice, here)).toBeUndefined();
    });

    it('answers "already-finished" to an event on a completed quiz', async () => {
      const test = bot();
      const done = await play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
      expect(done.kind).toBe('result');
      const id = done.kind === 'result' ? done.quiz.id : -1;
      expect(notice(await test.quizzes.act(alice, { id }, answer(4, 'low')))).toBe('already-finished');
      expect(notice(await test.quizzes.act(alice, { id }, { type: 'back' }))).toBe('already-finished');
    });

    it('starts a new quiz on "retake" from a finished one, keeping the finished one as it was', async () => {
      const test = bot();
      const done = await play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
      const id = done.kind === 'result' ? done.quiz.id : -1;
      const retake = question(await test.quizzes.act(alice, { id }, { type: 'restart' }));
      expect(retake.quiz.id).not.toBe(id);
      expect(retake.step).toBe(0);
      expect((await test.storage.quizzes.get(id))?.state.status).toBe('completed');
    });

    it('continues the quiz already running when "retake" is pressed on an old finished one', async () => {
      const test = bot();
      const done = await play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
      const finished = done.kind === 'result' ? done.quiz.id : -1;
      const running = question(await test.quizzes.start(alice, here));
      await test.quizzes.act(alice, { id: running.quiz.id }, answer(0, 'pipelines'));
      const view = question(await test.quizzes.act(alice, { id: finished }, { type: 'restart' }));
      expect([view.quiz.id, view.step, view.notices]).toEqual([running.quiz.id, 1, ['resumed']]);
    });
  });

  describe('where a quiz stands (to bring an out-of-date message level)', () => {
    it('gives the current question, the result, or why it ended, to the owner only, and changes nothing', async () => {
      const test = bot();
      const at2 = question(await play(test, ['models', 'deeply']));
      const before = await test.storage.quizzes.get(at2.quiz.id);
      expect(question(await test.quizzes.current(alice, at2.quiz.id))).toMatchObject({
        step: 2,
        quiz: { version: at2.quiz.version },
        notices: [],
      });
      expect(notice(await test.quizzes.current(mallory, at2.quiz.id))).toBe('not-owner');
      expect(notice(await test.quizzes.current(alice, 999))).toBe('not-found');
      expect(await test.storage.quizzes.get(at2.quiz.id)).toEqual(before);

      await test.quizzes.act(alice, at2.quiz, { type: 'abandon' });
      expect(notice(await test.quizzes.current(alice, at2.quiz.id))).toBe('abandoned');
      const done = await play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
      if (done.kind !== 'result') expect.fail('expected a result');
      expect(await test.quizzes.current(alice, done.quiz.id)).toMatchObject({ kind: 'result', result: done.result });
    });

    it('answers an answer given on a copy of the quiz that fell behind with where the quiz stands and the answer that stands', async () => {
      const test = bot();
      const start = question(await play(test, []));
      const at1 = question(await test.quizzes.act(alice, start.quiz, answer(0, 'models')));
      // The copy still shows question 1 at version 1; the quiz is at question 2, version 2.
      const copy = { ...start.quiz, shownVersion: start.quiz.version };
      const other = await test.quizzes.act(alice, copy, answer(0, 'pipelines'));
      expect(other).toMatchObject({
        kind: 'behind',
        quiz: { version: at1.quiz.version },
        current: { kind: 'question', step: 1 },
        stands: { id: 'models' },
      });
      // The same answer again (a double click) is only brought level: nothing to tell.
      const same = await test.quizzes.act(alice, copy, answer(0, 'models'));
      expect(same).toMatchObject({ kind: 'behind', current: { kind: 'question', step: 1 } });
      expect(same).not.toHaveProperty('stands');
      expect((await test.storage.quizzes.get(start.quiz.id))?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
      // A copy that shows the stored version is not behind: a stale answer there is only "stale".
      expect(notice(await test.quizzes.act(alice, { ...at1.quiz, shownVersion: at1.quiz.version }, answer(0, 'pipelines')))).toBe('stale');
      // Once a quiz is finished, a copy behind it shows the result.
      await test.quizzes.act(alice, at1.quiz, { type: 'abandon' });
      const done = await play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
      if (done.kind !== 'result') expect.fail('expected a result');
      const late = await test.quizzes.act(alice, { id: done.quiz.id, shownVersion: 1 }, answer(4, 'low'));
      expect(late).toMatchObject({ kind: 'behind', current: { kind: 'result', result: done.result }, stands: { id: 'high' } });
    });
  });

  describe('sharing a result (the Discord adapter keeps the claim in its own port)', () => {
    async function finishedQuiz(test: TestBot): Promise<number> {
      const done = await play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
      if (done.kind !== 'result') expect.fail('expected a result');
      return done.quiz.id;
    }
    const claim = (test: TestBot, id: number) => test.storage.quizPosts.claimShare(id, test.clock.now(), shareLeaseMs);

    it('gives the one claim on a completed quiz to its owner, tells a second claim it is in progress, and then that it was shared', async () => {
      const test = bot();
      const running = question(await play(test, ['models']));
      expect(await claim(test, running.quiz.id)).toBe('not-completed');
      await test.quizzes.act(alice, running.quiz, { type: 'abandon' });
      const id = await finishedQuiz(test);
      // Only the owner gets as far as claiming: a finished quiz is someone else's result to anyone else.
      expect(notice(await test.quizzes.finished(mallory, id))).toBe('not-owner');
      expect(await test.quizzes.finished(alice, id)).toMatchObject({ kind: 'result' });
      expect(await claim(test, id)).toBe('claimed');
      expect(await claim(test, id)).toBe('in-progress');
      expect(await test.storage.quizPosts.isShared(id)).toBe(false);
      await test.storage.quizPosts.markShared(id, test.clock.now());
      expect(await claim(test, id)).toBe('shared');
      expect(await test.storage.quizPosts.isShared(id)).toBe(true);
      await test.storage.quizPosts.releaseShare(id);
      expect(await claim(test, id)).toBe('shared');
    });

    it('can be claimed again at once after a release, and after the lease when the claimer never came back', async () => {
      const test = bot();
      const id = await finishedQuiz(test);
      expect(await claim(test, id)).toBe('claimed');
      await test.storage.quizPosts.releaseShare(id);
      expect(await claim(test, id)).toBe('claimed');
      test.clock.advanceMs(shareLeaseMs - 1);
      expect(await claim(test, id)).toBe('in-progress');
      test.clock.advanceMs(1);
      expect(await claim(test, id)).toBe('claimed');
    });
  });

  describe('the result', () => {
    it.each([
      { answers: ['models', 'deeply', 'models', 'maximum', 'high'], outcome: 'mle', counts: { mle: 5, de: 0, both: 0 } },
      {
        answers: ['pipelines', 'distributed-systems', 'substrate', 'not-for-pay', 'low'],
        outcome: 'de',
        counts: { mle: 0, de: 5, both: 0 },
      },
      { answers: ['both', 'in-between', 'both', 'some', 'medium'], outcome: 'hybrid', counts: { mle: 0, de: 0, both: 5 } },
      { answers: ['models', 'distributed-systems', 'both', 'maximum', 'low'], outcome: 'hybrid', counts: { mle: 2, de: 2, both: 1 } },
      { answers: ['models', 'in-between', 'substrate', 'some', 'high'], outcome: 'mle', counts: { mle: 2, de: 1, both: 2 } },
      { answers: ['both', 'distributed-systems', 'both', 'some', 'medium'], outcome: 'de', counts: { mle: 0, de: 1, both: 4 } },
    ])('is $outcome for $answers', async ({ answers, outcome, counts }) => {
      const test = bot();
      const view = await play(test, answers);
      if (view.kind !== 'result') return expect.fail(`expected a result, got ${JSON.stringify(view)}`);
      expect([view.result.outcome, view.result.counts]).toEqual([outcome, counts]);
      expect((await test.storage.quizzes.get(view.quiz.id))?.state).toEqual({ status: 'completed', answers });
      expect((await test.storage.activity.report(10)).outcomes).toEqual([{ outcome, count: 1 }]);
    });
  });
});

describe('answering, read back from the file', () => {
  it('commits each answer before the next question is shown', async () => {
    const file = newFile();
    const test = bot({ databasePath: file });
    const first = question(await play(test, ['pipelines']));
    expect(await storedInFreshConnection(file, first.quiz.id)).toEqual({ status: 'active', step: 1, answers: ['pipelines'] });
    const second = question(await test.quizzes.act(alice, first.quiz, answer(1, 'in-between')));
    expect(await storedInFreshConnection(file, second.quiz.id)).toEqual({
      status: 'active',
      step: 2,
      answers: ['pipelines', 'in-between'],
    });
  });
});

describe('two services on two connections to the same file', () => {
  it('lets one of two clicks carrying the same version win; the other is "stale"', async () => {
    const file = newFile();
    const a = bot({ databasePath: file });
    const b = bot({ databasePath: file, clock: a.clock });
    const start = question(await a.quizzes.start(alice, here));
    expect(question(await a.quizzes.act(alice, start.quiz, answer(0, 'models'))).step).toBe(1);
    expect(await b.quizzes.act(alice, start.quiz, answer(0, 'pipelines'))).toEqual({
      kind: 'notice',
      quiz: { ...start.quiz, version: 2 },
      notice: 'stale',
    });
    expect((await b.storage.quizzes.get(start.quiz.id))?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
  });

  it('keeps the first save when the other service read the quiz before it and saves after', async () => {
    const file = newFile();
    const a = bot({ databasePath: file });
    const b = bot({ databasePath: file, clock: a.clock });
    const { id } = question(await a.quizzes.start(alice, here)).quiz;
    // B's repository lets A answer between B's read and B's write.
    let first: QuizView | undefined;
    const repo = b.storage.quizzes;
    const racing: QuizRepository = {
      createOrGetActive: (quiz) => repo.createOrGetActive(quiz),
      get: (quizId) => repo.get(quizId),
      findActive: (owner, placeKey) => repo.findActive(owner, placeKey),
      idleSince: (before) => repo.idleSince(before),
      save: async (...args) => {
        first ??= await a.quizzes.act(alice, { id }, answer(0, 'pipelines'));
        return repo.save(...args);
      },
    };
    const { kb, quiz } = b.knowledge;
    const service = new QuizService(quiz, racing, {
      expiryMs: 24 * 3_600_000,
      clock: b.clock,
      explain: (result) => explainResult(kb, quiz, result),
    });
    const second = await service.act(alice, { id }, answer(0, 'models'));
    expect(question(first!).step).toBe(1);
    expect(second).toEqual({
      kind: 'notice',
      quiz: { id, version: 2, owner: 'console:alice', ownerName: 'alice', place: here },
      notice: 'stale',
    });
    expect((await a.storage.quizzes.get(id))?.state).toEqual({ status: 'active', step: 1, answers: ['pipelines'] });
    expect(await storedInFreshConnection(file, id)).toEqual({ status: 'active', step: 1, answers: ['pipelines'] });
  });
});
