/**
 * The console front end: one person typing lines. Turns each line into a call on the shared bot
 * handlers and writes plain text back. Knows nothing about terminals; scripts/chat.ts feeds it.
 */
import type { Vote } from '../activity/repository.js';
import type { BotContext, CareerBot, RatingTarget } from '../bot/careerBot.js';
import { consoleText, feedbackThanks, forgetMe, somethingWentWrong } from '../bot/messages.js';
import { renderAnswer } from '../plaintext/render.js';
import type { QuizEvent } from '../quiz/machine.js';
import type { QuestionView, QuizView } from '../quiz/service.js';
import {
  consoleHelp,
  consoleSuggestion,
  renderCompareReply,
  renderQuizView,
  renderSources,
} from './renderConsole.js';

/** Whether the conversation goes on after a line. */
export type LineOutcome = 'continue' | 'quit';

const quizWords: Record<string, QuizEvent> = {
  back: { type: 'back' },
  restart: { type: 'restart' },
  quit: { type: 'abandon' },
  exit: { type: 'abandon' },
};

/** One person at the console: each typed line in, plain text out. */
export class ConsoleSession {
  private readonly context: BotContext;
  private confirmingForget = false;
  private lastRated: RatingTarget | undefined;

  constructor(
    private readonly bot: CareerBot,
    user: string,
    private readonly write: (text: string) => void,
    /** Where an unexpected error goes (stderr in the console); the person only gets an apology. */
    private readonly reportError: (error: unknown) => void = () => {},
  ) {
    this.context = { actor: { id: `console:${user}`, name: user }, place: consolePlace };
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
      this.write(somethingWentWrong);
      return 'continue';
    }
  }

  private async dispatch(line: string): Promise<LineOutcome> {
    const text = line.trim();
    if (text === '') return 'continue';
    if (this.confirmingForget) {
      this.confirmingForget = false;
      if (/^(y|yes)$/i.test(text)) {
        this.write(forgetMe.done(await this.bot.forget(this.context.actor)));
        this.lastRated = undefined;
        return 'continue';
      }
      this.write(forgetMe.kept);
      if (/^(n|no)$/i.test(text)) return 'continue';
    }
    if (text.startsWith('/')) return this.command(text);
    const quiz = await this.activeQuiz();
    const lower = text.toLowerCase();
    if (quiz) {
      if (/^\d+$/.test(text)) return this.answerQuiz(quiz, Number(text));
      const word = quizWords[lower];
      if (word) return this.quizEvent(quiz, word);
    } else if (/^\d+$/.test(text) || lower === 'back' || lower === 'restart') {
      this.write(consoleText.noQuiz);
      return 'continue';
    } else if (lower === 'quit' || lower === 'exit') {
      return this.quit();
    }
    await this.ask(text, quiz);
    if (quiz) this.write(consoleText.quizWaiting(questionNumber(quiz)));
    return 'continue';
  }

  private async command(text: string): Promise<LineOutcome> {
    const [name = '', ...rest] = text.slice(1).split(/\s+/);
    const argument = rest.join(' ');
    switch (name.toLowerCase()) {
      case 'quit':
      case 'exit':
        return await this.quit();
      case 'help':
        this.write(consoleHelp);
        break;
      case 'ask':
        await this.ask(argument, await this.activeQuiz());
        break;
      case 'compare': {
        const reply = this.bot.compare(argument);
        this.write(reply.kind === 'comparison' ? `${renderCompareReply(reply)}\n${consoleText.rateHint}` : renderCompareReply(reply));
        this.lastRated = reply.kind === 'comparison' ? { kind: 'compare', subject: reply.comparison.aspect.id } : undefined;
        break;
      }
      case 'quiz':
        this.show(await this.bot.startQuiz(this.context));
        break;
      case 'sources':
        this.write(renderSources(this.bot.sources()));
        break;
      case 'forget-me': {
        const stored = await this.bot.storedAbout(this.context.actor);
        if (Object.values(stored).every((n) => n === 0)) this.write(forgetMe.nothing);
        else {
          this.confirmingForget = true;
          this.write(`${forgetMe.confirm(stored)}\n${consoleText.forgetHow}`);
        }
        break;
      }
      case 'up':
      case 'down':
        await this.rate(name.toLowerCase() === 'up' ? 1 : -1);
        break;
      default:
        this.write(consoleText.unknownCommand(name));
    }
    return 'continue';
  }

  private async ask(question: string, quiz: QuestionView | undefined): Promise<void> {
    const answer = await this.bot.ask(this.context, question);
    const text = renderAnswer(answer, consoleSuggestion);
    if (!answer.answered) {
      // A vote now would be about this decline, not the answer before it.
      this.lastRated = undefined;
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

  private async quizEvent(quiz: QuestionView, event: QuizEvent): Promise<LineOutcome> {
    this.show(await this.bot.quizMove(this.context, { id: quiz.quiz.id, version: quiz.quiz.version }, event));
    return 'continue';
  }

  private show(view: QuizView): void {
    this.write(renderQuizView(view));
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
