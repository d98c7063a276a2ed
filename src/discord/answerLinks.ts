/**
 * Which message answers which question typed in a channel (the core's AnswerPosts port): kept when an answer is
 * sent, so that an edit of the question revises its answer and its deletion deletes it (src/discord/questionEdits.ts).
 */
import type { AnswerPost } from '../posts/answerPosts.js';
import type { HandlerDeps } from './deps.js';

/**
 * Keeps which message answers which question, and at which version of the question. The answer is shown by then:
 * if this fails, editing or deleting the question leaves the answer as it is, which is worth a warning, not an
 * apology.
 */
export async function keepAnswerPost(deps: HandlerDeps, post: Omit<AnswerPost, 'at'>): Promise<void> {
  try {
    await deps.answerPosts.save({ ...post, at: deps.clock.now() });
  } catch (error) {
    deps.log.warn('could not keep which message answers a question', { question: post.question, answer: post.answer, error });
  }
}
