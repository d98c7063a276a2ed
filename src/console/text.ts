/** What the console says about itself: greeting, quiz prompts, hints, goodbyes. */
import { echo } from '../bot/messages.js';

/** The console's quiz is driven by typed words. */
const quizKeys = 'back · restart · quit';

/** What the console says about itself. */
export const consoleText = {
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
  outOfRange: (count: number) => `Type a number from 1 to ${count}, or ${quizKeys}.`,
  optionNotTaken: (count: number) =>
    `I couldn't tell which option that is. Type a number from 1 to ${count}, or ${quizKeys}; a question is answered as usual.`,
  /** "the substrate i guess" typed at question 4: the option of an earlier question it reads as, and how to change it. */
  earlierOption: (number: number, label: string, current: number, count: number) =>
    `That reads like an answer to question ${number} (“${label}”). This is question ${current}: type 1-${count}, or back to change an earlier answer.`,
  /** "models" on a question where two options speak of models: which one, by number. */
  /** "change q1 to pipelines" at question 3: how to reach question 1, or to answer this one first. */
  /** "what if q4 was max comp" typed during the quiz: no answer taken; what-ifs are asked of a result. */
  whatIfDuringQuiz: (current: number, count: number) =>
    `I haven't taken that as an answer: once the quiz is done, ask what-ifs like that and I'll show what they would change. This is question ${current}: type 1-${count}, or back to change an earlier answer.`,
  otherQuestionNamed: (named: number, current: number, count: number) =>
    named < current
      ? `That's about question ${named}; this is question ${current}. To change it, type ${current - named === 1 ? 'back' : `go back to ${named}`} (the questions from there on are asked again, each showing what you chose), or type 1-${count} for this one.`
      : `That's about question ${named}; this is question ${current}: type 1-${count} for this one first.`,
  /** "go back to 4" at question 2: no question behind this one has that number. */
  cannotGoBackTo: (named: number, current: number, count: number) =>
    named === current
      ? `This is question ${current}: type 1-${count} to answer it.`
      : `There is no question ${named} behind this one (this is question ${current}): type back to go back one, or 1-${count} to answer this one.`,
  /** "wait no 1" just after an answer: the question before answered again. */
  answerChanged: (question: number, number: number, label: string) => `Changed your answer to question ${question}: ${number}. ${label}.`,
  optionTaken: (number: number, label: string) => `Taken as ${number}. ${label} (type back to change it).`,
  whichOption: (choices: { number: number; label: string }[]) =>
    `Did you mean ${choices.map((c) => `${c.number}. ${c.label}`).join(' or ')}? Type its number.`,
  quizWaiting: (question: string) => `(Your quiz is waiting at question ${question}: type an option's number, or ${quizKeys}.)`,
  noQuiz: 'There is no quiz running. Type /quiz to start one.',
  /** "undo", "change my last answer" with no quiz running. */
  noQuizToChange:
    'There is no quiz running, so no answer to change. To see what another answer would change, ask "what if I said 2 on question 5"; to take the quiz again, type /quiz.',
  pickReading: (count: number) => `Type 1-${count} to pick what you meant, or ask something else.`,
  unknownCommand: (name: string) => `I don't know the command /${echo(name, 30)}. Type /help for the list.`,
  rateHint: 'Rate this: /up or /down',
  nothingToRate: 'There is nothing to rate yet: ask a question or /compare first.',
  forgetHow: 'Type yes to delete, anything else to keep it.',
  bye: 'Bye.',
  byeWithQuiz: (question: string) => `Bye. Your quiz is saved at question ${question}: /quiz picks it up next time.`,
  afterResult: 'Type /quiz to take it again, or /compare to look at one aspect side by side.',
};
