/** What each button does: quiz moves, sharing, More sources, ratings, forget-me. */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { plainText } from '../activity/repository.js';
import { citationOf } from '../answer/answer.js';
import { discordText, feedbackThanks } from '../bot/messages.js';
import type { QuizEvent } from '../quiz/machine.js';
import type { QuizView } from '../quiz/service.js';
import type { HandlerDeps } from './commands/types.js';
import { interactionContext } from './context.js';
import { type ButtonAction, decodeButton } from './customIds.js';
import { isForbidden, isGone } from './errors.js';
import { renderMorePassages } from './render/answer.js';
import { renderComparisonSources } from './render/compare.js';
import { renderForgetDone } from './render/info.js';
import { message } from './render/message.js';
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
      return updateClicked(interaction, renderForgetDone(action.confirmed ? deps.bot.forget(interactionContext(interaction).actor) : undefined));
  }
}

/** Notices that leave the quiz message as it was: only the clicker hears about them. */
const privateNotices = new Set(['stale', 'not-owner', 'not-found', 'unknown-option', 'nothing-to-go-back-to', 'already-finished', 'already-quit']);

async function quizMove(interaction: ButtonInteraction, deps: HandlerDeps, quizId: number, version: number | undefined, event: QuizEvent): Promise<void> {
  const context = interactionContext(interaction);
  const view = deps.bot.quizEvent(context, { id: quizId, ...(version !== undefined ? { version } : {}) }, event);
  if (view.kind === 'notice') {
    const text = noticeText(view.notice, view.quiz?.ownerName);
    if (privateNotices.has(view.notice)) return tellPrivately(interaction, message({ content: text }));
    return updateClicked(interaction, renderClosed(text));
  }
  if (view.quiz.id !== quizId) return retakeAsNewMessage(interaction, deps, view);
  if (view.kind === 'result') return updateClicked(interaction, renderResult(deps.bot.explain(view.result), view.quiz.id, view.notices));
  return updateClicked(interaction, renderQuestion(view));
}

/** Retake on a finished quiz: the result stays, and the new quiz starts in a message of its own below it. */
async function retakeAsNewMessage(interaction: ButtonInteraction, deps: HandlerDeps, view: Exclude<QuizView, { kind: 'notice' }>): Promise<void> {
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const payload = view.kind === 'result' ? renderResult(deps.bot.explain(view.result), view.quiz.id, view.notices) : renderQuestion(view);
  await interaction.reply({ ...payload, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  if (!ephemeral && interaction.channel?.isThread()) deps.bot.quizThread(view.quiz.id, interaction.channel.id);
}

/** Posts the result in the channel the quiz was started from, for its owner only. */
async function share(interaction: ButtonInteraction, deps: HandlerDeps, quizId: number): Promise<void> {
  const finished = deps.bot.finishedQuiz(interactionContext(interaction), quizId);
  if ('notice' in finished) {
    const text = finished.notice === 'not-owner' ? discordText.notYourResult : noticeText(finished.notice);
    return tellPrivately(interaction, message({ content: text }));
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const place = finished.quiz.place;
  const channelId = place.platform === 'discord' ? place.channelId : interaction.channelId;
  try {
    const channel = await interaction.client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new Error(`discord: channel ${channelId} takes no messages`);
    await channel.send(renderSharedResult(finished.quiz.ownerName, deps.bot.explain(finished.result)));
    await interaction.editReply(message({ content: discordText.shared(channelId) }));
  } catch (error) {
    if (!isForbidden(error) && !isGone(error) && !(error instanceof Error && error.message.startsWith('discord: channel'))) throw error;
    await interaction.editReply(message({ content: discordText.cannotShare }));
  }
}

async function more(interaction: ButtonInteraction, deps: HandlerDeps, action: Extract<ButtonAction, { kind: 'more-answer' | 'more-compare' }>): Promise<void> {
  if (action.kind === 'more-compare') {
    const reply = deps.bot.compare(action.aspect);
    if (reply.kind !== 'comparison') return tellPrivately(interaction, message({ content: discordText.morePassagesGone }));
    return tellPrivately(interaction, renderComparisonSources(reply.comparison));
  }
  const passages = action.passages.map((ref) => deps.refs.passage(ref));
  if (passages.some((p) => p === undefined)) return tellPrivately(interaction, message({ content: discordText.morePassagesGone }));
  return tellPrivately(interaction, renderMorePassages(passages.map((p) => ({ text: p!.text, citation: citationOf(p!) }))));
}

/** 👍/👎: an answer is rated by its question (the embed's title), a comparison by its aspect. */
async function rate(interaction: ButtonInteraction, deps: HandlerDeps, action: Extract<ButtonAction, { kind: 'rate' }>): Promise<void> {
  const { actor } = interactionContext(interaction);
  if (action.target === 'compare') {
    deps.bot.rate(actor, { kind: 'compare', subject: action.subject }, action.vote);
  } else {
    // The title is the question, quoted and markdown-escaped by renderAnswer.
    const title = interaction.message.embeds[0]?.title?.replace(/^“|”$/g, '').replace(/\\([\\*_`~|>#-])/g, '$1');
    const passage = deps.refs.passage(action.subject);
    deps.bot.rate(actor, { kind: 'answer', subject: plainText(title || action.subject), ...(passage ? { passageId: passage.id } : {}) }, action.vote);
  }
  await tellPrivately(interaction, message({ content: action.vote === 1 ? feedbackThanks.up : feedbackThanks.down }));
}
