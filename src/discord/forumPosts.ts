/**
 * Help forums: a forum (or media) channel where each question is a post, a thread of the forum opened by its
 * starter message, whose id is the post's. The post's title is often the question and its first message the
 * context, so the two are read together; the post's author's later messages in it continue that conversation.
 */
import { ChannelType, type Message } from 'discord.js';

/** The channels whose threads are posts: where /answers may be switched on, as for a text channel. */
export const forumChannelTypes = [ChannelType.GuildForum, ChannelType.GuildMedia] as const;

/** The post a message is in. */
export interface ForumPost {
  /** The forum (or media channel): its /answers switch covers every post. */
  forumId: string;
  /**
   * Who opened the post; undefined when discord.js never learnt it (it keeps a thread's owner from the first
   * event that names the thread, and a starter message that came first does not say).
   */
  ownerId: string | undefined;
  title: string;
  /** The message is the post's starter message (it opened the post). */
  starter: boolean;
}

/**
 * The forum post a message is in, or undefined when its channel is not a post (a text channel, a DM, a
 * thread of a text channel). A post's starter message can arrive before the post's THREAD_CREATE: discord.js
 * then knows the thread by id and type alone, without its forum or title, so it is fetched (GET
 * /channels/<thread>, which needs only View Channel). Rejects when that fetch fails.
 */
export async function forumPostOf(msg: Message): Promise<ForumPost | undefined> {
  const channel = msg.channel;
  if (!channel.isThread()) return undefined;
  const thread = channel.parentId === null ? await channel.fetch() : channel;
  const parentType = thread.parent?.type;
  if (!thread.parentId || parentType === undefined || !(forumChannelTypes as readonly ChannelType[]).includes(parentType)) return undefined;
  return { forumId: thread.parentId, ownerId: thread.ownerId ?? undefined, title: thread.name ?? '', starter: msg.id === thread.id };
}

const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What a new post asks: its title and its first message on two lines, so the question reader weighs each
 * sentence on its own (a title that asks leads; a message that only tells stays context). A message that
 * opens by repeating the title is taken alone; an empty message (no Message Content intent) leaves the title.
 */
export function postQuestion(title: string, message: string): string {
  const heading = title.trim();
  if (!heading || comparable(message).startsWith(comparable(heading))) return message;
  return message ? `${heading}\n${message}` : heading;
}
