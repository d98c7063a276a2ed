/**
 * Questions typed in channels. The bot answers in DMs, wherever it is mentioned, and in answer channels;
 * elsewhere it stays out of the conversation. In an answer channel, or to a reply to one of its messages,
 * it only speaks when its sources have something (or to ask back what a follow-up means); mentioned, it
 * declines politely. Each person's messages in a channel are one conversation, and a reply to one of its
 * answers continues that answer's (src/discord/conversations.ts). In a forum, a new post is asked by its title
 * and first message, and only its author's later messages are taken up unmentioned (src/discord/forumPosts.ts).
 */
import type { Message } from 'discord.js';
import { discordText } from './text.js';
import type { HandlerDeps } from './deps.js';
import { messageContext } from './context.js';
import { answerConversation, conversationKey, linkAnswer } from './conversations.js';
import type { Cooldown } from './cooldown.js';
import { forumPostOf, postQuestion } from './forumPosts.js';
import { renderAnswer } from './render/answer.js';
import { message as payload } from './render/message.js';

/** Why a message may be answered, if at all. */
export type Trigger = 'dm' | 'mention' | 'reply' | 'answer-channel';

/** What decides whether a message is for the bot. */
export interface MessageFacts {
  fromBot: boolean;
  fromWebhook: boolean;
  system: boolean;
  inDm: boolean;
  /** The text mentions the bot (`<@id>`), not only a reply's ping. */
  mentionsMe: boolean;
  /** A reply to one of the bot's messages (which pings it by default). */
  repliesToMe: boolean;
  inAnswerChannel: boolean;
}

export function triggerOf(facts: MessageFacts): Trigger | undefined {
  if (facts.fromBot || facts.fromWebhook || facts.system) return undefined;
  if (facts.inDm) return 'dm';
  if (facts.mentionsMe) return 'mention';
  if (facts.repliesToMe) return 'reply';
  if (facts.inAnswerChannel) return 'answer-channel';
  return undefined;
}

/** Triggers where the bot speaks only to answer a question, never to decline ("thanks!" gets no reply). */
const onlyToAnswer: ReadonlySet<Trigger> = new Set(['reply', 'answer-channel']);

const questionStart =
  /^(what|whats|what's|how|which|who|why|when|where|should|shall|is|are|am|do|does|did|can|could|would|will|was|were|has|have|tell|explain|compare|describe|list|give|any|anyone|recommend)\b/i;

/** In an answer channel, only messages that read as questions are taken up; statements are chatter. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.includes('?') || questionStart.test(trimmed);
}

/** The message without mentions of the bot. */
export function withoutMentionOf(botId: string, content: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function onMessage(msg: Message, deps: HandlerDeps, cooldown: Cooldown): Promise<void> {
  const me = msg.client.user;
  const post = await forumPostOf(msg);
  const channelId = post?.forumId ?? (msg.channel.isThread() ? (msg.channel.parentId ?? msg.channelId) : msg.channelId);
  // A post is its author's question: others talking in it are helping, not asking me.
  const postAuthor = !post || post.starter || post.ownerId === undefined || post.ownerId === msg.author.id;
  const trigger = triggerOf({
    fromBot: msg.author.bot || msg.author.id === me.id,
    fromWebhook: msg.webhookId !== null,
    system: msg.system,
    inDm: msg.guildId === null,
    // A direct mention only: @everyone, @here and role mentions are not questions to me.
    mentionsMe: msg.mentions.users.has(me.id) && new RegExp(`<@!?${me.id}>`).test(msg.content),
    repliesToMe: msg.mentions.repliedUser?.id === me.id,
    inAnswerChannel: msg.guildId !== null && postAuthor && (await deps.bot.answersFreeText(channelId)),
  });
  if (!trigger) return;
  const said = withoutMentionOf(me.id, msg.content);
  const text = post?.starter ? postQuestion(post.title, said) : said;
  if (onlyToAnswer.has(trigger) && !text.split('\n').some(looksLikeQuestion)) return;
  const context = messageContext(msg);
  const conversation = conversationKey(msg.author.id, msg.channelId);
  // A reply to one of my messages is about that answer, whoever asked it (mentioned or not).
  const repliedTo = msg.mentions.repliedUser?.id === me.id ? msg.reference?.messageId : undefined;
  const answer = await deps.bot.ask(context, text, {
    recordDecline: false,
    conversation,
    ...(repliedTo ? { continues: answerConversation(repliedTo) } : {}),
  });
  // Silence costs nothing: only a message that would get a reply counts toward the cooldown. A question asked
  // back is not a decline: the person is waiting for an answer.
  if (!answer.answered && !answer.clarify && onlyToAnswer.has(trigger)) return;
  const verdict = cooldown.check(msg.author.id);
  if (verdict.kind === 'quiet') return;
  if (verdict.kind === 'warn') {
    await msg.reply(payload({ content: discordText.cooldown(verdict.seconds) }));
    return;
  }
  await deps.bot.recordDecline(context, answer);
  const sent = await msg.reply(renderAnswer(answer, { user: msg.author.id, channel: msg.channelId }));
  await linkAnswer(deps, conversation, sent.id);
}
