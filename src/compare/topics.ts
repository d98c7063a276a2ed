/**
 * What a piece of an article is about, read from its structure: its own opening words, the label or lead-in it
 * stands under, then its headings, nearest first. The nearest of these that speaks of some aspect says what
 * the piece is about. A piece labelled as another aspect's ("DE to MLE pivot: …", "Top Certification",
 * "ML engineer interviews include …") is on this aspect only where it names it, not where it merely mentions
 * something the aspect's query lists ("PyTorch or TensorFlow proficiency").
 */
import { rolePrefix, synonymPrefix } from '../search/analyzer.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import type { Aspect } from './aspects.js';
import { type AspectMatcher, aspectMatcher, commonWordIdf } from './matcher.js';
import { escapeRegExp } from '../question/regexp.js';

/** How the comparison reads one aspect: what speaks of it (its query and cues) and what names it. */
export interface AspectReader {
  id: string;
  speaks: AspectMatcher;
  /** Whether a text names the aspect itself (its id, label, an alias or a cue), as written. */
  names: (text: string) => boolean;
}

/** A piece's surroundings, innermost first: its own label, a list's lead-ins, then its headings. */
export interface TopicLevel {
  text: string;
  where: 'heading' | 'text';
  /** The piece's own label: a row's label, a paragraph's run-in heading or its first words before a colon. */
  local: boolean;
  /** A list's lead-in ("Common tools:"), which says what the list's items are. */
  leadIn?: boolean;
}

/** Whether a piece is on the aspect by what it stands under, and whether its own text must then name the aspect. */
export interface Topic {
  /** A level that speaks of the aspect is in force for the piece. */
  inForce: boolean;
  /** The piece is labelled as another aspect's and not this one's: it must name this aspect itself to be on it. */
  strict: boolean;
  /** The nearest heading that speaks of another aspect while a local level alone put the piece on this one. */
  elsewhere?: string;
}

/**
 * Parts of a text a name can stand in as written: "PyTorch or TensorFlow" is two tools, not the word "tools",
 * so the analyzer, which infers a category from two of its members, reads each part apart.
 */
function parts(text: string): string[] {
  return text.split(/[,;:()/·]|\s(?:and|or|vs\.?|versus|&)\s/i).filter((p) => p.trim() !== '');
}

/**
 * What names an aspect: the synonym group of a name as a whole ("work from home" is remote, "day to day" is
 * daily work; "hiring process" is not the hiring of the demand words), and a name of one telling word itself
 * ("interview", "comp"; not "path", which is in most passages).
 */
function namesMatcher(kb: KnowledgeBase, aspect: Aspect): (text: string) => boolean {
  const names = [aspect.id.replace(/-/g, ' '), aspect.label, ...aspect.aliases, ...(aspect.cues ?? [])];
  const wanted = new Set<string>();
  const groups = (text: string) => kb.analyzer.analyzeDocument(text).filter((t) => t.startsWith(synonymPrefix));
  for (const name of names) {
    const plain = kb.analyzer.analyzeDocument(name).filter((t) => !t.startsWith(synonymPrefix) && !t.startsWith(rolePrefix));
    const single = name.trim().split(/\s+/);
    const ofWords = new Set(single.length > 1 ? single.flatMap(groups) : []);
    for (const group of groups(name)) if (!ofWords.has(group)) wanted.add(group);
    if (single.length === 1 && plain.length === 1 && kb.idf(plain[0]!) >= commonWordIdf) wanted.add(plain[0]!);
  }
  return (text: string) => parts(text).some((part) => kb.analyzer.analyzeDocument(part).some((term) => wanted.has(term)));
}

/** An aspect's names of several words ("remote work", "hiring process"), as patterns that find them in a text. */
function namePhrases(aspect: Aspect): RegExp[] {
  const names = [aspect.id.replace(/-/g, ' '), aspect.label, ...aspect.aliases, ...(aspect.cues ?? [])].filter((n) => /\s/.test(n.trim()));
  return names.map((n) => new RegExp(`\\b${escapeRegExp(n.trim()).replace(/[\s-]+/g, '[\\s-]+')}s?\\b`, 'gi'));
}

