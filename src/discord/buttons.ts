/**
 * What each button does: quiz moves, sharing, More sources, comparison pages, ratings, forget-me, and the
 * readings of a question asked back.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { plainText } from '../activity/repository.js';
import { citationOf } from '../answer/answer.js';
import { feedbackThanks } from '../bot/messages.js';
import { discordText } from './text.js';
import type { QuizEvent } from '../quiz/machine.js';
import type { QuizView } from '../quiz/service.js';
import { shareLeaseMs } from '../posts/quizPosts.js';
import type { HandlerDeps } from './deps.js';
import { channelOfPlace, interactionContext } from './context.js';
import { conversationKey, linkAnswer } from './conversations.js';
import { type ButtonAction, decodeButton } from './customIds.js';
import { isRefused } from './errors.js';
import { botCanUseChannel } from './reach.js';
import { renderAnswer, renderMorePassages } from './render/answer.js';
import { renderComparisonPage } from './render/compare.js';
import { renderForgetDone } from './render/info.js';
import { type DiscordMessage, message } from './render/message.js';
import { noticeText, renderClosed, renderQuestion, renderResult, renderSharedResult } from './render/quiz.js';
import { tellPrivately, updateClicked } from './respond.js';

export async function onButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) return tellPrivately(interaction, message({ content: discordText.unknownButton }));
  switch (action.kind) {
    case 'quiz-answer':
      return quizMove(interaction, deps, action.quizId, action.version, { type: 'answer', step: action.step, option: action.option });
    case 'quiz-back':
      return quizMove(interaction, deps, action.quizId, action.version, { type: 'back', step: action.step });
    case 'quiz-quit':
      return quizMove(interaction, deps, action.quizId, action.version, { type: 'abandon' });
    case 'quiz-retake':
      return quizMove(interaction, deps, action.quizId, undefined, { type: 'restart' });
    case 'quiz-share':
      return share(interaction, deps, action.quizId);
    case 'more-answer':
    case 'more-compare':
      return more(interaction, deps, action);
    case 'rate':
      return rate(interaction, deps, action);
    case 'forget':
      return forget(interaction, deps, action.confirmed);
    case 'clarify':
      return clarify(interaction, deps, action);
  }
}

/**
 * A reading picked for a question the bot asked back: only the asker may pick. The question asked back
 * becomes the answer, which a reply then continues. The pending question is stored, so this works after a
 * restart; once answered (or once the asker moved on) there is nothing to pick.
 */
async function clarify(
  interaction: ButtonInteraction,
  deps: HandlerDeps,
  action: Extract<ButtonAction, { kind: 'clarify' }>,
): Promise<void> {
  if (interaction.user.id !== action.user)
    return tellPrivately(interaction, message({ content: discordText.notYourQuestion(action.user) }));
  const conversation = conversationKey(action.user, action.channel);
  const answer = await deps.bot.choose(interactionContext(interaction), conversation, action.choice, action.asked);
  if (!answer) return tellPrivately(interaction, message({ content: discordText.clarifyAnswered }));
  await updateClicked(interaction, renderAnswer(answer, { user: action.user, channel: action.channel }));
  await linkAnswer(deps, conversation, interaction.message.id);
}

/** Deletes (or not) and says so; if the confirmation message cannot be updated, says so privately instead. */
async function forget(interaction: ButtonInteraction, deps: HandlerDeps, confirmed: boolean): Promise<void> {
  const done = renderForgetDone(confirmed ? await deps.bot.forget(interactionContext(interaction).actor) : undefined);
  try {
    await updateClicked(interaction, done);
  } catch (error) {
    // The deletion already happened: an apology saying nothing changed would be untrue.
    deps.log.warn('could not update the forget-me message', { user: interaction.user.id, error });
    await tellPrivately(interaction, done);
  }
}

/** Notices that leave the quiz message as it was: only the clicker hears about them. */
const privateNotices = new Set([
  'stale',
  'not-owner',
  'not-found',
  'unknown-option',
  'nothing-to-go-back-to',
  'already-finished',
  'already-quit',
]);

