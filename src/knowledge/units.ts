/** Splits a passage into quotable units: sentences of a paragraph, items of a list, or a table row read aloud. */
import type { Passage } from './passages.js';

/** Sentences of a paragraph, items of a list (each with its lead-in context kept apart), or the row. */
export function quotableUnits(passage: Passage): string[] {
  if (passage.kind === 'row') return [passage.cells && passage.header ? rowSentence(passage.header, passage.cells) : passage.text];
  if (passage.kind === 'list') {
    return passage.text
      .split('\n')
      .map((line) => line.replace(/^\s*-\s+/, '').trim())
      .filter((line) => line !== '')
      .flatMap((line) => (leadInAfterStatement(line) ? splitSentences(line) : roleBySentence(line)));
  }
  return splitSentences(passage.text);
}

/**
 * "This path is optimal if you possess a high tolerance for ambiguity… Choose Machine Learning Engineer if you are
 * motivated by:": a list's lead-in that first states something; the statement is a unit of its own, apart from the
 * words that introduce the items.
 */
function leadInAfterStatement(line: string): boolean {
  return line.trimEnd().endsWith(':') && splitSentences(line).length >= 2;
}

const roleNames: readonly [string, RegExp][] = [
  ['de', /\bdata engineer(?:ing|s)?\b/i],
  ['mle', /\b(?:machine learning|ml) engineer(?:ing|s)?\b/i],
];

/**
 * "Commit to a Core Stack: If you choose Machine Learning Engineer, prioritize Python and MLOps. If you choose Data
 * Engineering, prioritize SQL…": a list item whose sentences each speak of another role is one unit per sentence,
 * so a question about one role opens with its own. (A figure's two sentences, "Junior: $115K base. Total comp:
 * …", stay one.)
 */
function roleBySentence(item: string): string[] {
  const sentences = splitSentences(item);
  if (sentences.length < 2) return [item];
  const roles = sentences.map((sentence) => roleNames.filter(([, name]) => name.test(sentence)).map(([role]) => role));
  const one = roles.map((r) => (r.length === 1 ? r[0] : undefined));
  return one.every((r) => r !== undefined) && new Set(one).size === sentences.length ? sentences : [item];
}

/** Sentence split that leaves "e.g.", "vs.", decimals and "U.S." alone. */
export function splitSentences(text: string): string[] {
  const pieces = text.split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9$₦])/u);
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && /\b(?:e\.g|i\.e|vs|etc|U\.S|approx)\.$/i.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece.trim());
  }
  return out.filter(Boolean);
}

/** A table row read aloud: "Entry Salary: Data Engineer $85,000 · Machine Learning Engineer $105,000". */
export function rowSentence(header: string[], cells: string[]): string {
  const [label, ...values] = cells;
  return `${label}: ${values.map((value, i) => `${header[i + 1] ?? ''} ${value}`.trim()).join(' · ')}`;
}

/**
 * "Here's how the two roles compare in 2026, with specific numbers on…": a sentence that only announces what the
 * article goes on to say, which holds no fact of its own.
 */
export function isAnnouncement(sentence: string): boolean {
  return /^here'?s\s+(?:how|what|why|where)\b|\bin\s+this\s+(?:article|guide|post)\b|^this\s+(?:article|guide|post)\s+(?:covers|compares|breaks\s+down|explains|walks)\b/i.test(
    sentence.trim(),
  );
}

/**
 * A sentence that sends the reader elsewhere ("For other role decisions, see the DE vs analytics engineer guide",
 * "Pair with the full data engineer interview playbook", "drill the framework via the SQL round walkthrough").
 */
export function isCrossReference(sentence: string): boolean {
  return (
    /\bsee\b.*\b(guide|walkthrough|framework|prep|article|post)s?\b/i.test(sentence) ||
    /\b(?:pair with|via)\b.*\b(?:guide|walkthrough|playbook|prep)s?\b/i.test(sentence)
  );
}
