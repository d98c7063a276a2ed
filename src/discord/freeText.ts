/**
 * Questions typed in channels. The bot answers in DMs, wherever it is mentioned, and in answer channels;
 * elsewhere it stays out of the conversation. In an answer channel, or to a reply to one of its messages,
 * it only speaks when its sources have something (or to ask back what a follow-up means); mentioned, it
 * declines politely. Each person's messages in a channel are one conversation, and a reply to one of its
 * answers continues that answer's (src/discord/conversations.ts). In a forum, a new post is asked by its title
 * and first message, and only its author's later messages are taken up unmentioned (src/discord/forumPosts.ts).
 * Which message answers which question is kept (src/discord/answerLinks.ts), so an edited or deleted question
 * revises or deletes its answer (src/discord/questionEdits.ts). In the thread a quiz runs in, its owner's typed lines are the
 * quiz's first (src/discord/quizTyped.ts).
 */
import { asksAnything } from '../question/chat.js';
import type { Message } from 'discord.js';
import type { Answer } from '../answer/types.js';
import type { BotContext } from '../bot/careerBot.js';
import { discordText } from './text.js';
import type { HandlerDeps } from './deps.js';
import { keepAnswerPost } from './answerLinks.js';
import { messageContext } from './context.js';
import { answerConversation, answersSent, conversationKey, linkAnswer, sendingAnswer } from './conversations.js';
import type { Cooldown, CooldownVerdict } from '../cooldown/cooldown.js';
import { forumPostOf, postQuestion } from './forumPosts.js';
import { typedInQuizThread } from './quizTyped.js';
import { renderAnswer } from './render/answer.js';
import { type DiscordMessage, message as payload } from './render/message.js';

/** Why a message may be answered, if at all. */
export type Trigger = 'dm' | 'mention' | 'reply' | 'answer-channel';

/** What decides whether a message is for the bot. */
export interface MessageFacts {
  fromBot: boolean;
  fromWebhook: boolean;
  system: boolean;
  inDm: boolean;
  /** The text mentions the bot (`<@id>`) or its managed role (`<@&id>`), not only a reply's ping. */
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

/**
 * In an answer channel, only messages that read as questions are taken up; statements are chatter. What reads as a
 * question is the core's one reading ("wait whats the first one mean", "so which one then" too).
 */
export function looksLikeQuestion(text: string): boolean {
  return asksAnything(text.trim());
}

/** The message without mentions of the bot (and of its managed role, when it has one). */
export function withoutMentionOf(botId: string, content: string, roleId?: string): string {
  return (
    content
      .replace(new RegExp(`<@!?${botId}>${roleId ? `|<@&${roleId}>` : ''}`, 'g'), ' ')
      // (Its lines stay lines: a list of asks, one a line, is read item by item.)
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n[\s]*/g, '\n')
      .trim()
  );
}

/**
 * The role Discord made for the bot in the message's server (managed, tagged with the bot's id): the mention
 * picker offers it beside the bot, so people mention it meaning the bot.
 */
function myRoleId(msg: Message): string | undefined {
  const role = msg.guild?.roles.botRoleFor(msg.client.user);
  return role?.managed ? role.id : undefined;
}

/** The question a message asks, without the mentions of the bot. */
export function questionOf(msg: Message, content = msg.content): string {
  return withoutMentionOf(msg.client.user.id, content, myRoleId(msg));
}

/** What a message gets: an answer (a decline or a question asked back included), or a warning to slow down. */
export type FreeTextReply =
  | {
      kind: 'answer';
      answer: Answer;
      message: DiscordMessage;
      conversation: string;
      context: BotContext;
      /** The version of the question answered: when it was sent, or last edited (ms). */
      version: number;
    }
  | { kind: 'cooldown'; message: DiscordMessage };

/**
 * What the bot would reply to `msg`, or undefined for silence. Without a `cooldown` nothing is counted (an edit
 * revising an answer already shown sends no new message). `replacing`: the text before an edit, whose turn in the
 * conversation the edited question takes.
 */
