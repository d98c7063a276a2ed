/**
 * The console front end: one person typing lines. Turns each line into a call on the shared bot
 * handlers and writes plain text back. Knows nothing about terminals; scripts/chat.ts feeds it.
 */
import type { UserData, Vote } from '../activity/repository.js';
import type { BotContext, CareerBot, RatingTarget } from '../bot/careerBot.js';
import {
  asksAboutTheDeletion,
  quizAskedBeside,
  commandHint,
  confirmsTheDeletion,
  feedbackThanks,
  forgetMe,
  quizQuestionWhyText,
  quizStandsText,
  somethingWentWrong,
  storageUnavailable,
} from '../bot/messages.js';
import { StorageUnavailableError } from '../ports/storage.js';
import { consoleText } from './text.js';
import { renderAnswer } from '../plaintext/render.js';
import type { QuizEvent } from '../quiz/machine.js';
import type { Answer } from '../answer/types.js';
import { type Command, type CommandReply, commandsFor } from '../commands/registry.js';
import type { QuizOption } from '../quiz/definition.js';
import type { QuestionView, QuizView } from '../quiz/service.js';
import { acknowledges, asksAnything } from '../question/chat.js';
import { choiceTyped } from '../conversation/choiceTyped.js';
import { mayTellAboutThemselves } from '../conversation/profile.js';
import { optionTyped, saysOnlyADegree } from '../quiz/typedOption.js';
import { asksQuizWhatIf } from '../quiz/whatIf.js';
import { consoleHelp, consoleSuggestion, renderCompareReply, renderList, renderQuizView, renderSources } from './renderConsole.js';

/** Whether the conversation goes on after a line. */
export type LineOutcome = 'continue' | 'quit';

const quizWords: Record<string, QuizEvent> = {
  back: { type: 'back' },
  restart: { type: 'restart' },
  // ("start over", "start again" while it runs: the quiz from its first question.)
  'start over': { type: 'restart' },
  'start again': { type: 'restart' },
  'restart quiz': { type: 'restart' },
  'restart the quiz': { type: 'restart' },
  quit: { type: 'abandon' },
  exit: { type: 'abandon' },
};

/** Words that change an answer, around the question and the option named ("actually change q1 to pipelines"). */
const changeWords =
  /\b(?:actually|wait(?:\s+no)?|no\s+wait|change|changed|make|set|switch|should\s+(?:be|have\s+been)|to|is|was|my|answer|for|on|it|that|i\s+meant?)\b/gi;

/**
 * "wait no 1", "actually 2", "no wait, the first one", "2 actually": what a line settles on after taking back what was
 * just said, or undefined when it takes nothing back.
 */
function takenBack(text: string): string | undefined {
  const opening =
    // ("sorry i meant 2", "oops my bad, 1": a word of taking back, then "i meant", then the choice.)
    /^\W*(?:(?:(?:wait[,\s]+no|no[,\s]+wait|wait|actually|sorry|oops|nvm|my\s+bad)[,.!:\s]+)+(?:i\s+meant?[,:\s]+)?|(?:i\s+meant?|change\s+(?:that|it|my\s+(?:last\s+)?answer)\s+to|make\s+(?:that|it)|scratch\s+that)[,:\s]+)(\S.{0,40})$/i.exec(
      text,
    );
  if (opening) return opening[1];
  return /^\W*(\S.{0,40}?)[,\s]+actually\W*$/i.exec(text)?.[1];
}

/**
 * "stop", "cancel", "stop the quiz", "end quiz pls", "can we stop", "im done with this quiz", "nvm i dont wanna do this
 * rn", "nah forget it", "no more questions pls", "enough": the quiz given up (never an answer "no").
 */
