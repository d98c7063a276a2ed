import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { QuizPlace, QuizRepository } from '../src/quiz/repository.js';
import { type Actor, QuizService, type QuizView, shareLeaseMs } from '../src/quiz/service.js';
import { openStorage } from '../src/storage/storage.js';
import { FakeClock } from './support/clock.js';
import { openTestBot, type TestBot } from './support/testBot.js';

const dir = mkdtempSync(join(tmpdir(), 'careerbot-quiz-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => join(dir, `quiz-${(files += 1)}.sqlite`);

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((o) => o.close()));
function bot(options: Parameters<typeof openTestBot>[0] = {}): TestBot {
  const test = openTestBot({ databasePath: newFile(), ...options });
  opened.push(test);
  return test;
}

const alice: Actor = { id: 'console:alice', name: 'alice' };
const mallory: Actor = { id: 'discord:80351110224678912', name: 'mallory' };
const here: QuizPlace = { platform: 'console' };

/** Narrows a view to a question; fails with the view when it is something else. */
function question(view: QuizView) {
  if (view.kind !== 'question') expect.fail(`expected a question, got ${JSON.stringify(view)}`);
  return view;
}
const notice = (view: QuizView) => (view.kind === 'notice' ? view.notice : `(${view.kind})`);

/** What a new connection to `file` reads for quiz `id`. */
function storedInFreshConnection(file: string, id: number) {
  const storage = openStorage(file);
  opened.push(storage);
  return storage.quizzes.get(id)?.state;
}

const answer = (step: number, option: string) => ({ type: 'answer', step, option }) as const;

/** Starts a quiz for alice and answers with `options`, one per question in order. */
function play({ bot: { quizzes } }: TestBot, options: string[]): QuizView {
  let view: QuizView = quizzes.start(alice, here);
  options.forEach((option, step) => {
    view = quizzes.act(alice, { id: question(view).quiz.id }, answer(step, option));
  });
  return view;
}

describe('starting a quiz', () => {
  it('shows question 1 of 5 when the actor has no active quiz', () => {
    const view = question(bot().bot.quizzes.start(alice, here));
    expect([view.step, view.total, view.question.id, view.notices]).toEqual([0, 5, 'focus', []]);
    expect(view.quiz).toMatchObject({ version: 1, owner: 'console:alice', ownerName: 'alice' });
  });

  it('continues the active quiz at its current question with the notice "resumed"', () => {
    const test = bot();
    const first = question(play(test, ['models', 'deeply']));
    const again = question(test.bot.quizzes.start(alice, here));
    expect([again.quiz.id, again.step, again.question.id, again.notices]).toEqual([first.quiz.id, 2, 'substrate', ['resumed']]);
  });
});

describe('answering', () => {
  it('commits each answer before the next question is shown', () => {
    const file = newFile();
    const test = bot({ databasePath: file });
    const first = question(play(test, ['pipelines']));
    expect(storedInFreshConnection(file, first.quiz.id)).toEqual({ status: 'active', step: 1, answers: ['pipelines'] });
    const second = question(test.bot.quizzes.act(alice, first.quiz, answer(1, 'in-between')));
    expect(storedInFreshConnection(file, second.quiz.id)).toEqual({ status: 'active', step: 2, answers: ['pipelines', 'in-between'] });
  });

  it('changes nothing and says "stale" for the same step twice or an old version from a button', () => {
    const test = bot();
    const { quizzes } = test.bot;
    const start = question(quizzes.start(alice, here));
    const next = question(quizzes.act(alice, start.quiz, answer(0, 'models')));
    const stored = test.storage.quizzes.get(start.quiz.id);
    expect(notice(quizzes.act(alice, { id: start.quiz.id }, answer(0, 'pipelines')))).toBe('stale');
    expect(notice(quizzes.act(alice, start.quiz, answer(1, 'deeply')))).toBe('stale');
    expect(test.storage.quizzes.get(start.quiz.id)).toEqual(stored);
    expect(next.quiz.version).toBe(2);
  });

  it('answers "not-owner" to anyone but the owner and changes nothing', () => {
    const test = bot();
    const start = question(test.bot.quizzes.start(alice, here));
    const view = test.bot.quizzes.act(mallory, start.quiz, answer(0, 'pipelines'));
    expect(view).toEqual({ kind: 'notice', quiz: start.quiz, notice: 'not-owner' });
    expect(test.storage.quizzes.get(start.quiz.id)?.state).toEqual({ status: 'active', step: 0, answers: [] });
  });
});

describe('expiry', () => {
  it('answers "expired" to an act on a quiz idle for 25 hours', () => {
    const test = bot();
    const start = question(test.bot.quizzes.start(alice, here));
    test.clock.advanceHours(25);
    expect(notice(test.bot.quizzes.act(alice, start.quiz, answer(0, 'models')))).toBe('expired');
    expect(test.storage.quizzes.get(start.quiz.id)?.state).toEqual({ status: 'expired', step: 0, answers: [] });
  });

  it('starts a fresh quiz with "expired-started-new" when the active one has been idle for 25 hours', () => {
    const test = bot();
    const old = question(play(test, ['models']));
    test.clock.advanceHours(25);
    const view = question(test.bot.quizzes.start(alice, here));
    expect(view.quiz.id).not.toBe(old.quiz.id);
    expect([view.step, view.notices]).toEqual([0, ['expired-started-new']]);
    expect(test.storage.quizzes.get(old.quiz.id)?.state.status).toBe('expired');
  });

  it('keeps a quiz touched 23 hours ago running', () => {
    const test = bot();
    const start = question(test.bot.quizzes.start(alice, here));
    test.clock.advanceHours(23);
    expect(question(test.bot.quizzes.act(alice, start.quiz, answer(0, 'models'))).step).toBe(1);
  });

  it('expireIdle expires only the quizzes idle past the limit and returns how many', () => {
    const test = bot();
    const { quizzes } = test.bot;
    const idle = question(quizzes.start(alice, here));
    test.clock.advanceHours(2);
    const recent = question(quizzes.start(mallory, here));
    test.clock.advanceHours(23);
    expect(quizzes.expireIdle()).toBe(1);
    expect(test.storage.quizzes.get(idle.quiz.id)?.state.status).toBe('expired');
    expect(test.storage.quizzes.get(recent.quiz.id)?.state.status).toBe('active');
    expect(quizzes.expireIdle()).toBe(0);
  });

  it('follows the configured expiry instead of 24 hours', () => {
    const test = bot({ quizExpiryHours: 2 });
    const start = question(test.bot.quizzes.start(alice, here));
    test.clock.advanceHours(3);
    expect(notice(test.bot.quizzes.act(alice, start.quiz, answer(0, 'models')))).toBe('expired');
  });
});

describe('back, restart and quit', () => {
  it('goes back to the previous question with the answer being changed and forgets it', () => {
    const test = bot();
    const at2 = question(play(test, ['models', 'distributed-systems']));
    const back = question(test.bot.quizzes.act(alice, at2.quiz, { type: 'back', step: 2 }));
    expect([back.step, back.question.id, back.previous]).toEqual([1, 'statistics', 'distributed-systems']);
    expect(test.storage.quizzes.get(at2.quiz.id)?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
  });

  it('starts over at question 1 on restart with the notice "restarted"', () => {
    const test = bot();
    const at3 = question(play(test, ['models', 'deeply', 'both']));
    const view = question(test.bot.quizzes.act(alice, at3.quiz, { type: 'restart' }));
    expect([view.quiz.id, view.step, view.notices]).toEqual([at3.quiz.id, 0, ['restarted']]);
    expect(test.storage.quizzes.get(at3.quiz.id)?.state).toEqual({ status: 'active', step: 0, answers: [] });
  });

  it('ends the quiz on quit, then answers "already-quit"', () => {
    const test = bot();
    const at1 = question(play(test, ['models']));
    expect(notice(test.bot.quizzes.act(alice, at1.quiz, { type: 'abandon' }))).toBe('abandoned');
    expect(test.storage.quizzes.get(at1.quiz.id)?.state).toEqual({ status: 'abandoned', step: 1, answers: ['models'] });
    expect(notice(test.bot.quizzes.act(alice, { id: at1.quiz.id }, answer(1, 'deeply')))).toBe('already-quit');
    expect(test.bot.quizzes.active(alice.id, here)).toBeUndefined();
  });

  it('answers "already-finished" to an event on a completed quiz', () => {
    const test = bot();
    const done = play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
    expect(done.kind).toBe('result');
    const id = done.kind === 'result' ? done.quiz.id : -1;
    expect(notice(test.bot.quizzes.act(alice, { id }, answer(4, 'low')))).toBe('already-finished');
    expect(notice(test.bot.quizzes.act(alice, { id }, { type: 'back' }))).toBe('already-finished');
  });

  it('starts a new quiz on "retake" from a finished one, keeping the finished one as it was', () => {
    const test = bot();
    const done = play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
    const id = done.kind === 'result' ? done.quiz.id : -1;
    const retake = question(test.bot.quizzes.act(alice, { id }, { type: 'restart' }));
    expect(retake.quiz.id).not.toBe(id);
    expect(retake.step).toBe(0);
    expect(test.storage.quizzes.get(id)?.state.status).toBe('completed');
  });

  it('continues the quiz already running when "retake" is pressed on an old finished one', () => {
    const test = bot();
    const done = play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
    const finished = done.kind === 'result' ? done.quiz.id : -1;
    const running = question(test.bot.quizzes.start(alice, here));
    test.bot.quizzes.act(alice, { id: running.quiz.id }, answer(0, 'pipelines'));
    const view = question(test.bot.quizzes.act(alice, { id: finished }, { type: 'restart' }));
    expect([view.quiz.id, view.step, view.notices]).toEqual([running.quiz.id, 1, ['resumed']]);
  });
});

describe('where a quiz stands (to bring an out-of-date message level)', () => {
  it('gives the current question, the result, or why it ended, to the owner only, and changes nothing', () => {
    const test = bot();
    const at2 = question(play(test, ['models', 'deeply']));
    const before = test.storage.quizzes.get(at2.quiz.id);
    expect(question(test.bot.quizzes.current(alice, at2.quiz.id))).toMatchObject({ step: 2, quiz: { version: at2.quiz.version }, notices: [] });
    expect(notice(test.bot.quizzes.current(mallory, at2.quiz.id))).toBe('not-owner');
    expect(notice(test.bot.quizzes.current(alice, 999))).toBe('not-found');
    expect(test.storage.quizzes.get(at2.quiz.id)).toEqual(before);

    test.bot.quizzes.act(alice, at2.quiz, { type: 'abandon' });
    expect(notice(test.bot.quizzes.current(alice, at2.quiz.id))).toBe('abandoned');
    const done = play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
    if (done.kind !== 'result') expect.fail('expected a result');
    expect(test.bot.quizzes.current(alice, done.quiz.id)).toMatchObject({ kind: 'result', result: done.result });
  });
});

describe('sharing a result', () => {
  function finishedQuiz(test: TestBot): number {
    const done = play(test, ['models', 'deeply', 'models', 'maximum', 'high']);
    if (done.kind !== 'result') expect.fail('expected a result');
    return done.quiz.id;
  }

  it('gives the one claim on a completed quiz to its owner, tells a second claim it is in progress, and then that it was shared', () => {
    const test = bot();
    const running = question(play(test, ['models']));
    expect(test.bot.quizzes.claimShare(alice, running.quiz.id)).toBe('not-completed');
    test.bot.quizzes.act(alice, running.quiz, { type: 'abandon' });
    const id = finishedQuiz(test);
    expect(test.bot.quizzes.claimShare(mallory, id)).toBe('not-completed');
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('claimed');
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('in-progress');
    expect(test.bot.quizzes.current(alice, id)).not.toMatchObject({ quiz: { shared: true } });
    test.bot.quizzes.markShared(id);
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('shared');
    expect(test.bot.quizzes.current(alice, id)).toMatchObject({ kind: 'result', quiz: { shared: true } });
    test.bot.quizzes.releaseShare(id);
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('shared');
  });

  it('can be claimed again at once after a release, and after the lease when the claimer never came back', () => {
    const test = bot();
    const id = finishedQuiz(test);
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('claimed');
    test.bot.quizzes.releaseShare(id);
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('claimed');
    test.clock.advanceMs(shareLeaseMs - 1);
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('in-progress');
    test.clock.advanceMs(1);
    expect(test.bot.quizzes.claimShare(alice, id)).toBe('claimed');
  });
});

describe('the result', () => {
  it.each([
    { answers: ['models', 'deeply', 'models', 'maximum', 'high'], outcome: 'mle', counts: { mle: 5, de: 0, both: 0 } },
    { answers: ['pipelines', 'distributed-systems', 'substrate', 'not-for-pay', 'low'], outcome: 'de', counts: { mle: 0, de: 5, both: 0 } },
    { answers: ['both', 'in-between', 'both', 'some', 'medium'], outcome: 'hybrid', counts: { mle: 0, de: 0, both: 5 } },
    { answers: ['models', 'distributed-systems', 'both', 'maximum', 'low'], outcome: 'hybrid', counts: { mle: 2, de: 2, both: 1 } },
    { answers: ['models', 'in-between', 'substrate', 'some', 'high'], outcome: 'mle', counts: { mle: 2, de: 1, both: 2 } },
    { answers: ['both', 'distributed-systems', 'both', 'some', 'medium'], outcome: 'de', counts: { mle: 0, de: 1, both: 4 } },
  ])('is $outcome for $answers', ({ answers, outcome, counts }) => {
    const test = bot();
    const view = play(test, answers);
    if (view.kind !== 'result') return expect.fail(`expected a result, got ${JSON.stringify(view)}`);
    expect([view.result.outcome, view.result.counts]).toEqual([outcome, counts]);
    expect(test.storage.quizzes.get(view.quiz.id)?.state).toEqual({ status: 'completed', answers });
    expect(test.storage.activity.report(10).outcomes).toEqual([{ outcome, count: 1 }]);
  });
});

describe('two services on two connections to the same file', () => {
  it('lets one of two clicks carrying the same version win; the other is "stale"', () => {
    const file = newFile();
    const a = bot({ databasePath: file });
    const b = bot({ databasePath: file, clock: a.clock });
    const start = question(a.bot.quizzes.start(alice, here));
    expect(question(a.bot.quizzes.act(alice, start.quiz, answer(0, 'models'))).step).toBe(1);
    expect(b.bot.quizzes.act(alice, start.quiz, answer(0, 'pipelines'))).toEqual({ kind: 'notice', quiz: { ...start.quiz, version: 2 }, notice: 'stale' });
    expect(b.storage.quizzes.get(start.quiz.id)?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
  });

  it('keeps the first save when the other service read the quiz before it and saves after', () => {
    const file = newFile();
    const a = bot({ databasePath: file });
    const b = bot({ databasePath: file, clock: a.clock });
    const { id } = question(a.bot.quizzes.start(alice, here)).quiz;
    // B's repository lets A answer between B's read and B's write.
    let first: QuizView | undefined;
    const repo = b.storage.quizzes;
    const racing: QuizRepository = {
      createOrGetActive: (quiz) => repo.createOrGetActive(quiz),
      get: (quizId) => repo.get(quizId),
      findActive: (owner, place) => repo.findActive(owner, place),
      setThread: (quizId, thread) => repo.setThread(quizId, thread),
      claimShare: (quizId, now, leaseMs) => repo.claimShare(quizId, now, leaseMs),
      markShared: (quizId, now) => repo.markShared(quizId, now),
      releaseShare: (quizId) => repo.releaseShare(quizId),
      idleSince: (before) => repo.idleSince(before),
      save: (...args) => {
        first ??= a.bot.quizzes.act(alice, { id }, answer(0, 'pipelines'));
        return repo.save(...args);
      },
    };
    const second = new QuizService(b.bot.quizzes.quiz, racing, { expiryMs: 24 * 3_600_000, clock: b.clock }).act(alice, { id }, answer(0, 'models'));
    expect(question(first!).step).toBe(1);
    expect(second).toEqual({ kind: 'notice', quiz: { id, version: 2, owner: 'console:alice', ownerName: 'alice', place: { platform: 'console' } }, notice: 'stale' });
    expect(a.storage.quizzes.get(id)?.state).toEqual({ status: 'active', step: 1, answers: ['pipelines'] });
    expect(storedInFreshConnection(file, id)).toEqual({ status: 'active', step: 1, answers: ['pipelines'] });
  });
});
