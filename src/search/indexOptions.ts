/**
 * The one set of minisearch options: the index is built and any saved index is loaded with exactly these,
 * or tokens would be analysed differently at query time.
 */
import type { Options } from 'minisearch';
import { type Passage, sectionSeparator } from '../knowledge/passages.js';
import { isCrossReference, splitSentences } from '../knowledge/units.js';
import type { Analyzer } from './analyzer.js';

/** What minisearch indexes for each passage. */
export interface IndexedPassage {
  id: string;
  text: string;
  /** The nearest heading, plus a table row's label: it names the passage's topic. */
  section: string;
  /** The headings above that: context, often a container ("… Interview Prep FAQ") that says less. */
  ancestors: string;
  title: string;
  /** Questions people would type that the passage answers (src/search/passageQuestions.ts): their words, not its. */
  asks: string;
}

/** The fields that hold the articles' own words (every field but the passages' questions). */
export const articleFields = ['text', 'section', 'ancestors', 'title'];

export const fieldBoosts = { section: 2.5, ancestors: 1, text: 1, title: 0.3, asks: 1 } as const;

export function indexOptions(analyzer: Analyzer): Options<IndexedPassage> {
  return {
    idField: 'id',
    fields: ['text', 'section', 'ancestors', 'title', 'asks'],
    storeFields: [],
    tokenize: (text) => analyzer.analyzeDocument(text),
    processTerm: (term) => term,
    searchOptions: {
      // Questions arrive already analysed (terms joined by spaces).
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
      boost: { ...fieldBoosts },
      combineWith: 'OR',
      bm25: { k: 1.2, b: 0.5, d: 0.5 },
    },
  };
}

/** "- Schema Evolution: Handling changes…": the labels of a list's items name what each item defines. */
export function listLabels(passage: Passage): string[] {
  return passage.kind === 'list' ? [...passage.text.matchAll(/^\s*- ([^:\n]{2,40}):/gm)].map((m) => m[1]!) : [];
}

/**
 * What minisearch stores for a passage: its text, its headings (with a row's label) and its title. A paragraph's
 * sentences that only send the reader elsewhere ("For DE prep, see the senior interview prep framework") are left
 * out: they name other pages' topics, which this passage does not speak of.
 */
export function toIndexed(passage: Passage, asks: readonly string[] = []): IndexedPassage {
  const label = passage.kind === 'row' ? (passage.cells?.[0] ?? '') : '';
  return {
    id: passage.id,
    text: passage.kind === 'paragraph' ? ownSentences(passage.text) : passage.text,
    section: [passage.sectionPath.at(-1) ?? '', label].filter(Boolean).join(sectionSeparator),
    ancestors: passage.sectionPath.slice(0, -1).join(sectionSeparator),
    title: passage.title,
    asks: asks.join('\n'),
  };
}

/** A paragraph without its cross-references; unchanged when it has none. */
function ownSentences(text: string): string {
  const sentences = splitSentences(text);
  const own = sentences.filter((sentence) => !isCrossReference(sentence));
  return own.length === sentences.length ? text : own.join(' ');
}
