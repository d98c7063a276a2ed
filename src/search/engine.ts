/**
 * The knowledge base: passages, their sides and a minisearch index, searched with coverage- and side-aware
 * re-ranking. Returns values only; answers and comparisons are composed elsewhere.
 */
import MiniSearch from 'minisearch';
import { type Aspect, loadAspects } from '../compare/aspects.js';
import { loadCorpus } from '../knowledge/corpus.js';
import { buildPassages, type Passage } from '../knowledge/passages.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { Analyzer, normalizeText, type QueryTerm, rolePrefix, stem, synonymPrefix, words } from './analyzer.js';
import { type Direction, directionOf, questionDirection } from './direction.js';
import { type IndexedPassage, indexOptions, listLabels, toIndexed } from './indexOptions.js';
import { holdsAnswer, type WantedAnswer, wantedAnswer, wantedAnswers } from './intent.js';
import { type Concept, coverage, rankScore } from './ranking.js';
import { passageSide, type Side } from './sides.js';
import { createCorrector } from './typos.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';

/** A passage found for a question, with why it ranked where it did. */
export interface SearchHit {
  passage: Passage;
  side: Side;
  score: number;
  /** Share (0..1) of the question's content, weighted by rarity, that this passage contains. */
  coverage: number;
  /** The question's terms this passage matched. */
  matched: string[];
}

/** The analysed question and its ranked hits. */
export interface SearchResult {
  question: string;
  terms: QueryTerm[];
  /** The roles the question names. */
  roles: ('de' | 'mle')[];
  hits: SearchHit[];
}

const termWeight = { word: 1, synonym: 0.6, role: 1 } as const;

export class KnowledgeBase {
  readonly passages: Passage[];
  readonly analyzer: Analyzer;
  private readonly byId: Map<string, Passage>;
  private readonly sides: Map<string, Side>;
  /** Each passage's move between the roles, if it describes one ("DE to MLE pivot"). */
  private readonly directions: Map<string, Direction | undefined>;
  /** The kinds of answer each passage (its nearest heading and text) holds: money, a duration, … */
  private readonly answerKinds: Map<string, Set<WantedAnswer>>;
  private readonly index: MiniSearch<IndexedPassage>;
  private readonly documentFrequency = new Map<string, number>();
  /** Words of headings, table headers and row labels: the corpus's own topic vocabulary. */
  private readonly topicTerms = new Set<string>();
  private readonly correct: (stemmed: string, word: string) => string | undefined;
  /** Every pair of adjacent word stems in the articles, to recognise job titles they mention. */
  private readonly bigrams = new Set<string>();
  private readonly titleNouns: Set<string>;

