/**
 * After answering: a question edited within CONVERSATION_MINUTES of being sent gets its answer revised in place
 * (or removed, when it no longer asks anything the bot would answer), a message edited into a question for the
 * bot (the mention added) is answered, and a deleted question takes its answer with it. What an edited message
 * gets is what it would get as a new message (src/discord/freeText.ts).
 */
import { forumPostOf } from './forumPosts.js';
import type { Message, PartialMessage, TextBasedChannel } from 'discord.js';
import type { AnswerPost } from '../posts/answerPosts.js';
import { linkAnswer } from './conversations.js';
import type { Cooldown } from '../cooldown/cooldown.js';
import type { HandlerDeps } from './deps.js';
import { isGone } from './errors.js';
import { postReply, replyTo } from './freeText.js';

/**
 * MESSAGE_UPDATE. Left alone: updates that are not the author's edit (a link preview or another embed arriving,
 * which leaves the edit time as it was), edits that leave the text as it was, messages sent longer ago than
 * CONVERSATION_MINUTES, and an edit already handled (the same update twice, or its preview after a restart).
 */
export async function onMessageEdited(
  before: Message | PartialMessage,
  after: Message | PartialMessage,
  deps: HandlerDeps,
  cooldown: Cooldown,
): Promise<void> {
  // Without its text and author (an update Discord sent in part, of a message not cached) there is nothing to read.
  if (after.partial || after.author.bot) return;
  const edited = after.editedTimestamp;
  if (edited === null || (!before.partial && before.content === after.content)) return;
  if (deps.clock.now() - after.createdTimestamp > deps.bot.conversationWindowMs()) return;
  const post = await deps.answerPosts.answerTo(after.id);
  if (post && edited <= post.version) return;
  const replacing = before.partial ? undefined : before.content;
  if (!post) {
    // Never answered: it is now if a new message saying this would be (the mention added, a remark made a question).
    const reply = await replyTo(after, deps, cooldown, replacing);
    if (reply) await postReply(after, reply, deps);
    return;
  }
  const reply = await replyTo(after, deps, undefined, replacing);
  if (reply?.kind !== 'answer') {
    // A forum post's first message edited to "solved, thanks" closes the question; it does not take it back, and
    // the answer stays with the post for whoever finds it later.
    if (after.channel.isThread() && after.id === after.channelId && (await forumPostOf(after as Message))) {
      await deps.answerPosts.take([after.id]);
      return;
    }
    await deleteAnswer(after.channel, post, deps);
    await deps.answerPosts.take([after.id]);
    return;
  }
  try {
    // An answer that was text (a decline) and is now an embed, or the other way round, must lose what it had.
    await after.channel.messages.edit(post.answer, { ...reply.message, content: reply.message.content ?? null });
  } catch (error) {
    // The answer was deleted meanwhile (by a moderator): nothing left to revise, and no new answer unasked.
    if (!isGone(error)) throw error;
    await deps.answerPosts.take([after.id]);
    return;
  }
  await deps.bot.recordDecline(reply.context, reply.answer);
  await deps.answerPosts.save({ ...post, version: reply.version, at: deps.clock.now() });
  await linkAnswer(deps, reply.conversation, post.answer);
}

/** MESSAGE_DELETE and MESSAGE_DELETE_BULK: the answers to the deleted questions go too. */
export async function onMessagesDeleted(ids: readonly string[], channel: TextBasedChannel, deps: HandlerDeps): Promise<void> {
  for (const post of await deps.answerPosts.take(ids)) await deleteAnswer(channel, post, deps);
}

/** Deletes an answer; one deleted already (by a moderator, or by another shard) is as good. */
async function deleteAnswer(channel: TextBasedChannel, post: AnswerPost, deps: HandlerDeps): Promise<void> {
  try {
    await channel.messages.delete(post.answer);
  } catch (error) {
    if (!isGone(error)) throw error;
    deps.log.debug('the answer to a deleted question was gone already', { question: post.question, answer: post.answer });
  }
}
