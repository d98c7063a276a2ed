/**
 * One fact is said once in a comparison. Articles repeat themselves ("ML engineer comp is typically 10-20%
 * higher than DE at the same level…" in one section, "…than DE comp at FAANG…" in another), so a piece whose
 * words are nearly all in another piece of another passage is dropped, and the fuller one kept.
 */
import { rolePrefix, synonymPrefix } from '../search/analyzer.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';

/** Share of their words two sentences must have in common (of all the words of either) to say one thing. */
export const repeatShare = 0.6;
/** A piece quoted word for word within another needs at least this many words to count as a repeat. */
export const quotedMinWords = 4;
/** Sentences need this many words each before shared words say they repeat ("Python programming" is a skill of each role). */
export const sentenceMinWords = 8;

/** A piece's words as the analyzer reads them (stems, role names as roles) and its figures ("$420K", "10-20%"). */
function wordsOf(kb: KnowledgeBase, text: string): Set<string> {
  const figures = text.match(/[$₦]?\d[\d.,]*\s*[KkMm%]?/g) ?? [];
  return new Set([
    ...kb.analyzer.analyzeDocument(text).filter((t) => !t.startsWith(synonymPrefix)),
    ...figures.map((f) => f.replace(/\s+/g, '').toLowerCase()),
  ]);
}

/** The roles a piece's words name. */
const rolesOf = (words: Set<string>) =>
  [...words]
    .filter((w) => w.startsWith(rolePrefix))
    .sort()
    .join(' ');

/**
 * Whether two pieces say one thing: one is the other word for word, or in part ("Both roles share
 * distributed-systems fundamentals" within "…fundamentals; they diverge on…"), or two sentences share most of
 * their words and name the same roles. Two lists' items on one duty ("Builds ETL/ELT pipelines", "Designing and
 * building ETL/ELT pipelines") and two tables' cells are each their article's fact.
 */
export function saySame(kb: KnowledgeBase, a: string, b: string): boolean {
  const [x, y] = [wordsOf(kb, a), wordsOf(kb, b)];
  if (rolesOf(x) !== rolesOf(y)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (plain(short).trim().split(' ').length >= quotedMinWords && plain(long).includes(plain(short))) return true;
  if (Math.min(x.size, y.size) < sentenceMinWords) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared) >= repeatShare;
}

/** A text as compared word for word: lower case, punctuation as spaces. */
const plain = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%$]+/gu, ' ')
    .trim()} `;

/**
 * Which pieces to drop as repeats, given in reading order with the passage each is from and its side. Of two
 * that say one thing the shorter goes (the later when they are as long), so what is kept says at least as
 * much. One role's fact never repeats the other's.
 */
export function repeatedPieces(kb: KnowledgeBase, pieces: { passageId: string; side: 'de' | 'mle' | 'both'; text: string }[]): Set<number> {
  const dropped = new Set<number>();
  const size = pieces.map((p) => wordsOf(kb, p.text).size);
  for (let i = 0; i < pieces.length; i += 1) {
    for (let j = i + 1; j < pieces.length && !dropped.has(i); j += 1) {
      const [a, b] = [pieces[i]!, pieces[j]!];
      if (dropped.has(j) || a.passageId === b.passageId || (a.side !== 'both' && b.side !== 'both' && a.side !== b.side)) continue;
      if (saySame(kb, a.text, b.text)) dropped.add(size[j]! <= size[i]! ? j : i);
    }
  }
  return dropped;
}
