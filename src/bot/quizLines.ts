/**
 * Acting on a line typed during the quiz, for every front end that takes typed lines: the line as
 * src/quiz/typedLine.ts reads it becomes a quiz move, or words said back, or both. Front ends render the outcome (the
 * console as text, Discord as a message with the question's buttons).
 */
import { quizQuestionWhyText, quizStandsText } from './messages.js';
import type { BotContext, CareerBot } from './careerBot.js';
import type { QuizOption } from '../quiz/definition.js';
import type { QuestionView, QuizView } from '../quiz/service.js';
import type { QuizLine } from '../quiz/typedLine.js';
import { quizLineText } from '../quiz/typedLineText.js';

/** What a typed quiz line leads to: words said first, then the quiz as it now stands (none when it did not move). */
export interface QuizLineOutcome {
  said: string[];
  view?: QuizView;
}

/**
 * Acts on `line`, read while `quiz` waited on its question. `conversation`: where a result reached becomes a turn
 * ("why?" next asks about it). Storage errors propagate as the quiz service's do.
 */
export async function actOnQuizLine(
  bot: CareerBot,
  context: BotContext,
  conversation: string,
  quiz: QuestionView,
  line: Exclude<QuizLine, { kind: 'aside' }>,
): Promise<QuizLineOutcome> {
  const { options } = quiz.question;
  const count = options.length;
  const ref = { id: quiz.quiz.id, version: quiz.quiz.version };
  const current = quiz.step + 1;
  switch (line.kind) {
    case 'answer':
      return {
        // Words may be read wrong: the option they were taken for is said before the next question.
        said: line.read ? [quizLineText.optionTaken(options.indexOf(line.option) + 1, line.option.label)] : [],
        view: await bot.quizMove(context, ref, { type: 'answer', step: quiz.step, option: line.option.id }, conversation),
      };
    case 'out-of-range':
      return { said: [quizLineText.outOfRange(count)] };
    case 'move':
      return { said: [], view: await bot.quizMove(context, ref, line.event, conversation) };
    case 'command-hint':
      return { said: [`${line.hint}\n${quizLineText.quizWaiting(`${current} of ${quiz.total}`)}`] };
    case 'stands':
      return { said: [quizStandsText(current, quiz.total)] };
    case 'why':
      return { said: [quizQuestionWhyText(quiz.question, current, quiz.total)] };
    case 'back-to':
      return backTo(bot, context, conversation, quiz, line.step);
    case 'change-last':
      return changeLast(bot, context, conversation, quiz, line.option);
    case 'change-earlier': {
      const view = await bot.quizMove(
        context,
        ref,
        { type: 'change', step: line.step, option: line.option.id, at: quiz.step },
        conversation,
      );
      const number = quiz.earlier[line.step]!.options.indexOf(line.option) + 1;
      return { said: view.kind === 'question' ? [quizLineText.answerChanged(line.step + 1, number, line.option.label)] : [], view };
    }
    case 'what-if':
      return { said: [quizLineText.whatIfDuringQuiz(current, count)] };
    case 'other-question':
      return { said: [quizLineText.otherQuestionNamed(line.step + 1, current, count)] };
    case 'ambiguous':
      return { said: [quizLineText.whichOption(line.options.map((o) => ({ number: options.indexOf(o) + 1, label: o.label })))] };
    case 'earlier-option':
      return { said: [quizLineText.earlierOption(line.step + 1, line.option.label, current, count)] };
    case 'not-understood':
      return { said: [quizLineText.optionNotTaken(count)] };
  }
}

/** Back to question `step` (zero-based), one question at a time; only where it lands is shown. */
async function backTo(
  bot: CareerBot,
  context: BotContext,
  conversation: string,
  quiz: QuestionView,
  step: number,
): Promise<QuizLineOutcome> {
  if (step < 0 || step >= quiz.step) return { said: [quizLineText.cannotGoBackTo(step + 1, quiz.step + 1, quiz.question.options.length)] };
  let view: QuizView = quiz;
  // (Each step back is a move of its own, made on the quiz as the one before left it.)
  for (let at = quiz.step; at > step && view.kind === 'question'; at -= 1)
    view = await bot.quizMove(context, { id: view.quiz.id, version: view.quiz.version }, { type: 'back', step: at }, conversation);
  return { said: [], view };
}

/** The answer to the question before this one changed: back to it, answered again, and this one shown again. */
async function changeLast(
  bot: CareerBot,
  context: BotContext,
  conversation: string,
  quiz: QuestionView,
  option: QuizOption,
): Promise<QuizLineOutcome> {
  const back = await bot.quizMove(context, { id: quiz.quiz.id, version: quiz.quiz.version }, { type: 'back', step: quiz.step });
  if (back.kind !== 'question') return { said: [], view: back };
  return {
    said: [quizLineText.answerChanged(back.step + 1, back.question.options.indexOf(option) + 1, option.label)],
    view: await bot.quizMove(
      context,
      { id: back.quiz.id, version: back.quiz.version },
      { type: 'answer', step: back.step, option: option.id },
      conversation,
    ),
  };
}
