/**
 * The quiz as users meet it: start or continue, answer, go back, restart, quit. Applies the machine's
 * transitions to stored quizzes with the rules (one active quiz per user and place, only the owner
 * answers, idle quizzes expire, a stale answer changes nothing) and returns a complete view for adapters
 * to render: a question, or a result with its explanation.
 */
import type { QuizDefinition, QuizOption, QuizQuestion } from './definition.js';
import type { ResultExplanation } from './explain.js';
import { type QuizEvent, type QuizNotice, type QuizState, transition } from './machine.js';
import type { Clock, Place, QuizRepository, StoredQuiz } from './repository.js';
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
  place: Place;
}

/** The machine's notices plus the service's own rules. */
export type ServiceNotice = QuizNotice | 'expired-started-new' | 'not-owner' | 'not-found';

/** A result ready to show: the scores and the cited explanation. */
export type ResultView = { kind: 'result'; quiz: QuizRef; result: QuizResult; explanation: ResultExplanation; notices: ServiceNotice[] };

/** A question ready to show: its number (`step` from 0), the options and the option chosen before, if any. */
export type QuestionView = {
  kind: 'question';
  quiz: QuizRef;
  step: number;
  total: number;
  question: QuizQuestion;
  /** The questions before this one, in order: an answer typed to one of them is told apart from a question. */
  earlier: readonly QuizQuestion[];
  previous?: string;
  notices: ServiceNotice[];
};

/** Nothing moved: the notice says why (and `quiz` is what was clicked, when it still exists). */
export type NoticeView = { kind: 'notice'; quiz?: QuizRef; notice: ServiceNotice };

/** What to show after a quiz action. */
export type QuizView =
  | QuestionView
  | ResultView
  | NoticeView
  /**
   * An answer given on a copy of the quiz older than the one stored (the update after the last answer failed,
   * or an old message): nothing changed; `current` is where the quiz stands, and `stands` the answer already
   * stored for that question when it differs from the one given.
   */
  | { kind: 'behind'; quiz: QuizRef; current: QuestionView | ResultView | NoticeView; stands?: QuizOption };

/** Expiry, the clock it is measured by, and how results are explained. */
export interface QuizServiceOptions {
  /** Quizzes idle for longer than this expire (QUIZ_EXPIRY_HOURS), in milliseconds. */
  expiryMs: number;
  clock: Clock;
  /** The cited explanation of a result (explainResult over the loaded articles). */
  explain: (result: QuizResult) => ResultExplanation;
}

/** Notices that mean an answer came from an older state of the quiz than the one stored. */
const behindNotices = new Set<ServiceNotice>(['stale', 'already-finished', 'already-quit']);

/** Starts, continues and answers stored quizzes under the rules above. */
export class QuizService {
  constructor(
    readonly quiz: QuizDefinition,
    private readonly repository: QuizRepository,
    private readonly options: QuizServiceOptions,
  ) {}

  /** /quiz: continues the actor's active quiz in this place, or starts one. */
  async start(actor: Actor, place: Place): Promise<QuizView> {
    const now = this.options.clock.now();
    const notices: ServiceNotice[] = [];
    const existing = await this.repository.findActive(actor.id, place.key);
    if (existing && this.isIdle(existing, now)) {
      await this.expire(existing);
      notices.push('expired-started-new');
    } else if (existing) {
      return this.apply(existing, { type: 'start' }, now);
    }
    const { quiz, created } = await this.repository.createOrGetActive({
      owner: actor.id,
      ownerName: actor.name,
      place,
      state: { status: 'active', step: 0, answers: [] },
      now,
    });
    // Another process (a second shard, a second console) started it a moment ago: continue that one.
    if (!created) return this.apply(quiz, { type: 'start' }, now);
    return { ...this.questionOf(quiz, 0), notices };
  }

  /** The actor's running quiz in a place, at its current question, if any (expiring it if it sat idle too long). */
  async active(actor: Actor, place: Place): Promise<QuestionView | undefined> {
    const quiz = await this.repository.findActive(actor.id, place.key);
    if (quiz?.state.status !== 'active') return undefined;
    if (this.isIdle(quiz, this.options.clock.now())) {
      await this.expire(quiz);
      return undefined;
    }
    return { ...this.questionOf(quiz, quiz.state.step), notices: [] };
  }

  /**
   * Applies an event to quiz `id` for `actor`. `version`, when given, is the version the actor saw (a
   * button carries it): if the quiz has moved on since, nothing changes and the view says so. `shownVersion`
   * is the newest version the actor's copy of the quiz shows: an answer from a copy behind the stored quiz
   * gets a 'behind' view with where the quiz stands.
   */
  async act(actor: Actor, ref: { id: number; version?: number; shownVersion?: number }, event: QuizEvent): Promise<QuizView> {
    const stored = await this.repository.get(ref.id);
    if (!stored) return { kind: 'notice', notice: 'not-found' };
    if (stored.owner !== actor.id) return { kind: 'notice', quiz: refOf(stored), notice: 'not-owner' };
    const now = this.options.clock.now();
    if (stored.state.status === 'active' && this.isIdle(stored, now)) {
      await this.expire(stored);
      return { kind: 'notice', quiz: refOf(stored), notice: 'expired' };
    }
    if (stored.state.status !== 'active' && (event.type === 'start' || event.type === 'restart')) {
      // "Retake" on a finished quiz: a new quiz (or the one already running here), never this row revived.
      return this.start(actor, stored.place);
    }
    let view: QuizView;
    if (ref.version !== undefined && ref.version !== stored.version && stored.state.status === 'active') {
      view = { kind: 'notice', quiz: refOf(stored), notice: 'stale' };
    } else {
      view = await this.apply(stored, event, now);
    }
    if (event.type !== 'answer' || view.kind !== 'notice' || !view.quiz || !behindNotices.has(view.notice)) return view;
    if ((ref.shownVersion ?? Infinity) >= view.quiz.version) return view;
    // Read again: the notice may come from a save that landed between our read and our write.
    const latest = (await this.repository.get(ref.id)) ?? stored;
    const chosen = latest.state.answers[event.step];
    const stands = chosen !== event.option ? this.quiz.questions[event.step]?.options.find((o) => o.id === chosen) : undefined;
    return { kind: 'behind', quiz: refOf(latest), current: this.currentOf(latest), ...(stands ? { stands } : {}) };
  }

