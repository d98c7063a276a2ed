/** Plain-text renderings of the bot's replies for the console: quiz steps, results, sources, help. */
import type { Suggestion } from '../answer/types.js';
import type { CompareReply, SourceInfo } from '../bot/careerBot.js';
import type { Command, ListItem } from '../commands/registry.js';
import {
  aspectsIntro,
  leanLabel,
  notOwner,
  questionHeading,
  quizNotices,
  resultHeadings,
  resultHeadline,
  sourcesIntro,
  whatIfLine,
} from '../bot/messages.js';
import { consoleText } from './text.js';
import { Footnotes } from '../answer/footnotes.js';
import { renderComparison } from '../plaintext/render.js';
import type { ResultExplanation } from '../quiz/explain.js';
import type { QuizView, ServiceNotice } from '../quiz/service.js';

export function consoleSuggestion(suggestion: Suggestion): string {
  return suggestion.kind === 'compare' ? `/compare ${suggestion.aspect}` : `"${suggestion.text}"`;
}

export function noticeText(notice: ServiceNotice, ownerName?: string): string {
  return notice === 'not-owner' && ownerName ? notOwner(ownerName) : quizNotices[notice];
}

/** The question on screen, numbered options, and how to answer. */
export function renderQuizView(view: QuizView): string {
  if (view.kind === 'notice') return noticeText(view.notice, view.quiz?.ownerName);
  // The console always shows the current question: an answer cannot come from an older copy of it.
  if (view.kind === 'behind') return renderQuizView(view.current);
  const notices = view.notices.map((n) => noticeText(n));
  if (view.kind === 'result') return [...notices, renderResult(view.explanation)].join('\n');
  const { question } = view;
  const previous = question.options.findIndex((o) => o.id === view.previous);
  const lines = [
    ...notices,
    questionHeading(view.step, view.total, question.topic),
    question.prompt,
    ...question.options.map((o, i) => `  ${i + 1}. ${o.label}${i === previous ? consoleText.previousAnswer : ''}`),
    consoleText.typeOption(question.options.length),
  ];
  return lines.join('\n');
}

export function renderResult(result: ResultExplanation): string {
  const notes = new Footnotes();
  const out = [resultHeadline(result), '', resultHeadings.pushes];
  for (const push of result.pushes) {
    const quote = push.quote ? `: "${push.quote.text}"` : '';
    out.push(`  Q${push.step + 1} ${push.topic}: ${push.answer} ▶ ${leanLabel[push.lean]}${quote} [${notes.ref(push.citation)}]`);
  }
  out.push('', `${resultHeadings.why} ${result.why.map((w) => `"${w.text}" [${notes.ref(w.citation)}]`).join(' ')}`);
  const [nearest, ...others] = result.whatIfs;
  if (nearest) {
    out.push('', `${resultHeadings.change} ${whatIfLine(nearest)}`);
    for (const whatIf of others) out.push(`  ${whatIfLine(whatIf)}`);
  }
  out.push('', resultHeadings.nextSteps);
  for (const step of result.nextSteps) {
    out.push(`  • ${step.label}: ${step.quotes.map((q) => `"${q.text}" [${notes.ref(q.citation)}]`).join(' · ')}`);
  }
  out.push('', ...notes.render(), '', consoleText.afterResult);
  return out.join('\n');
}

export function renderCompareReply(reply: CompareReply): string {
  if (reply.kind === 'comparison') return renderComparison(reply.comparison, reply.chart);
  const intro = reply.unknown === undefined ? aspectsIntro.list : aspectsIntro.unknown(reply.unknown);
  return [intro, ...reply.aspects.map((a) => `  /compare ${a.id.padEnd(17)} ${a.label}`)].join('\n');
}

/** A list reply: its heading, one line per item with its footnote, then the footnotes. */
export function renderList(reply: { heading: string; items: readonly ListItem[] }): string {
  const notes = new Footnotes();
  const lines = reply.items.map((item) => `  • ${item.text}${item.citation ? ` [${notes.ref(item.citation)}]` : ''}`);
  const sources = notes.render();
  return [reply.heading, ...lines, ...(sources.length > 0 ? ['', ...sources] : [])].join('\n');
}

export function renderSources(sources: SourceInfo[]): string {
  const lines = [sourcesIntro];
  sources.forEach((s, i) => {
    lines.push(
      `  ${i + 1}. ${s.publisher ? `${s.publisher} — ` : ''}${s.title}`,
      `     ${s.summary} (${s.updated ? `updated ${s.updated}, ` : ''}${s.passages} passages)`,
    );
  });
  return lines.join('\n');
}

/**
 * /help: every console command with its options and what it does (from the command registry), plus what the
 * console itself understands: a plain question, quiz answers, rating the last answer, leaving.
 */
export function consoleHelp(commands: readonly Command[]): string {
  const usage = (c: Command) =>
    [`/${c.name}`, ...c.options.map((o) => (o.kind === 'text' ? (o.required ? o.placeholder : `[${o.placeholder}]`) : o.name))].join(' ');
  const line = (left: string, right: string) => `  ${left.padEnd(23)} ${right}`;
  return [
    consoleText.helpIntro,
    line(consoleText.anyQuestion, consoleText.anyQuestionExample),
    // How to answer a quiz here goes under the command that starts one.
    ...commands
      .filter((c) => c.frontEnds.includes('console'))
      .flatMap((c) => [line(usage(c), c.help), ...(c.replies === 'quiz' ? [line('', consoleText.duringQuiz)] : [])]),
    line('/up, /down', consoleText.rateHelp),
    line('/quit', consoleText.quitHelp),
  ].join('\n');
}
