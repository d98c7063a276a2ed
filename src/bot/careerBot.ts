/**
 * The bot's façade, shared by every front end: the console calls it for typed lines, the Discord adapter for
 * slash commands, buttons and messages, the ask CLI for questions. Each call answers one user action with a
 * complete value (an answer, a comparison, a quiz step or a result with its explanation); front ends render it
 * and never reach behind it.
 */
import { type ActivityRepository, plainText, type UserData, type UserDataRepository, type Vote } from '../activity/repository.js';
import { answerQuestion } from '../answer/answer.js';
import type { Answer } from '../answer/types.js';
import { type Aspect, matchAspects } from '../compare/aspects.js';
import type { AspectChoice, Comparisons } from '../compare/comparisons.js';
import type { Comparison } from '../compare/types.js';
import { stepsFor } from '../quiz/explain.js';
import { whatIfLine } from './messages.js';
import type { QuizEvent } from '../quiz/machine.js';
import type { Passage } from '../knowledge/passages.js';
import type { Clock, Place } from '../quiz/repository.js';
import type { Actor, NoticeView, QuestionView, QuizService, QuizView, ResultView } from '../quiz/service.js';
import type { ConversationService } from '../conversation/service.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { AnswerChannels } from '../settings/answerChannels.js';

/** Who is talking, and where. */
export interface BotContext {
  actor: Actor;
  place: Place;
}

/** /compare's reply: a comparison, or the aspects to choose from. */
export type CompareReply = AspectChoice;

/** One article, as /sources lists it. */
export interface SourceInfo {
  id: string;
  title: string;
  publisher?: string;
  summary: string;
  /** When the article says it was last updated ("April 2026"), as it says it. */
  updated?: string;
  passages: number;
}

/** What a 👍 or 👎 is about. */
export interface RatingTarget {
  kind: 'answer' | 'compare';
  subject: string;
  passageId?: string;
}

/** An answer channel switched on or off, and where answering is now on in its community. */
export interface AnswerChannelsChange {
  channelId: string;
  on: boolean;
  /** The community's channels where the bot now answers without being mentioned. */
  nowOn: string[];
}

/** What the façade is built from (the composition root, src/bot/openBot.ts, wires them). */
export interface CareerBotParts {
  kb: KnowledgeBase;
  comparisons: Comparisons;
  quizzes: QuizService;
  activity: ActivityRepository;
  users: UserDataRepository;
  answerChannels: AnswerChannels;
  conversations: ConversationService;
  clock: Clock;
}

/** The façade: ask, compare, quiz, sources, ratings, forget-me. */
export class CareerBot {
  private readonly kb: KnowledgeBase;
  private readonly comparisons: Comparisons;
  private readonly quizzes: QuizService;
  private readonly activity: ActivityRepository;
  private readonly users: UserDataRepository;
  private readonly answerChannels: AnswerChannels;
  private readonly conversations: ConversationService;
  private readonly clock: Clock;

  constructor(parts: CareerBotParts) {
    this.kb = parts.kb;
    this.comparisons = parts.comparisons;
    this.quizzes = parts.quizzes;
    this.activity = parts.activity;
    this.users = parts.users;
    this.answerChannels = parts.answerChannels;
    this.conversations = parts.conversations;
    this.clock = parts.clock;
  }

  /**
   * A free-text question: the cited answer, or a decline, remembered for the gaps report unless
   * `recordDecline` is false (a front end that may stay silent records the decline itself, once shown).
   * With a `conversation` (the front end's key for it), a follow-up is resolved against the turn before it and
   * what the person said about themselves, and the turn is remembered; `continues` names the conversation of
   * the bot's answer a reply answers, whoever asked it. A follow-up that could mean two things is asked back
   * (`declineReason: 'unclear'`, `clarify`); `choose` answers the reading picked. `replacing`, for a question
   * edited after it was asked: the question as it was, whose turn the edited one takes when it is still the last.
   */
  async ask(
    context: BotContext,
    question: string,
    options: { recordDecline?: boolean; conversation?: string; continues?: string; replacing?: string } = {},
  ): Promise<Answer> {
    const answer = options.conversation
      ? await this.conversations.ask(context.actor.id, options.conversation, question, options.continues, options.replacing)
      : answerQuestion(this.kb, question, this.comparisons.aspects);
    if (options.recordDecline !== false) for (const asked of [answer, ...(answer.also ?? [])]) await this.recordDecline(context, asked);
    return answer;
  }

  /** The reading picked (0-based) for the question the bot asked back in a conversation; undefined when none is pending. */
  async choose(context: BotContext, conversation: string, index: number, asked?: number): Promise<Answer | undefined> {
    const answer = await this.conversations.choose(context.actor.id, conversation, index, asked);
    if (answer) await this.recordDecline(context, answer);
    return answer;
  }

  /** Keeps a conversation under another key too: a chat front end's key for the message that answered it. */
  linkConversation(conversation: string, alias: string): Promise<void> {
    return this.conversations.link(conversation, alias);
  }

  /** CONVERSATION_MINUTES in ms: how long a question stays part of its conversation (and may be revised by an edit). */
  conversationWindowMs(): number {
    return this.conversations.windowMs;
  }

  /** Deletes conversations and what people said about themselves once past their time; resolves to how many. */
  expireConversations(): Promise<number> {
    return this.conversations.expire();
  }

