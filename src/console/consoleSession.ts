/**
 * The console front end: one person typing lines. Turns each line into a call on the shared bot
 * handlers and writes plain text back. Knows nothing about terminals; scripts/chat.ts feeds it.
 */
import type { UserData, Vote } from '../activity/repository.js';
import type { BotContext, CareerBot, RatingTarget } from '../bot/careerBot.js';
import {
  asksAboutTheDeletion,
  confirmsTheDeletion,
  feedbackThanks,
  forgetMe,
  somethingWentWrong,
  storageUnavailable,
  takesUpTheInvite,
} from '../bot/messages.js';
import { StorageUnavailableError } from '../ports/storage.js';
import { consoleText } from './text.js';
import { renderAnswer } from '../plaintext/render.js';
import type { Answer } from '../answer/types.js';
import { type Command, type CommandReply, commandsFor } from '../commands/registry.js';
import type { QuestionView, QuizView } from '../quiz/service.js';
import { choiceTyped } from '../conversation/choiceTyped.js';
import { type QuizLine, readLineBesideQuiz, readQuizLine } from '../quiz/typedLine.js';
import { actOnQuizLine } from '../bot/quizLines.js';
import { consoleHelp, consoleSuggestion, renderCompareReply, renderList, renderQuizView, renderSources } from './renderConsole.js';

/** Whether the conversation goes on after a line. */
export type LineOutcome = 'continue' | 'quit';

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
  /** Whether the answer just shown offered the quiz: "yes", "ok do that" next takes it up. */
  private quizInvited = false;

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
    const invited = this.quizInvited;
    this.resultShown = false;
    this.quizInvited = false;
    if (text.startsWith('/')) return this.command(text);
    const quiz = await this.activeQuiz();
    if (!quiz && invited && takesUpTheInvite.test(text)) return this.command('/quiz');
    if (quiz) {
      const outcome = await this.quizLine(quiz, readQuizLine(quiz, text));
      if (outcome) return outcome;
    } else if (text.toLowerCase() === 'quit' || text.toLowerCase() === 'exit') {
      return this.quit();
    } else {
      const beside = readLineBesideQuiz(text, { afterResult, quizFinished: this.quizFinished });
      switch (beside?.kind) {
        case 'what-if':
          await this.ask(beside.question, quiz);
          // ("actually 2" → "wait actually 3": the last answer may be changed again.)
          this.resultShown = true;
          return 'continue';
        case 'retake':
          return this.command('/quiz');
        case 'no-quiz':
          this.write(consoleText.noQuiz);
          return 'continue';
        case 'nothing-to-change':
          this.write(consoleText.noQuizToChange);
          return 'continue';
        case 'start':
          // (In a terminal the quiz asked for in words is simply started, as /quiz would; who they are, told with it,
          // is noted first.)
          if (beside.told !== undefined) await this.ask(beside.told, undefined);
          return this.command('/quiz');
      }
    }
    await this.ask(text, quiz);
    if (quiz) this.write(consoleText.quizWaiting(questionNumber(quiz)));
    return 'continue';
  }

  /** Acts on a line read during the quiz; undefined when it is an aside, to be answered as a question. */
  private async quizLine(quiz: QuestionView, line: QuizLine): Promise<LineOutcome | undefined> {
    if (line.kind === 'aside') return undefined;
    const { said, view } = await actOnQuizLine(this.bot, this.context, this.conversation, quiz, line);
    for (const text of said) this.write(text);
    if (view) this.showQuizView(view);
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
    this.quizInvited = answer.invite === 'quiz' && !quiz;
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

  /** Shows where the quiz now stands; a result shown lets "actually 2" next change its last answer, as a what-if. */
  private showQuizView(view: QuizView): void {
    this.resultShown = view.kind === 'result';
    if (view.kind === 'result') this.quizFinished = true;
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
