/**
 * The ask CLI: answers for people, JSON lines for checks. Kept apart from scripts/ask.ts so tests can
 * run it in-process with their own output streams.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { answerQuestion } from '../answer/answer.js';
import type { Answer } from '../answer/types.js';
import type { Knowledge } from '../bot/openBot.js';
import { answerDialog } from '../conversation/dialog.js';
import type { CareerBot } from '../bot/careerBot.js';
import { chartImage } from '../chartimage/png.js';
import { comparisonRefs, renderAnswer, renderComparison } from '../plaintext/render.js';

export const usage = `usage:
  npm run ask -- "question"                  the answer, with citations
  npm run ask -- --json "question"           the answer as one JSON object
  npm run ask -- --json --batch FILE         one question per line in, one JSON object per line out
  npm run ask -- --passages                  every indexed passage, one JSON object per line
  npm run ask -- --compare ASPECT [--json]   Data Engineer vs ML Engineer on one aspect, its figures charted in text
  npm run ask -- --compare ASPECT --chart FILE.png
                                             the same, and the chart of its figures written as a PNG picture
  npm run ask -- --json --dialog FILE        one conversation per line (a JSON array of turns) in, the answer
                                             to its last turn per line out (the earlier turns are its context)`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile?: (file: string) => string;
}

type Parsed =
  | { mode: 'help' }
  | { mode: 'ask'; json: boolean; question: string }
  | { mode: 'batch'; json: boolean; file: string }
  | { mode: 'passages' }
  | { mode: 'compare'; json: boolean; aspect: string; chart?: string }
  | { mode: 'dialog'; json: boolean; file: string };

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Parsed {
  let json = false;
  let batch: string | undefined;
  let compare: string | undefined;
  let dialog: string | undefined;
  let chart: string | undefined;
  let passages = false;
  const words: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (optionsEnded) words.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--help' || arg === '-h') return { mode: 'help' };
    else if (arg === '--json') json = true;
    else if (arg === '--passages') passages = true;
    else if (arg === '--batch' || arg === '--compare' || arg === '--dialog' || arg === '--chart') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--batch') batch = value;
      else if (arg === '--dialog') dialog = value;
      else if (arg === '--chart') chart = value;
      else compare = value;
      i += 1;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  const modes = [batch !== undefined, compare !== undefined, dialog !== undefined, passages].filter(Boolean).length;
  if (modes > 1) throw new UsageError('use only one of --batch, --dialog, --compare and --passages');
  if (chart !== undefined && compare === undefined)
    throw new UsageError('--chart writes the chart of a comparison: give --compare ASPECT too');
  if (dialog !== undefined) {
    if (words.length > 0) throw new UsageError('--dialog reads conversations from the file; give no question too');
    return { mode: 'dialog', json, file: dialog };
  }
  if (passages) {
    if (words.length > 0) throw new UsageError('--passages takes no question');
    return { mode: 'passages' };
  }
  if (batch !== undefined) {
    if (words.length > 0) throw new UsageError('--batch reads questions from the file; give no question too');
    return { mode: 'batch', json, file: batch };
  }
  if (compare !== undefined) {
    if (words.length > 0) throw new UsageError('--compare takes one aspect; quote it if it has spaces');
    return { mode: 'compare', json, aspect: compare, ...(chart !== undefined ? { chart } : {}) };
  }
  const question = words.join(' ').trim();
  if (question === '') throw new UsageError('give a question, e.g. npm run ask -- "how much do ML engineers make?"');
  return { mode: 'ask', json, question };
}

/**
 * The JSON shape of an answer: what checks read. `lead` is the opening sentence and its passage id (null when
 * declined); `uncovered` the question's salient words the sources do not cover (possibly non-empty when
 * answered); for a declined question `passages` holds the closest ones and `declineReason` says why (`statement`:
 * nothing was asked, and `noted` says back what the person told about themselves); `invite` is `"quiz"` when the
 * answer offers /quiz (a fit asked by someone who has told nothing about themselves); `saidOf` (`"de"` or `"mle"`)
 * names the role the opening passage speaks of when the question asked about the other one only; `levelGiven`
 * the level the opening figures are given for ("Mid-Senior") when the question asked for another; `periodGiven`
 * (`"month"` or `"year"`) the period they are given in when a check asked for another ("per year?"); `currencyGiven`
 * the currency they are given in ("US dollars", "naira") when the question asked for another ("in rupees?"); `checkUnsaid`
 * (`{check, unsaid, said?}`) a check ("is that base?") the figures first shown leave open, and the source that says it;
 * `placeUnsaid` the place a question or follow-up asked about ("Nigeria") that the sources give only pay for, beside their
 * general answer;
 * `moveUnsaid` (`{from, to?}`) a move the sources never describe ("backend developer" to `"mle"`), beside what they say of
 * getting into that role (no `to`: no role named, "nurse", beside what they say of getting into each); `sourcesDiffer`
 * (`[{source, figure}, …]`) each source's figure when they give the one asked differently ("6-9 months", "12-18 months"),
 * the lead's first, with `counterpart` the other source's sentence; `onlySource` the one source that gives the figure,
 * when a follow-up asked whether the sources agree on it.
 */
