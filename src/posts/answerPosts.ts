/**
 * What a chat front end keeps about the answers it posted to questions typed in channels: which message
 * answers which question, so that deleting or editing the question can delete or revise its answer. The core
 * answers questions without knowing of messages; the Discord adapter uses this port, src/storage and src/memory
 * implement it. Ids are the front end's own, opaque here; nothing in a post names a person.
 */

/** One answer posted to one question. */
export interface AnswerPost {
  /** The question's message. */
  question: string;
  /** The channel both are in. */
  channel: string;
  /** The answer's message. */
  answer: string;
  /** Which version of the question it answers: when the question was sent, or last edited (ms since the epoch, the platform's time). */
  version: number;
  /** When the answer was posted or last revised (ms since the epoch, the bot's clock): posts expire by it. */
  at: number;
}

export interface AnswerPosts {
  /** Keeps the answer to `post.question`, replacing what was kept for that question. */
  save(post: AnswerPost): Promise<void>;
  /** The answer kept for a question, if any. */
  answerTo(question: string): Promise<AnswerPost | undefined>;
  /** Forgets the answers to these questions and resolves to what was forgotten (questions with none are skipped). */
  take(questions: readonly string[]): Promise<AnswerPost[]>;
  /** Forgets answers posted or revised before `before` (ms since the epoch); resolves to how many went. */
  expire(before: number): Promise<number>;
}

/** How long an answer follows its question: a question deleted within this takes its answer with it. */
export const answerPostDays = 7;
