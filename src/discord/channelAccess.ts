/**
 * Whether the bot can answer in a channel, checked when /answers switches it on, so a manager learns at once
 * that answering there needs a permission, not later from the bot's silence.
 */
import { type ChannelType, type Guild, PermissionFlagsBits } from 'discord.js';
import { forumChannelTypes } from './forumPosts.js';
import { discordText } from './text.js';

const P = PermissionFlagsBits;
const names = discordText.permissionNames;

/** Whether the channel is a forum (or media channel) of the guild, whose posts are the questions. */
export function isForum(guild: Guild | null, channelId: string): boolean {
  const type = guild?.channels.cache.get(channelId)?.type;
  return type !== undefined && (forumChannelTypes as readonly ChannelType[]).includes(type);
}

/**
 * The permissions, by Discord's names, the bot lacks to answer questions in a channel of the guild: to see
 * it, to post (in a forum, inside its posts: Send Messages in Threads), to show an answer (embeds) and to reply
 * to a question. Empty when it has them all, or when the channel or the bot's member is not known.
 */
export function missingToAnswer(guild: Guild | null, channelId: string): string[] {
  const channel = guild?.channels.cache.get(channelId);
  const me = guild?.members.me;
  if (!channel || !me) return [];
  const forum = isForum(guild, channelId);
  const needed: [string, bigint][] = [
    [names.viewChannel, P.ViewChannel],
    forum ? [names.sendMessagesInThreads, P.SendMessagesInThreads] : [names.sendMessages, P.SendMessages],
    [names.embedLinks, P.EmbedLinks],
    [names.readMessageHistory, P.ReadMessageHistory],
  ];
  const has = channel.permissionsFor(me);
  return needed.filter(([, flag]) => !has.has(flag)).map(([name]) => name);
}
