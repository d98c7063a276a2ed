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

/**
 * Answers being sent and kept under their message, by channel. A reply to one of them can reach the bot before its
 * link is stored (the gateway event may come before the REST response is done with), so a reply to the bot waits
 * for the answers in progress in its channel: a few milliseconds, and never for its own.
 */
const answering = new Map<string, Set<Promise<unknown>>>();

/** Runs `work` (sending an answer and linking it) as an answer in progress in `channelId`; resolves as it does. */
export async function sendingAnswer<T>(channelId: string, work: () => Promise<T>): Promise<T> {
  const running = work();
  const inChannel = answering.get(channelId) ?? new Set<Promise<unknown>>();
  answering.set(channelId, inChannel);
  inChannel.add(running);
  try {
    return await running;
  } finally {
    inChannel.delete(running);
    if (inChannel.size === 0) answering.delete(channelId);
  }
}

/** Resolves once the answers in progress in `channelId` are sent and linked (or have failed). */
export async function answersSent(channelId: string): Promise<void> {
  const inChannel = answering.get(channelId);
  if (inChannel) await Promise.allSettled([...inChannel]);
}
