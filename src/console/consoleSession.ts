/**
 * The console front end: one person typing lines. Turns each line into a call on the shared bot
 * handlers and writes plain text back. Knows nothing about terminals; scripts/chat.ts feeds it.
 */
import type { Vote } from '../activity/repository.js';
import type { BotContext, CareerBot, RatingTarget } from '../bot/careerBot.js';
import { consoleText, feedbackThanks, forgetMe, somethingWentWrong } from '../bot/messages.js';
import { renderAnswer } from '../plaintext/render.js';
import type { QuizEvent } from '../quiz/machine.js';
import type { StoredQuiz } from '../quiz/repository.js';
import type { QuizView } from '../quiz/service.js';
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
    this.context = { actor: { id: `console:${user}`, name: user }, place: { platform: 'console' } };
  }

  /** The greeting, and where a quiz left in an earlier session stands. */
  welcome(): void {
    const lines = [consoleText.greeting(this.context.actor.name)];
    if (this.activeQuiz()) lines.push(consoleText.quizInProgress(this.questionNumber()));
    this.write(lines.join('\n'));
  }

  handle(line: string): LineOutcome {
    try {
      return this.dispatch(line);
    } catch (error) {
      // Every answer is committed before it is acknowledged, so a failure here loses nothing stored.
      this.reportError(error);
      this.write(somethingWentWrong);
      return 'continue';
    }
  }

  private dispatch(line: string): LineOutcome {
    const text = line.trim();
    if (text === '') return 'continue';
    if (this.confirmingForget) {
      this.confirmingForget = false;
      if (/^(y|yes)$/i.test(text)) {
        this.write(forgetMe.done(this.bot.forget(this.context.actor)));
        this.lastRated = undefined;
        return 'continue';
      }
      this.write(forgetMe.kept);
      if (/^(n|no)$/i.test(text)) return 'continue';
    }
    if (text.startsWith('/')) return this.command(text);
    const quiz = this.activeQuiz();
    const lower = text.toLowerCase();
    if (quiz) {
      if (/^\d+$/.test(text)) return this.answerQuiz(quiz, Number(text));
      const word = quizWords[lower];
      if (word) return this.quizEvent(quiz.id, quiz.version, word);
    } else if (/^\d+$/.test(text) || lower === 'back' || lower === 'restart') {
      this.write(consoleText.noQuiz);
      return 'continue';
    } else if (lower === 'quit' || lower === 'exit') {
      return this.quit();
    }
    this.ask(text);
    if (quiz) this.write(consoleText.quizWaiting(this.questionNumber()));
    return 'continue';
  }

  private command(text: string): LineOutcome {
    const [name = '', ...rest] = text.slice(1).split(/\s+/);
    const argument = rest.join(' ');
    switch (name.toLowerCase()) {
      case 'quit':
      case 'exit':
        return this.quit();
      case 'help':
        this.write(consoleHelp);
        break;
      case 'ask':
        this.ask(argument);
        break;
      case 'compare': {
        const reply = this.bot.compare(argument);
        this.write(reply.kind === 'comparison' ? `${renderCompareReply(reply)}\n${consoleText.rateHint}` : renderCompareReply(reply));
        this.lastRated = reply.kind === 'comparison' ? { kind: 'compare', subject: reply.comparison.aspect.id } : undefined;
        break;
      }
      case 'quiz':
        this.show(this.bot.startQuiz(this.context));
        break;
      case 'sources':
        this.write(renderSources(this.bot.sources()));
        break;
      case 'forget-me': {
        const stored = this.bot.storedAbout(this.context.actor);
        if (Object.values(stored).every((n) => n === 0)) this.write(forgetMe.nothing);
        else {
          this.confirmingForget = true;
          this.write(`${forgetMe.confirm(stored)}\n${consoleText.forgetHow}`);
        }
        break;
      }
      case 'up':
      case 'down':
        this.rate(name.toLowerCase() === 'up' ? 1 : -1);
        break;
      default:
        this.write(consoleText.unknownCommand(name));
    }
    return 'continue';
  }

  private ask(question: string): void {
    const answer = this.bot.ask(this.context, question);
    const text = renderAnswer(answer, consoleSuggestion);
    if (!answer.answered) {
      // A vote now would be about this decline, not the answer before it.
      this.lastRated = undefined;
      // The quiz is offered beside the topics to try (a decline that lists the closest passages ends in footnotes).
      const offerQuiz = answer.declineReason !== 'empty' && /\nTry: [^\n]*$/.test(text) && !this.activeQuiz();
      this.write(offerQuiz ? `${text} · /quiz` : text);
      return;
    }
    this.lastRated = { kind: 'answer', subject: answer.question, ...(answer.passages[0] ? { passageId: answer.passages[0].id } : {}) };
    this.write(`${text}\n${consoleText.rateHint}`);
  }

  private rate(vote: Vote): void {
    if (!this.lastRated) {
      this.write(consoleText.nothingToRate);
      return;
    }
    this.bot.rate(this.context.actor, this.lastRated, vote);
    this.write(vote === 1 ? feedbackThanks.up : feedbackThanks.down);
  }

  private answerQuiz(quiz: StoredQuiz, number: number): LineOutcome {
    const step = quiz.state.status === 'active' ? quiz.state.step : 0;
    const options = this.bot.quizzes.quiz.questions[step]?.options ?? [];
    const option = options[number - 1];
    if (!option) {
      this.write(consoleText.outOfRange(options.length));
      return 'continue';
    }
    return this.quizEvent(quiz.id, quiz.version, { type: 'answer', step, option: option.id });
  }

  private quizEvent(id: number, version: number, event: QuizEvent): LineOutcome {
    this.show(this.bot.quizEvent(this.context, { id, version }, event));
    return 'continue';
  }

  private show(view: QuizView): void {
    this.write(renderQuizView(view, (v) => this.bot.explain(v.result)));
  }

  private quit(): LineOutcome {
    const quiz = this.activeQuiz();
    this.write(quiz ? consoleText.byeWithQuiz(this.questionNumber()) : consoleText.bye);
    return 'quit';
  }

  private activeQuiz() {
    return this.bot.quizzes.active(this.context.actor.id, this.context.place);
  }

  private questionNumber(): string {
    const quiz = this.activeQuiz();
    return quiz?.state.status === 'active' ? `${quiz.state.step + 1} of ${this.bot.quizzes.quiz.questions.length}` : '';
  }
}
