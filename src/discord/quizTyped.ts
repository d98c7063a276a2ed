/**
 * A quiz's owner typing in the thread their quiz runs in: the line is the quiz's, as in the console ("pipelines i
 * guess", "wait go back", "stop", "what does this question mean"), read by the core (src/quiz/typedLine.ts). What
 * moves the quiz is posted as the question or result it reaches, buttons and all; the rest is said back. A line that is
 * none of the quiz's (a question) is left to the free-text handling, which answers only when asked as usual.
 */
import type { Message } from 'discord.js';
import { actOnQuizLine } from '../bot/quizLines.js';
import type { QuizView } from '../quiz/service.js';
import { readQuizLine } from '../quiz/typedLine.js';
import { currentQuizMessage } from './buttons.js';
import { messageContext } from './context.js';
import { conversationKey } from './conversations.js';
import type { HandlerDeps } from './deps.js';
import { clip, limits } from './limits.js';
import { type DiscordMessage, message, noMentions } from './render/message.js';
import { renderQuestion, renderResult } from './render/quiz.js';

/**
 * Handles `msg` (its `text`, the bot's mentions taken out) as a line of its author's quiz when they typed it in the thread the quiz is posted in, and says
 * whether it did. Messages from bots, webhooks and the system, and lines that are a question, are not the quiz's.
 */
export async function typedInQuizThread(msg: Message, deps: HandlerDeps, text: string): Promise<boolean> {
  if (msg.author.bot || msg.webhookId !== null || msg.system || !msg.channel.isThread()) return false;
  const context = messageContext(msg);
  const quiz = await deps.bot.activeQuiz(context);
  if (!quiz || (await deps.quizPosts.postedIn(quiz.quiz.id)) !== msg.channelId) return false;
  const line = readQuizLine(quiz, text);
  if (line.kind === 'aside') return false;
  const { said, view } = await actOnQuizLine(deps.bot, context, conversationKey(msg.author.id, msg.channelId), quiz, line);
  const shown = view ? await quizMessage(deps, view) : undefined;
  const content = clip([...said, shown?.content].filter(Boolean).join('\n'), limits.content);
  await msg.reply({ ...(shown ?? message({})), ...(content ? { content } : {}), allowedMentions: noMentions, failIfNotExists: false });
  return true;
}

/** Where the quiz stands after a typed line, as a message with its buttons. */
async function quizMessage(deps: HandlerDeps, view: QuizView): Promise<DiscordMessage> {
  if (view.kind === 'behind') return currentQuizMessage(deps, view.current);
  if (view.kind === 'question') return renderQuestion(view);
  if (view.kind === 'result') return renderResult(view.explanation, view.quiz.id, view.notices);
  return currentQuizMessage(deps, view);
}
