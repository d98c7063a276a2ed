/**
 * Every storage port in memory, for tests about rules rather than storage. Each class implements one port
 * with SQLite's semantics (src/storage/), and test/storage-contract.test.ts runs the same tests against both:
 * a version check on every save, one active quiz per owner and place, reports grouped and ordered as the SQL
 * orders them, one vote per user, kind and subject, forget-me across every table, share claims with a lease,
 * conversations, profiles and cooldown windows kept as the JSON text SQLite keeps (checked on the way in and out
 * alike; the cooldowns' class is in inMemoryCooldowns.ts).
 *
 * Like a database, nothing handed in or out is shared: a quiz passed to `save` is copied, and a quiz returned
 * is a copy, so a caller mutating it changes nothing stored. Like better-sqlite3, every call does all its work
 * before it returns its promise (nothing awaits inside), so each call is atomic, and a call that fails (a
 * second active quiz, an inconsistent state, a post for a quiz that does not exist) rejects and changes nothing.
 *
 * Deliberately the same as SQLite where the ports say nothing: a quiz id is never given out twice (SQLite's
 * AUTOINCREMENT), other ids are one more than the largest stored (rowids); /answers' `set` keeps the
 * community a channel was first stored with; `markShared` without a claim or a thread recorded does nothing.
 */
import {
  type ActivityReport,
  type ActivityRepository,
  type DeclinedQuestion,
  type Feedback,
  normalizeQuestion,
  type UserData,
  type UserDataRepository,
} from '../activity/repository.js';
import {
  conversationFromStore,
  conversationJson,
  conversationToStore,
  profileFromStore,
  profileJson,
  profileToStore,
} from '../conversation/stored.js';
import type { ConversationRepository, ConversationState, Profile } from '../conversation/types.js';
import type { AnswerPost, AnswerPosts } from '../posts/answerPosts.js';
import type { QuizPosts, ShareClaim } from '../posts/quizPosts.js';
import type { NewQuiz, QuizRepository, StoredQuiz, StoredResult } from '../quiz/repository.js';
import type { AnswerChannelRepository, AnswerChannelSetting } from '../settings/answerChannels.js';
import { StorageError } from '../ports/storage.js';
import type { Storage } from '../ports/storage.js';
import { InMemoryCooldownRepository } from './inMemoryCooldowns.js';

/** What SQLite keeps about where a quiz was posted (its quiz_posts row). */
interface PostRow {
  postedIn?: string;
  claimedAt?: number;
  sharedAt?: number;
}

interface DeclinedRow {
  id: number;
  user: string;
  place: string;
  question: string;
  normalized: string;
  askedAt: number;
}

type FeedbackRow = Required<Pick<Feedback, 'user' | 'kind' | 'subject' | 'vote' | 'now'>> & { passageId?: string };

/** A conversations row: its columns, and the rest as JSON text. */
interface ConversationRow {
  user: string;
  state: string;
  updatedAt: number;
}

/** A profiles row. */
interface ProfileRow {
  profile: string;
  updatedAt: number;
}

/**
 * Strings ordered as SQLite's default BINARY collation orders them (by UTF-8 bytes), which is not JavaScript's
 * order (by UTF-16 units) for characters past U+FFFF.
 */
export function binaryCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** SQL's LIMIT: a negative limit means none. */
const upTo = <T>(rows: T[], limit: number): T[] => (limit < 0 ? rows : rows.slice(0, limit));

const outcomes = new Set(['mle', 'de', 'hybrid']);
const statuses = new Set(['active', 'completed', 'abandoned', 'expired']);

/** The tables the repositories share: forget() spans them all, a share claim reads the quiz's status. */
export class InMemoryDatabase {
  readonly quizzes = new Map<number, StoredQuiz>();
  readonly results = new Map<number, StoredResult>();
  readonly posts = new Map<number, PostRow>();
  readonly declined: DeclinedRow[] = [];
  /** Keyed by user, kind and subject: one vote each. */
  readonly feedback = new Map<string, FeedbackRow>();
  readonly answerChannels = new Map<string, AnswerChannelSetting>();
  /** Keyed by the conversation's key. */
  readonly conversations = new Map<string, ConversationRow>();
  /** Keyed by user. */
  readonly profiles = new Map<string, ProfileRow>();
  /** Keyed by the question's message. */
  readonly answerPosts = new Map<string, AnswerPost>();
  /** Keyed by user: the window as JSON text, and when it has passed (ms). */
  readonly cooldowns = new Map<string, { state: string; expiresAt: number }>();