export async function replyTo(
  msg: Message,
  deps: HandlerDeps,
  cooldown: Cooldown | undefined,
  replacing?: string,
): Promise<FreeTextReply | undefined> {
  const me = msg.client.user;
  // discord.js updates a cached message in place when it is edited: read it once, as it is now, before any await.
  const content = msg.content;
  const version = msg.editedTimestamp ?? msg.createdTimestamp;
  const roleId = myRoleId(msg);
  const post = await forumPostOf(msg);
  const channelId = post?.forumId ?? (msg.channel.isThread() ? (msg.channel.parentId ?? msg.channelId) : msg.channelId);
  // A post is its author's question: others talking in it are helping, not asking me.
  const postAuthor = !post || post.starter || post.ownerId === undefined || post.ownerId === msg.author.id;
  const trigger = triggerOf({
    fromBot: msg.author.bot || msg.author.id === me.id,
    fromWebhook: msg.webhookId !== null,
    system: msg.system,
    inDm: msg.guildId === null,
    // A direct mention, or of my own role: @everyone, @here and other roles are not questions to me.
    mentionsMe:
      (msg.mentions.users.has(me.id) && new RegExp(`<@!?${me.id}>`).test(content)) ||
      (roleId !== undefined && msg.mentions.roles.has(roleId) && content.includes(`<@&${roleId}>`)),
    repliesToMe: msg.mentions.repliedUser?.id === me.id,
    inAnswerChannel: msg.guildId !== null && postAuthor && (await deps.bot.answersFreeText(channelId)),
  });
  if (!trigger) return undefined;
  const said = questionOf(msg, content);
  const text = post?.starter ? postQuestion(post.title, said) : said;
  if (onlyToAnswer.has(trigger) && !text.split('\n').some(looksLikeQuestion)) return undefined;
  const context = messageContext(msg);
  const conversation = conversationKey(msg.author.id, msg.channelId);
  // A reply to one of my messages is about that answer, whoever asked it (mentioned or not).
  const repliedTo = msg.mentions.repliedUser?.id === me.id ? msg.reference?.messageId : undefined;
  if (repliedTo) await answersSent(msg.channelId);
  const answer = await deps.bot.ask(context, text, {
    recordDecline: false,
    conversation,
    ...(repliedTo ? { continues: answerConversation(repliedTo) } : {}),
    ...(replacing !== undefined ? { replacing: questionOf(msg, replacing) } : {}),
  });
  // Silence costs nothing: only a message that would get a reply counts toward the cooldown. A question asked
  // back is not a decline: the person is waiting for an answer.
  if (!answer.answered && !answer.clarify && onlyToAnswer.has(trigger)) return undefined;
  // Counted in storage, as the person stored elsewhere (discord:<id>): one allowance whichever shard their messages reach.
  const verdict: CooldownVerdict = cooldown ? await cooldown.check(context.actor.id) : { kind: 'go' };
  if (verdict.kind === 'quiet') return undefined;
  if (verdict.kind === 'warn') return { kind: 'cooldown', message: payload({ content: discordText.cooldown(verdict.seconds) }) };
  const message = renderAnswer(answer, { user: msg.author.id, channel: msg.channelId });
  return { kind: 'answer', answer, message, conversation, context, version };
}

/**
 * Sends a reply to `msg`. A question deleted meanwhile (by its author, by AutoMod) does not lose its answer: the
 * reply then goes to the channel without its reference (`failIfNotExists: false`), once. An answer is kept as the
 * answer to `msg`, for its edits and its deletion.
 */
export async function postReply(msg: Message, reply: FreeTextReply, deps: HandlerDeps): Promise<void> {
  if (reply.kind === 'cooldown') {
    await msg.reply({ ...reply.message, failIfNotExists: false });
    return;
  }
  await deps.bot.recordDecline(reply.context, reply.answer);
  const sent = await sendingAnswer(msg.channelId, async () => {
    const sent = await msg.reply({ ...reply.message, failIfNotExists: false });
    await linkAnswer(deps, reply.conversation, sent.id);
    return sent;
  });
  await keepAnswerPost(deps, { question: msg.id, channel: msg.channelId, answer: sent.id, version: reply.version });
}

export async function onMessage(msg: Message, deps: HandlerDeps, cooldown: Cooldown): Promise<void> {
  // (A quiz's owner typing in its thread: "pipelines i guess", "go back", "stop" are the quiz's, not questions.)
  if (await typedInQuizThread(msg, deps, questionOf(msg))) return;
  const reply = await replyTo(msg, deps, cooldown);
  if (reply) await postReply(msg, reply, deps);
}
