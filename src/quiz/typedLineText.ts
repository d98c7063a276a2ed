/**
 * What is said back to a line typed during the quiz (src/quiz/typedLine.ts reads it): the option it was taken for,
 * why it was not, how to change an earlier answer. Every front end that takes typed lines says these; the words named
 * in them ("back", "restart", "quit", an option's number) are read wherever they are typed.
 */

/** The words that move the quiz, typed. */
export const quizKeys = 'back · restart · quit';

/** Replies to typed quiz lines. Numbers are one-based, as people count questions and options. */
export const quizLineText = {
  outOfRange: (count: number) => `Type a number from 1 to ${count}, or ${quizKeys}.`,
  optionNotTaken: (count: number) =>
    `I couldn't tell which option that is. Type a number from 1 to ${count}, or ${quizKeys}; a question is answered as usual.`,
  /** "the substrate i guess" typed at question 4: the option of an earlier question it reads as, and how to change it. */
  earlierOption: (number: number, label: string, current: number, count: number) =>
    `That reads like an answer to question ${number} (“${label}”). This is question ${current}: type 1-${count}, or back to change an earlier answer.`,
  /** "what if q4 was max comp" typed during the quiz: no answer taken; what-ifs are asked of a result. */
  whatIfDuringQuiz: (current: number, count: number) =>
    `I haven't taken that as an answer: once the quiz is done, ask what-ifs like that and I'll show what they would change. This is question ${current}: type 1-${count}, or back to change an earlier answer.`,
  /** "change q1 to pipelines" at question 3: how to reach question 1, or to answer this one first. */
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
  /** "models" on a question where two options speak of models: which one, by number. */
  whichOption: (choices: { number: number; label: string }[]) =>
    `Did you mean ${choices.map((c) => `${c.number}. ${c.label}`).join(' or ')}? Type its number.`,
  quizWaiting: (question: string) => `(Your quiz is waiting at question ${question}: type an option's number, or ${quizKeys}.)`,
};