  /** Deletes a quiz with what hangs off it (SQLite's ON DELETE CASCADE): its answers, result and posts. */
  deleteQuiz(id: number): void {
    this.quizzes.delete(id);
    this.results.delete(id);
    this.posts.delete(id);
  }

  /** The last quiz id given out: ids are never given twice, even after the quiz is deleted. */
  lastQuizId = 0;

  /** The next rowid: one more than the largest stored. */
  nextId(rows: Iterable<number>): number {
    let max = 0;
    for (const id of rows) max = Math.max(max, id);
    return max + 1;
  }
}

/** A state as SQLite would store and read it back, or a StorageError as SQLite's read would throw. */
function storable(id: number, state: StoredQuiz['state']): StoredQuiz['state'] {
  const problem = (why: string) => new StorageError(`quiz ${id} is inconsistent: ${why}`);
  if (!statuses.has(state.status)) throw problem(`unknown status ${JSON.stringify(state.status)}`);
  if (!Array.isArray(state.answers) || !state.answers.every((a) => typeof a === 'string')) throw problem('answers must be strings');
  const answers = [...state.answers];
  if (state.status === 'completed') {
    if (answers.length === 0) throw problem('a completed quiz has at least one answer');
    return { status: 'completed', answers };
  }
  if (!Number.isInteger(state.step) || state.step < 0) throw problem('step must be a whole number from 0');
  if (answers.length !== state.step) throw problem('a quiz must have one answer per question before its current one');
  return { status: state.status, step: state.step, answers };
}

const copyQuiz = (quiz: StoredQuiz): StoredQuiz => structuredClone(quiz);

/** Quizzes in memory, with SQLite's version check and its one active quiz per owner and place. */
export class InMemoryQuizRepository implements QuizRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  async createOrGetActive(input: NewQuiz): Promise<{ quiz: StoredQuiz; created: boolean }> {
    const existing = this.active(input.owner, input.place.key);
    if (existing) return { quiz: copyQuiz(existing), created: false };
    this.db.lastQuizId += 1;
    const id = this.db.lastQuizId;
    // Stored as active whatever the status handed in, as SQLite's INSERT does.
    const state = storable(id, { status: 'active', step: input.state.step, answers: input.state.answers });
    const quiz: StoredQuiz = {
      id,
      owner: input.owner,
      ownerName: input.ownerName,
      place: { key: input.place.key, label: input.place.label },
      version: 1,
      state,
      createdAt: input.now,
      updatedAt: input.now,
    };
    this.db.quizzes.set(id, quiz);
    return { quiz: copyQuiz(quiz), created: true };
  }

  async get(id: number): Promise<StoredQuiz | undefined> {
    const quiz = this.db.quizzes.get(id);
    return quiz && copyQuiz(quiz);
  }

  async findActive(owner: string, placeKey: string): Promise<StoredQuiz | undefined> {
    const quiz = this.active(owner, placeKey);
    return quiz && copyQuiz(quiz);
  }

  async save(
    id: number,
    expectedVersion: number,
    state: StoredQuiz['state'],
    now: number,
    result?: StoredResult,
  ): Promise<StoredQuiz | undefined> {
    const stored = this.db.quizzes.get(id);
    if (!stored || stored.version !== expectedVersion) return undefined;
    if (state.status === 'active') {
      const other = this.active(stored.owner, stored.place.key);
      if (other && other.id !== id)
        throw new Error(`UNIQUE constraint failed: quiz ${other.id} is already active for ${stored.owner} at ${stored.place.key}`);
    }
    const next = storable(id, state);
    if (result && !outcomes.has(result.outcome)) throw new Error(`CHECK constraint failed: outcome ${JSON.stringify(result.outcome)}`);
    const saved: StoredQuiz = { ...stored, state: next, version: stored.version + 1, updatedAt: now };
    this.db.quizzes.set(id, saved);
    if (result) this.db.results.set(id, structuredClone(result));
    else this.db.results.delete(id);
    return copyQuiz(saved);
  }

  async idleSince(before: number): Promise<StoredQuiz[]> {
    return [...this.db.quizzes.values()]
      .filter((q) => q.state.status === 'active' && q.updatedAt < before)
      .sort((a, b) => a.updatedAt - b.updatedAt || a.id - b.id)
      .map(copyQuiz);
  }

  private active(owner: string, placeKey: string): StoredQuiz | undefined {
    for (const quiz of this.db.quizzes.values()) {
      if (quiz.owner === owner && quiz.place.key === placeKey && quiz.state.status === 'active') return quiz;
    }
    return undefined;
  }
}

