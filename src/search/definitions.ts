/**
 * Definitions in the articles: a list item or sentence that opens with what it defines, "MLOps: The specialized
 * skill set needed to manage the model lifecycle…" or "Deployment (MLOps): Integrating models into production…".
 * "what is mlops?" is answered by the passage, and opened by the sentence, that define it.
 */
import { stem, words } from './analyzer.js';

/** A word or phrase as definitions are matched: its words stemmed ("feature stores" is "featur store"). */
export function definitionKey(text: string): string {
  return words(text).map(stem).join(' ');
}

/** What a unit defines: its label before the colon, and a name in brackets in that label ("Deployment (MLOps)"). */
export function definedBy(unit: string): string[] {
  const label = /^(?:-\s*)?([^:.;!?]{2,60}):\s+\S/.exec(unit.trim())?.[1]?.trim();
  if (!label) return [];
  // ("The hybrid role: …" defines the hybrid role; "(or ML platform engineer)" gives another name.)
  const inBrackets = [...label.matchAll(/\(\s*(?:or\s+|aka\s+)?([^)]{2,30})\)/g)].map((m) => m[1]!);
  // ("The hybrid role: ML data engineer (or ML platform engineer) lives on the boundary": a label that names a kind of
  // thing, then the thing's name, and what it is or does: the name is defined too.)
  const named = /^(?:the\s+)?[\p{L} -]{0,30}\b(?:role|job|path|option|track)$/iu.test(label)
    ? /^[^:]+:\s+([\p{L}][\p{L}\p{N} -]{1,40}?)\s*(?:\(\s*(?:or\s+|aka\s+)?([^)]{2,30})\)\s*)?\s(?:is|are|lives|sits|works|builds|owns)\b/iu.exec(
        unit.trim().replace(/^-\s*/, ''),
      )
    : null;
  const names = named ? [named[1]!, ...(named[2] ? [named[2]] : [])] : [];
  return [label.replace(/\s*\([^)]*\)/g, '').replace(/^(?:the|an?)\s+/i, ''), ...inBrackets, ...names]
    .map(definitionKey)
    .filter((key) => key !== '');
}

/** Whether a unit defines `key` (a definitionKey). */
export function defines(unit: string, key: string): boolean {
  return definedBy(unit).includes(key);
}

/** Head nouns that name no particular thing: "an etl pipeline" is what "ETL/ELT Development:" defines. */
const genericHeads = new Set(['pipelin', 'process', 'job', 'thing', 'stuff', 'work', 'system', 'tool', 'role', 'concept', 'term']);

/**
 * Whether any of `keys` (definition keys a unit or passage defines) defines `asked`: the same key, or, for a term whose
 * last words are generic heads ("etl pipeline"), a label that opens with the rest ("etl elt develop").
 */
export function definesAsked(keys: Iterable<string>, asked: string): boolean {
  const words = asked.split(' ');
  let core = words.length;
  while (core > 1 && genericHeads.has(words[core - 1]!)) core -= 1;
  const loose = core < words.length ? words.slice(0, core).join(' ') : undefined;
  for (const key of keys) {
    if (key === asked) return true;
    if (loose !== undefined && (key === loose || key.startsWith(`${loose} `))) return true;
  }
  return false;
}

/**
 * Whether a text explains `term` (as written: "inference pipeline") in brackets right after it: "the inference pipeline
 * (where ML output flows back into application data)". A bracket of a few words that explain, not a list of examples.
 */
export function explainsInBrackets(text: string, term: string): boolean {
  const words = term
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words[0] === '') return false;
  const pattern = new RegExp(`\\b${words.join('\\s+')}s?\\s*\\(\\s*(?:where|which|that|when|i\\.e\\.?|the)\\s[^)]{8,}\\)`, 'i');
  return pattern.test(text);
}