/** An answer in `--json`'s shape (README, "Asking from the command line"). */
export interface AnswerJson {
  question: string;
  answered: boolean;
  lead: { passage: string; sentence: string } | null;
  uncovered: string[];
  passages: { id: string; source: string; title: string; section: string; text: string; score: number }[];
  also?: AnswerJson[];
  /** What the message asked beyond the asks answered, to be asked again. */
  leftUnasked?: string[];
  [field: string]: unknown;
}

export function answerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    ...(answer.declineReason ? { declineReason: answer.declineReason } : {}),
    lead: answer.lead ? { passage: answer.lead.passageId, sentence: answer.lead.sentence } : null,
    ...(answer.counterpart ? { counterpart: { passage: answer.counterpart.passageId, sentence: answer.counterpart.sentence } } : {}),
    uncovered: answer.uncovered,
    ...(answer.understood ? { understood: answer.understood } : {}),
    ...(answer.clarify ? { clarify: answer.clarify } : {}),
    ...(answer.noted ? { noted: answer.noted } : {}),
    ...(answer.invite ? { invite: answer.invite } : {}),
    ...(answer.saidOf ? { saidOf: answer.saidOf } : {}),
    ...(answer.levelGiven ? { levelGiven: answer.levelGiven } : {}),
    ...(answer.periodGiven ? { periodGiven: answer.periodGiven } : {}),
    ...(answer.currencyGiven ? { currencyGiven: answer.currencyGiven } : {}),
    ...(answer.placeUnsaid ? { placeUnsaid: answer.placeUnsaid } : {}),
    ...(answer.moveUnsaid ? { moveUnsaid: answer.moveUnsaid } : {}),
    ...(answer.checkUnsaid ? { checkUnsaid: answer.checkUnsaid } : {}),
    ...(answer.onlySource ? { onlySource: answer.onlySource } : {}),
    ...(answer.sourcesDiffer ? { sourcesDiffer: answer.sourcesDiffer } : {}),
    passages: answer.passages.map((p) => ({
      id: p.id,
      source: p.source,
      title: p.title,
      section: p.section,
      text: p.text,
      score: p.score,
    })),
    // ("…? also is remote common?": the other things the message asked, each answered in the same shape.)
    ...(answer.also && answer.also.length > 0 ? { also: answer.also.map(answerJson) } : {}),
    ...(answer.leftUnasked && answer.leftUnasked.length > 0 ? { leftUnasked: answer.leftUnasked } : {}),
  };
}

/** A bot that keeps conversations, for --dialog (scripts/ask.ts opens one over an in-memory database). */
export type Converser = Pick<CareerBot, 'ask'>;

