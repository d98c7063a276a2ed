/**
 * How well one sentence of a passage (a list item, a table row read aloud) answers a question: it must carry
 * the question's content, hold the kind of answer asked for (a comparison for "which pays more", a figure for
 * "how much", a reason for "why") and speak of the role asked about, not only of the other one. Passages are
 * re-ranked by their best sentence, and answers open with it.
 */
import type { Passage } from '../knowledge/passages.js';
import { isCrossReference, quotableUnits } from '../knowledge/units.js';
import type { Analyzer } from './analyzer.js';
import { comparing, holdsAnswer, type Intent } from './intent.js';
import { type Concept, matchedWeight } from './ranking.js';
import { rolesIn } from './sides.js';

/** What a sentence is judged against. */
export interface SentenceQuery {
  concepts: Concept[];
  intent: Intent;
  /** The roles the ask names. */
  roles: readonly ('de' | 'mle')[];
}

/** A yes/no is settled by a sentence that says yes or no. */
const settling =
  /^(yes|no|not|helpful but|absolutely|generally|usually|typically|rarely)\b|\b(not required|required|necessary|optional|enough)\b/i;

/**
 * Bonuses, in shares of the question's content: holding the asked-for kind of answer is worth half of it; in a
 * comparison ("which pays more?") the sentence that compares matters more than a bare figure.
 */
export const sentenceBonus = {
  wanted: 0.5,
  wantedInComparison: 0.25,
  comparison: 0.5,
  yesNo: 0.2,
  role: 0.25,
  roleAmongOthers: 0.1,
  otherRole: -0.4,
  bothRoles: 0.2,
} as const;

/**
 * The score of one sentence: its share (0..1) of the question's content, plus what it settles. `heading` is the
 * passage's nearest heading: it says what the sentence is about (its content and role), but the sentence itself
 * must hold the figure or the comparison.
 */
export function sentenceScore(analyzer: Analyzer, unit: string, query: SentenceQuery, heading = ''): number {
  const total = query.concepts.reduce((sum, c) => sum + c.weight, 0);
  // What only the heading holds counts half: the sentence that says it beats one that merely sits under it.
  const own = matchedWeight(query.concepts, analyzer.analyzeDocument(unit));
  const withHeading = heading ? matchedWeight(query.concepts, analyzer.analyzeDocument(`${heading}\n${unit}`)) : own;
  const content = total === 0 ? 0 : (own + withHeading) / 2 / total;
  let score = content;
  const { intent } = query;
  if (intent.wanted && holdsAnswer(unit, intent.wanted))
    score += intent.form === 'comparison' ? sentenceBonus.wantedInComparison : sentenceBonus.wanted;
  if (intent.form === 'comparison' && comparing.test(unit)) score += sentenceBonus.comparison;
  if (intent.form === 'yes-no' && settling.test(unit)) score += sentenceBonus.yesNo;
  const ownRoles = rolesIn(analyzer, unit);
  const named = ownRoles.size > 0 || !heading ? ownRoles : rolesIn(analyzer, heading);
  if (query.roles.length === 1) {
    if (named.has(query.roles[0]!)) score += named.size === 1 ? sentenceBonus.role : sentenceBonus.roleAmongOthers;
    else if (named.size > 0) score += sentenceBonus.otherRole;
  } else if (intent.form === 'comparison' && named.size > 0) {
    // "ML engineers earn more than data engineers" says which; "the gap sits at 10-20%" does not.
    score += named.size === 2 ? sentenceBonus.bothRoles : sentenceBonus.roleAmongOthers;
  }
  return score;
}

/** The quotable units of a passage worth leading with (a list's "…include:" line introduces, it doesn't answer). */
export function leadUnits(passage: Passage): string[] {
  const all = quotableUnits(passage);
  // A sentence that sends the reader elsewhere ("Pair with the full interview playbook") answers nothing.
  const answering = all.filter((unit) => !isCrossReference(unit));
  const units = answering.length > 0 ? answering : all;
  return units.length > 1 ? units.filter((unit) => !unit.trimEnd().endsWith(':')) : units;
}

/**
 * The best sentence of a passage, its score, and how many sentences tie with it. A sentence is read under its
 * nearest heading: "Junior (0-2 years): $115K-$150K base" is about ML engineer pay because its heading says so.
 */
export function bestSentence(analyzer: Analyzer, passage: Passage, query: SentenceQuery): { unit: string; score: number; ties: number } {
  const units = leadUnits(passage);
  const heading = passage.kind === 'row' ? '' : (passage.sectionPath.at(-1) ?? '');
  let best = { unit: units[0] ?? passage.text, score: -Infinity, ties: 0 };
  let at = 0;
  units.forEach((unit, i) => {
    const score = sentenceScore(analyzer, unit, query, heading);
    if (score > best.score + 1e-9) {
      best = { unit, score, ties: 1 };
      at = i;
    } else if (Math.abs(score - best.score) <= 1e-9) best.ties += 1;
  });
  // "DE to MLE pivot: achievable but requires substantial upskilling." means little to "how long?" without the
  // next sentence, "Plan 12-18 months of focused learning.": a paragraph's figure comes along.
  const { wanted } = query.intent;
  const next = units[at + 1];
  if (passage.kind === 'paragraph' && wanted && !holdsAnswer(best.unit, wanted) && next !== undefined && holdsAnswer(next, wanted)) {
    best = { ...best, unit: `${best.unit} ${next}` };
  } else if (passage.kind === 'paragraph' && next !== undefined && isSetUp(best.unit)) {
    // "The premium comes from two factors.", "Scarcity primarily.", "Yes, on average.": a short sentence that
    // sets up or heads what the next one says.
    best = { ...best, unit: `${best.unit} ${next}` };
  }
  return best;
}

/** A sentence too short to stand alone as an answer, or one announcing what follows ("…two factors:"). */
export function isSetUp(sentence: string): boolean {
  return sentence.split(/\s+/).length <= 6 || /(:|\bfactors?\.|\bas follows\.)$/.test(sentence.trim());
}
