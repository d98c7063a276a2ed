/**
 * The storage ports' contract: what every implementation of `Storage` must do, tested through the ports only
 * (no SQL, no backend's internals). Each row of `backends` is one implementation (and one in `persistent` when it
 * keeps data, and in `shared` when several processes can share it). SQLite specifics (WAL, migrations, two
 * connections racing) stay in storage.test.ts, PostgreSQL's in postgres-storage.test.ts; PostgreSQL runs on the
 * run's test server, in a database of this file's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feedback, Vote } from '../src/activity/repository.js';
import type { ConversationState, Profile } from '../src/conversation/types.js';
import type { AnswerPost } from '../src/posts/answerPosts.js';
import { shareLeaseMs } from '../src/posts/quizPosts.js';
import type { NewQuiz, Place, StoredQuiz } from '../src/quiz/repository.js';
import { type Storage, StorageError } from '../src/ports/storage.js';
import { openStorage } from '../src/storage/storage.js';
import { InMemoryDatabase, openInMemoryStorage } from '../src/memory/inMemoryStorage.js';
import { openPostgresStorage } from '../src/postgres/storage.js';
import { createDatabase, databaseOnce, emptyDatabase } from './support/postgres.js';

/** This file's PostgreSQL database, made on first use and emptied before each test of the contract. */
const fileDatabase = databaseOnce();
const emptyPostgres = async () => {
  const database = await fileDatabase();
  await emptyDatabase(database.name);
  return database.url;
};

/** A name and how to open an empty storage (it may be asynchronous, as a server database's would be). */
const backends: [name: string, open: () => Storage | Promise<Storage>][] = [
  ['SQLite', () => openStorage(':memory:')],
  ['in memory', () => openInMemoryStorage()],
  ['PostgreSQL', async () => openPostgresStorage(await emptyPostgres())],
];

const T0 = Date.UTC(2026, 10, 23, 12);
const consolePlace: Place = { key: 'console', label: 'console' };
const channel: Place = {
  key: 'discord:81384788765712384/81384788765712385',
  label: 'channel 81384788765712385 in server 81384788765712384',
};
const alice = 'console:alice';
const bob = 'console:bob';
const finished = ['models', 'deeply', 'models', 'maximum', 'high'];

/** A conversation with every field a conversation can keep: two turns (one a follow-up) and a question asked back. */
const conversation = (key: string, user = alice, updatedAt = T0, turns = 2): ConversationState => ({
  key,
  user,
  turns: [
    {
      question: 'how much do senior MLEs make in the US?',
      resolved: 'how much do senior MLEs make in the US?',
      slots: { roles: ['mle'], level: 'senior', region: 'us', topic: 'how much do make' },
      passages: ['salaries-2026#us', 'salaries-2026#levels'],
      answered: true,
      at: updatedAt - 2,
    },
    {
      question: 'and DEs?',
      resolved: 'how much do senior DEs make in the US?',
      slots: { roles: ['de'], level: 'senior', region: 'us', direction: 'de-to-mle', topic: 'how much do make' },
      passages: [],
      answered: false,
      at: updatedAt - 1,
    },
  ].slice(0, turns) as ConversationState['turns'],
  pending: {
    question: 'what about switching?',
    choices: [
      {
        resolved: 'how do I switch from DE to MLE?',
        understood: 'switching from Data Engineer to ML Engineer',
        slots: { roles: ['de', 'mle'], direction: 'de-to-mle', topic: 'how do i switch' },
      },
      {
        resolved: 'how do I switch from MLE to DE?',
        understood: 'the other way',
        slots: { roles: [], topic: '' },
        within: ['a-passage'],
      },
    ],
    at: updatedAt,
  },
  updatedAt,
});
/** A profile with every field a profile can keep. */
const profile = (user = alice, updatedAt = T0): Profile => ({
  user,
  role: 'de',
  job: 'backend developer',
  goal: 'mle',
  years: 4.5,
  likes: ['stats', 'building pipelines'],
  quizOutcome: 'hybrid',
  updatedAt,
});