  /** Remembers a question the sources could not answer (an empty one is not a gap). */
  async recordDecline(context: BotContext, answer: Answer): Promise<void> {
    if (answer.answered || answer.declineReason === 'empty' || answer.declineReason === 'unclear' || answer.declineReason === 'statement')
      return;
    await this.activity.recordDeclined({
      user: context.actor.id,
      place: context.place.key,
      question: plainText(answer.question),
      now: this.clock.now(),
    });
  }

  /** /compare [aspect]: both roles side by side, or the aspects to pick from (worked out once per aspect). */
  compare(input: string | undefined): CompareReply {
    return this.comparisons.choose(input);
  }

  /**
   * A comparison shown to `context`'s person in `conversation`, kept as a turn of it, so "which of those is
   * faster?" next is answered from what it cited.
   */
  async rememberComparison(context: BotContext, conversation: string, comparison: Comparison): Promise<void> {
    const cited = [...comparison.dataEngineer, ...comparison.mlEngineer].map((point) => point.passageId);
    await this.conversations.comparisonShown(context.actor.id, conversation, comparison.aspect.label, cited);
  }

  /** The aspects whose names hold what has been typed so far (every aspect for nothing typed), for autocomplete. */
  aspects(typed = ''): readonly Aspect[] {
    return matchAspects(this.comparisons.aspects, typed);
  }

  /** Every passage the bot can quote, in a stable order (front ends refer to passages by position). */
  passages(): readonly Passage[] {
    return this.kb.passages;
  }

  /** /quiz: the actor's quiz here, continued, or a new one at question 1. */
  async startQuiz(context: BotContext): Promise<QuizView> {
    return this.remembered(context, await this.quizzes.start(context.actor, context.place));
  }

  /**
   * A move in a quiz (an answer, back, restart, quit), as its owner made it on a copy of the quiz showing
   * `shownVersion` (see QuizService.act): the next question, the result with its explanation, or why nothing moved.
   */
  async quizMove(
    context: BotContext,
    ref: { id: number; version?: number; shownVersion?: number },
    event: QuizEvent,
    /** The conversation the quiz is shown in: a result reached is a turn of it ("why?" next asks about it). */
    conversation?: string,
  ): Promise<QuizView> {
    return this.remembered(context, await this.quizzes.act(context.actor, ref, event), conversation);
  }

  /**
   * A result just reached is remembered, so later answers can build on it ("what should I learn first?", "why?");
   * its next steps are those for where its owner said they come from ("Coming from ML engineering" is no step for
   * a data analyst).
   */
  private async remembered(context: BotContext, view: QuizView, conversation?: string): Promise<QuizView> {
    if (view.kind !== 'result' || view.quiz.owner !== context.actor.id) return view;
    const whatWouldChange = view.explanation.whatIfs.map(whatIfLine).join(' ');
    const answers = view.result.pushes.map((push) => push.option.id);
    const background = await this.conversations.quizResult(context.actor.id, view.result.outcome, conversation, whatWouldChange, answers);
    return { ...view, explanation: { ...view.explanation, nextSteps: stepsFor(view.explanation.nextSteps, background) } };
  }

  /** The actor's running quiz here, at its current question, if any. */
  activeQuiz(context: BotContext): Promise<QuestionView | undefined> {
    return this.quizzes.active(context.actor, context.place);
  }

  /** A finished quiz's result with its explanation, for its owner (to share it); otherwise why not. */
  finishedQuiz(context: BotContext, quizId: number): Promise<ResultView | NoticeView> {
    return this.quizzes.finished(context.actor, quizId);
  }

  /** Expires every quiz idle past QUIZ_EXPIRY_HOURS; resolves to how many. */
  expireIdleQuizzes(): Promise<number> {
    return this.quizzes.expireIdle();
  }

  sources(): SourceInfo[] {
    return this.kb.documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      ...(doc.publisher ? { publisher: doc.publisher } : {}),
      summary: doc.summary,
      ...(doc.updated ? { updated: doc.updated } : {}),
      passages: this.kb.passages.filter((p) => p.source === doc.id).length,
    }));
  }

  async rate(actor: Actor, target: RatingTarget, vote: Vote): Promise<void> {
    await this.activity.recordFeedback({ user: actor.id, ...target, subject: plainText(target.subject), vote, now: this.clock.now() });
  }

  /** Whether free text is answered in a channel without a mention (its stored switch, else ANSWER_CHANNEL_IDS). */
  answersFreeText(channelId: string): Promise<boolean> {
    return this.answerChannels.isOn(channelId);
  }

  /** /answers: switches answering without a mention on or off in a channel of a community; stored, so it survives restarts. */
  async switchAnswering(
    community: { id: string; channelIds: readonly string[] },
    channelId: string,
    on: boolean,
  ): Promise<AnswerChannelsChange> {
    await this.answerChannels.set(community.id, channelId, on, this.clock.now());
    const channelIds = community.channelIds.includes(channelId) ? community.channelIds : [...community.channelIds, channelId];
    return { channelId, on, nowOn: await this.answerChannels.onIn(community.id, channelIds) };
  }

  storedAbout(actor: Actor): Promise<UserData> {
    return this.users.describe(actor.id);
  }

  /** /forget-me: deletes every quiz, answer, declined question, rating and remembered conversation of the actor. */
  forget(actor: Actor): Promise<UserData> {
    return this.users.forget(actor.id);
  }
}
