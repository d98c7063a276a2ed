/**
 * /quiz on Discord: a thread named after the person, question 1 posted there, each click moving that
 * message on. Where a thread cannot be opened (a DM, missing permissions, a 403, or a user install where the
 * bot is not a member: another server, a group DM) the quiz runs in place, in the interaction's own reply,
 * which only the person sees and each click updates.
 */
import {
  ChannelType,
  type ChatInputCommandInteraction,
  type NewsChannel,
  PermissionFlagsBits,
  type TextChannel,
  type ThreadChannel,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import { discordText } from './text.js';
import type { QuestionView, QuizView } from '../quiz/service.js';
import type { HandlerDeps } from './deps.js';
import { isRefused, isServerError } from './errors.js';
import { clip, limits } from './limits.js';
import { message } from './render/message.js';
import { noticeText, renderQuestion, renderResult } from './render/quiz.js';
import { OneAtATime } from './oneAtATime.js';
import { botCanUseChannel } from './reach.js';

/** Finding or opening a quiz's thread, one at a time per quiz (a guild's events all reach one process). */
const threadOpening = new OneAtATime();

/** Permissions the bot needs to run a quiz in a thread. */
const threadPermissions = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.SendMessagesInThreads,
];

/** Shows /quiz's view, the reply already deferred (privately): opening a thread is two REST calls a rate limit can delay. */
export async function startQuiz(interaction: ChatInputCommandInteraction, view: QuizView, deps: HandlerDeps): Promise<void> {
  if (view.kind === 'notice')
    return void (await interaction.editReply(message({ content: noticeText(view.notice, view.quiz?.ownerName) })));
  if (view.kind === 'result') return void (await interaction.editReply(renderResult(view.explanation, view.quiz.id, view.notices)));
  // Starting never answers from an older copy of the quiz; shown as where the quiz stands, all the same.
  if (view.kind === 'behind') return void (await interaction.editReply(message({ content: noticeText('stale') })));
  // Where only the interaction reaches, no thread can be opened, fetched or posted in.
  // One at a time per quiz: two /quiz a moment apart would otherwise each find no thread and open one.
  const thread = botCanUseChannel(interaction)
    ? await threadOpening.run(
        String(view.quiz.id),
        async () => (await existingThread(interaction, view, deps)) ?? (await openThread(interaction, view, deps)),
      )
    : undefined;
  if (thread) return;
  const question = renderQuestion(view);
  await interaction.editReply({ ...question, content: [discordText.quizHere, question.content].filter(Boolean).join('\n') });
}

/** A quiz that already has a thread continues there, with the current question posted again. */
async function existingThread(
  interaction: ChatInputCommandInteraction,
  view: QuestionView,
  deps: HandlerDeps,
): Promise<ThreadChannel | undefined> {
  const threadId = await deps.quizPosts.postedIn(view.quiz.id);
  if (!threadId) return undefined;
  try {
    const thread = await interaction.client.channels.fetch(threadId);
    if (!thread?.isThread() || thread.locked) return undefined;
    if (thread.archived) await thread.setArchived(false);
    await thread.send(renderQuestion(view));
    await interaction.editReply(message({ content: discordText.quizContinues(thread.id) }));
    return thread;
  } catch (error) {
    if (!isRefused(error)) throw error;
    deps.log.info('quiz thread unusable, opening another', { quiz: view.quiz.id, thread: threadId, reason: String(error) });
    return undefined;
  }
}

async function openThread(
  interaction: ChatInputCommandInteraction,
  view: QuestionView,
  deps: HandlerDeps,
): Promise<ThreadChannel | undefined> {
  const channel = interaction.channel;
  if (!interaction.inGuild() || !channel || !canHoldThreads(channel) || !interaction.appPermissions.has(threadPermissions))
    return undefined;
  let thread: ThreadChannel | undefined;
  try {
    thread = await channel.threads.create({
      name: clip(discordText.quizThreadName(view.quiz.ownerName), limits.threadName),
      // Clicks edit a message, which is not thread activity: a week keeps an unhurried quiz's thread open.
      autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
      reason: `Career quiz for ${interaction.user.id}`,
    });
    await thread.send(renderQuestion(view));
  } catch (error) {
    // A thread we opened but could not post in would sit empty; removing it needs Manage Threads.
    if (thread && interaction.appPermissions.has(PermissionFlagsBits.ManageThreads))
      await thread.delete('The quiz could not be posted in it').catch(() => undefined);
    else if (thread) deps.log.warn('left an empty quiz thread (no Manage Threads permission to remove it)', { thread: thread.id });
    // A 403, or any other refusal (a server at its limit of active threads): the quiz runs in place instead.
    if (!isRefused(error)) throw error;
    deps.log.info('no thread for the quiz, running it in place', { quiz: view.quiz.id, channel: channel.id, reason: String(error) });
    return undefined;
  }
  await deps.quizPosts.setPostedIn(view.quiz.id, thread.id);
  // The quiz is under way in the thread: failing to link to it must not undo that. Discord failing (5xx)
  // still gets the usual apology; a refusal (the reply dismissed) leaves the thread to be found.
  try {
    await interaction.editReply(message({ content: discordText.quizOpened(thread.id) }));
  } catch (error) {
    if (isServerError(error)) throw error;
    deps.log.warn('could not link to the quiz thread', { quiz: view.quiz.id, thread: thread.id, error });
  }
  return thread;
}

/** Threads can be opened in text and announcement channels (not in threads, voice channels or DMs). */
function canHoldThreads(channel: NonNullable<ChatInputCommandInteraction['channel']>): channel is NewsChannel | TextChannel {
  return channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement;
}