describe.each(backends)('the storage contract (%s)', (_name, open) => {
  let storage: Storage;
  beforeEach(async () => {
    storage = await open();
  });
  afterEach(async () => {
    await storage.close();
  });

  const newQuiz = (
    owner = alice,
    place: Place = consolePlace,
    now = T0,
    state: NewQuiz['state'] = { status: 'active', step: 0, answers: [] },
  ): NewQuiz => ({
    owner,
    ownerName: owner.split(':')[1]!,
    place: { ...place },
    state: structuredClone(state),
    now,
  });
  const start = async (owner = alice, place: Place = consolePlace, now = T0) =>
    (await storage.quizzes.createOrGetActive(newQuiz(owner, place, now))).quiz;
  /** A quiz of `owner`'s, completed with a result. */
  const complete = async (owner = alice, place: Place = consolePlace): Promise<StoredQuiz> => {
    const quiz = await start(owner, place);
    return (await storage.quizzes.save(quiz.id, quiz.version, { status: 'completed', answers: finished }, T0 + 1, {
      outcome: 'mle',
      counts: { mle: 5, de: 0, both: 0 },
    }))!;
  };
  const nothing = { quizzes: 0, answers: 0, declinedQuestions: 0, feedback: 0, conversations: 0 };

  describe('QuizRepository', () => {
    it('creates an active quiz at version 1, created and updated now, and reads it back as created', async () => {
      const { quiz, created } = await storage.quizzes.createOrGetActive(newQuiz(alice, channel));
      expect(created).toBe(true);
      expect(quiz).toEqual({
        id: quiz.id,
        owner: alice,
        ownerName: 'alice',
        place: channel,
        version: 1,
        state: { status: 'active', step: 0, answers: [] },
        createdAt: T0,
        updatedAt: T0,
      });
      expect(Number.isInteger(quiz.id)).toBe(true);
      expect(await storage.quizzes.get(quiz.id)).toEqual(quiz);
      expect(await storage.quizzes.findActive(alice, channel.key)).toEqual(quiz);
    });

    it('creates a quiz with the answers its state already has', async () => {
      const state = { status: 'active', step: 2, answers: ['models', 'deeply'] } as const;
      const { quiz } = await storage.quizzes.createOrGetActive(newQuiz(alice, consolePlace, T0, { ...state, answers: [...state.answers] }));
      expect(quiz.state).toEqual(state);
      expect((await storage.quizzes.get(quiz.id))?.state).toEqual(state);
      expect(await storage.users.describe(alice)).toEqual({ ...nothing, quizzes: 1, answers: 2 });
    });

    it('keeps one active quiz per owner and place key, returning the existing one unchanged, and gives other places and owners their own', async () => {
      const first = await storage.quizzes.createOrGetActive(newQuiz());
      const saved = (await storage.quizzes.save(first.quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0 + 5))!;
      const again = await storage.quizzes.createOrGetActive({
        ...newQuiz(alice, { key: consolePlace.key, label: 'another label' }, T0 + 9),
        ownerName: 'Alice B.',
      });
      expect(again).toEqual({ quiz: saved, created: false });
      const elsewhere = await storage.quizzes.createOrGetActive(newQuiz(alice, channel));
      const otherOwner = await storage.quizzes.createOrGetActive(newQuiz(bob));
      expect([elsewhere.created, otherOwner.created]).toEqual([true, true]);
      expect(new Set([first.quiz.id, elsewhere.quiz.id, otherOwner.quiz.id]).size).toBe(3);
      expect((await storage.quizzes.findActive(alice, consolePlace.key))?.id).toBe(first.quiz.id);
      expect((await storage.quizzes.findActive(alice, channel.key))?.id).toBe(elsewhere.quiz.id);
      expect((await storage.quizzes.findActive(bob, consolePlace.key))?.id).toBe(otherOwner.quiz.id);
    });

    it('finds no active quiz for another owner or key, nor once the quiz ended; then a new one can be created', async () => {
      const quiz = await start();
      expect(await storage.quizzes.findActive(bob, consolePlace.key)).toBeUndefined();
      expect(await storage.quizzes.findActive(alice, channel.key)).toBeUndefined();
      await storage.quizzes.save(quiz.id, 1, { status: 'abandoned', step: 0, answers: [] }, T0 + 1);
      expect(await storage.quizzes.findActive(alice, consolePlace.key)).toBeUndefined();
      const next = await storage.quizzes.createOrGetActive(newQuiz(alice, consolePlace, T0 + 2));
      expect(next.created).toBe(true);
      expect(next.quiz.id).not.toBe(quiz.id);
      expect((await storage.quizzes.get(quiz.id))?.state.status).toBe('abandoned');
    });

    it('gets nothing for an id that was never given', async () => {
      const quiz = await start();
      expect(await storage.quizzes.get(quiz.id + 1000)).toBeUndefined();
    });

    it('saves a new state with the version bumped by one and updatedAt now, keeping who, where and createdAt', async () => {
      const quiz = await start(alice, channel);
      const saved = await storage.quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0 + 1000);
      expect(saved).toEqual({ ...quiz, version: 2, state: { status: 'active', step: 1, answers: ['models'] }, updatedAt: T0 + 1000 });
      expect(await storage.quizzes.get(quiz.id)).toEqual(saved);
      expect(
        (await storage.quizzes.save(quiz.id, 2, { status: 'active', step: 2, answers: ['models', 'deeply'] }, T0 + 2000))?.version,
      ).toBe(3);
    });

    it('resolves to undefined and changes nothing when the expected version is stale or the quiz does not exist', async () => {
      const quiz = await start();
      const saved = await storage.quizzes.save(quiz.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0 + 1);
      expect(
        await storage.quizzes.save(quiz.id, 1, { status: 'active', step: 2, answers: ['pipelines', 'deeply'] }, T0 + 2),
      ).toBeUndefined();
      expect(await storage.quizzes.save(quiz.id, 3, { status: 'abandoned', step: 1, answers: ['models'] }, T0 + 2)).toBeUndefined();
      expect(await storage.quizzes.save(quiz.id + 1000, 1, { status: 'active', step: 1, answers: ['models'] }, T0 + 2)).toBeUndefined();
      expect(await storage.quizzes.get(quiz.id)).toEqual(saved);
      expect(await storage.users.describe(alice)).toEqual({ ...nothing, quizzes: 1, answers: 1 });
    });

    it('stores the answers of the saved state, fewer after going back or restarting', async () => {
      const quiz = await start();
      const answers = async () => (await storage.users.describe(alice)).answers;
      await storage.quizzes.save(quiz.id, 1, { status: 'active', step: 3, answers: ['models', 'deeply', 'substrate'] }, T0);
      expect(await answers()).toBe(3);
      const back = await storage.quizzes.save(quiz.id, 2, { status: 'active', step: 2, answers: ['models', 'in-between'] }, T0);
      expect(back?.state).toEqual({ status: 'active', step: 2, answers: ['models', 'in-between'] });
      expect(await answers()).toBe(2);
      await storage.quizzes.save(quiz.id, 3, { status: 'active', step: 0, answers: [] }, T0);
      expect(await answers()).toBe(0);
      expect((await storage.quizzes.get(quiz.id))?.state).toEqual({ status: 'active', step: 0, answers: [] });
    });

    it('stores a completed quiz with its answers and its result', async () => {
      const done = await complete();
      expect(done.state).toEqual({ status: 'completed', answers: finished });
      expect((await storage.quizzes.get(done.id))?.state).toEqual({ status: 'completed', answers: finished });
      const report = await storage.activity.report(10);
      expect(report.outcomes).toEqual([{ outcome: 'mle', count: 1 }]);
      expect(report.quizzes).toEqual([{ status: 'completed', count: 1 }]);
    });

    it('refuses a save that would give an owner a second active quiz at a place, changing nothing', async () => {
      const old = await start();
      const quit = (await storage.quizzes.save(old.id, 1, { status: 'abandoned', step: 0, answers: [] }, T0 + 1))!;
      const running = await start(alice, consolePlace, T0 + 2);
      await expect(storage.quizzes.save(old.id, quit.version, { status: 'active', step: 0, answers: [] }, T0 + 3)).rejects.toThrow();
      expect(await storage.quizzes.get(old.id)).toEqual(quit);
      expect(await storage.quizzes.findActive(alice, consolePlace.key)).toEqual(running);
    });

    it('lists the active quizzes last touched before a time (strictly), least recently touched first', async () => {
      const a = await start(alice, consolePlace, T0 + 30);
      const b = await start(bob, consolePlace, T0 + 10);
      const c = await start(alice, channel, T0 + 20);
      const done = await complete('console:carol');
      const quit = await start('console:dan', consolePlace, T0);
      await storage.quizzes.save(quit.id, 1, { status: 'abandoned', step: 0, answers: [] }, T0);
      const touched = (await storage.quizzes.save(b.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0 + 40))!;
      expect(await storage.quizzes.idleSince(T0 + 50)).toEqual([c, a, touched]);
      expect((await storage.quizzes.idleSince(T0 + 30)).map((q) => q.id)).toEqual([c.id]);
      expect(await storage.quizzes.idleSince(T0 + 20)).toEqual([]);
      expect((await storage.quizzes.idleSince(T0 + 50)).map((q) => q.id)).not.toContain(done.id);
    });

    it('hands out copies: mutating a quiz given or returned changes nothing stored', async () => {
      const input = newQuiz(alice, consolePlace, T0, { status: 'active', step: 1, answers: ['models'] });
      const { quiz } = await storage.quizzes.createOrGetActive(input);
      const pristine = structuredClone(quiz);
      input.state.answers.push('deeply');
      input.place.label = 'changed';
      quiz.state.answers.push('deeply');
      quiz.place.key = 'changed';
      quiz.version = 99;
      const read = (await storage.quizzes.get(quiz.id))!;
      read.state.answers.length = 0;
      (await storage.quizzes.findActive(alice, consolePlace.key))!.ownerName = 'changed';
      (await storage.quizzes.idleSince(T0 + 1))[0]!.state.answers.push('x');
      expect(await storage.quizzes.get(quiz.id)).toEqual(pristine);

      const state = { status: 'active' as const, step: 2, answers: ['models', 'deeply'] };
      const saved = (await storage.quizzes.save(quiz.id, 1, state, T0 + 1))!;
      state.answers.push('substrate');
      saved.state.answers.pop();
      expect((await storage.quizzes.get(quiz.id))?.state).toEqual({ status: 'active', step: 2, answers: ['models', 'deeply'] });
      expect((await storage.quizzes.createOrGetActive(newQuiz())).quiz.state.answers).toEqual(['models', 'deeply']);
    });
  });

  describe('ActivityRepository', () => {
    const vote = (user: string, kind: Feedback['kind'], subject: string, v: Vote, extra: Partial<Feedback> = {}) =>
      storage.activity.recordFeedback({ user, kind, subject, vote: v, now: T0, ...extra });

    it('reports nothing when nothing was recorded', async () => {
      expect(await storage.activity.report(10)).toEqual({ declined: [], feedback: [], disliked: [], quizzes: [], outcomes: [] });
    });

    it('groups declined questions by normalised text under their latest wording, most asked first, then most recently, up to the limit', async () => {
      const ask = (user: string, question: string, at: number) =>
        storage.activity.recordDeclined({ user, place: 'console', question, now: T0 + at });
      await ask(alice, 'How do I bake sourdough?', 1);
      await ask(bob, '  how do i   bake SOURDOUGH!! ', 2);
      await ask('console:carol', 'What is a monad?', 7);
      await ask('console:carol', 'HOW DO I BAKE SOURDOUGH.', 4);
      await ask(alice, 'Best pizza in Naples?', 6);
      await ask(bob, 'best pizza in naples', 5);
      await ask(bob, 'Is Rust fun…', 3);
      expect((await storage.activity.report(10)).declined).toEqual([
        { question: 'HOW DO I BAKE SOURDOUGH.', count: 3, lastAsked: T0 + 4 },
        { question: 'Best pizza in Naples?', count: 2, lastAsked: T0 + 6 },
        { question: 'What is a monad?', count: 1, lastAsked: T0 + 7 },
        { question: 'Is Rust fun…', count: 1, lastAsked: T0 + 3 },
      ]);
      expect((await storage.activity.report(2)).declined.map((d) => d.count)).toEqual([3, 2]);
      expect((await storage.activity.report(0)).declined).toEqual([]);
    });

    it('groups exactly as normalizeQuestion keys them', async () => {
      const wordings = ['Why?', 'why', ' WHY ?! ', 'why…', 'Why not?', 'why  not', 'whynot'];
      for (const [i, question] of wordings.entries())
        await storage.activity.recordDeclined({ user: alice, place: 'console', question, now: T0 + i });
      expect((await storage.activity.report(10)).declined.map((d) => [d.question, d.count])).toEqual([
        ['why…', 4],
        ['why  not', 2],
        ['whynot', 1],
      ]);
    });

    it('counts 👍/👎 per kind, keeps one vote per user per kind and subject (the last), and lists the disliked subjects', async () => {
      await vote(alice, 'answer', 'what do ML engineers earn?', 1);
      await vote(bob, 'answer', 'what do ML engineers earn?', -1);
      await vote('console:carol', 'answer', 'which role is easier?', 1);
      await vote(alice, 'compare', 'salary', 1);
      await vote(alice, 'compare', 'salary', -1, { passageId: 'some-passage', now: T0 + 1 }); // replaces alice's 👍
      await vote(bob, 'compare', 'salary', -1);
      await vote('console:carol', 'compare', 'learning', -1);
      await vote(alice, 'answer', 'salary', 1); // another kind: another vote
      const report = await storage.activity.report(10);
      expect(report.feedback).toEqual([
        { kind: 'answer', up: 3, down: 1 },
        { kind: 'compare', up: 0, down: 3 },
      ]);
      expect(report.disliked).toEqual([
        { kind: 'compare', subject: 'salary', up: 0, down: 2 },
        { kind: 'compare', subject: 'learning', up: 0, down: 1 },
        { kind: 'answer', subject: 'what do ML engineers earn?', up: 1, down: 1 },
      ]);
      expect((await storage.activity.report(1)).disliked).toEqual([{ kind: 'compare', subject: 'salary', up: 0, down: 2 }]);
      expect((await storage.users.describe(alice)).feedback).toBe(3);
    });

    it('orders disliked subjects by most 👎, then fewest 👍, then subject', async () => {
      for (const [subject, ups, downs] of [
        ['b', 0, 1],
        ['a', 0, 1],
        ['c', 1, 1],
        ['d', 0, 2],
        ['e', 2, 0],
      ] as const) {
        for (let i = 0; i < ups; i += 1) await vote(`up:${i}`, 'answer', subject, 1);
        for (let i = 0; i < downs; i += 1) await vote(`down:${i}`, 'answer', subject, -1);
      }
      expect((await storage.activity.report(10)).disliked.map((d) => d.subject)).toEqual(['d', 'a', 'b', 'c']);
    });

    it('counts quizzes by status and completed quizzes by outcome, most first, then by name', async () => {
      await complete(alice);
      const hybrid = await start(bob);
      await storage.quizzes.save(hybrid.id, 1, { status: 'completed', answers: ['both'] }, T0, {
        outcome: 'hybrid',
        counts: { mle: 0, de: 0, both: 1 },
      });
      const de = await start('console:carol');
      await storage.quizzes.save(de.id, 1, { status: 'completed', answers: ['pipelines'] }, T0, {
        outcome: 'de',
        counts: { mle: 0, de: 1, both: 0 },
      });
      await complete('console:dan');
      await start('console:erin');
      const quit = await start('console:fay');
      await storage.quizzes.save(quit.id, 1, { status: 'abandoned', step: 0, answers: [] }, T0);
      const expired = await start('console:gus');
      await storage.quizzes.save(expired.id, 1, { status: 'expired', step: 0, answers: [] }, T0);
      const report = await storage.activity.report(10);
      expect(report.quizzes).toEqual([
        { status: 'completed', count: 4 },
        { status: 'abandoned', count: 1 },
        { status: 'active', count: 1 },
        { status: 'expired', count: 1 },
      ]);
      expect(report.outcomes).toEqual([
        { outcome: 'mle', count: 2 },
        { outcome: 'de', count: 1 },
        { outcome: 'hybrid', count: 1 },
      ]);
    });
  });

  describe('UserDataRepository', () => {
    it('never gives the id of a forgotten quiz to a new one (an old button must not reach it)', async () => {
      const forgotten = await start(alice);
      await storage.users.forget(alice);
      expect((await start(bob)).id).toBeGreaterThan(forgotten.id);
    });

    it('counts and forgets everything stored about one user at once, returning what describe gave, leaving others alone', async () => {
      const done = await complete(alice);
      await storage.quizPosts.setPostedIn(done.id, '81384788765712999');
      expect(await storage.quizPosts.claimShare(done.id, T0, shareLeaseMs)).toBe('claimed');
      await storage.quizPosts.markShared(done.id, T0);
      const running = await start(alice, channel);
      await storage.quizzes.save(running.id, 1, { status: 'active', step: 1, answers: ['models'] }, T0);
      const bobs = await start(bob);
      const bobsSaved = (await storage.quizzes.save(bobs.id, 1, { status: 'active', step: 2, answers: ['both', 'deeply'] }, T0))!;
      await storage.quizPosts.setPostedIn(bobs.id, '81384788765713000');
      for (const user of [alice, bob]) {
        await storage.activity.recordDeclined({ user, place: 'console', question: 'How do I bake sourdough?', now: T0 });
        await storage.activity.recordFeedback({ user, kind: 'compare', subject: 'salary', vote: -1, now: T0 });
      }
      await storage.activity.recordDeclined({ user: alice, place: 'console', question: 'What is a monad?', now: T0 });

      const alices = { quizzes: 2, answers: 6, declinedQuestions: 2, feedback: 1, conversations: 0 };
      const bobsData = { quizzes: 1, answers: 2, declinedQuestions: 1, feedback: 1, conversations: 0 };
      expect(await storage.users.describe(alice)).toEqual(alices);
      expect(await storage.users.forget(alice)).toEqual(alices);
      expect(await storage.users.describe(alice)).toEqual(nothing);
      expect(await storage.users.describe(bob)).toEqual(bobsData);

      expect(await storage.quizzes.get(done.id)).toBeUndefined();
      expect(await storage.quizzes.get(running.id)).toBeUndefined();
      expect(await storage.quizzes.findActive(alice, channel.key)).toBeUndefined();
      expect(await storage.quizPosts.postedIn(done.id)).toBeUndefined();
      expect(await storage.quizPosts.isShared(done.id)).toBe(false);
      expect(await storage.quizzes.get(bobs.id)).toEqual(bobsSaved);
      expect(await storage.quizPosts.postedIn(bobs.id)).toBe('81384788765713000');
      const report = await storage.activity.report(10);
      expect(report.declined).toEqual([{ question: 'How do I bake sourdough?', count: 1, lastAsked: T0 }]);
      expect(report.disliked).toEqual([{ kind: 'compare', subject: 'salary', up: 0, down: 1 }]);
      expect(report.quizzes).toEqual([{ status: 'active', count: 1 }]);
      expect(report.outcomes).toEqual([]);
      expect(await storage.users.forget(alice)).toEqual(nothing);
      expect(await storage.users.forget('console:nobody')).toEqual(nothing);
    });

    it('lets a user start afresh after being forgotten', async () => {
      await start();
      await storage.users.forget(alice);
      const { quiz, created } = await storage.quizzes.createOrGetActive(newQuiz(alice, consolePlace, T0 + 1));
      expect([created, quiz.version, quiz.createdAt]).toEqual([true, 1, T0 + 1]);
    });
  });

  describe('ConversationRepository', () => {
    const conversations = () => storage.conversations;

    it('has nothing under a key or for a user nobody saved, and gets back an equal copy of what was saved', async () => {
      expect(await conversations().get('console:alice')).toBeUndefined();
      expect(await conversations().profile(alice)).toBeUndefined();
      await conversations().save(conversation('console:alice'));
      await conversations().saveProfile(profile());
      expect(await conversations().get('console:alice')).toEqual(conversation('console:alice'));
      expect(await conversations().profile(alice)).toEqual(profile());
      const bare: ConversationState = { key: 'discord:1@2', user: alice, turns: [], updatedAt: T0 };
      await conversations().save(bare);
      expect(await conversations().get('discord:1@2')).toEqual(bare);
      const least: Profile = { user: bob, likes: [], updatedAt: T0 };
      await conversations().saveProfile(least);
      expect(await conversations().profile(bob)).toEqual(least);
    });

    it('hands out copies: mutating a conversation or profile given or returned changes nothing stored', async () => {
      const given = conversation('console:alice');
      await conversations().save(given);
      given.turns[0]!.slots.roles.push('de');
      given.pending!.choices.pop();
      given.updatedAt = 0;
      const read = (await conversations().get('console:alice'))!;
      read.turns.length = 0;
      delete read.pending;
      expect(await conversations().get('console:alice')).toEqual(conversation('console:alice'));

      const mine = profile();
      await conversations().saveProfile(mine);
      mine.likes.push('dashboards');
      (await conversations().profile(alice))!.likes.length = 0;
      expect(await conversations().profile(alice)).toEqual(profile());
    });

    it('replaces what was stored under a key on every save, dropping what the new one lacks', async () => {
      await conversations().save(conversation('console:alice'));
      const { pending: _pending, ...shorter } = conversation('console:alice', alice, T0 + 5, 1);
      await conversations().save(shorter);
      expect(await conversations().get('console:alice')).toEqual(shorter);
      expect(await conversations().get('console:alice')).not.toHaveProperty('pending');

      await conversations().saveProfile(profile());
      const changed: Profile = { user: alice, role: 'mle', likes: ['stats'], updatedAt: T0 + 5 };
      await conversations().saveProfile(changed);
      expect(await conversations().profile(alice)).toEqual(changed);
    });

    it('keeps conversations under different keys apart, whoever they belong to', async () => {
      const inConsole = conversation('console:alice', alice, T0, 1);
      const dm = conversation('discord:1@dm', alice, T0 + 1);
      const bobs = conversation('discord:2@3', bob, T0 + 2);
      for (const c of [inConsole, dm, bobs]) await conversations().save(c);
      await conversations().save({ ...dm, turns: [], updatedAt: T0 + 10 });
      expect(await conversations().get('console:alice')).toEqual(inConsole);
      expect(await conversations().get('discord:1@dm')).toEqual({ ...dm, turns: [], updatedAt: T0 + 10 });
      expect(await conversations().get('discord:2@3')).toEqual(bobs);
      expect(await conversations().get('discord:1')).toBeUndefined();
    });

    it('keeps one profile per user', async () => {
      await conversations().saveProfile(profile(alice));
      await conversations().saveProfile({ user: bob, role: 'mle', likes: [], updatedAt: T0 + 1 });
      expect(await conversations().profile(alice)).toEqual(profile(alice));
      expect(await conversations().profile(bob)).toEqual({ user: bob, role: 'mle', likes: [], updatedAt: T0 + 1 });
      expect(await conversations().profile('console:carol')).toBeUndefined();
    });

    it('expires conversations and profiles untouched since each cutoff (strictly), resolving to how many went', async () => {
      await conversations().save(conversation('old', alice, T0));
      await conversations().save(conversation('cutoff', alice, T0 + 10));
      await conversations().save(conversation('new', bob, T0 + 20));
      await conversations().saveProfile(profile(alice, T0));
      await conversations().saveProfile(profile(bob, T0 + 10));
      // A conversation's cutoff does not reach profiles, nor a profile's conversations.
      expect(await conversations().expire(T0 + 10, T0)).toBe(1);
      expect(await conversations().get('old')).toBeUndefined();
      expect(await conversations().get('cutoff')).toEqual(conversation('cutoff', alice, T0 + 10));
      expect(await conversations().profile(alice)).toEqual(profile(alice, T0));
      expect(await conversations().expire(T0 + 10, T0 + 10)).toBe(1);
      expect(await conversations().profile(alice)).toBeUndefined();
      expect(await conversations().profile(bob)).toEqual(profile(bob, T0 + 10));
      expect(await conversations().expire(T0 + 10, T0 + 10)).toBe(0);
      expect(await conversations().expire(T0 + 21, T0 + 11)).toBe(3);
      expect(await storage.users.describe(alice)).toEqual(nothing);
      expect(await storage.users.describe(bob)).toEqual(nothing);
    });

    it("counts a user's conversations and profile, and forget deletes them and nothing of anyone else's", async () => {
      await conversations().save(conversation('console:alice', alice));
      await conversations().save(conversation('discord:1@dm', alice));
      await conversations().saveProfile(profile(alice));
      await conversations().save(conversation('console:bob', bob));
      await conversations().saveProfile(profile(bob));
      await storage.activity.recordDeclined({ user: bob, place: 'console', question: 'How do I bake sourdough?', now: T0 });
      const bobsData = { ...nothing, declinedQuestions: 1, conversations: 2 };
      expect(await storage.users.describe(alice)).toEqual({ ...nothing, conversations: 3 });
      expect(await storage.users.describe(bob)).toEqual(bobsData);

      expect(await storage.users.forget(alice)).toEqual({ ...nothing, conversations: 3 });
      expect(await storage.users.describe(alice)).toEqual(nothing);
      expect(await conversations().get('console:alice')).toBeUndefined();
      expect(await conversations().get('discord:1@dm')).toBeUndefined();
      expect(await conversations().profile(alice)).toBeUndefined();
      expect(await storage.users.describe(bob)).toEqual(bobsData);
      expect(await conversations().get('console:bob')).toEqual(conversation('console:bob', bob));
      expect(await conversations().profile(bob)).toEqual(profile(bob));
      expect(await storage.users.forget(alice)).toEqual(nothing);
    });

    it('counts a profile alone, and a conversation by the user it was last saved for', async () => {
      await conversations().saveProfile(profile(alice));
      expect(await storage.users.describe(alice)).toEqual({ ...nothing, conversations: 1 });
      await conversations().save(conversation('shared-key', alice));
      await conversations().save(conversation('shared-key', bob));
      expect(await storage.users.describe(alice)).toEqual({ ...nothing, conversations: 1 });
      expect(await storage.users.describe(bob)).toEqual({ ...nothing, conversations: 1 });
      await storage.users.forget(bob);
      expect(await conversations().get('shared-key')).toBeUndefined();
      expect(await conversations().profile(alice)).toEqual(profile(alice));
    });
  });

  describe('AnswerChannelRepository', () => {
    const setting = (channelId: string, on: boolean, communityId = '81384788765712384', updatedAt = T0) => ({
      communityId,
      channelId,
      on,
      updatedAt,
    });

    it('has no switch for a channel nobody set, and reads back the last one set', async () => {
      expect(await storage.answerChannels.get('81384788765712385')).toBeUndefined();
      await storage.answerChannels.set(setting('81384788765712385', true));
      expect(await storage.answerChannels.get('81384788765712385')).toEqual(setting('81384788765712385', true));
      await storage.answerChannels.set(setting('81384788765712385', false, '81384788765712384', T0 + 1));
      expect(await storage.answerChannels.get('81384788765712385')).toEqual(
        setting('81384788765712385', false, '81384788765712384', T0 + 1),
      );
      expect(await storage.answerChannels.get('81384788765712386')).toBeUndefined();
    });

    it("lists a community's switches ordered by channel id, and no other community's", async () => {
      await storage.answerChannels.set(setting('300', true));
      await storage.answerChannels.set(setting('100', false));
      await storage.answerChannels.set(setting('200', true, 'another server'));
      await storage.answerChannels.set(setting('1000', true));
      expect(await storage.answerChannels.inCommunity('81384788765712384')).toEqual([
        setting('100', false),
        setting('1000', true),
        setting('300', true),
      ]);
      expect(await storage.answerChannels.inCommunity('another server')).toEqual([setting('200', true, 'another server')]);
      expect(await storage.answerChannels.inCommunity('nobody')).toEqual([]);
    });

    it('hands out copies', async () => {
      await storage.answerChannels.set(setting('100', true));
      (await storage.answerChannels.get('100'))!.on = false;
      (await storage.answerChannels.inCommunity('81384788765712384'))[0]!.on = false;
      expect((await storage.answerChannels.get('100'))?.on).toBe(true);
    });
  });

  describe('QuizPosts', () => {
    const claim = (id: number, now = T0) => storage.quizPosts.claimShare(id, now, shareLeaseMs);

    it('records the thread a quiz runs in, the last one set', async () => {
      const quiz = await start();
      const other = await start(bob);
      expect(await storage.quizPosts.postedIn(quiz.id)).toBeUndefined();
      await storage.quizPosts.setPostedIn(quiz.id, '81384788765712999');
      expect(await storage.quizPosts.postedIn(quiz.id)).toBe('81384788765712999');
      await storage.quizPosts.setPostedIn(quiz.id, '81384788765713000');
      expect(await storage.quizPosts.postedIn(quiz.id)).toBe('81384788765713000');
      expect(await storage.quizPosts.postedIn(other.id)).toBeUndefined();
    });

    it("answers 'not-completed' to a claim on a quiz that is running, abandoned, expired or does not exist", async () => {
      const running = await start();
      const quit = await start(bob);
      await storage.quizzes.save(quit.id, 1, { status: 'abandoned', step: 0, answers: [] }, T0);
      const expired = await start('console:carol');
      await storage.quizzes.save(expired.id, 1, { status: 'expired', step: 0, answers: [] }, T0);
      for (const id of [running.id, quit.id, expired.id, running.id + 1000]) expect(await claim(id)).toBe('not-completed');
      expect(await storage.quizPosts.isShared(running.id + 1000)).toBe(false);
    });

    it("gives one claim on a completed quiz; another claim is 'in-progress' until it is marked shared, then 'shared' for good", async () => {
      const done = await complete();
      expect(await storage.quizPosts.isShared(done.id)).toBe(false);
      expect(await claim(done.id)).toBe('claimed');
      expect(await claim(done.id, T0 + 1)).toBe('in-progress');
      expect(await storage.quizPosts.isShared(done.id)).toBe(false);
      await storage.quizPosts.markShared(done.id, T0 + 2);
      expect(await storage.quizPosts.isShared(done.id)).toBe(true);
      expect(await claim(done.id, T0 + 3)).toBe('shared');
      await storage.quizPosts.releaseShare(done.id);
      expect(await claim(done.id, T0 + shareLeaseMs * 10)).toBe('shared');
      expect(await storage.quizPosts.isShared(done.id)).toBe(true);
    });

    it('can be claimed again at once after a release, and once the lease has run out when the claimer never came back', async () => {
      const done = await complete();
      expect(await claim(done.id, T0)).toBe('claimed');
      await storage.quizPosts.releaseShare(done.id);
      expect(await claim(done.id, T0)).toBe('claimed');
      expect(await claim(done.id, T0 + shareLeaseMs - 1)).toBe('in-progress');
      expect(await claim(done.id, T0 + shareLeaseMs)).toBe('claimed');
      expect(await claim(done.id, T0 + shareLeaseMs + 1)).toBe('in-progress');
      expect(await storage.quizPosts.claimShare(done.id, T0 + shareLeaseMs + 10, 10)).toBe('claimed');
    });

    it('keeps the thread and the sharing of each quiz apart', async () => {
      const first = await complete(alice);
      const second = await complete(bob);
      await storage.quizPosts.setPostedIn(first.id, '81384788765712999');
      expect(await claim(first.id)).toBe('claimed');
      expect(await claim(second.id)).toBe('claimed');
      await storage.quizPosts.markShared(first.id, T0);
      expect([await storage.quizPosts.isShared(first.id), await storage.quizPosts.isShared(second.id)]).toEqual([true, false]);
      expect(await storage.quizPosts.postedIn(first.id)).toBe('81384788765712999');
      expect(await storage.quizPosts.postedIn(second.id)).toBeUndefined();
    });

    it('keeps a thread and a share recorded through a claim on the same quiz together', async () => {
      const done = await complete();
      expect(await claim(done.id)).toBe('claimed');
      await storage.quizPosts.setPostedIn(done.id, '81384788765712999');
      expect(await claim(done.id, T0 + 1)).toBe('in-progress');
      await storage.quizPosts.markShared(done.id, T0 + 2);
      expect(await storage.quizPosts.postedIn(done.id)).toBe('81384788765712999');
      expect(await storage.quizPosts.isShared(done.id)).toBe(true);
    });
  });

  describe('AnswerPosts', () => {
    const post = (question: string, answer: string, at = T0, version = T0 - 5): AnswerPost => ({
      question,
      channel: '81384788765712385',
      answer,
      version,
      at,
    });

    it('gives back the answer kept for a question, the last one saved, and nothing for another question', async () => {
      expect(await storage.answerPosts.answerTo('900')).toBeUndefined();
      await storage.answerPosts.save(post('900', '901'));
      expect(await storage.answerPosts.answerTo('900')).toEqual(post('900', '901'));
      await storage.answerPosts.save(post('900', '901', T0 + 60_000, T0 + 30_000));
      expect(await storage.answerPosts.answerTo('900')).toEqual(post('900', '901', T0 + 60_000, T0 + 30_000));
      expect(await storage.answerPosts.answerTo('901')).toBeUndefined();
    });

    it('takes the answers of deleted questions once: what was kept comes back, and is gone after', async () => {
      await storage.answerPosts.save(post('900', '901'));
      await storage.answerPosts.save(post('910', '911'));
      await storage.answerPosts.save(post('920', '921'));
      expect(await storage.answerPosts.take(['900', '905', '920'])).toEqual([post('900', '901'), post('920', '921')]);
      expect(await storage.answerPosts.take(['900'])).toEqual([]);
      expect(await storage.answerPosts.answerTo('900')).toBeUndefined();
      expect(await storage.answerPosts.answerTo('910')).toEqual(post('910', '911'));
    });

    it('expires the posts saved before the cutoff, counting them', async () => {
      await storage.answerPosts.save(post('900', '901', T0));
      await storage.answerPosts.save(post('910', '911', T0 + 10));
      expect(await storage.answerPosts.expire(T0)).toBe(0);
      expect(await storage.answerPosts.expire(T0 + 1)).toBe(1);
      expect(await storage.answerPosts.answerTo('900')).toBeUndefined();
      expect(await storage.answerPosts.answerTo('910')).toEqual(post('910', '911', T0 + 10));
    });
  });

  describe('CooldownRepository', () => {
    const twoAMinute = { limit: 2, windowMs: 60_000 };
    const at = (seconds: number) => T0 + seconds * 1000;

    it('answers up to the limit, warns once with the seconds left, then stays quiet until the window passes', async () => {
      expect(await storage.cooldowns.count(alice, at(0), twoAMinute)).toEqual({ kind: 'go' });
      expect(await storage.cooldowns.count(alice, at(10), twoAMinute)).toEqual({ kind: 'go' });
      expect(await storage.cooldowns.count(alice, at(10), twoAMinute)).toEqual({ kind: 'warn', seconds: 50 });
      expect(await storage.cooldowns.count(alice, at(30), twoAMinute)).toEqual({ kind: 'quiet' });
      expect(await storage.cooldowns.count(alice, at(59.5), twoAMinute)).toEqual({ kind: 'quiet' });
      expect(await storage.cooldowns.count(alice, at(61), twoAMinute)).toEqual({ kind: 'go' });
    });

    it('keeps each person to their own allowance', async () => {
      await storage.cooldowns.count(alice, at(0), twoAMinute);
      await storage.cooldowns.count(alice, at(0), twoAMinute);
      expect(await storage.cooldowns.count(alice, at(1), twoAMinute)).toEqual({ kind: 'warn', seconds: 59 });
      expect(await storage.cooldowns.count(bob, at(1), twoAMinute)).toEqual({ kind: 'go' });
    });

    it('slides: each answer leaves the window a window after it was given, and the warning comes again after an answer', async () => {
      await storage.cooldowns.count(alice, at(0), twoAMinute);
      await storage.cooldowns.count(alice, at(30), twoAMinute);
      expect(await storage.cooldowns.count(alice, at(40), twoAMinute)).toEqual({ kind: 'warn', seconds: 20 });
      // The first answer has left the window, the second has not: room for one more, then a fresh warning.
      expect(await storage.cooldowns.count(alice, at(60), twoAMinute)).toEqual({ kind: 'go' });
      expect(await storage.cooldowns.count(alice, at(61), twoAMinute)).toEqual({ kind: 'warn', seconds: 29 });
      expect(await storage.cooldowns.count(alice, at(62), twoAMinute)).toEqual({ kind: 'quiet' });
    });

    it('never says less than a second to wait', async () => {
      const once = { limit: 1, windowMs: 1000 };
      await storage.cooldowns.count(alice, at(0), once);
      expect(await storage.cooldowns.count(alice, at(0.9999), once)).toEqual({ kind: 'warn', seconds: 1 });
    });

    it('expires the windows that have passed, counting them; a person whose window passed starts afresh', async () => {
      await storage.cooldowns.count(alice, at(0), twoAMinute);
      await storage.cooldowns.count(alice, at(0), twoAMinute);
      await storage.cooldowns.count(alice, at(0), twoAMinute); // warned
      await storage.cooldowns.count(bob, at(30), twoAMinute);
      expect(await storage.cooldowns.expire(at(59))).toBe(0);
      expect(await storage.cooldowns.expire(at(60))).toBe(1);
      expect(await storage.cooldowns.count(alice, at(60), twoAMinute)).toEqual({ kind: 'go' });
      expect(await storage.cooldowns.count(bob, at(31), twoAMinute)).toEqual({ kind: 'go' });
      expect(await storage.cooldowns.count(bob, at(32), twoAMinute)).toEqual({ kind: 'warn', seconds: 58 });
      expect(await storage.cooldowns.expire(at(200))).toBe(2);
    });

    it('refuses a limit below one, changing nothing', async () => {
      await expect(storage.cooldowns.count(alice, at(0), { limit: 0, windowMs: 60_000 })).rejects.toThrow(
        /limit must be a whole number from 1/,
      );
      expect(await storage.cooldowns.expire(at(1000))).toBe(0);
    });
  });

  // What the ports' docstrings do not spell out but SQLite does and the in-memory fake copies; a new backend
  // should too (or the docstrings should say otherwise).
  describe('behaviour the ports leave unsaid, kept by every backend', () => {
    it('refuses to store a quiz whose answers do not match its step, changing nothing', async () => {
      await expect(
        storage.quizzes.createOrGetActive(newQuiz(alice, consolePlace, T0, { status: 'active', step: 2, answers: ['models'] })),
      ).rejects.toThrow();
      expect(await storage.quizzes.findActive(alice, consolePlace.key)).toBeUndefined();
      const quiz = await start();
      await expect(storage.quizzes.save(quiz.id, 1, { status: 'active', step: 0, answers: ['models'] }, T0 + 1)).rejects.toThrow();
      await expect(storage.quizzes.save(quiz.id, 1, { status: 'completed', answers: [] }, T0 + 1)).rejects.toThrow();
      expect(await storage.quizzes.get(quiz.id)).toEqual(quiz);
      expect(await storage.users.describe(alice)).toEqual({ ...nothing, quizzes: 1 });
    });

    it('refuses to record a thread for a quiz that does not exist', async () => {
      const quiz = await start();
      await expect(storage.quizPosts.setPostedIn(quiz.id + 1000, '81384788765712999')).rejects.toThrow();
      expect(await storage.quizPosts.postedIn(quiz.id + 1000)).toBeUndefined();
    });

    it('replaces the stored result on every save: a save without one removes it', async () => {
      const done = await complete();
      await storage.quizzes.save(done.id, done.version, { status: 'completed', answers: finished }, T0 + 2, {
        outcome: 'de',
        counts: { mle: 0, de: 5, both: 0 },
      });
      expect((await storage.activity.report(10)).outcomes).toEqual([{ outcome: 'de', count: 1 }]);
      await storage.quizzes.save(done.id, done.version + 1, { status: 'completed', answers: finished }, T0 + 3);
      expect((await storage.activity.report(10)).outcomes).toEqual([]);
    });

    it('refuses a conversation or profile that could not be read back, with a StorageError naming it, changing nothing', async () => {
      await storage.conversations.save(conversation('console:alice'));
      await storage.conversations.saveProfile(profile());
      const badRole = conversation('console:alice', alice, T0 + 1);
      (badRole.turns[0]!.slots.roles as string[]).push('pm');
      await expect(storage.conversations.save(badRole)).rejects.toThrow(StorageError);
      await expect(storage.conversations.save(badRole)).rejects.toThrow(/conversation "console:alice" cannot be stored/);
      await expect(storage.conversations.save({ ...conversation('console:alice'), updatedAt: T0 + 0.5 })).rejects.toThrow(StorageError);
      await expect(storage.conversations.save(conversation('console:new', alice, Number.NaN))).rejects.toThrow(StorageError);
      await expect(storage.conversations.saveProfile({ ...profile(), years: Number.NaN })).rejects.toThrow(
        /the profile of console:alice cannot be stored/,
      );
      await expect(storage.conversations.saveProfile({ ...profile(), quizOutcome: 'undecided' as never })).rejects.toThrow(StorageError);
      expect(await storage.conversations.get('console:alice')).toEqual(conversation('console:alice'));
      expect(await storage.conversations.get('console:new')).toBeUndefined();
      expect(await storage.conversations.profile(alice)).toEqual(profile());
    });

    it('keeps the community a channel was first stored with when its switch is set again', async () => {
      await storage.answerChannels.set({ communityId: 'first', channelId: '100', on: true, updatedAt: T0 });
      await storage.answerChannels.set({ communityId: 'second', channelId: '100', on: false, updatedAt: T0 + 1 });
      expect(await storage.answerChannels.get('100')).toEqual({ communityId: 'first', channelId: '100', on: false, updatedAt: T0 + 1 });
      expect(await storage.answerChannels.inCommunity('second')).toEqual([]);
    });
  });
});