/** Runs the CLI; returns the exit code (a promise of it for --dialog, which answers through a conversing bot). */
export function runAskCli(
  argv: string[],
  loadKnowledge: () => Knowledge,
  io: CliIo,
  converser?: () => Converser | Promise<Converser>,
): number | Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`ask: ${error.message}\n${usage}`);
    return 2;
  }
  if (parsed.mode === 'help') {
    io.out(usage);
    return 0;
  }
  if (parsed.mode === 'dialog') return runDialogs(parsed, io, converser);
  const { kb, comparisons } = loadKnowledge();
  switch (parsed.mode) {
    case 'passages':
      for (const p of kb.passages) io.out(JSON.stringify({ id: p.id, source: p.source, title: p.title, section: p.section, text: p.text }));
      return 0;
    case 'ask': {
      const answer = answerQuestion(kb, parsed.question, comparisons.aspects);
      io.out(parsed.json ? JSON.stringify(answerJson(answer)) : renderAnswer(answer));
      return 0;
    }
    case 'batch': {
      const questions = linesOf(parsed.file, io);
      if (!questions) return 2;
      questions.forEach((question, i) => {
        const answer = answerQuestion(kb, question, comparisons.aspects);
        if (parsed.json) io.out(JSON.stringify(answerJson(answer)));
        else io.out(`${i > 0 ? '\n' : ''}Q: ${answer.question}\n${renderAnswer(answer)}`);
      });
      return 0;
    }
    case 'compare': {
      // The same reading of the aspect as /compare: case, spacing, invisible characters and one typo forgiven.
      const choice = comparisons.choose(parsed.aspect);
      if (choice.kind === 'aspects') {
        const known = comparisons.aspects.map((a) => a.id).join(', ');
        const close = choice.close ?? [];
        io.err(
          `ask: I don't know the aspect "${parsed.aspect}".${close.length > 0 ? ` Did you mean ${close.map((a) => a.id).join(' or ')}?` : ''}\nAspects: ${known}`,
        );
        return 2;
      }
      const { comparison, chart } = choice;
      io.out(parsed.json ? JSON.stringify(comparison) : renderComparison(comparison, chart));
      if (parsed.chart === undefined) return 0;
      if (!chart) {
        io.err(`ask: the sources state no figures to chart on ${comparison.aspect.label}; no picture written`);
        return 1;
      }
      return writeChart(parsed.chart, chartImage(chart, comparisonRefs(comparison)), io);
    }
  }
}

/** Writes the picture; a file that cannot be written is said plainly. */
async function writeChart(file: string, image: ReturnType<typeof chartImage>, io: CliIo): Promise<number> {
  const { png, width, height } = await image;
  try {
    writeFileSync(file, png);
  } catch (error) {
    io.err(`ask: cannot write the chart to ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  io.err(`ask: chart written to ${file} (${width}×${height} PNG)`);
  return 0;
}

/** --dialog: each line a JSON array of turns, answered as one conversation; the answer to its last turn printed. */
async function runDialogs(
  parsed: { json: boolean; file: string },
  io: CliIo,
  converser: (() => Converser | Promise<Converser>) | undefined,
): Promise<number> {
  const lines = linesOf(parsed.file, io);
  if (!lines) return 2;
  const dialogs: string[][] = [];
  for (const [i, line] of lines.entries()) {
    let turns: unknown;
    try {
      turns = JSON.parse(line);
    } catch {
      turns = undefined;
    }
    if (!Array.isArray(turns) || turns.length === 0 || !turns.every((t) => typeof t === 'string')) {
      io.err(
        `ask: ${parsed.file}:${i + 1}: a conversation is a JSON array of one or more questions, e.g. ["how much do DEs make?", "and MLEs?"]`,
      );
      return 2;
    }
    dialogs.push(turns);
  }
  if (!converser) throw new Error('ask: --dialog needs a bot that keeps conversations');
  const bot = await converser();
  for (const [i, turns] of dialogs.entries()) {
    // Each line is a conversation of its own: nothing carries over from the line before.
    const answer = await answerDialog(bot, turns, `dialog:${i + 1}`);
    io.out(parsed.json ? JSON.stringify(answerJson(answer)) : `${i > 0 ? '\n' : ''}Q: ${turns.join(' → ')}\n${renderAnswer(answer)}`);
  }
  return 0;
}

/** The non-blank lines of a file, or undefined when it cannot be read (said on stderr). */
function linesOf(file: string, io: CliIo): string[] | undefined {
  try {
    const text = (io.readFile ?? ((f) => readFileSync(f, 'utf8')))(file);
    return text.split(/\r?\n/).filter((line) => line.trim() !== '');
  } catch (error) {
    io.err(`ask: cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
}
