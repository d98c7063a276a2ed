/** Plain-text renderings of answers and comparisons, for the ask CLI (and any terminal front end). */
import type { Answer, Suggestion } from '../answer/types.js';
import {
  alsoAskedLine,
  leftUnaskedLine,
  clarifyHint,
  declineIntro,
  declineIntroOf,
  missingIntro,
  quizInvite,
  answerNotes,
  notesBeforeTheQuote,
  understoodLine,
} from '../bot/messages.js';
import { oneLine, pointLabel, pointLines } from '../compare/text.js';
import type { Chart } from '../charts/chart.js';
import type { RefOf } from '../charts/describe.js';
import type { Comparison, ComparisonPoint } from '../compare/types.js';
import { renderChartText } from './chart.js';
import { Footnotes } from '../answer/footnotes.js';
import { blockQuote, roleBulletOf, closestOf, isCounterpart, leadOf, quoteAddsToLead, shownInOrder } from '../answer/presentation.js';

const quoteLimit = 600;

export function renderSuggestion(suggestion: Suggestion): string {
  if (suggestion.kind === 'compare') return `npm run ask -- --compare ${suggestion.aspect}`;
  return `"${suggestion.text}"`;
}

/** An answer, then each other thing the message asked, under the words that asked it. */
export function renderAnswer(answer: Answer, suggestion: (s: Suggestion) => string = renderSuggestion): string {
  const also = (answer.also ?? []).map((other) => `${alsoAskedLine(other.question)}\n${renderOne(other, suggestion)}`);
  const left = answer.leftUnasked && answer.leftUnasked.length > 0 ? [leftUnaskedLine(answer.leftUnasked)] : [];
  return [renderOne(answer, suggestion), ...also, ...left].join('\n\n');
}

function renderOne(answer: Answer, suggestion: (s: Suggestion) => string): string {
  if (answer.clarify) return renderClarify(answer.clarify);
  if (!answer.answered) return renderDecline(answer, suggestion);
  const notes = new Footnotes();
  const [best, ...others] = shownInOrder(answer);
  const beside = others.filter((p) => isCounterpart(answer, p));
  const rest = others.filter((p) => !beside.includes(p));
  const out: string[] = answer.understood ? [understoodLine(answer.understood)] : [];
  out.push(...notesBeforeTheQuote(answer));
  if (best) {
    out.push(`${leadOf(best, answer)} [${notes.ref(best.citation)}]`);
    for (const passage of beside) out.push(`${leadOf(passage, answer)} [${notes.ref(passage.citation)}]`);
    if (quoteAddsToLead(best, answer) && !answer.brief) out.push(blockQuote(best.text, quoteLimit));
  }
  out.push(...answerNotes(answer));
  if (answer.invite === 'quiz') out.push(quizInvite);
  if (rest.length > 0 && !answer.brief) {
    out.push('', 'Also in my sources:');
    for (const passage of rest) out.push(`  • ${roleBulletOf(passage)} [${notes.ref(passage.citation)}]`);
  }
  out.push('', ...notes.render());
  return out.join('\n');
}

/** A question asked back: the readings, numbered, and how to pick one. */
export function renderClarify(clarify: NonNullable<Answer['clarify']>): string {
  return [
    clarify.prompt,
    ...clarify.choices.map((c, i) => `  ${i + 1}. ${understoodLine(c).replace(/:$/, '')}`),
    clarifyHint(clarify.choices.length),
  ].join('\n');
}

/** A decline: what the sources lack and the closest they have, or what I know about and what to try. */
export function renderDecline(answer: Answer, suggestion: (s: Suggestion) => string = renderSuggestion): string {
  if (answer.declineReason === 'statement' && answer.noted) return answer.noted;
  const closest = closestOf(answer);
  if (closest.length > 0) {
    const notes = new Footnotes();
    const out = [missingIntro(answer), declineIntro.closest];
    for (const passage of closest) out.push(`  • ${roleBulletOf(passage)} [${notes.ref(passage.citation)}]`);
    return [...out, '', ...notes.render()].join('\n');
  }
  const intro = declineIntroOf(answer);
  return `${intro}\nTry: ${answer.suggestions.map(suggestion).join(' · ')}`;
}

/** One side's points: a list's lead-in on the bullet line with its items under it, each marked "–". */
function side(title: string, points: ComparisonPoint[], notes: Footnotes): string[] {
  const lines = [`${title}`];
  if (points.length === 0) lines.push('  (my sources say nothing specific here)');
  for (const point of points) {
    const label = pointLabel(point);
    const { first, items, leadIn } = pointLines(`${label ? `${label}: ` : ''}${point.text}`);
    lines.push(`  • ${first} [${notes.ref(point.citation)}]`, ...items.map((line) => `    ${leadIn ? '– ' : ''}${line}`));
  }
  return lines;
}

/**
 * The comparison in text; with `chart`, its figures drawn as text bars before the Sources, numbered as the
 * points are (the chart's figures come from the points shown).
 */
export function renderComparison(comparison: Comparison, chart?: Chart): string {
  const notes = new Footnotes();
  const out = [`Data Engineer vs ML Engineer — ${comparison.aspect.label}`, ''];
  out.push(...side('Data Engineer', comparison.dataEngineer, notes), '');
  out.push(...side('ML Engineer', comparison.mlEngineer, notes));
  if (comparison.both.length > 0) {
    out.push('', 'Both roles');
    for (const point of comparison.both) {
      const label = pointLabel(point);
      out.push(`  • ${label ? `${label}: ` : ''}"${oneLine(point.text)}" [${notes.ref(point.citation)}]`);
    }
  }
  for (const disagreement of comparison.disagreements) {
    const figures = disagreement.figures.map((f) => `${f.value} [${notes.ref(f.citation)}]`).join(' vs ');
    out.push('', `⚠ Sources differ on ${disagreement.topic}: ${figures}.`);
  }
  if (chart)
    out.push(
      '',
      renderChartText(chart, (c) => notes.ref(c)),
    );
  out.push('', 'Sources:', ...notes.render());
  return out.join('\n');
}

/** The footnote numbers `renderComparison` gives: for a picture of the chart that goes with its text. */
export function comparisonRefs(comparison: Comparison): RefOf {
  const notes = new Footnotes();
  for (const point of [...comparison.dataEngineer, ...comparison.mlEngineer, ...comparison.both]) notes.ref(point.citation);
  for (const disagreement of comparison.disagreements) for (const f of disagreement.figures) notes.ref(f.citation);
  return (citation) => notes.ref(citation);
}