const databaseFor = new Map<string, Promise<{ url: string }>>();
/** A database of its own for each test's folder: empty when first opened, the same one when opened again. */
const databaseOf = (dir: string) => {
  if (!databaseFor.has(dir)) databaseFor.set(dir, createDatabase());
  return databaseFor.get(dir)!;
};

/** Backends that keep what they store: how to open one at a place (a file here; a server database's URL). */
const persistent: [name: string, open: (dir: string) => Storage | Promise<Storage>][] = [
  ['SQLite', (dir) => openStorage(join(dir, 'contract.sqlite'))],
  ['PostgreSQL', async (dir) => openPostgresStorage((await databaseOf(dir)).url)],
];

describe.each(persistent)('what is stored survives closing and opening again (%s)', (_name, open) => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'careerbot-contract-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps quizzes with their answers and versions, posts, declined questions, votes, answer channels, conversations, profiles and answer posts', async () => {
    const first = await open(dir);
    const { quiz } = await first.quizzes.createOrGetActive({
      owner: alice,
      ownerName: 'alice',
      place: channel,
      state: { status: 'active', step: 0, answers: [] },
      now: T0,
    });
    const saved = (await first.quizzes.save(quiz.id, 1, { status: 'completed', answers: finished }, T0 + 1, {
      outcome: 'mle',
      counts: { mle: 5, de: 0, both: 0 },
    }))!;
    await first.quizPosts.setPostedIn(quiz.id, '81384788765712999');
    expect(await first.quizPosts.claimShare(quiz.id, T0, shareLeaseMs)).toBe('claimed');
    await first.quizPosts.markShared(quiz.id, T0);
    await first.activity.recordDeclined({ user: alice, place: channel.key, question: 'how do I bake sourdough?', now: T0 });
    await first.activity.recordFeedback({ user: alice, kind: 'answer', subject: 'pay', vote: 1, now: T0 });
    await first.answerChannels.set({ communityId: '81384788765712384', channelId: '81384788765712385', on: true, updatedAt: T0 });
    await first.conversations.save(conversation('discord:80351110224678912@81384788765712385'));
    await first.conversations.saveProfile(profile());
    const answerPost = { question: '900', channel: '81384788765712385', answer: '901', version: T0 - 5, at: T0 };
    await first.answerPosts.save(answerPost);
    const report = await first.activity.report(10);
    await first.close();

    const again = await open(dir);
    try {
      expect(await again.quizzes.get(quiz.id)).toEqual(saved);
      expect(await again.quizPosts.postedIn(quiz.id)).toBe('81384788765712999');
      expect(await again.quizPosts.isShared(quiz.id)).toBe(true);
      expect(await again.activity.report(10)).toEqual(report);
      expect(await again.answerChannels.get('81384788765712385')).toMatchObject({ on: true, communityId: '81384788765712384' });
      expect(await again.conversations.get('discord:80351110224678912@81384788765712385')).toEqual(
        conversation('discord:80351110224678912@81384788765712385'),
      );
      expect(await again.conversations.profile(alice)).toEqual(profile());
      expect(await again.answerPosts.answerTo('900')).toEqual(answerPost);
      expect(await again.users.describe(alice)).toEqual({ quizzes: 1, answers: 5, declinedQuestions: 1, feedback: 1, conversations: 2 });
    } finally {
      await again.close();
    }
  });
});