const feedbackKey = (f: Pick<Feedback, 'user' | 'kind' | 'subject'>) => JSON.stringify([f.user, f.kind, f.subject]);

/** Counts per key, ordered as `ORDER BY count DESC, key` orders them. */
function countBy<K extends string>(keys: string[], name: K): ({ [P in K]: string } & { count: number })[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || binaryCompare(a, b))
    .map(([key, count]) => ({ [name]: key, count }) as { [P in K]: string } & { count: number });
}

/** Declined questions and feedback in memory, reported as SQLite's queries report them. */
export class InMemoryActivityRepository implements ActivityRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  async recordDeclined(input: DeclinedQuestion): Promise<void> {
    const id = this.db.nextId(this.db.declined.map((d) => d.id));
    this.db.declined.push({
      id,
      user: input.user,
      place: input.place,
      question: input.question,
      normalized: normalizeQuestion(input.question),
      askedAt: input.now,
    });
  }

  async recordFeedback(input: Feedback): Promise<void> {
    const row: FeedbackRow = { user: input.user, kind: input.kind, subject: input.subject, vote: input.vote, now: input.now };
    if (input.passageId !== undefined) row.passageId = input.passageId;
    // A Map keeps a replaced entry where it was, as an upsert keeps its row.
    this.db.feedback.set(feedbackKey(input), row);
  }

  async report(limit: number): Promise<ActivityReport> {
    const groups = new Map<string, { question: string; count: number; lastAsked: number; latest: DeclinedRow }>();
    for (const row of this.db.declined) {
      const group = groups.get(row.normalized);
      if (!group) {
        groups.set(row.normalized, { question: row.question, count: 1, lastAsked: row.askedAt, latest: row });
        continue;
      }
      group.count += 1;
      group.lastAsked = Math.max(group.lastAsked, row.askedAt);
      // The most recent wording stands for the group (ORDER BY asked_at DESC, id DESC).
      if (row.askedAt > group.latest.askedAt || (row.askedAt === group.latest.askedAt && row.id > group.latest.id)) {
        group.latest = row;
        group.question = row.question;
      }
    }
    const sortedGroups = [...groups].sort(([a, g], [b, h]) => h.count - g.count || h.lastAsked - g.lastAsked || binaryCompare(a, b));
    const declined = upTo(sortedGroups, limit).map(([, g]) => ({ question: g.question, count: g.count, lastAsked: g.lastAsked }));

    const votes = [...this.db.feedback.values()];
    const tally = <K>(key: (f: FeedbackRow) => K, id: (f: FeedbackRow) => string) => {
      const byKey = new Map<string, { key: K; up: number; down: number }>();
      for (const f of votes) {
        const entry = byKey.get(id(f)) ?? { key: key(f), up: 0, down: 0 };
        if (f.vote === 1) entry.up += 1;
        else entry.down += 1;
        byKey.set(id(f), entry);
      }
      return [...byKey.values()];
    };
    const feedback = tally(
      (f) => f.kind,
      (f) => f.kind,
    )
      .sort((a, b) => binaryCompare(a.key, b.key))
      .map(({ key, up, down }) => ({ kind: key, up, down }));
    const disliked = upTo(
      tally(
        (f) => ({ kind: f.kind, subject: f.subject }),
        (f) => JSON.stringify([f.kind, f.subject]),
      )
        .filter((e) => e.down > 0)
        .sort(
          (a, b) => b.down - a.down || a.up - b.up || binaryCompare(a.key.subject, b.key.subject) || binaryCompare(a.key.kind, b.key.kind),
        ),
      limit,
    ).map(({ key, up, down }) => ({ kind: key.kind, subject: key.subject, up, down }));

    return {
      declined,
      feedback,
      disliked,
      quizzes: countBy(
        [...this.db.quizzes.values()].map((q) => q.state.status),
        'status',
      ),
      outcomes: countBy(
        [...this.db.results.values()].map((r) => r.outcome),
        'outcome',
      ),
    };
  }
}

