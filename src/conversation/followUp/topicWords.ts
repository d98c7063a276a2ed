/**
 * How much of a turn is a topic of its own (not a role, a level, a place or the words a follow-up uses around what
 * it changes): the measure that tells a follow-up from a question of its own.
 */
import { synonymPrefix } from '../../search/analyzer.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import type { UnknownTerm } from '../../search/questionReader.js';
import type { Role, TurnSlots } from '../types.js';
import { escapeRegExp } from '../../question/regexp.js';

/** The roles a conversation has been about, the previous turn's included. */
export function rolesMentioned(mentioned: readonly Role[], before: TurnSlots): Role[] {
  return [...new Set([...mentioned, ...before.roles])];
}

/** The most words a resolved question keeps (the longest question of the articles' kind is well under it). */
export const maxResolvedWords = 40;

/** Words a follow-up uses around what it changes ("at that level", "specifically", "the same thing"). */
const followUpWords =
  /\b(?:level|levels|specifically|exactly|then|tho|though|instead|too|also|side|same|thing|things|one|ones|case|later|now)\b/gi;

/** How many words of a question name a topic of its own (not a role, a level, a place or a filler). */
export function topicWords(kb: KnowledgeBase, text: string): number {
  const terms = kb.analyze(text.replace(followUpWords, ' ')).filter((t) => t.kind !== 'role' && !t.qualifier);
  const specific = terms.filter((t) => kb.specificity(t.from) > 0.3);
  // A topic named in common words ("how much do mles make": pay) is a topic all the same: "make" alone weighs
  // little, but the group it is read as does not.
  const named = terms.filter(
    (t) => t.kind === 'synonym' && kb.analyzer.labelOf(t.term) !== undefined && !specific.some((s) => s.from === t.from),
  );
  return specific.length + named.length;
}

/** How many words of the question name a topic: a word and the group it is read as ("gaps": gap, skills gap) once. */
export function distinctTopicWords(kb: KnowledgeBase, text: string): number {
  const terms = kb.analyze(text.replace(followUpWords, ' ')).filter((t) => t.kind !== 'role' && !t.qualifier);
  return new Set(terms.filter((t) => kb.specificity(t.from) > 0.3 || kb.analyzer.labelOf(t.term) !== undefined).map((t) => t.from)).size;
}

/** The terms of a turn's own topic: neither a role nor a level or place. */
function ownTopicTerms(kb: KnowledgeBase, text: string) {
  return kb.analyze(text).filter((t) => t.kind !== 'role' && !t.qualifier);
}

/** Whether a turn's topic words are among the previous question's ("how much python" after "how much sql": no). */
export function sharesATopic(kb: KnowledgeBase, text: string, before: string): boolean {
  const earlier = new Set(kb.analyze(before).map((t) => t.term));
  return ownTopicTerms(kb, text).some((t) => earlier.has(t.term));
}

/**
 * Whether every topic word of a turn is one the previous question already searched, common words aside ("why do
 * they get paid more" after "whats a mid level mle make": pay).
 */
export function restatesTheTopic(kb: KnowledgeBase, text: string, before: string): boolean {
  const earlier = new Set(kb.analyze(before).map((t) => t.term));
  const own = ownTopicTerms(kb, text);
  return own.length > 0 && own.every((t) => earlier.has(t.term) || (t.kind === 'word' && kb.specificity(t.from) <= 0.3));
}

/**
 * The words of a question the articles never use that `which` picks, as typed and escaped for a pattern; with `told`,
 * those of what it tells before the ask too.
 */
function unknownWords(kb: KnowledgeBase, text: string, which: (u: UnknownTerm) => boolean, { told = false } = {}): string[] {
  const read = kb.read(text);
  return [...read.unknown, ...(told && read.context !== '' ? kb.read(read.context).unknown : [])]
    .filter(which)
    .map((u) => escapeRegExp(u.typed ?? u.word));
}