/**
 * Backends several processes of the bot can share (one per shard, on one machine or several): how to open one
 * more storage over the same data, as another process would (a second connection to one file here; a server
 * database's URL), given a place for it.
 */
const shared: [name: string, opener: (dir: string) => () => Storage | Promise<Storage>][] = [
  ['SQLite, one file', (dir) => () => openStorage(join(dir, 'shared.sqlite'))],
  ['PostgreSQL, one database', (dir) => async () => openPostgresStorage((await databaseOf(dir)).url)],
  [
    'in memory, one database',
    () => {
      const db = new InMemoryDatabase();
      return () => openInMemoryStorage(db);
    },
  ],
];

describe.each(shared)('two storages over the same data, as two processes of the bot (%s)', (_name, opener) => {
  let dir: string;
  let first: Storage;
  let second: Storage;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'careerbot-shared-'));
    const open = opener(dir);
    first = await open();
    second = await open();
  });
  afterEach(async () => {
    await first.close();
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('share one allowance: answers counted through either count toward the same limit, and one warning is given', async () => {
    const fourAMinute = { limit: 4, windowMs: 60_000 };
    const verdicts = [];
    for (const [n, storage] of [first, second, first, second, first, second, second].entries())
      verdicts.push(await storage.cooldowns.count(alice, T0 + n * 1000, fourAMinute));
    expect(verdicts).toEqual([
      { kind: 'go' },
      { kind: 'go' },
      { kind: 'go' },
      { kind: 'go' },
      { kind: 'warn', seconds: 56 },
      { kind: 'quiet' },
      { kind: 'quiet' },
    ]);
    // A window expired through one is gone for the other.
    expect(await second.cooldowns.expire(T0 + 63_001)).toBe(1);
    expect(await first.cooldowns.count(alice, T0 + 63_001, fourAMinute)).toEqual({ kind: 'go' });
  });

  it('read what the other wrote at once: an answer-channel switch, a conversation and a profile are not kept per storage', async () => {
    const channelId = '81384788765712385';
    const key = 'discord:80351110224678912@81384788765712385';
    // Read first through the second, so any copy it kept would now be stale.
    expect(await second.answerChannels.get(channelId)).toBeUndefined();
    expect(await second.conversations.get(key)).toBeUndefined();
    expect(await second.conversations.profile(alice)).toBeUndefined();
    await first.answerChannels.set({ communityId: '81384788765712384', channelId, on: true, updatedAt: T0 });
    await first.conversations.save(conversation(key));
    await first.conversations.saveProfile(profile());
    expect(await second.answerChannels.get(channelId)).toMatchObject({ on: true });
    expect(await second.conversations.get(key)).toEqual(conversation(key));
    expect(await second.conversations.profile(alice)).toEqual(profile());
    await second.answerChannels.set({ communityId: '81384788765712384', channelId, on: false, updatedAt: T0 + 1 });
    expect(await first.answerChannels.get(channelId)).toMatchObject({ on: false });
  });
});
