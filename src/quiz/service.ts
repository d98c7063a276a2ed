/**
 * The quiz as users meet it: start or continue, answer, go back, restart, quit. Applies the machine's
 * transitions to stored quizzes with the rules (one active quiz per user and place, only the owner
 * answers, idle quizzes expire, a stale answer changes nothing) and returns a view for adapters to render.
 */
import type { QuizDefinition, QuizQuestion } from './definition.js';
import { type QuizEvent, type QuizNotice, type QuizState, transition } from './machine.js';
import type { Clock, QuizPlace, QuizRepository, StoredQuiz } from './repository.js';
import { type QuizResult, scoreQuiz } from './scoring.js';

/** Who is acting: a namespaced id ("console:alice") and a name to show. */
export interface Actor {
  id: string;
  name: string;
}

/** What an adapter needs to address a quiz again (a button's custom id carries these). */
export interface QuizRef {
  id: number;
  version: number;
  owner: string;
  ownerName: string;
  place: QuizPlace;
  /** The Discord thread the quiz runs in, once one is opened. */
  threadId?: string;
  /** Its result was shared in its channel. */
  shared?: true;
}

/** The machine's notices plus the service's own rules. */
export type ServiceNotice = QuizNotice | 'expired-started-new' | 'not-owner' | 'not-found';

/** What to show after a quiz command: a question, a result, or only a notice. */
export type QuizView =
  | { kind: 'question'; quiz: QuizRef; step: number; total: number; question: QuizQuestion; previous?: string; notices: ServiceNotice[] }
  | { kind: 'result'; quiz: QuizRef; result: QuizResult; notices: ServiceNotice[] }
  /** Nothing moved: the notice says why (and `quiz` is what was clicked, when it still exists). */
  | { kind: 'notice'; quiz?: QuizRef; notice: ServiceNotice };

/** Longer than Discord's REST timeout with its retries: a claim this old belongs to a share that died. */
export const shareLeaseMs = 2 * 60_000;

/** Expiry and the clock it is measured by. */
export interface QuizServiceOptions {
  /** Quizzes idle for longer than this expire (QUIZ_EXPIRY_HOURS). */
  expiryMs: number;
  clock: Clock;
}

/** Starts, continues and answers stored quizzes under the rules above. */
export class QuizService {
  constructor(
    readonly quiz: QuizDefinition,
    private readonly repository: QuizRepository,
    private readonly options: QuizServiceOptions,
  ) {}

  /** /quiz: continues the actor's active quiz in this place, or starts one. */
  start(actor: Actor, place: QuizPlace): QuizView {
    const now = this.options.clock.now();
    const notices: ServiceNotice[] = [];
    const existing = this.repository.findActive(actor.id, place);
    if (existing && this.isIdle(existing, now)) {
      this.expire(existing);
      notices.push('expired-started-new');
    } else if (existing) {
      return this.apply(existing, { type: 'start' }, now);
    }
    const { quiz, created } = this.repository.createOrGetActive({
      owner: actor.id,
      ownerName: actor.name,
      place,
      state: { status: 'active', step: 0, answers: [] },
      now,
    });
    // Another process (a second shard, a second console) started it a moment ago: continue that one.
    if (!created) return this.apply(quiz, { type: 'start' }, now);
    return { ...this.viewOf(quiz, 0), notices };
  }

  /** The actor's running quiz in a place, if any (the console routes "2" or "back" to it). */
  active(actorId: string, place: QuizPlace): StoredQuiz | undefined {
    const quiz = this.repository.findActive(actorId, place);
    if (!quiz || !this.isIdle(quiz, this.options.clock.now())) return quiz;
    this.expire(quiz);
    return undefined;
  }

  /**
   * Applies an event to quiz `id` for `actor`. `version`, when given, is the version the actor saw (a
   * button carries it): if the quiz has moved on since, nothing changes and the view says so.
   */
  act(actor: Actor, ref: { id: number; version?: number }, event: QuizEvent): QuizView {
    const stored = this.repository.get(ref.id);
    if (!stored) return { kind: 'notice', notice: 'not-found' };
    if (stored.owner !== actor.id) return { kind: 'notice', quiz: refOf(stored), notice: 'not-owner' };
    const now = this.options.clock.now();
    if (stored.state.status === 'active' && this.isIdle(stored, now)) {
      this.expire(stored);
      return { kind: 'notice', quiz: refOf(stored), notice: 'expired' };
    }
    if (stored.state.status !== 'active' && (event.type === 'start' || event.type === 'restart')) {
      // "Retake" on a finished quiz: a new quiz (or the one already running here), never this row revived.
      return this.start(actor, stored.place);
    }
    if (ref.version !== undefined && ref.version !== stored.version && stored.state.status === 'active') {
      return { kind: 'notice', quiz: refOf(stored), notice: 'stale' };
    }
    return this.apply(stored, event, now);
  }