  constructor(
    readonly documents: KnowledgeDocument[],
    vocabulary: Vocabulary,
    /** The aspects /compare offers (knowledge/aspects.json). */
    readonly aspects: Aspect[] = [],
  ) {
    this.analyzer = new Analyzer(vocabulary);
    this.passages = buildPassages(documents);
    this.byId = new Map(this.passages.map((p) => [p.id, p]));
    this.sides = new Map(this.passages.map((p) => [p.id, passageSide(this.analyzer, p)]));
    this.directions = new Map(this.passages.map((p) => [p.id, directionOf(p.text)]));
    // Once per passage here, not once per passage per question: the search stays free of string building.
    this.answerKinds = new Map(
      this.passages.map((p) => [p.id, new Set(wantedAnswers.filter((kind) => holdsAnswer(`${p.sectionPath.at(-1) ?? ''}\n${p.text}`, kind)))]),
    );
    const indexed = this.passages.map(toIndexed);
    for (const doc of indexed) {
      // Field by field, as minisearch will tokenize them, so the analyzer's cache serves both.
      const terms = new Set([doc.text, doc.section, doc.ancestors, doc.title].flatMap((field) => this.analyzer.analyzeDocument(field)));
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    for (const passage of this.passages) {
      const labels = [...passage.sectionPath, ...(passage.header ?? []), passage.cells?.[0] ?? '', ...listLabels(passage)];
      for (const term of this.analyzer.analyzeDocument(labels.join(' \n '))) this.topicTerms.add(term);
    }
    for (const passage of this.passages) {
      const stems = words(`${passage.section}\n${passage.text}`).map(stem);
      for (let i = 1; i < stems.length; i += 1) this.bigrams.add(`${stems[i - 1]} ${stems[i]}`);
    }
    this.titleNouns = new Set(vocabulary.jobTitleNouns.map((noun) => stem(normalizeText(noun))));
    this.index = new MiniSearch(indexOptions(this.analyzer));
    this.index.addAll(indexed);
    this.correct = createCorrector(this.documentFrequency);
  }

  /** Loads knowledge/ (articles, vocabulary and aspects); throws with every problem if any file is invalid. */
  static load(knowledgeDir: string): KnowledgeBase {
    return new KnowledgeBase(loadCorpus(knowledgeDir), loadVocabulary(knowledgeDir), loadAspects(knowledgeDir));
  }

  passage(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  sideOf(passage: Passage): Side {
    return this.sides.get(passage.id) ?? 'neutral';
  }

  /** Inverse document frequency of a term over passages; unseen terms get the highest value. */
  idf(term: string): number {
    const n = this.passages.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  knows(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** A term of the domain: a role, a synonym group, or a word the articles use in headings and labels. */
  isDomainTerm(term: string): boolean {
    return this.topicTerms.has(term) || term.startsWith(rolePrefix) || term.startsWith(synonymPrefix);
  }

  /**
   * A job title in the question that the articles never mention ("DevOps engineer", "data analyst"), when
   * the question names neither role: the question is about another career.
   */
  otherJobTitle(question: string, terms: QueryTerm[]): string | undefined {
    if (terms.some((t) => t.kind === 'role')) return undefined;
    const raw = words(question);
    for (let i = 0; i < raw.length; i += 1) {
      const noun = stem(raw[i]!);
      if (!this.titleNouns.has(noun)) continue;
      // "nurse", "lawyer": a job the articles never name at all.
      if (!this.knows(noun)) return raw[i];
      const before = raw[i - 1];
      if (before === undefined || this.analyzer.isStopWord(before)) continue;
      // "DevOps engineer", "data analyst": a title the articles never use, though its last word is familiar.
      if (!this.bigrams.has(`${stem(before)} ${noun}`)) return `${before} ${raw[i]}`;
    }
    return undefined;
  }

  /** How much a word says about what a question is after: rare words more, words of headings most. */
  private conceptWeight(term: QueryTerm): number {
    if (!this.knows(term.term)) return this.idf('') * 0.45;
    return this.idf(term.term) * (this.topicTerms.has(term.term) ? 1 : 0.6) * (term.corrected ? 0.8 : 1);
  }

  analyze(question: string): QueryTerm[] {
    return this.analyzer.analyzeQuery(question, this.correct);
  }

  search(question: string, options: { limit?: number; filter?: (hit: SearchHit) => boolean; terms?: QueryTerm[] } = {}): SearchResult {
    const terms = options.terms ?? this.analyze(question);
    const roles = [...new Set(terms.map((t) => this.analyzer.roleOf(t.term)).filter((r): r is 'de' | 'mle' => r === 'de' || r === 'mle'))];
    const concepts = this.concepts(terms);
    if (terms.length === 0) return { question, terms, roles, hits: [] };
    const onlyRoles = terms.every((t) => t.kind === 'role');
    const weights = new Map<string, number>();
    for (const t of terms) {
      // Role words are in most passages: searching them would rank little and cost a lot. The side factor
      // uses them instead, unless they are all the question has.
      if (t.kind === 'role' && !onlyRoles) continue;
      const weight = t.kind === 'role' ? 1 : termWeight[t.kind];
      weights.set(t.term, Math.max(weights.get(t.term) ?? 0, weight));
    }
    const results = this.index.search([...weights.keys()].join(' '), {
      boostTerm: (term) => weights.get(term) ?? 1,
    });
    const top = results[0]?.score ?? 1;
    const direction = questionDirection(question);
    const wanted = wantedAnswer(question);
    const hits: SearchHit[] = [];
    for (const result of results) {
      const passage = this.byId.get(String(result.id));
      if (!passage) continue;
      const side = this.sides.get(passage.id) ?? 'neutral';
      // minisearch's query terms are already unique: no Set, no copy, for each of up to every passage.
      const matched = result.queryTerms;
      const covered = coverage(concepts, matched);
      const hit: SearchHit = {
        passage,
        side,
        matched,
        coverage: covered,
        score: rankScore({
          relativeBm25: result.score / top,
          coverage: covered,
          roles,
          side,
          onlyRoles,
          direction,
          passageDirection: this.directions.get(passage.id),
          holdsWantedAnswer: wanted !== undefined && this.answerKinds.get(passage.id)!.has(wanted),
        }),
      };
      if (!options.filter || options.filter(hit)) hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
    return { question, terms, roles, hits: hits.slice(0, options.limit ?? 5) };
  }

  /**
   * The question's content, as concepts: each word (rescued by a synonym of it), plus question-only
   * synonyms. Role words count only when the question has nothing else.
   */
  concepts(terms: QueryTerm[]): Concept[] {
    const words = terms.filter((t) => t.kind === 'word');
    const synonyms = terms.filter((t) => t.kind === 'synonym');
    const concepts = words.map((w) => ({
      alternatives: [w.term, ...synonyms.filter((s) => s.from.split(' ').includes(w.from)).map((s) => s.term)],
      weight: this.conceptWeight(w),
    }));
    for (const s of synonyms) {
      const covered = words.some((w) => s.from.split(' ').includes(w.from));
      if (!covered) concepts.push({ alternatives: [s.term], weight: this.idf(s.term) });
    }
    if (concepts.length === 0) {
      for (const r of terms.filter((t) => t.kind === 'role')) concepts.push({ alternatives: [r.term], weight: this.idf(r.term) });
    }
    return concepts;
  }

}
