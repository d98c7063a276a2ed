/** What the console says about itself: greeting, quiz prompts, hints, goodbyes. */
import { echo } from '../bot/messages.js';
import { quizKeys, quizLineText } from '../quiz/typedLineText.js';

/** What the console says about itself. */
export const consoleText = {
  ...quizLineText,
  helpIntro: 'careerbot helps you choose between Data Engineer and ML Engineer. Every answer quotes its sources.',
  anyQuestion: 'any question',
  anyQuestionExample: 'e.g. how much do ML engineers make?',
  duringQuiz: `during the quiz: type an option's number or its words, or ${quizKeys.replace(/ · /g, ', ')}`,
  rateHelp: 'rate my last answer',
  quitHelp: 'leave (a quiz in progress is saved)',
  greeting: (name: string) => `careerbot: Data Engineer or ML Engineer? Hi ${name}. Ask me anything about the two roles, or type /help.`,
  quizInProgress: (question: string) => `You have a quiz in progress at question ${question}: type /quiz to carry on.`,
  typeOption: (count: number) => `Type 1-${count} · ${quizKeys}`,
  previousAnswer: '   (your answer before)',
  noQuiz: 'There is no quiz running. Type /quiz to start one.',
  /** "undo", "change my last answer" with no quiz running. */
  noQuizToChange:
    'No quiz is running now, so its answers stay as they were. To see what another answer would change, ask "what if I said 2 on question 5"; to take the quiz again, type /quiz.',
  pickReading: (count: number) => `Type 1-${count} to pick what you meant, or ask something else.`,
  unknownCommand: (name: string) => `I don't know the command /${echo(name, 30)}. Type /help for the list.`,
  rateHint: 'Rate this: /up or /down',
  nothingToRate: 'There is nothing to rate yet: ask a question or /compare first.',
  forgetHow: 'Type yes to delete, anything else to keep it.',
  bye: 'Bye.',
  byeWithQuiz: (question: string) => `Bye. Your quiz is saved at question ${question}: /quiz picks it up next time.`,
  afterResult: 'Type /quiz to take it again, or /compare to look at one aspect side by side.',
};