  /**
   * Where quiz `id` stands, changing nothing (not even expiry): its current question, its result, or why it
   * ended. A message drawn from an older state is brought level with this.
   */
  async current(actor: Actor, id: number): Promise<QuestionView | ResultView | NoticeView> {
    const stored = await this.repository.get(id);
    if (!stored) return { kind: 'notice', notice: 'not-found' };
    if (stored.owner !== actor.id) return { kind: 'notice', quiz: refOf(stored), notice: 'not-owner' };
    return this.currentOf(stored);
  }

  /** A finished quiz's result, for its owner (to share it); otherwise why not. */
  async finished(actor: Actor, id: number): Promise<ResultView | NoticeView> {
    const stored = await this.repository.get(id);
    if (!stored) return { kind: 'notice', notice: 'not-found' };
    if (stored.owner !== actor.id) return { kind: 'notice', quiz: refOf(stored), notice: 'not-owner' };
    const unfinished = { active: 'stale', abandoned: 'already-quit', expired: 'expired' } as const;
    if (stored.state.status !== 'completed') return { kind: 'notice', quiz: refOf(stored), notice: unfinished[stored.state.status] };
    return this.resultOf(stored, stored.state.answers, []);
  }

  /** Expires every active quiz idle past the limit; resolves to how many. */
  async expireIdle(): Promise<number> {
    const before = this.options.clock.now() - this.options.expiryMs;
    let expired = 0;
    for (const quiz of await this.repository.idleSince(before)) if (await this.expire(quiz)) expired += 1;
    return expired;
  }

  private currentOf(stored: StoredQuiz): QuestionView | ResultView | NoticeView {
    const { status } = stored.state;
    if (status === 'active') return { ...this.questionOf(stored, stored.state.step), notices: [] };
    if (status === 'completed') return this.resultOf(stored, stored.state.answers, []);
    return { kind: 'notice', quiz: refOf(stored), notice: status === 'abandoned' ? 'abandoned' : 'expired' };
  }

  private isIdle(quiz: StoredQuiz, now: number): boolean {
    return quiz.state.status === 'active' && now - quiz.updatedAt > this.options.expiryMs;
  }

  /** Marks a quiz expired; false when it changed meanwhile (then whoever changed it wins). */
  private async expire(quiz: StoredQuiz): Promise<boolean> {
    const next = transition(this.quiz, quiz.state, { type: 'expire' });
    return (await this.repository.save(quiz.id, quiz.version, persistable(next.state), this.options.clock.now())) !== undefined;
  }

  private async apply(stored: StoredQuiz, event: QuizEvent, now: number): Promise<QuizView> {
    const { state, effects } = transition(this.quiz, stored.state, event);
    const notices = effects.flatMap((e) => (e.type === 'notice' ? [e.notice] : []));
    let quiz = stored;
    const result = state !== stored.state && state.status === 'completed' ? scoreQuiz(this.quiz, state.answers) : undefined;
    if (state !== stored.state) {
      const saved = await this.repository.save(
        stored.id,
        stored.version,
        persistable(state),
        now,
        result && { outcome: result.outcome, counts: result.counts },
      );
      // Someone else's save landed between our read and our write: theirs stands, ours changes nothing.
      if (!saved) return { kind: 'notice', quiz: refOf((await this.repository.get(stored.id)) ?? stored), notice: 'stale' };
      quiz = saved;
    }
    for (const effect of effects) {
      if (effect.type === 'finish' && result)
        return { kind: 'result', quiz: refOf(quiz), result, explanation: this.options.explain(result), notices };
      if (effect.type === 'ask') return { ...this.questionOf(quiz, effect.step, effect.previous), notices };
    }
    return { kind: 'notice', quiz: refOf(quiz), notice: notices[0] ?? 'stale' };
  }

  private resultOf(stored: StoredQuiz, answers: string[], notices: ServiceNotice[]): ResultView {
    const result = scoreQuiz(this.quiz, answers);
    return { kind: 'result', quiz: refOf(stored), result, explanation: this.options.explain(result), notices };
  }

  private questionOf(quiz: StoredQuiz, step: number, previous?: string): Omit<QuestionView, 'notices'> {
    const question = this.quiz.questions[step]!;
    const earlier = this.quiz.questions.slice(0, step);
    return {
      kind: 'question',
      quiz: refOf(quiz),
      step,
      total: this.quiz.questions.length,
      question,
      earlier,
      ...(previous ? { previous } : {}),
    };
  }
}

/** Only a quiz that has started is stored; the machine never moves a started quiz back to idle. */
function persistable(state: QuizState): StoredQuiz['state'] {
  if (state.status === 'idle') throw new Error('quiz: an idle quiz is never stored');
  return state;
}

function refOf(quiz: StoredQuiz): QuizRef {
  return { id: quiz.id, version: quiz.version, owner: quiz.owner, ownerName: quiz.ownerName, place: quiz.place };
}
