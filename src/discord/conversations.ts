/**
 * Conversations on Discord. One is one person in one channel (a thread or a DM is a channel of its own), so
 * two people talking in one channel keep their own contexts; the core keeps it for CONVERSATION_MINUTES. A
 * reply to one of the bot's answers continues the conversation of that answer, whoever replies: each answer
 * sent is kept under its message's key too. The core treats the keys as opaque.
 */
import type { HandlerDeps } from './deps.js';

/** The conversation of a person (their Discord user id) in a channel. */
export function conversationKey(userId: string, channelId: string): string {
  return `discord:${userId}@${channelId}`;
}

/** The conversation of one of the bot's answers, by the message that shows it. */
export function answerConversation(messageId: string): string {
  return `discord:answer:${messageId}`;
}

/** Who a question asked back is for and where: their conversation, which its buttons continue. */
export interface Asker {
  user: string;
  channel: string;
}

/**
 * Keeps the conversation an answer belongs to under the answer's message, so a reply to it continues it.
 * The answer is already shown by then: if this fails, a reply to it continues the replier's own conversation
 * instead, which is worth a warning, not an apology.
 */
export async function linkAnswer(deps: HandlerDeps, conversation: string, messageId: string): Promise<void> {
  try {
    await deps.bot.linkConversation(conversation, answerConversation(messageId));
  } catch (error) {
    deps.log.warn('could not keep the conversation of an answer', { message: messageId, error });
  }
}
