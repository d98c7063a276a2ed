/**
 * The bot's handlers, shared by every front end: the console calls them for typed lines, the Discord
 * adapter for slash commands, buttons and messages. Each returns a value; front ends render it.
 */
import { type ActivityRepository, plainText, type UserData, type UserDataRepository, type Vote } from '../activity/repository.js';
import { answerQuestion } from '../answer/answer.js';
import type { Answer } from '../answer/types.js';
import type { AspectChoice, Comparisons } from '../compare/comparisons.js';
import type { QuizEvent } from '../quiz/machine.js';
import { explainResult, type ResultExplanation } from '../quiz/explain.js';
import { type Clock, placeKey, type QuizPlace } from '../quiz/repository.js';
import type { QuizResult } from '../quiz/scoring.js';
import type { Actor, QuizService, QuizView } from '../quiz/service.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';

/** Who is talking, and where. */
export interface BotContext {
  actor: Actor;
  place: QuizPlace;
}

/** /compare's reply: a comparison, or the aspects to choose from. */
export type CompareReply = AspectChoice;

/** One article, as /sources lists it. */
export interface SourceInfo {
  id: string;
  title: string;
  publisher?: string;
  summary: string;
  passages: number;
}

/** What a 👍 or 👎 is about. */
export interface RatingTarget {
  kind: 'answer' | 'compare';
  subject: string;
  passageId?: string;
}

/** The handlers: ask, compare, quiz, sources, ratings, forget-me. */
export class CareerBot {
  constructor(
    readonly kb: KnowledgeBase,
    readonly comparisons: Comparisons,
    readonly quizzes: QuizService,
    private readonly activity: ActivityRepository,
    private readonly users: UserDataRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * A free-text question: the cited answer, or a decline, remembered for the gaps report unless
   * `recordDecline` is false (a front end that may stay silent records the decline itself, once shown).
   */
  ask(context: BotContext, question: string, options: { recordDecline?: boolean } = {}): Answer {
    const answer = answerQuestion(this.kb, question, this.comparisons.aspects);
    if (options.recordDecline !== false) this.recordDecline(context, answer);
    return answer;
  }

  /** Remembers a question the sources could not answer (an empty one is not a gap). */
  recordDecline(context: BotContext, answer: Answer): void {
    if (answer.answered || answer.declineReason === 'empty') return;
    this.activity.recordDeclined({
      user: context.actor.id,
      place: placeKey(context.place),
      question: plainText(answer.question),
      now: this.clock.now(),
    });
  }

  /** /compare [aspect]: both roles side by side, or the aspects to pick from. */
  compare(input: string | undefined): CompareReply {
    return this.comparisons.choose(input);
  }

  startQuiz(context: BotContext): QuizView {
    return this.quizzes.start(context.actor, context.place);
  }

  quizEvent(context: BotContext, ref: { id: number; version?: number }, event: QuizEvent): QuizView {
    return this.quizzes.act(context.actor, ref, event);
  }

  /** The option a quiz's owner chose at question `step`, if answered. */
  quizAnswerAt(context: BotContext, quizId: number, step: number): ReturnType<QuizService['answerAt']> {
    return this.quizzes.answerAt(context.actor, quizId, step);
  }

  /** Where a quiz stands, for its owner, changing nothing. */
  currentQuiz(context: BotContext, quizId: number): QuizView {
    return this.quizzes.current(context.actor, quizId);
  }

  /** A finished quiz's result for its owner, to share. */
  finishedQuiz(context: BotContext, quizId: number): ReturnType<QuizService['finished']> {
    return this.quizzes.finished(context.actor, quizId);
  }

  /** The one sharing of a finished quiz's result (see QuizService.claimShare). */
  claimShare(context: BotContext, quizId: number): ReturnType<QuizService['claimShare']> {
    return this.quizzes.claimShare(context.actor, quizId);
  }

  markShared(quizId: number): void {
    this.quizzes.markShared(quizId);
  }

  releaseShare(quizId: number): void {
    this.quizzes.releaseShare(quizId);
  }

  /** Records the Discord thread a quiz runs in. */
  quizThread(quizId: number, threadId: string): void {
    this.quizzes.setThread(quizId, threadId);
  }

  explain(result: QuizResult): ResultExplanation {
    return explainResult(this.kb, this.quizzes.quiz, result);
  }

  sources(): SourceInfo[] {
    return this.kb.documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      ...(doc.publisher ? { publisher: doc.publisher } : {}),
      summary: doc.summary,
      passages: this.kb.passages.filter((p) => p.source === doc.id).length,
    }));
  }

  rate(actor: Actor, target: RatingTarget, vote: Vote): void {
    this.activity.recordFeedback({ user: actor.id, ...target, subject: plainText(target.subject), vote, now: this.clock.now() });
  }

  storedAbout(actor: Actor): UserData {
    return this.users.describe(actor.id);
  }

  /** /forget-me: deletes every quiz, answer, declined question and rating of the actor. */
  forget(actor: Actor): UserData {
    return this.users.forget(actor.id);
  }
}
