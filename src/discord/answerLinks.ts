/**
 * Which message answers which question typed in a channel (the core's AnswerPosts port): kept when an answer is
 * sent, so that an edit of the question revises its answer and its deletion deletes it (src/discord/questionEdits.ts).
 */
import type { Message } from 'discord.js';
import type { HandlerDeps } from './deps.js';

/**
 * Keeps `answerId` as the answer to `question`, at the question's current version (its last edit, or when it was
 * sent). The answer is shown by then: if this fails, editing or deleting the question leaves the answer as it is,
 * which is worth a warning, not an apology.
 */
export async function keepAnswerPost(deps: HandlerDeps, question: Message, answerId: string): Promise<void> {
  try {
    await deps.answerPosts.save({
      question: question.id,
      channel: question.channelId,
      answer: answerId,
      version: question.editedTimestamp ?? question.createdTimestamp,
      at: deps.clock.now(),
    });
  } catch (error) {
    deps.log.warn('could not keep which message answers a question', { question: question.id, answer: answerId, error });
  }
}
