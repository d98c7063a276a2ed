/**
 * Follow-ups about one item of the list an answer showed: "whats the first one mean", "the last one?", "and after
 * that?" (the item after the one the question before asked about).
 */
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { ordinalPlaces } from '../../question/ordinals.js';
import type { Turn } from '../types.js';
import { follow, type PreviousContext, type Rule } from './context.js';
import { understoodOf } from './understood.js';

/** "whats the first one mean", "the second one?", "explain the last one": an item of the list just shown, by its place. */
const itemByPlace =
  /\b(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?:one|item|thing|point|bullet|problem|skill|tool|step)\b/i;

/** "and after that?", "then what?", "whats next": the step after the one just shown. */
export const whatComesNext =
  /^(?:(?:and|ok(?:ay)?|so|then|alright)[,\s]+)*(?:(?:what(?:'s|s|\s+is)?|and)\s+)?(?:after\s+that|then\s+what|next|what\s+next|comes\s+next|the\s+next\s+step|next\s+step)(?:\s+(?:then|tho|though))?[\s?!.]*$/i;

/** Which of the listed items the question before asked about: the one sharing most of its words (-1 for none). */
function itemAsked(kb: KnowledgeBase, listed: readonly { item: string; text: string }[], asked: string): number {
  const terms = new Set(kb.analyze(asked).map((t) => t.term));
  const shared = listed.map(({ text }) => kb.analyzer.analyzeDocument(text).filter((t) => terms.has(t)).length);
  const best = Math.max(...shared);
  return best > 0 ? shared.indexOf(best) : -1;
}

/**
 * The labelled items of a list passage, in order ("- Model Drift: Detecting when…"): their labels. A lead-in that
 * says nothing after its colon ("- Key Problems:") is no item.
 */
function listedItems(text: string): { item: string; text: string }[] {
  return text
    .split('\n')
    .map((line) => ({ line, label: /^\s*[-*]\s+([^:]{2,60}):\s*\S/.exec(line)?.[1]?.trim() }))
    .filter((l): l is { line: string; label: string } => l.label !== undefined)
    .map(({ line, label }) => ({ item: label, text: line }));
}

/** An item of a list shown: its label, its line, its passage ('' for one the list only names) and the list's first passage. */
interface ListedItem {
  item: string;
  text: string;
  passage: string;
  list: string;
}

/**
 * The labelled items of the list the turn's answer opened with, in order, each with its passage (a long list is cut
 * into passages: the items of those after it, under the same heading, follow on).
 */
function itemsShown(kb: KnowledgeBase, turn: Turn): ListedItem[] {
  const listed: ListedItem[] = [];
  // ("and the last one?" after "whats the first one mean": the list the item came from, not the item's answer.)
  const shownFirst = turn.list ?? turn.passages[0];
  const lead = shownFirst ? kb.passage(shownFirst) : undefined;
  for (let p = lead; p; p = kb.following(p.id))
    listed.push(...listedItems(p.text).map((item) => ({ ...item, passage: p!.id, list: lead!.id })));
  // ("Plan 12-18 months of focused learning: statistics fundamentals, ML algorithms, PyTorch…": a list written in a
  // sentence, after its colon, is a list shown too.)
  // (Such an item is named, not explained, there: asked of all the sources, its passage is '' .)
  // ("- Statistics & probability", "- MLOps & monitoring": a list of bare names, which it names and does not explain.)
  if (listed.length === 0 && lead) {
    const named = bareItems(lead.text);
    listed.push(...(named.length >= 2 ? named : inlineItems(lead.text)).map((item) => ({ item, text: item, passage: '', list: lead.id })));
  }
  return listed;
}

/** The items of a list of bare names, each a line of a few words with no label ("- Statistics & probability", "- Apache Spark, Flink, or Beam for distributed processing"). */
function bareItems(text: string): string[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const items = lines.map((line) => /^\s*[-*]\s+([^:]{2,60})$/.exec(line)?.[1]?.trim());
  return items.every((item) => item !== undefined && item.split(/\s+/).length <= 10) ? (items as string[]) : [];
}

/** The items of a list written in a sentence after a colon, three or more, comma-separated ("a, b, c, and d"). */
function inlineItems(text: string): string[] {
  for (const [, list] of text.matchAll(/:\s*([^.:;]+)/g)) {
    const items = list!
      .split(/,\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)/)
      .map((item) => item.trim())
      .filter((item) => item.length >= 2 && item.split(/\s+/).length <= 6);
    if (items.length >= 3) return items;
  }
  return [];
}

/**
 * "whats the first one mean" after a list: what an item of it means, not the first of two roles named before (the
 * list shown is nearer than the roles).
 */
export function asksOfAnItemShown(kb: KnowledgeBase, turn: string, previous: Turn | undefined): boolean {
  return (
    previous !== undefined &&
    itemByPlace.test(turn) &&
    /\b(?:mean|means|meant|explain|what(?:'s|s|\s+is))\b/i.test(turn) &&
    itemsShown(kb, previous).length >= 2
  );
}

/**
 * "wait whats the first one mean" after the problems ML engineers deal with: the first item the answer listed,
 * asked what it is, from that passage. (Between two roles named, "the first one" is the role: another rule's.)
 */
export const anItemByItsPlace: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  const place = itemByPlace.exec(text) ?? (whatComesNext.test(text.trim()) ? ['', 'next'] : null);
  // (Between two roles named, "the first one" is the role, another rule's, unless it asks what an item shown means.)
  if (!place || own.roles.length > 0 || (before.roles.length > 1 && !asksOfAnItemShown(kb, text, previous))) return undefined;
  const listed = itemsShown(kb, previous);
  if (listed.length < 2) return undefined;
  const word = place[1]!.toLowerCase();
  const chosen =
    listed[word === 'last' ? listed.length - 1 : word === 'next' ? itemAsked(kb, listed, previous.resolved) + 1 : ordinalPlaces[word]!];
  if (chosen === undefined) return undefined;
  // ("and after that?" after junior pay: the next level's row, at its own level.)
  const { level: _level, ...unlevelled } = before;
  const slots = /\b(?:junior|entry|mid|senior|staff|principal|lead)\b/i.test(chosen.item) ? unlevelled : before;
  return whatTheItemIs({ kb, previous, reading }, chosen, slots);
};

/**
 * An item of the list shown, asked what it is: from its passage, or, for an item a sentence only names (passage
 * ''), from all the sources.
 */
function whatTheItemIs(
  { kb, previous, reading }: Pick<PreviousContext, 'kb' | 'previous' | 'reading'>,
  chosen: { item: string; passage: string; list?: string },
  slots: PreviousContext['before'],
) {
  const read = reading(
    `what is ${chosen.item}`,
    slots,
    `${understoodOf(kb, previous.resolved, slots)}: ${chosen.item}`,
    chosen.passage === '' ? undefined : [chosen.passage],
  );
  return follow(chosen.list ? { ...read, list: chosen.list } : read);
}

/** "whats the one about comp say", "the part on remote?": one of the passages just shown, named by its topic. */
const theOneAbout =
  /\bthe\s+(?:one|part|bit|question|section|thing|point)\s+(?:about|on|re|regarding|for)\s+([^?!.]+?)(?:\s+(?:say|says|said|mean|means|again))?\s*[?!.]*$/i;

/**
 * "whats the one about comp say" after the quiz's five questions were shown: the passage whose heading (or, failing
 * that, text) speaks of what is named, answered from it alone. Two passages that speak of it alike say neither.
 */
export const aPassageByItsTopic: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  const named = theOneAbout.exec(text.trim())?.[1];
  if (!named || own.roles.length > 0) return undefined;
  const wanted = new Set(
    kb
      .analyze(named)
      .filter((t) => t.kind !== 'role')
      .map((t) => t.term),
  );
  if (wanted.size === 0) return undefined;
  const scored = previous.passages.slice(0, 5).flatMap((id) => {
    const passage = kb.passage(id);
    if (!passage) return [];
    const count = (words: string) => kb.analyze(words).filter((t) => wanted.has(t.term)).length;
    const heading = passage.sectionPath.at(-1) ?? '';
    return [{ passage, heading, score: 2 * count(heading) + count(passage.text) }];
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (best === 0 || top.length !== 1) return undefined;
  const [{ passage, heading }] = top as [(typeof top)[number]];
  return follow(reading(`${named}: ${heading}`, before, `“${heading}”`, [passage.id]));
};

/** "the math part, what math exactly", "the mlops bit?": an item of the answer just shown, by a word of its label. */
const itemByItsWord =
  /^(?:(?:and|ok(?:ay)?|so|wait|hm+|but)[,\s]+)*(?:what\s+about\s+|and\s+)?the\s+([\p{L}][\p{L}-]{2,})\s+(?:part|bit|piece|one|thing|side)\b/iu;

/**
 * "the math part, what math exactly" after the skills an ML engineer needs were listed: the item whose label starts with
 * that word ("Mathematical Foundations: A working knowledge of linear algebra…"), from its passage. A word no label
 * shown holds ("the pay part") is left to the other rules.
 */
export const anItemByItsWords: Rule<PreviousContext> = ({ kb, text, own, previous, before, reading }) => {
  const word = itemByItsWord.exec(text)?.[1]?.toLowerCase();
  if (!word || own.roles.length > 0) return undefined;
  const listed = previous.passages.slice(0, 5).flatMap((id) => {
    const passage = kb.passage(id);
    return passage ? listedItems(passage.text).map((item) => ({ ...item, passage: id })) : [];
  });
  const named = (label: string) =>
    label
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => w.length >= 3 && (w.startsWith(word) || (word.startsWith(w) && w.length >= 4)));
  const matching = listed.filter(({ item }) => named(item));
  // (One item, or the same one told twice: a word two items share says neither.)
  if (matching.length === 0 || new Set(matching.map((m) => m.item)).size > 1) return undefined;
  return whatTheItemIs({ kb, previous, reading }, matching[0]!, before);
};