/**
 * Readers for every aspect /compare offers, and for the one compared if it is not among them. A phrase that
 * names one aspect is no word of another: "remote work" in "Which role has better remote work?" is remote
 * work, not the "work" of daily work.
 */
export function aspectReaders(
  kb: KnowledgeBase,
  aspect: Aspect,
  offered: readonly Aspect[],
): { reader: AspectReader; others: AspectReader[] } {
  const aspects = [aspect, ...offered.filter((a) => a.id !== aspect.id)];
  const phrases = new Map(aspects.map((a) => [a.id, namePhrases(a)]));
  const read = (a: Aspect): AspectReader => {
    const matcher = aspectMatcher(kb, kb.concepts(kb.analyze(a.query)), a.cues);
    const foreign = aspects.filter((o) => o.id !== a.id).flatMap((o) => phrases.get(o.id)!);
    const own = (text: string) => foreign.reduce((t, phrase) => t.replace(phrase, ' '), text);
    return { id: a.id, speaks: (text, where) => matcher(own(text), where), names: namesMatcher(kb, a) };
  };
  const [reader, ...others] = aspects.map(read);
  return { reader: reader!, others };
}

/** A sentence's opening: what it names before its first pause, at most five words ("ML engineer interviews include Python"). */
export function openingOf(sentence: string): string {
  const head = sentence.split(/[:;,(]|\s[—–-]\s/)[0] ?? sentence;
  return head.trim().split(/\s+/).slice(0, 5).join(' ');
}

/**
 * Walks a piece's levels outward. The first level that speaks of this aspect puts the piece on it, unless a
 * nearer level chose another aspect that this one also speaks of: under "Economic Outlook: Salary and Market
 * Demand", "Market Demand Analysis" is the demand half, not the salary half. A nearer heading on an aspect the
 * outer one does not name is a part of it ("Cross-Role Transitions" under "Career Path Comparison"). The
 * piece's opening words ("ML engineer interviews include…") only ever count against an aspect, in `strict`.
 */
export function topicOf(levels: TopicLevel[], reader: AspectReader, others: AspectReader[], opening?: string): Topic {
  const headings = levels.filter((l) => !l.local);
  const chosen = new Set<AspectReader>();
  let by: number | undefined;
  for (const [i, level] of levels.entries()) {
    const speaksOthers = others.filter((o) => o.speaks(level.text, level.where));
    if (reader.speaks(level.text, level.where)) {
      if (!speaksOthers.some((o) => chosen.has(o))) by = i;
      break;
    }
    // A lead-in that says the list is of another aspect's things ("Common tools:" under "Typical
    // Responsibilities") takes its items out of the section's aspect.
    if (level.leadIn && speaksOthers.length > 0) break;
    for (const o of speaksOthers) chosen.add(o);
  }
  // A piece's own opening words say what it is about too, but they only ever take it away from an aspect. A
  // sentence's or an item's label counts where its section is about the same aspect ("DE to MLE pivot:" under
  // "Switching Between Roles"); a row's label says what its cells are, whatever the heading.
  const local = [...levels.filter((l) => l.local).map((l) => l.text), ...(opening !== undefined ? [opening] : [])];
  const labelledElsewhere = others.some(
    (o) => local.some((text) => o.names(text)) && (opening === undefined || headings.some((h) => o.speaks(h.text, h.where))),
  );
  const strict = labelledElsewhere && !local.some((text) => reader.names(text));
  if (by === undefined) return { inForce: false, strict };
  // A row put on the aspect by its label alone ("Remote (Global)") under a heading on another aspect ("2026
  // Salary Benchmarks") is shown with that heading, so it reads as what its table is about.
  const aboutOther = (l: TopicLevel) => !l.local && !reader.speaks(l.text, l.where) && others.some((o) => o.speaks(l.text, l.where));
  const elsewhere = levels[by]!.local ? levels.find(aboutOther)?.text : undefined;
  return { inForce: true, strict, ...(elsewhere !== undefined ? { elsewhere } : {}) };
}