/** One user's data across every table, counted or deleted together. */
export class InMemoryUserDataRepository implements UserDataRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  async describe(user: string): Promise<UserData> {
    return this.count(user);
  }

  async forget(user: string): Promise<UserData> {
    const stored = this.count(user);
    for (const quiz of [...this.db.quizzes.values()]) if (quiz.owner === user) this.db.deleteQuiz(quiz.id);
    const kept = this.db.declined.filter((d) => d.user !== user);
    this.db.declined.splice(0, this.db.declined.length, ...kept);
    for (const [key, f] of [...this.db.feedback]) if (f.user === user) this.db.feedback.delete(key);
    for (const [key, c] of [...this.db.conversations]) if (c.user === user) this.db.conversations.delete(key);
    this.db.profiles.delete(user);
    return stored;
  }

  private count(user: string): UserData {
    const quizzes = [...this.db.quizzes.values()].filter((q) => q.owner === user);
    return {
      quizzes: quizzes.length,
      answers: quizzes.reduce((n, q) => n + q.state.answers.length, 0),
      declinedQuestions: this.db.declined.filter((d) => d.user === user).length,
      feedback: [...this.db.feedback.values()].filter((f) => f.user === user).length,
      conversations: [...this.db.conversations.values()].filter((c) => c.user === user).length + (this.db.profiles.has(user) ? 1 : 0),
    };
  }
}

/** /answers switches in memory, one per channel. */
export class InMemoryAnswerChannelRepository implements AnswerChannelRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  async get(channelId: string): Promise<AnswerChannelSetting | undefined> {
    const setting = this.db.answerChannels.get(channelId);
    return setting && { ...setting };
  }

  async set(setting: AnswerChannelSetting): Promise<void> {
    const stored = this.db.answerChannels.get(setting.channelId);
    // SQLite's upsert changes the switch and its time, not the community the channel was stored with.
    const communityId = stored?.communityId ?? setting.communityId;
    this.db.answerChannels.set(setting.channelId, {
      communityId,
      channelId: setting.channelId,
      on: setting.on,
      updatedAt: setting.updatedAt,
    });
  }

  async inCommunity(communityId: string): Promise<AnswerChannelSetting[]> {
    return [...this.db.answerChannels.values()]
      .filter((s) => s.communityId === communityId)
      .sort((a, b) => binaryCompare(a.channelId, b.channelId))
      .map((s) => ({ ...s }));
  }
}

/** Where each quiz was posted and the one sharing of its result, in memory, with SQLite's claim and lease. */
export class InMemoryQuizPosts implements QuizPosts {
  constructor(private readonly db: InMemoryDatabase) {}

  async postedIn(id: number): Promise<string | undefined> {
    return this.db.posts.get(id)?.postedIn;
  }

  async setPostedIn(id: number, threadId: string): Promise<void> {
    // quiz_posts.quiz_id references the quiz: SQLite refuses a post for a quiz that does not exist.
    if (!this.db.quizzes.has(id)) throw new Error(`FOREIGN KEY constraint failed: there is no quiz ${id}`);
    this.db.posts.set(id, { ...this.db.posts.get(id), postedIn: threadId });
  }