const stopsTheQuiz =
  /^(?:(?:ok(?:ay)?|pls|please|nvm|actually|hmm+|ugh|sorry|tbh|nah|no|nope|whatever|meh)[\s,]+)*(?:(?:(?:can|could)\s+(?:we|i)\s+|i\s+(?:want|wanna|would\s+like)\s+(?:to\s+)?|let'?s\s+)?(?:stop|cancel|end|abort|quit|exit)(?:\s+(?:the\s+|this\s+)?(?:quiz|test|it|this))?|forget\s+(?:it|this|the\s+quiz|about\s+it)|no\s+more\s+(?:questions|qs)|enough(?:\s+(?:of\s+this|questions))?|(?:i'?m|im|i\s+am)\s+done(?:\s+with\s+(?:this|the|it)(?:\s+(?:quiz|test))?)?|i\s+(?:dont|don'?t|do\s+not)\s+(?:wanna|want\s+to)\s+(?:do\s+)?(?:this|the\s+quiz|it|this\s+quiz)(?:\s+anymore)?)(?:\s+(?:pls|please|now|rn|right\s+now|for\s+now))?[\s.!?]*$/;

/**
 * "what does this question mean", "explain this one", "wdym", "huh", "not sure what u mean": the question waiting, not
 * understood; why the diagnostic asks it says what it means.
 */
const asksWhatTheQuestionMeans =
  /^(?:(?:hmm+|um+|ok(?:ay)?|so|sorry|wait)[\s,]+)*(?:what\s+(?:does|do)\s+(?:this|that|the|this\s+question|that\s+question|it)(?:\s+question)?\s+mean|what\s+(?:is|'s)\s+(?:this|that)\s+(?:question\s+)?(?:asking|about)|explain\s+(?:this|that|it)(?:\s+(?:one|question))?|wdym|what\s+do\s+(?:you|u)\s+mean|huh|(?:i\s+)?(?:don'?t|dont)\s+(?:get|understand)\s+(?:it|this|that|the\s+question)|not\s+sure\s+what\s+(?:you|u)\s+mean)[\s?!.]*$/;

/** "ok back to the quiz", "where were we", "continue": the question waiting, shown again. */
const backToTheQuiz =
  /^(?:(?:ok(?:ay)?|so|anyway|anyways|alright)[\s,]+)*(?:(?:back|return)\s+to\s+(?:the\s+)?quiz|where\s+(?:were\s+we|was\s+i)|(?:lets\s+|let's\s+)?(?:continue|resume)(?:\s+(?:the\s+)?quiz)?)[\s.!?]*$/;

/** "can i skip this one", "skip this question": no answer to give, which the options' "not sure" is. */
const skipsTheQuestion =
  /^(?:(?:ok(?:ay)?|so|hmm+|um+)[\s,]+)*(?:(?:can|could|may)\s+(?:i|we)\s+)?skip(?:\s+(?:this|it|this\s+one|(?:this|the)\s+question))?(?:\s+(?:pls|please))?[\s.!?]*$/;

/** "ok so whats the result", "show me my result": asked before the last answer. */
const asksTheResult = /^(?:(?:ok(?:ay)?|so|and)[\s,]+)*(?:what'?s|what\s+is|show\s+me|give\s+me)\s+(?:the|my)\s+results?[\s.!?]*$/;

/**
 * "wait go back", "go back pls", "previous question", "undo", "wait change that", "i messed up": back to the question
 * before, in the words people use.
 */
const goesBack =
  /^(?:(?:wait|oops|sorry|hold\s+on|no|actually|hmm|ugh)[\s,.!]+)*(?:(?:can\s+(?:i|we|u|you)\s+)?go\s+back|back(?:\s+(?:up|one))?|previous(?:\s+question)?|prev(?:\s+question)?|undo|(?:can\s+i\s+)?change\s+(?:my\s+)?(?:(?:last|previous)\s+)?answer|change\s+(?:that|it)|i\s+messed\s+(?:that\s+)?up|messed\s+up)(?:\s+(?:pls|please|plz|one|a\s+question))?[\s.!?]*$/;

/**
 * "ok restart", "start over pls", "can i start over?", "let me start again", "redo", "new quiz", "lets redo the quiz",
 * "retake":
 * the quiz from its first question, in the words people use.
 */
const restartsTheQuiz =
  /^(?:(?:ok(?:ay)?|ugh|wait|hmm+|actually|oops|lol|no)[\s,.!]+)*(?:(?:can|could)\s+(?:i|we)\s+|let\s+me\s+|lets\s+|i\s+(?:wanna|want\s+to)\s+)?(?:restart|start\s+(?:over|again|from\s+scratch|fresh)|redo|re-?take|begin\s+again|new\s+quiz|start\s+a\s+new\s+one)(?:\s+(?:the\s+|this\s+)?quiz)?(?:\s+(?:again|it))?(?:\s+(?:pls|please|plz|now))?[\s.!?]*$/;

/** "again", "one more time", "try it again": after a result, the quiz once more (mid-quiz they say nothing of it). */
const takesItOnceMore =
  /^(?:(?:ok(?:ay)?|ugh|hmm+|lol|so)[\s,.!]+)*(?:(?:can|could)\s+(?:i|we)\s+|let\s+me\s+|lets\s+)?(?:again|one\s+more\s+time|(?:do|take|try)\s+it\s+again|try\s+again|another\s+(?:go|round|try))(?:\s+(?:pls|please|plz))?[\s.!?]*$/;

/** "wait no go back to 1", "can we go back to q2": back to a question named by its number. The first group is it. */
const goesBackTo =
  /^(?:(?:wait|oops|sorry|hold\s+on|no|actually|hmm)[\s,.!]+)*(?:can\s+(?:i|we|u|you)\s+)?(?:(?:go\s+)?back\s+(?:to\s+)?|change\s+)(?:the\s+)?(?:q|question|number|no\.?)?\s*#?\s*(\d)(?:st|nd|rd|th)?(?:\s+(?:one|question|pls|please|plz))*[\s.!?]*$/;

/** "no wait", "wait no", "nooo wait": the answer just given taken back, with nothing settled on yet. */
const takesItBack = /^(?:no+[\s,.!]+wait|wait[\s,.!]+no+|no+[\s,.!]+no+[\s,.!]+wait)[\s,.!]*$/;

/** "what if q1 was pipelines", "would it change if…": a supposition, never a change to the quiz being taken. */
const supposes =
  /^\W*(?:(?:so|and|but|hm+|ok(?:ay)?)[\s,]+)*(?:what|how\s+about)\s+if\b|\bwould\b|\bif\s+i\s+(?:had\s+)?(?:said|picked|chose|answered)\b/i;

/** "change q1 to pipelines", "actually set question 2 to yes": an answer named by its question, changed. */
const changesANamedAnswer = /^\W*(?:(?:wait|actually|no|ok(?:ay)?|oops)[\s,]+)*(?:change|set|make|switch)\s+(?:q|question)\s*#?\s*\d\b/i;

/** "im in lagos btw", "i'm a nurse fyi", "i work in finance": the person says who or where they are, answering nothing. */
function toldAside(text: string): boolean {
  return (
    mayTellAboutThemselves(text) && /^\W*(?:(?:oh|also|btw|fyi|ok(?:ay)?|so)[\s,]+)*(?:i'?m|im|i\s+am|i\s+work|i\s+live)\b/i.test(text)
  );
}

/** "im confused", "kinda lost", "idk tbh": where someone stands before the choice, which the quiz is for. */
const standsBeforeTheChoice =
  /^\W*(?:(?:ok(?:ay)?|so|hey|hi|hmm+)[\s,!.]+)*(?:i'?m\s+|im\s+|i\s+am\s+)?(?:(?:so|kinda|kind\s+of|really|very|super|lowkey|a\s+bit)\s+)*(?:confused|lost|stuck|unsure|not\s+sure|torn|undecided|idk|dunno)\b/i;

/** One person at the console: each typed line in, plain text out. */
export class ConsoleSession {
  private readonly context: BotContext;
  /** What /forget-me would delete, while its confirmation is awaited. */
  private confirmingForget: UserData | undefined;
  /** How many readings the bot's last question back offers: a number typed next picks one. */
  private choices = 0;
  /** How many readings were open before the line being handled ("ok" or "lol idk" after a question asked back keeps them). */
  private choicesBefore = 0;
  /** The console session is one conversation: follow-ups keep up with the question before. */
  private readonly conversation: string;
  private lastRated: RatingTarget | undefined;
  /** Whether the line before showed a quiz's result: "actually 2" next changes its last answer, as a what-if. */
  private resultShown = false;
  /** Whether a quiz was finished in this session: "restart" later still means taking it again. */
  private quizFinished = false;

  constructor(
    private readonly bot: CareerBot,
    user: string,
    private readonly write: (text: string) => void,
    /** Where an unexpected error goes (stderr in the console); the person only gets an apology. */
    private readonly reportError: (error: unknown) => void = () => {},
    /** The commands offered (the registry's console commands). */
    private readonly commands: readonly Command[] = commandsFor('console'),
  ) {
    this.context = { actor: { id: `console:${user}`, name: user }, place: consolePlace };
    this.conversation = `console:${user}`;
  }

  /** The greeting, and where a quiz left in an earlier session stands. */
  async welcome(): Promise<void> {
    const lines = [consoleText.greeting(this.context.actor.name)];
    const quiz = await this.activeQuiz();
    if (quiz) lines.push(consoleText.quizInProgress(questionNumber(quiz)));
    this.write(lines.join('\n'));
  }

  /** Handles one typed line; lines must be handled one at a time, in order. */
  async handle(line: string): Promise<LineOutcome> {
    try {
      return await this.dispatch(line);
    } catch (error) {
      // Every answer is committed before it is acknowledged, so a failure here loses nothing stored.
      this.reportError(error);
      this.write(error instanceof StorageUnavailableError ? storageUnavailable : somethingWentWrong);
      return 'continue';
    }
  }

  private async dispatch(line: string): Promise<LineOutcome> {
    const text = line.trim();
    if (text === '') return 'continue';
    if (this.confirmingForget) {
      const stored = this.confirmingForget;
      // ("wait what does that delete", "is it permanent?": a question about the deletion, answered by asking again.)
      if (asksAboutTheDeletion.test(text)) {
        this.write(`${forgetMe.confirm(stored)}\n${consoleText.forgetHow}`);
        return 'continue';
      }
      this.confirmingForget = undefined;
      if (confirmsTheDeletion.test(text)) {
        this.write(forgetMe.done(await this.bot.forget(this.context.actor)));
        this.lastRated = undefined;
        return 'continue';
      }
      this.write(forgetMe.kept);
      // "nah keep it", "no thanks", "cancel": an answer to the question asked, not a question to answer.
      if (/^(?:n|no|nah|nope|cancel|stop|keep|don'?t|dont|never\s*mind|nvm|not\s+now)\b/i.test(text)) return 'continue';
    }
    // ("1", "the first one", "lol 2": a reading chosen by its place; a number beyond the list is told the numbers.)
    const place = this.choices > 0 && !/^\d+$/.test(text) ? choiceTyped(text, this.choices) : undefined;
    if (place !== undefined) {
      const chosen = await this.bot.choose(this.context, this.conversation, place);
      if (chosen) {
        this.showAnswer(chosen, await this.activeQuiz());
        return 'continue';
      }
    }
    if (this.choices > 0 && /^\d+$/.test(text)) {
      // A number out of range keeps the question asked back: the person is told the numbers to type.
      if (Number(text) < 1 || Number(text) > this.choices) {
        this.write(consoleText.pickReading(this.choices));
        return 'continue';
      }
      const chosen = await this.bot.choose(this.context, this.conversation, Number(text) - 1);
      if (chosen) {
        this.showAnswer(chosen, await this.activeQuiz());
        return 'continue';
      }
    }
    this.choicesBefore = this.choices;
    this.choices = 0;
    const afterResult = this.resultShown;
    // ("im a backend dev 2 yoe. quiz pls": the quiz asked for, and what else was said with it.)
    const toldWithQuiz = quizAskedBeside(text);
    this.resultShown = false;
    if (text.startsWith('/')) return this.command(text);
    const quiz = await this.activeQuiz();
    const lower = text.toLowerCase();
    if (quiz) {
      if (/^\d+$/.test(text)) return this.answerQuiz(quiz, Number(text));
      // ("lets redo the quiz": starting it over, said in words, is no command to point to.)
      if (restartsTheQuiz.test(lower)) return this.quizEvent(quiz, quizWords.restart!);
      // ("forget me", "quiz pls" mid-quiz: a command asked in words is pointed to, never read as an option.)
      // ("quiz", "take the quiz" with one running: the question it waits on, shown again.)
      if (toldWithQuiz === '') return this.quizEvent(quiz, { type: 'start' });
      const hint = commandHint(text);
      if (hint) {
        this.write(`${hint}\n${consoleText.quizWaiting(questionNumber(quiz))}`);
        return 'continue';
      }
      // ("stop", "cancel quiz", "end the quiz pls": quitting it, in the words people use.)
      const word = quizWords[lower] ?? (stopsTheQuiz.test(lower) ? quizWords.quit : goesBack.test(lower) ? quizWords.back : undefined);
      if (word) return this.quizEvent(quiz, word);
      if (backToTheQuiz.test(lower)) return this.quizEvent(quiz, { type: 'start' });
      if (asksTheResult.test(lower)) {
        this.write(quizStandsText(quiz.step + 1, quiz.total));
        return 'continue';
      }
      // ("no wait" just after an answer: that answer taken back, its question asked again.)
      if (quiz.step > 0 && takesItBack.test(lower)) return this.quizEvent(quiz, quizWords.back!);
      // ("wait no go back to 1": back question by question to the one named, asked again with what was chosen there.)
      const backTo = goesBackTo.exec(lower);
      if (backTo) return this.goBackTo(quiz, Number(backTo[1]) - 1);
      // ("why?", "why this question": why the diagnostic asks the question waiting, not a follow-up of anything before.)
      if (
        /^(?:(?:but|and|so|ok|hmm)[\s,]+)?why(?:\s+(?:tho|though|this(?:\s+question)?|that(?:\s+question)?|(?:are|do)\s+(?:you|u)\s+ask(?:ing)?(?:\s+(?:this|that))?))?[\s?!.]*$/i.test(
          lower,
        ) ||
        asksWhatTheQuestionMeans.test(lower)
      ) {
        this.write(quizQuestionWhyText(quiz.question, quiz.step + 1, quiz.total));
        return 'continue';
      }
      // ("how many questions left", "how many more", "how many questions r there": where the quiz stands.)
      if (
        /^(?:(?:so|and|ok|hmm)[\s,]+)?how\s+many\s+(?:more|(?:questions?|qs?)\s+(?:(?:are|r)\s+)?(?:left|more|to\s+go|remaining|there|in\s+(?:it|this|the\s+quiz|total)|is\s+(?:this|it)|does\s+it\s+have)|left|to\s+go)\b/i.test(
          lower,
        )
      ) {
        this.write(quizStandsText(quiz.step + 1, quiz.total));
        return 'continue';
      }
      // ("wait no 1", "actually 2", "2 actually" just after an answer: that answer taken back and the question before
      // answered again, then this one asked again.)
      // ("actually change q1 to pipelines", "q2 should be yes" at question 3: another question's answer, named by its
      // number, is never taken for this one's; the one just before is changed, an earlier one needs back.)
      // ("what if q4 was max comp", "what if i picked max comp here": a supposition, never this question's answer.)
      // ("change q1 to pipelines" is no supposition: the answer named is changed.)
      // ("wait i meant pipelines for q1", "q2 should be yes" at question 4: an earlier answer, named by its question and
      // said as a correction, not a supposition, is changed there and this question stays.)
      const namedEarlier = /\b(?:q|question)\s*#?\s*(\d)\b/i.exec(text);
      const earlierStep = namedEarlier ? Number(namedEarlier[1]) - 1 : -1;
      // ("can i change q1 to pipelines": asked, but a change all the same.)
      const correction = /\b(?:change|changed|meant|mean|switch|set)\b/i.test(text);
      if (earlierStep >= 0 && earlierStep < quiz.step && !supposes.test(text) && (correction || !asksAnything(text))) {
        const said = text
          .replace(namedEarlier![0], ' ')
          .replace(/^\W*(?:(?:wait|so|ok(?:ay)?|hey)[,\s]+)*(?:can|could|may)\s+i\s+/i, ' ')
          .replace(changeWords, ' ');
        const chosen = optionTyped(quiz.earlier[earlierStep]!, said);
        if (chosen?.kind === 'option') return this.changeEarlierAnswer(quiz, earlierStep, chosen.option);
      }
      if (asksQuizWhatIf(text) && !changesANamedAnswer.test(text)) {
        this.write(consoleText.whatIfDuringQuiz(quiz.step + 1, quiz.question.options.length));
        return 'continue';
      }
      const named = /\b(?:q|question)\s*#?\s*(\d)\b/i.exec(text);
      const namedStep = named ? Number(named[1]) - 1 : quiz.step;
      if (namedStep !== quiz.step && namedStep >= 0 && namedStep < quiz.total && !asksAnything(text)) {
        const words = text.replace(named![0], ' ').replace(changeWords, ' ');
        const chosen = namedStep === quiz.step - 1 ? optionTyped(quiz.earlier[namedStep]!, words) : undefined;
        if (chosen?.kind === 'option') return this.changeLastAnswer(quiz, chosen.option);
        this.write(consoleText.otherQuestionNamed(namedStep + 1, quiz.step + 1, quiz.question.options.length));
        return 'continue';
      }
      const retaken = quiz.step > 0 ? takenBack(text) : undefined;
      const again = retaken === undefined ? undefined : optionTyped(quiz.earlier.at(-1)!, retaken);
      if (again?.kind === 'option') return this.changeLastAnswer(quiz, again.option);
      // "model accuracy", "yes", "not sure", "the second one": an option's own words or place choose it, as its number does.
      const typed = optionTyped(quiz.question, skipsTheQuestion.test(lower) ? 'skip' : text);
      if (typed?.kind === 'option') {
        // Words may be read wrong: the option they were taken for is said before the next question.
        const { options } = quiz.question;
        // (Chosen by its number, it was not read from words: "2 ig", "option 2". A question's number is none: "q4: max comp".)
        const number = options.indexOf(typed.option) + 1;
        if (!new RegExp(`(?<!\\b(?:q|question)\\s*#?\\s*)\\b${number}\\b`, 'i').test(text))
          this.write(consoleText.optionTaken(number, typed.option.label));
        return this.quizEvent(quiz, { type: 'answer', step: quiz.step, option: typed.option.id });
      }
      if (typed?.kind === 'ambiguous') {
        const { options } = quiz.question;
        this.write(consoleText.whichOption(typed.options.map((o) => ({ number: options.indexOf(o) + 1, label: o.label }))));
        return 'continue';
      }
      // ("the substrate i guess" at question 4: an answer to an earlier question, said so, with how to change that one.)
      // ("kinda both", "not really" at question 4: a degree alone says nothing of which question it answers; it is not
      // understood here, never sent back to an earlier one.)
      const earlier =
        asksAnything(text) || saysOnlyADegree(text) ? -1 : quiz.earlier.findLastIndex((q) => optionTyped(q, text)?.kind === 'option');
      if (earlier >= 0) {
        const typedThere = optionTyped(quiz.earlier[earlier]!, text);
        const label = typedThere?.kind === 'option' ? typedThere.option.label : '';
        this.write(consoleText.earlierOption(earlier + 1, label, quiz.step + 1, quiz.question.options.length));
        return 'continue';
      }
      // "pipelinez", "hmm idk man": a few words that choose no option and ask nothing are an answer not understood,
      // not a question to decline.
      // ("pay is everything rn i have student loans" at the comp question: said during the quiz, a line that asks
      // nothing is an answer not understood, not something to keep about the person.)
      // ("im in lagos btw", "im a backend dev btw, 3 yoe in java" mid-quiz: who they are, told aside, is noted as it
      // would be outside the quiz, and the question waits.)
      if (!asksAnything(text) && !acknowledges(text) && !toldAside(text)) {
        this.write(consoleText.optionNotTaken(quiz.question.options.length));
        return 'continue';
      }
    } else if (afterResult && takenBack(text) !== undefined && !/\b(?:change|answer|undo|back)\b/i.test(takenBack(text)!)) {
      // ("actually 2", "wait no 3", "sorry i meant low" right after the result: the last answer changed, which a finished
      // quiz answers as a what-if, its answers kept.)
      await this.ask(`what if i had said ${takenBack(text)!.replace(/[?!.\s]+$/, '')} on the last one`, quiz);
      // ("actually 2" → "wait actually 3": the last answer may be changed again.)
      this.resultShown = true;
      return 'continue';
    } else if ((afterResult || this.quizFinished) && (restartsTheQuiz.test(lower) || takesItOnceMore.test(lower))) {
      // ("ok restart" after the result, or after questions asked about it: the quiz taken again, from its first question.)
      return this.command('/quiz');
    } else if (/^\d+$/.test(text) || lower === 'back' || lower === 'restart') {
      this.write(consoleText.noQuiz);
      return 'continue';
    } else if (
      goesBack.test(lower) ||
      takesItBack.test(lower) ||
      /^\W*(?:wait[\s,]+)?(?:can\s+i\s+)?change\s+(?:my\s+)?(?:answers?|q\d|question\s+\d)\W*$/.test(lower)
    ) {
      // ("wait change my last answer", "undo" after the result: a finished quiz's answers stay; what another would change
      // is a what-if, and the quiz can be taken again.)
      this.write(consoleText.noQuizToChange);
      return 'continue';
    } else if (lower === 'quit' || lower === 'exit') {
      return this.quit();
    } else if (toldWithQuiz !== undefined) {
      // ("quiz", "take the quiz": in a terminal the quiz asked for in words is simply started, as /quiz would.)
      // ("im a backend dev 2 yoe. quiz pls": who they are, told with it, is noted first, as it would be alone.)
      // ("im confused, give me the quiz": how they feel about the choice is what the quiz is for, nothing to note.)
      if (toldWithQuiz !== '' && mayTellAboutThemselves(toldWithQuiz) && !standsBeforeTheChoice.test(toldWithQuiz))
        await this.ask(toldWithQuiz, undefined);
      return this.command('/quiz');
    }
    await this.ask(text, quiz);
    if (quiz) this.write(consoleText.quizWaiting(questionNumber(quiz)));
    return 'continue';
  }

  private async command(text: string): Promise<LineOutcome> {
    const [typed = '', ...rest] = text.slice(1).split(/\s+/);
    // ("/forget me", "/forgetme": forget-me as people type it.)
    const name = /^forget[-_]?(?:me)?$/i.test(typed) ? 'forget-me' : typed.toLowerCase();
    if (name === 'quit' || name === 'exit') return await this.quit();
    if (name === 'up' || name === 'down') {
      await this.rate(name === 'up' ? 1 : -1);
      return 'continue';
    }
    const command = this.commands.find((c) => c.name === name);
    if (!command) {
      this.write(consoleText.unknownCommand(typed));
      return 'continue';
    }
    // The rest of the line is the command's one text option ("/compare day to day"); a command without one ignores it.
    const option = command.options.find((o) => o.kind === 'text');
    const argument = rest.join(' ');
    const reply = await command.run(this.bot, {
      context: this.context,
      args: option ? { [option.name]: argument } : {},
      conversation: this.conversation,
    });
    await this.show(reply);
    return 'continue';
  }

  /** Writes a command's reply, and remembers what a later /up, /down or "yes" is about. */
  private async show(reply: CommandReply): Promise<void> {
    switch (reply.kind) {
      case 'list':
        return this.write(renderList(reply));
      case 'answer':
        return this.showAnswer(reply.answer, await this.activeQuiz());
      case 'comparison': {
        const compared = reply.reply;
        this.write(
          compared.kind === 'comparison' ? `${renderCompareReply(compared)}\n${consoleText.rateHint}` : renderCompareReply(compared),
        );
        this.lastRated = compared.kind === 'comparison' ? { kind: 'compare', subject: compared.comparison.aspect.id } : undefined;
        // "which of those is faster?" next asks within what it showed.
        if (compared.kind === 'comparison') await this.bot.rememberComparison(this.context, this.conversation, compared.comparison);
        return;
      }
      case 'quiz':
        return this.write(renderQuizView(reply.view));
      case 'sources':
        return this.write(renderSources(reply.sources));
      case 'help':
        // The commands this console offers, whatever list the help command was declared with.
        return this.write(consoleHelp(this.commands));
      case 'stored':
        if (Object.values(reply.data).every((n) => n === 0)) return this.write(forgetMe.nothing);
        this.confirmingForget = reply.data;
        return this.write(`${forgetMe.confirm(reply.data)}\n${consoleText.forgetHow}`);
      case 'answer-channels':
        // Not a console command (the registry offers it on Discord only); kept so every reply kind is handled.
        return this.write(consoleText.unknownCommand('answers'));
    }
  }

  private async ask(question: string, quiz: QuestionView | undefined): Promise<void> {
    this.showAnswer(await this.bot.ask(this.context, question, { conversation: this.conversation }), quiz);
  }

  private showAnswer(answer: Answer, quiz: QuestionView | undefined): void {
    const text = renderAnswer(answer, consoleSuggestion);
    // ("ok", "lol idk", "hmm 🤔" ask nothing, and the question asked back before them stays open.)
    this.choices = answer.clarify?.choices.length ?? (answer.declineReason === 'empty' ? this.choicesBefore : 0);
    if (!answer.answered) {
      // A vote now would be about this decline, not the answer before it; after "thanks" or "ok" it is still
      // about the answer before.
      if (answer.declineReason !== 'empty') this.lastRated = undefined;
      // The quiz is offered beside the topics to try (a decline that lists the closest passages ends in footnotes).
      const offerQuiz = answer.declineReason !== 'empty' && /\nTry: [^\n]*$/.test(text) && !quiz;
      this.write(offerQuiz ? `${text} · /quiz` : text);
      return;
    }
    this.lastRated = { kind: 'answer', subject: answer.question, ...(answer.passages[0] ? { passageId: answer.passages[0].id } : {}) };
    this.write(`${text}\n${consoleText.rateHint}`);
  }

  private async rate(vote: Vote): Promise<void> {
    if (!this.lastRated) {
      this.write(consoleText.nothingToRate);
      return;
    }
    await this.bot.rate(this.context.actor, this.lastRated, vote);
    this.write(vote === 1 ? feedbackThanks.up : feedbackThanks.down);
  }

  private answerQuiz(quiz: QuestionView, number: number): Promise<LineOutcome> | LineOutcome {
    const { options } = quiz.question;
    const option = options[number - 1];
    if (!option) {
      this.write(consoleText.outOfRange(options.length));
      return 'continue';
    }
    return this.quizEvent(quiz, { type: 'answer', step: quiz.step, option: option.id });
  }

  /** The answer to the question before this one changed: back to it, answered again, and this one shown again. */
  private async changeLastAnswer(quiz: QuestionView, option: QuizOption): Promise<LineOutcome> {
    const back = await this.bot.quizMove(this.context, { id: quiz.quiz.id, version: quiz.quiz.version }, { type: 'back', step: quiz.step });
    if (back.kind !== 'question') {
      this.write(renderQuizView(back));
      return 'continue';
    }
    this.write(consoleText.answerChanged(back.step + 1, back.question.options.indexOf(option) + 1, option.label));
    return this.quizEvent(back, { type: 'answer', step: back.step, option: option.id });
  }

  /** Question `step`'s answer changed to `option` while the quiz waits on a later one, which is asked again. */
  private async changeEarlierAnswer(quiz: QuestionView, step: number, option: QuizOption): Promise<LineOutcome> {
    const number = quiz.earlier[step]!.options.indexOf(option) + 1;
    const view = await this.bot.quizMove(
      this.context,
      { id: quiz.quiz.id, version: quiz.quiz.version },
      { type: 'change', step, option: option.id, at: quiz.step },
      this.conversation,
    );
    if (view.kind === 'question') this.write(consoleText.answerChanged(step + 1, number, option.label));
    this.write(renderQuizView(view));
    return 'continue';
  }

  private async quizEvent(quiz: QuestionView, event: QuizEvent): Promise<LineOutcome> {
    const view = await this.bot.quizMove(this.context, { id: quiz.quiz.id, version: quiz.quiz.version }, event, this.conversation);
    this.resultShown = view.kind === 'result';
    if (view.kind === 'result') this.quizFinished = true;
    this.write(renderQuizView(view));
    return 'continue';
  }

  /** Back to question `step` (zero-based), one question at a time; only where it lands is shown. */
  private async goBackTo(quiz: QuestionView, step: number): Promise<LineOutcome> {
    if (step < 0 || step >= quiz.step) {
      this.write(consoleText.cannotGoBackTo(step + 1, quiz.step + 1, quiz.question.options.length));
      return 'continue';
    }
    let view: QuizView = quiz;
    // (Each step back is a move of its own, made on the quiz as the one before left it.)
    for (let at = quiz.step; at > step && view.kind === 'question'; at -= 1)
      view = await this.bot.quizMove(
        this.context,
        { id: view.quiz.id, version: view.quiz.version },
        { type: 'back', step: at },
        this.conversation,
      );
    this.write(renderQuizView(view));
    return 'continue';
  }

  private async quit(): Promise<LineOutcome> {
    const quiz = await this.activeQuiz();
    this.write(quiz ? consoleText.byeWithQuiz(questionNumber(quiz)) : consoleText.bye);
    return 'quit';
  }

  private activeQuiz(): Promise<QuestionView | undefined> {
    return this.bot.activeQuiz(this.context);
  }
}

/** The console is one place: one running quiz per person at a time. */
const consolePlace = { key: 'console', label: 'console' };

/** "2 of 5". */
function questionNumber(quiz: QuestionView): string {
  return `${quiz.step + 1} of ${quiz.total}`;
}