async function quizMove(
  interaction: ButtonInteraction,
  deps: HandlerDeps,
  quizId: number,
  version: number | undefined,
  event: QuizEvent,
): Promise<void> {
  const context = interactionContext(interaction);
  const ref = { id: quizId, ...(version !== undefined ? { version } : {}), shownVersion: shownVersion(interaction, quizId) };
  // The result is a turn of the person's conversation where it is shown (the quiz's thread): "why?" there asks about it.
  const view = await deps.bot.quizMove(context, ref, event, conversationKey(interaction.user.id, interaction.channelId));
  // An answer clicked on a message that is behind what is stored (the update after the last click failed, or
  // it is an older copy): bring it level rather than refuse a click on what may be the only quiz message in
  // view. It shows only where the quiz stands, as the pending update would, so a double click changes nothing
  // visible; a different answer than the one stored is told, privately, that the first one stands.
  if (view.kind === 'behind') {
    await updateClicked(interaction, await currentQuizMessage(deps, view.current));
    if (view.stands && event.type === 'answer') {
      await interaction.followUp({
        ...message({ content: discordText.answerStands(event.step + 1, view.stands.label) }),
        flags: MessageFlags.Ephemeral,
      });
    }
    return;
  }
  if (view.kind === 'notice') {
    const text = noticeText(view.notice, view.quiz?.ownerName);
    if (privateNotices.has(view.notice)) return tellPrivately(interaction, message({ content: text }));
    return updateClicked(interaction, renderClosed(text));
  }
  if (view.quiz.id !== quizId) return retakeAsNewMessage(interaction, deps, view);
  if (view.kind === 'result') return updateClicked(interaction, renderResult(view.explanation, view.quiz.id, view.notices));
  return updateClicked(interaction, renderQuestion(view));
}

/** The newest quiz version the clicked message's buttons were drawn at (Infinity when it has none). */
function shownVersion(interaction: ButtonInteraction, quizId: number): number {
  const customIds = interaction.message.components
    .flatMap((row) => (row.toJSON() as { components?: { custom_id?: string }[] }).components ?? [])
    .flatMap((c) => (c.custom_id ? [c.custom_id] : []));
  const versions = customIds.flatMap((customId) => {
    const action = decodeButton(customId);
    return action && 'version' in action && action.quizId === quizId ? [action.version] : [];
  });
  return versions.length > 0 ? Math.max(...versions) : Infinity;
}

/** The message that shows where a quiz stands now (a result with its Share button as it was left). */
export async function currentQuizMessage(deps: HandlerDeps, view: Exclude<QuizView, { kind: 'behind' }>): Promise<DiscordMessage> {
  if (view.kind === 'question') return renderQuestion(view);
  if (view.kind === 'result')
    return renderResult(view.explanation, view.quiz.id, [], { shared: await deps.quizPosts.isShared(view.quiz.id) });
  return renderClosed(noticeText(view.notice));
}