/** Kinds of seniority the sources give no figures for ("interns", "apprentices"): a level asked after them replaces them. */
const seniorityUnknown = /^(?:interns?|internships?|apprentices?|apprenticeships?|trainees?|co-?ops?|placements?)$/i;

/** The question without the seniority words it was declined for ("how much do de interns make" → "how much do de make"). */
export function withoutUnknownSeniority(kb: KnowledgeBase, question: string): string {
  const unknown = unknownWords(kb, question, (u) => seniorityUnknown.test(u.typed ?? u.word));
  if (unknown.length === 0) return question;
  return question
    .replace(new RegExp(`\\s*\\b(?:${unknown.join('|')})\\b`, 'gi'), '')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
}

/** The question without the places in it the articles never name ("mle salary in germany?" → "mle salary?"). */
export function withoutUnknownPlaces(kb: KnowledgeBase, text: string): string {
  // ("im in india (bangalore), how much…": a place told before the ask is read with who asks, not in the ask.)
  // ("in bengaluru", "de salary bengaluru": a word no dictionary knows, said after "in" or after pay, is a place too.)
  const places = unknownWords(
    kb,
    text,
    (u) =>
      u.kind === 'name' ||
      (u.kind === 'jargon' &&
        new RegExp(`\\b(?:in|from|salary|salaries|pay|comp)\\s+${escapeRegExp(u.typed ?? u.word)}\\b`, 'i').test(text)),
    { told: true },
  );
  if (places.length === 0) return text;
  return (
    text
      // ("de pay in the uk?": the article goes with the place.)
      .replace(new RegExp(`\\s*\\b(?:in|at|for|from)\\s+(?:the\\s+)?(?:${places.join('|')})\\b`, 'gi'), '')
      // "im in india (bangalore)": the place named again, bare or in brackets, goes too.
      .replace(new RegExp(`\\s*\\(?\\b(?:${places.join('|')})\\b\\)?`, 'gi'), '')
      .replace(/\s+([?.!,])/g, '$1')
      // ("what about in india, how much does a mle make": what asked about the place goes with it.)
      .replace(/^\s*(?:(?:ok(?:ay)?|so|and)[,\s]+)*(?:what|how)\s+about\s*,\s*/i, '')
      .trim()
  );
}

/**
 * "is mle harder and does it pay more", "whats mlops and is it a separate job": "it" is what the same message named
 * before "and", not anything said before it.
 */
const pronounOfItsOwn =
  /^\s*(?:so\s+|ok\s+)?(?:[^\s,.?!]+\s+){2,}?(?:and|but)\s+(?:is|are|does|do|did|will|would|can|could|was|were)\s+(?:it|that|they|this)\b/i;

/**
 * Whether "that" or "it" points at what the same message named before it ("is mle harder and does it pay more"), in a sentence or clause of its own with a
 * topic of its own: 'is de more "deterministic"? what does that mean', 'what does "ML data engineer" mean, is that a
 * real job' ("and for mle, is that the same?" names no topic before its "that": it points back).
 */
export function pointsWithinTheTurn(kb: KnowledgeBase, text: string): boolean {
  if (pronounOfItsOwn.test(text)) return true;
  const m = /([?,;]|\band\b|\bbut\b)\s*[^?,;]*?\b(?:that|it|this)\b/i.exec(text);
  if (!m) return false;
  return topicWords(kb, text.slice(0, m.index)) > 0;
}

/**
 * Whether a question asks about one of the articles' topics named by group ("salary", "demand"): pay, jobs… With
 * `withContext`, also what the person told around the ask ("i just want the most money. de or mle").
 */
export function asksAbout(kb: KnowledgeBase, question: string, groups: readonly string[], withContext = false): boolean {
  const terms = new Set(groups.map((group) => `${synonymPrefix}${group}`));
  const read = kb.read(question);
  return read.terms.some((t) => terms.has(t.term)) || (withContext && read.contextTerms.some((t) => terms.has(t.term)));
}