  async claimShare(id: number, now: number, leaseMs: number): Promise<ShareClaim> {
    const quiz = this.db.quizzes.get(id);
    if (quiz && !this.db.posts.has(id)) this.db.posts.set(id, {});
    const post = this.db.posts.get(id);
    if (!quiz || !post || quiz.state.status !== 'completed') return 'not-completed';
    if (post.sharedAt !== undefined) return 'shared';
    if (post.claimedAt !== undefined && post.claimedAt > now - leaseMs) return 'in-progress';
    post.claimedAt = now;
    return 'claimed';
  }

  async markShared(id: number, now: number): Promise<void> {
    const post = this.db.posts.get(id);
    if (!post) return;
    post.sharedAt = now;
    delete post.claimedAt;
  }

  async releaseShare(id: number): Promise<void> {
    const post = this.db.posts.get(id);
    if (post && post.sharedAt === undefined) delete post.claimedAt;
  }

  async isShared(id: number): Promise<boolean> {
    return this.db.posts.get(id)?.sharedAt !== undefined;
  }
}

/** Conversations and profiles in memory, stored as SQLite stores them: checked, then kept as JSON text. */
export class InMemoryConversationRepository implements ConversationRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  async get(key: string): Promise<ConversationState | undefined> {
    const row = this.db.conversations.get(key);
    return row && conversationFromStore({ key, user: row.user, updatedAt: row.updatedAt }, row.state);
  }

  async save(conversation: ConversationState): Promise<void> {
    const stored = conversationToStore(conversation);
    this.db.conversations.set(stored.key, { user: stored.user, state: conversationJson(stored), updatedAt: stored.updatedAt });
  }

  async profile(user: string): Promise<Profile | undefined> {
    const row = this.db.profiles.get(user);
    return row && profileFromStore({ user, updatedAt: row.updatedAt }, row.profile);
  }

  async saveProfile(profile: Profile): Promise<void> {
    const stored = profileToStore(profile);
    this.db.profiles.set(stored.user, { profile: profileJson(stored), updatedAt: stored.updatedAt });
  }

  async expire(conversationsBefore: number, profilesBefore: number): Promise<number> {
    let gone = 0;
    for (const [key, c] of [...this.db.conversations])
      if (c.updatedAt < conversationsBefore && this.db.conversations.delete(key)) gone += 1;
    for (const [user, p] of [...this.db.profiles]) if (p.updatedAt < profilesBefore && this.db.profiles.delete(user)) gone += 1;
    return gone;
  }
}

/** Which message answers which question, in memory: one post per question, as SQLite keeps them. */
export class InMemoryAnswerPosts implements AnswerPosts {
  constructor(private readonly db: InMemoryDatabase) {}

  async save(post: AnswerPost): Promise<void> {
    this.db.answerPosts.set(post.question, { ...post });
  }

  async answerTo(question: string): Promise<AnswerPost | undefined> {
    const post = this.db.answerPosts.get(question);
    return post && { ...post };
  }

  async take(questions: readonly string[]): Promise<AnswerPost[]> {
    return questions.flatMap((question) => {
      const post = this.db.answerPosts.get(question);
      if (!post) return [];
      this.db.answerPosts.delete(question);
      return [post];
    });
  }

  async expire(before: number): Promise<number> {
    let gone = 0;
    for (const [question, post] of [...this.db.answerPosts]) if (post.at < before && this.db.answerPosts.delete(question)) gone += 1;
    return gone;
  }
}

/**
 * Every port over one in-memory database: what openStorage(file) returns, without a file. close() does nothing.
 * Pass the `db` of another to get a second "connection" to the same data.
 */
export function openInMemoryStorage(db = new InMemoryDatabase()): Storage {
  return {
    quizzes: new InMemoryQuizRepository(db),
    activity: new InMemoryActivityRepository(db),
    users: new InMemoryUserDataRepository(db),
    answerChannels: new InMemoryAnswerChannelRepository(db),
    quizPosts: new InMemoryQuizPosts(db),
    answerPosts: new InMemoryAnswerPosts(db),
    conversations: new InMemoryConversationRepository(db),
    cooldowns: new InMemoryCooldownRepository(db),
    close: async () => {},
  };
}