/** Retake on a finished quiz: the result stays, and the new quiz starts in a message of its own below it. */
async function retakeAsNewMessage(
  interaction: ButtonInteraction,
  deps: HandlerDeps,
  view: Extract<QuizView, { kind: 'question' | 'result' }>,
): Promise<void> {
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const payload = view.kind === 'result' ? renderResult(view.explanation, view.quiz.id, view.notices) : renderQuestion(view);
  await interaction.reply({ ...payload, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  // A new quiz lives on in this thread; one already running elsewhere keeps its own thread.
  if (!ephemeral && interaction.channel?.isThread() && !(await deps.quizPosts.postedIn(view.quiz.id))) {
    await deps.quizPosts.setPostedIn(view.quiz.id, interaction.channel.id);
  }
}

/**
 * Posts the result in the channel the quiz was started from, for its owner only, once: the result's Share
 * button is then disabled, so the channel cannot be flooded with copies.
 */
async function share(interaction: ButtonInteraction, deps: HandlerDeps, quizId: number): Promise<void> {
  const finished = await deps.bot.finishedQuiz(interactionContext(interaction), quizId);
  if (finished.kind === 'notice') {
    const text = finished.notice === 'not-owner' ? discordText.notYourResult : noticeText(finished.notice);
    return tellPrivately(interaction, message({ content: text }));
  }
  const { explanation } = finished;
  // Two REST calls follow (fetch, post): acknowledge first.
  await interaction.deferUpdate();
  const told = (content: string) => interaction.followUp({ ...message({ content }), flags: MessageFlags.Ephemeral });
  // Once, whichever copy of the result is clicked, in whichever shard: an old copy just shows it was shared,
  // and a click while another is posting it is told so, leaving the buttons as they are.
  const claim = await deps.quizPosts.claimShare(quizId, deps.clock.now(), shareLeaseMs);
  if (claim === 'shared') return void (await interaction.editReply(renderResult(explanation, quizId, [], { shared: true })));
  if (claim !== 'claimed') return void (await told(discordText.sharing));
  const channelId = channelOfPlace(finished.quiz.place) ?? interaction.channelId;
  const notShared = async (error?: unknown) => {
    // Refused (or nowhere to post): certainly not posted, so Share can be tried again at once. After a 5xx
    // it may have been posted all the same: the claim then lapses by itself rather than risk a second post.
    if (error === undefined || isRefused(error)) {
      try {
        await deps.quizPosts.releaseShare(quizId);
      } catch (releaseError) {
        deps.log.warn('could not release a share claim; it lapses by itself', { quiz: quizId, error: releaseError });
      }
    }
    if (error !== undefined && !isRefused(error)) throw error;
    await told(discordText.cannotShare);
  };
  const post = renderSharedResult(finished.quiz.ownerName, explanation);
  try {
    if (botCanUseChannel(interaction)) {
      const channel = await interaction.client.channels.fetch(channelId);
      if (!channel?.isSendable()) return notShared();
      await channel.send(post);
    } else {
      // A user install where the bot is not a member: the quiz ran in place in this channel, and a public
      // follow-up to the click is the one way to post in it.
      await interaction.followUp(post);
    }
  } catch (error) {
    return notShared(error);
  }
  await deps.quizPosts.markShared(quizId, deps.clock.now());
  // Posted: say so even if disabling Share fails (a later click on it then only shows it was shared).
  await interaction
    .editReply(renderResult(explanation, quizId, [], { shared: true }))
    .catch((error: unknown) => deps.log.warn('could not disable Share after sharing', { quiz: quizId, error }));
  await told(discordText.shared(channelId));
}

async function more(
  interaction: ButtonInteraction,
  deps: HandlerDeps,
  action: Extract<ButtonAction, { kind: 'more-answer' | 'more-compare' }>,
): Promise<void> {
  if (action.kind === 'more-compare') {
    const reply = deps.bot.compare(action.aspect);
    const page = reply.kind === 'comparison' ? renderComparisonPage(reply.comparison, action.page) : undefined;
    if (!page) return tellPrivately(interaction, message({ content: discordText.comparePageGone }));
    // The public comparison stays as everyone sees it; the pages it opens are the clicker's, turned in place.
    if (interaction.message.flags.has(MessageFlags.Ephemeral)) return updateClicked(interaction, page);
    return tellPrivately(interaction, page);
  }
  const passages = action.passages.map((ref) => deps.refs.passage(ref));
  if (passages.some((p) => p === undefined)) return tellPrivately(interaction, message({ content: discordText.morePassagesGone }));
  return tellPrivately(interaction, renderMorePassages(passages.map((p) => ({ text: p!.text, citation: citationOf(p!) }))));
}

/** 👍/👎: an answer is rated by its question (the embed's title), a comparison by its aspect. */
async function rate(interaction: ButtonInteraction, deps: HandlerDeps, action: Extract<ButtonAction, { kind: 'rate' }>): Promise<void> {
  const { actor } = interactionContext(interaction);
  if (action.target === 'compare') {
    await deps.bot.rate(actor, { kind: 'compare', subject: action.subject }, action.vote);
  } else {
    // The title is the question, quoted and markdown-escaped by renderAnswer.
    const title = interaction.message.embeds[0]?.title?.replace(/^“|”$/g, '').replace(/\\([\\*_`~|>#-])/g, '$1');
    const passage = deps.refs.passage(action.subject);
    await deps.bot.rate(
      actor,
      { kind: 'answer', subject: plainText(title || action.subject), ...(passage ? { passageId: passage.id } : {}) },
      action.vote,
    );
  }
  await tellPrivately(interaction, message({ content: action.vote === 1 ? feedbackThanks.up : feedbackThanks.down }));
}