  /**
   * Where quiz `id` stands, changing nothing (not even expiry): its current question, its result, or why it
   * ended. A message drawn from an older state is brought level with this.
   */
  current(actor: Actor, id: number): QuizView {
    const stored = this.repository.get(id);
    if (!stored) return { kind: 'notice', notice: 'not-found' };
    if (stored.owner !== actor.id) return { kind: 'notice', quiz: refOf(stored), notice: 'not-owner' };
    const { status } = stored.state;
    if (status === 'active') return { ...this.viewOf(stored, stored.state.step), notices: [] };
    if (status === 'completed') return { kind: 'result', quiz: refOf(stored), result: scoreQuiz(this.quiz, stored.state.answers), notices: [] };
    return { kind: 'notice', quiz: refOf(stored), notice: status === 'abandoned' ? 'abandoned' : 'expired' };
  }

  /** The option its owner chose at question `step` of quiz `id`, if that question is answered. */
  answerAt(actor: Actor, id: number, step: number): QuizQuestion['options'][number] | undefined {
    const stored = this.repository.get(id);
    const option = stored?.owner === actor.id ? stored.state.answers[step] : undefined;
    return this.quiz.questions[step]?.options.find((o) => o.id === option);
  }

  /** A finished quiz's result, for its owner (to share it); otherwise why not. */
  finished(actor: Actor, id: number): { quiz: QuizRef; result: QuizResult } | { notice: ServiceNotice } {
    const stored = this.repository.get(id);
    if (!stored) return { notice: 'not-found' };
    if (stored.owner !== actor.id) return { notice: 'not-owner' };
    const unfinished = { active: 'stale', abandoned: 'already-quit', expired: 'expired' } as const;
    if (stored.state.status !== 'completed') return { notice: unfinished[stored.state.status] };
    return { quiz: refOf(stored), result: scoreQuiz(this.quiz, stored.state.answers) };
  }

  /**
   * Claims the one sharing of quiz `id`'s result for its owner, so two copies of the result (or two shards)
   * cannot both post it. A claim lasts `shareLeaseMs` unless marked shared or released: a process that died
   * while posting leaves the result shareable again after that.
   */
  claimShare(actor: Actor, id: number): 'claimed' | 'shared' | 'in-progress' | 'not-completed' {
    if (this.repository.get(id)?.owner !== actor.id) return 'not-completed';
    return this.repository.claimShare(id, this.options.clock.now(), shareLeaseMs);
  }

  markShared(id: number): void {
    this.repository.markShared(id, this.options.clock.now());
  }

  releaseShare(id: number): void {
    this.repository.releaseShare(id);
  }

  /** Records the thread a quiz runs in, so /quiz later continues it there. */
  setThread(id: number, threadId: string): void {
    this.repository.setThread(id, threadId);
  }

  /** Expires every active quiz idle past the limit; returns how many. */
  expireIdle(): number {
    const before = this.options.clock.now() - this.options.expiryMs;
    return this.repository.idleSince(before).filter((quiz) => this.expire(quiz)).length;
  }

  private isIdle(quiz: StoredQuiz, now: number): boolean {
    return quiz.state.status === 'active' && now - quiz.updatedAt > this.options.expiryMs;
  }

  /** Marks a quiz expired; false when it changed meanwhile (then whoever changed it wins). */
  private expire(quiz: StoredQuiz): boolean {
    const next = transition(this.quiz, quiz.state, { type: 'expire' });
    return this.repository.save(quiz.id, quiz.version, persistable(next.state), this.options.clock.now()) !== undefined;
  }

  private apply(stored: StoredQuiz, event: QuizEvent, now: number): QuizView {
    const { state, effects } = transition(this.quiz, stored.state, event);
    const notices = effects.flatMap((e) => (e.type === 'notice' ? [e.notice] : []));
    let quiz = stored;
    const result = state !== stored.state && state.status === 'completed' ? scoreQuiz(this.quiz, state.answers) : undefined;
    if (state !== stored.state) {
      const saved = this.repository.save(stored.id, stored.version, persistable(state), now, result && { outcome: result.outcome, counts: result.counts });
      // Someone else's save landed between our read and our write: theirs stands, ours changes nothing.
      if (!saved) return { kind: 'notice', quiz: refOf(this.repository.get(stored.id) ?? stored), notice: 'stale' };
      quiz = saved;
    }
    for (const effect of effects) {
      if (effect.type === 'finish' && result) return { kind: 'result', quiz: refOf(quiz), result, notices };
      if (effect.type === 'ask') return { ...this.viewOf(quiz, effect.step, effect.previous), notices };
    }
    return { kind: 'notice', quiz: refOf(quiz), notice: notices[0] ?? 'stale' };
  }

  private viewOf(quiz: StoredQuiz, step: number, previous?: string): Omit<Extract<QuizView, { kind: 'question' }>, 'notices'> {
    const question = this.quiz.questions[step]!;
    return { kind: 'question', quiz: refOf(quiz), step, total: this.quiz.questions.length, question, ...(previous ? { previous } : {}) };
  }
}

/** Only a quiz that has started is stored; the machine never moves a started quiz back to idle. */
function persistable(state: QuizState): StoredQuiz['state'] {
  if (state.status === 'idle') throw new Error('quiz: an idle quiz is never stored');
  return state;
}

function refOf(quiz: StoredQuiz): QuizRef {
  return {
    id: quiz.id,
    version: quiz.version,
    owner: quiz.owner,
    ownerName: quiz.ownerName,
    place: quiz.place,
    ...(quiz.threadId ? { threadId: quiz.threadId } : {}),
    ...(quiz.shared ? { shared: true as const } : {}),
  };
}
