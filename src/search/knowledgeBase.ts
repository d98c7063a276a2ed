/**
 * The knowledge base: passages, their sides and a minisearch index, searched with coverage- and side-aware
 * re-ranking. Returns values only; answers and comparisons are composed elsewhere.
 */
import MiniSearch from 'minisearch';
import { loadCorpus } from '../knowledge/corpus.js';
import { buildPassages, type Passage } from '../knowledge/passages.js';
import { isCrossReference, quotableUnits, splitSentences } from '../knowledge/units.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { EnglishLexicon } from '../question/lexicon.js';
import { Analyzer, type QueryTerm, rolePrefix, stem, synonymPrefix, words } from './analyzer.js';
import { definedBy, definesAsked, definitionKey, explainsInBrackets } from './definitions.js';
import {
  type Direction,
  directionOf,
  durationDestination,
  namesEitherRole,
  namesOtherRole,
  passageDestination,
  questionDestination,
} from './direction.js';
import { articleFields, type IndexedPassage, indexOptions, listLabels, toIndexed } from './indexOptions.js';
import { checkPassageIds, loadPassageQuestions, type PassageQuestions } from './passageQuestions.js';
import { QueryScorer, type TermMatch } from './postings.js';
import { holdsAnswer, holdsComparison, type WantedAnswer, wantedAnswers } from './intent.js';
import { levelTerms, moveSetAside, QuestionReader, type ReadQuestion } from './questionReader.js';
import {
  type AnswerKind,
  answerFit,
  type Concept,
  contextBoost,
  coverage,
  laterSiblingShare,
  navigationShare,
  openingRoleFit,
  settingFit,
  unaskedOpeningSettingShare,
  caveatShare,
  reasonsForAComparisonShare,
  rankScore,
  ruledOutShare,
  totalWeight,
} from './ranking.js';
import { passageSide, rolesIn, type Side } from './sides.js';
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

/** The question as read, and its ranked hits. */
export interface SearchResult {
  question: string;
  /** The ask's terms. */
  terms: QueryTerm[];
  /** The roles the ask names. */
  roles: ('de' | 'mle')[];
  /** How the question was read: ask, context, intent, words the articles never use. */
  read: ReadQuestion;
  /** The ask's content as weighted concepts (see KnowledgeBase.concepts). */
  concepts: Concept[];
  hits: SearchHit[];
  /** The ask names its roles and nothing else the articles use ("what do ml engineers do in canada"): ranked by role. */
  onlyRoles?: boolean;
}

/** What ranking needs of a passage beside its text. */
interface PassageFacts {
  passage: Passage;
  side: Side;
  /** Its move between the roles, if it describes one ("DE to MLE pivot"). */
  direction: Direction | undefined;
  /** The role its move goes into, when it describes one ("Backend engineer to data engineer"). */
  destination: 'de' | 'mle' | undefined;
  /** The kinds of answer it (its nearest heading and text) holds: money, a duration, a comparison… */
  kinds: Set<AnswerKind>;
  /** For a passage after the first under its heading, the id of that first one. */
  sectionLead: string | undefined;
  /** For a paragraph about both roles, the one role its opening sentence speaks of, if one (see openingRoleFit). */
  openingRole: 'de' | 'mle' | undefined;
  /** Its opening sentence is about the hybrid role ("Both to ML data engineer: …"), a third role beside the two. */
  opensOnHybrid: boolean;
  /** It only sends the reader elsewhere: site navigation ("How This Decision Connects to the Rest…"). */
  navigation: boolean;
  /** The settings its heading or row label scopes it to ("Comp at L6 (US, FAANG)": syn:faang). */
  settings: string[];
  /** The settings its opening sentence scopes what it says to ("ML engineer comp is … higher … at FAANG"). */
  openingSettings: string[];
  /** It opens by qualifying what the passage before said ("That said, data engineers have seen faster salary growth…"). */
  opensWithCaveat: boolean;
  /** Its heading asks or announces why ("Why ML Engineers Earn More"): it gives reasons for what another passage states. */
  headedWhy: boolean;
  /** What its units define, as definition keys ("- MLOps: The specialized skill set…": "mlop"). */
  defines: Set<string>;
  /** It answers the yes or no its heading asks ("Should I go through ML data engineer…?" → "Possible but…"). */
  answersYesNo: boolean;
}

const termWeight = { word: 1, synonym: 0.6, role: 1 } as const;

/** "That said, …", "However, …": an opening that qualifies what was said before it. */
const caveatOpening = /^(?:that\s+said|that\s+being\s+said|however|on\s+the\s+other\s+hand|even\s+so|still)\b/i;

/**
 * A word the articles never use counts as this share of the rarest word's weight: it may be what the question
 * is about ("marathon") or an incidental word of a casual question ("fresh").
 */
export const unknownWordWeight = 0.5;
/** How many of minisearch's results, best BM25 first, are re-scored (the rest are too far behind to matter). */
export const candidatePool = 40;
/** How much a passage that defines what "what is X?" asks about is lifted ("- MLOps: The specialized skill set…"). */
const definitionBoost = 1.5;

/** The share of its weight a generic word of career questions keeps ("land a DE role"). */
export const genericWordShare = 0.25;
/** The United States' synonym term (knowledge/vocabulary.json): the place the articles' unscoped figures are for. */
const usTerm = `${synonymPrefix}us`;
/** "would i need", "do i have to know": what a role needs, asked in the first person. */
const needFrame =
  /\b(?:do|would|will|should|did)\s+i\s+(?:(?:really|actually)\s+)?(?:need|have\s+to\s+know|gotta\s+know)\b|\bi'?d\s+need\b/gi;
const hybridTerm = `${synonymPrefix}hybrid`;
const switchTerm = `${synonymPrefix}switch`;
/** The share of its score kept by a passage opening on the hybrid role, for a question that does not ask about it. */
const hybridShare = 0.9;
/** A heading that asks a yes or no ("Should I go through ML data engineer as a stepping stone…?", "Is ML … harder…?"). */
const yesNoHeading = /^(?:should|is|are|do|does|can|could|will|would|am)\b.*\?\s*$/i;
/** "what does an ML data engineer do", "what do they actually do": what a role is, asked. */
const whatItDoes = /\bwhat\s+(?:does|do|would|will)\s+(?:an?\s+|the\s+)?[\p{L} ]{1,40}?\s+(?:do|does)\b/iu;
/** "whats the hybrid role between de & mle", "what is an ml data engineer": what a thing is, named with its article. */
const whatTheThingIs = /^\s*(?:(?:so|ok|and|but)\s+)?what(?:'s|s|\s+is|\s+are)\s+(?:an?|the)\s+\S/i;
/** The share of its score kept by an answer to a yes or no heading, for a question asking what something is or does. */
const yesNoAnswerShare = 0.65;
/**
 * "how much math", "how deep", "how math heavy", "how mathy", "as much sql as des", "go deep on sql": a degree of
 * something asked for.
 */
const howMuchOf =
  /\bhow\s+(?:much|deep|heavy|mathy|[\p{L}]+[\s-]heavy)\b|\bas\s+(?:much|deep(?:ly)?)\s+(?:[\p{L}]+\s+){0,3}?as\b|\bgo\s+(?:that\s+|as\s+|super\s+|really\s+)?deep\b/iu;
/** A table row label that names a degree of something ("Math Intensity", "SQL depth", "ML framework fluency"). */
const degreeLabel = /\b(?:intensity|depth|fluency|proficiency|rigor|requirements?)\b/i;

/**
 * The share of its score kept by a passage of figures that speaks of none of the settings a question asks figures in
 * ("pay in lagos": the US table, which may still be all there is).
 */
const settingMissedShare = 0.85;

/** How much a setting counts beside a topic ("faang interviews"), against its rarity alone. */
const settingWeight = 0.5;

/** How much more a word counts when the question says it again of something else ("ml bugs vs pipeline bugs"). */
const repeatedWeight = 1.5;

/** How much a word of a side question counts in coverage ("what do DE interviews focus on? is it leetcode heavy"). */
export const asideWeight = 0.5;
/**
 * "do des need to know statistics": "need to know", "learn" (the skill group's question-only words) frame the topic
 * they name; beside a topic they weigh half, so a passage on statistics need not also say "skills".
 */
const skillTerm = `${synonymPrefix}skill`;

/** How close two scores of passages under one heading must be (a share of the higher) to be read in document order. */
const sectionTieShare = 0.01;
/** A passage's heading part and its place under it, from its id ("…#side-by-side-…-7" is the seventh). */
function sectionOf(hit: SearchHit): [string, number] {
  const at = /^(.*)-(\d+)$/.exec(hit.passage.id);
  return at ? [at[1]!, Number(at[2])] : [hit.passage.id, 0];
}
function placeInSection(hit: SearchHit): number {
  return sectionOf(hit)[1];
}
/** Whether two hits are passages under one heading whose scores all but tie. */
function nearTieInOneSection(a: SearchHit, b: SearchHit): boolean {
  return sectionOf(a)[0] === sectionOf(b)[0] && Math.abs(a.score - b.score) <= sectionTieShare * Math.max(a.score, b.score);
}
const frameWeight = 0.5;
/** The same frame, where a degree of the topic is asked ("how much sql do mles need to know"). */
const degreeFrameWeight = 0.1;
/** How many of the context's words (the most telling) re-rank a question. */
export const contextTermLimit = 8;
/** How much a word of the person's context counts in the search, against a word of the ask. */
export const contextTermWeight = 0.3;
/** The share of that weight kept by a remark on the roles rather than on the person ("they both write python"). */
const commentaryShare = 0.3;

export class KnowledgeBase {
  readonly passages: Passage[];
  readonly analyzer: Analyzer;
  /** Each passage with what ranking needs of it, worked out once: one lookup per candidate, not five. */
  private readonly byId: Map<string, PassageFacts>;
  /** The same, by ordinal (the passages' order). */
  private readonly ordered: PassageFacts[];
  private readonly index: MiniSearch<IndexedPassage>;
  /** Scores questions from minisearch's scores for each of their terms. */
  private readonly scorer: QueryScorer;
  /** The same, over the articles' own words only (no passage questions): what /compare ranks its pieces by. */
  private readonly articleScorer: QueryScorer;
  private readonly documentFrequency = new Map<string, number>();
  /** Words of headings, table headers and row labels: the corpus's own topic vocabulary. */
  private readonly topicTerms = new Set<string>();
  /** Every pair of adjacent word stems in the articles, to recognise job titles they mention. */
  private readonly bigrams = new Set<string>();
  private readonly reader: QuestionReader;
  private readonly lexicon = EnglishLexicon.shared();
  /** Words any question here may use without naming a topic ("land", "role", "path"): they weigh little. */
  private readonly generic: Set<string>;

  constructor(
    readonly documents: KnowledgeDocument[],
    /** The search vocabulary (knowledge/vocabulary.json): roles, synonyms, chat words. */
    readonly vocabulary: Vocabulary,
    /** Questions each passage answers, in people's words (knowledge/passage-questions.json); indexed, never quoted. */
    passageQuestions: PassageQuestions = new Map(),
  ) {
    this.analyzer = new Analyzer(vocabulary);
    this.passages = buildPassages(documents);
    const settingTerms = new Set(vocabulary.synonyms.filter((g) => g.setting).map((g) => synonymPrefix + g.term));
    // Once per passage here, not once per passage per question: the search stays free of string building.
    this.byId = new Map(
      this.passages.map((p) => {
        const text = `${p.sectionPath.at(-1) ?? ''}\n${p.text}`;
        // A reason must be given in the text: a "Why …?" heading over a sentence that gives none answers nothing, and
        // neither does a table's header row ("| Factor | Data Engineer |").
        const given = p.kind === 'row' ? p.text.split('\n').slice(2).join('\n') : p.text;
        const kinds = new Set<AnswerKind>(wantedAnswers.filter((kind) => holdsAnswer(kind === 'reason' ? given : text, kind)));
        if (holdsComparison(p.text)) kinds.add('comparison');
        // ("| Math Intensity | Higher: … | Moderate: … |": a row whose label names a degree says how much of it.)
        if (p.kind === 'row' && degreeLabel.test(p.text.split('\n')[2]?.split('|')[1] ?? '')) kinds.add('degree');
        // A passage under "Why …?" explains; it is the answer to a why, not to a how much.
        if (/^why\b/i.test(p.sectionPath.at(-1) ?? '')) kinds.add('explains');
        // "Yes -> ML engineer is more aligned. No, but you like distributed systems -> data engineer.": a diagnostic's
        // options, which say which role to choose for an answer, not what a role is or needs.
        if (/\b[\w ,]{1,40}\s->\s(?:ML|data)\s+engineer\b/i.test(p.text)) kinds.add('options');
        const side = passageSide(this.analyzer, p);
        const opening = p.kind === 'paragraph' && side === 'both' ? rolesIn(this.analyzer, splitSentences(p.text)[0] ?? '') : undefined;
        const facts: PassageFacts = {
          passage: p,
          side,
          // The heading may carry the move ("Can I move from Data Engineer to Machine Learning Engineer?").
          direction: directionOf(p.text) ?? directionOf(p.sectionPath.at(-1) ?? ''),
          destination: passageDestination(p.text),
          kinds,
          sectionLead: undefined,
          openingRole: opening?.size === 1 ? [...opening][0]! : undefined,
          opensOnHybrid: this.analyzer.analyzeDocument(splitSentences(p.text)[0] ?? '').includes(hybridTerm),
          answersYesNo: yesNoHeading.test(p.sectionPath.at(-1) ?? ''),
          navigation: quotableUnits(p).every(isCrossReference) && p.text.trim() !== '',
          settings: this.analyzer
            .analyzeDocument(`${p.sectionPath.at(-1) ?? ''}\n${p.kind === 'row' ? (p.cells?.[0] ?? '') : ''}`)
            .filter((term) => settingTerms.has(term)),
          openingSettings:
            p.kind === 'paragraph'
              ? this.analyzer.analyzeDocument(splitSentences(p.text)[0] ?? '').filter((term) => settingTerms.has(term))
              : [],
          opensWithCaveat: p.kind === 'paragraph' && caveatOpening.test(p.text.trim()),
          headedWhy: /^\s*why\b/i.test(p.sectionPath.at(-1) ?? ''),
          defines: new Set(p.kind === 'row' ? [] : quotableUnits(p).flatMap(definedBy)),
        };
        return [p.id, facts];
      }),
    );
    this.passages.forEach((p, i) => {
      const before = this.passages[i - 1];
      if (before && before.source === p.source && before.section === p.section)
        this.byId.get(p.id)!.sectionLead = this.byId.get(before.id)!.sectionLead ?? before.id;
    });
    const indexed = this.passages.map((p) => toIndexed(p, passageQuestions.get(p.id)));
    for (const doc of indexed) {
      // Field by field, as minisearch will tokenize them, so the analyzer's cache serves both. The articles' words
      // only: a word only the passages' questions use is still one the sources never say.
      const terms = new Set([doc.text, doc.section, doc.ancestors, doc.title].flatMap((field) => this.analyzer.analyzeDocument(field)));
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    for (const passage of this.passages) {
      const labels = [...passage.sectionPath, ...(passage.header ?? []), passage.cells?.[0] ?? '', ...listLabels(passage)];
      for (const term of this.analyzer.analyzeDocument(labels.join(' \n '))) this.topicTerms.add(term);
    }
    const wordCounts = new Map<string, number>();
    for (const passage of this.passages) {
      const raw = words(`${passage.section}\n${passage.text}`);
      for (const word of raw) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
      const stems = raw.map(stem);
      for (let i = 1; i < stems.length; i += 1) this.bigrams.add(`${stems[i - 1]} ${stems[i]}`);
    }
    this.index = new MiniSearch(indexOptions(this.analyzer));
    this.index.addAll(indexed);
    this.ordered = this.passages.map((p) => this.byId.get(p.id)!);
    const ordinals = new Map(this.passages.map((p, i) => [p.id, i]));
    this.scorer = new QueryScorer(this.index, ordinals);
    this.articleScorer = new QueryScorer(this.index, ordinals, articleFields);
    const vocabularyWords = [
      ...vocabulary.stopWords,
      ...vocabulary.chat.fillers,
      ...vocabulary.chat.premiseWords,
      ...vocabulary.roles.de,
      ...vocabulary.roles.mle,
      ...vocabulary.synonyms.flatMap((g) => [...g.phrases, ...(g.queryOnly ?? [])]),
      // ("backend swe (node + postgres)": a tool named is what was typed, never a typo of "posters".)
      ...vocabulary.categories.flatMap((c) => c.members),
    ].flatMap((phrase) => words(phrase));
    this.generic = new Set([...vocabulary.chat.careerVerbs, ...vocabulary.chat.genericNouns]);
    this.reader = new QuestionReader(
      this.analyzer,
      { counts: wordCounts, knows: (term) => this.knows(term), bigrams: this.bigrams },
      this.lexicon,
      vocabulary.chat,
      vocabulary.jobTitleNouns,
      vocabularyWords,
    );
  }

  /** Loads knowledge/ (articles, vocabulary, passage questions); throws with every problem if any file is invalid. */
  static load(knowledgeDir: string): KnowledgeBase {
    const questions = loadPassageQuestions(knowledgeDir);
    const kb = new KnowledgeBase(loadCorpus(knowledgeDir), loadVocabulary(knowledgeDir), questions);
    checkPassageIds(knowledgeDir, questions, new Set(kb.passages.map((p) => p.id)));
    return kb;
  }

  passage(id: string): Passage | undefined {
    return this.byId.get(id)?.passage;
  }

  /** The passage right after this one under the same heading, if any (where an article goes on to say why). */
  following(id: string): Passage | undefined {
    const i = this.passages.findIndex((p) => p.id === id);
    const next = i < 0 ? undefined : this.passages[i + 1];
    return next && this.byId.get(next.id)!.sectionLead === (this.byId.get(id)!.sectionLead ?? id) ? next : undefined;
  }

  /**
   * The items of the list a passage is one part of, in article order: every passage under the same heading that opens
   * with the same lead-in line ("…three distinct disciplines:"). One item for a passage that is not such a part.
   */
  listItems(passage: Passage): string[] {
    const [leadIn] = passage.text.split('\n');
    if (passage.kind !== 'list' || !leadIn?.trimEnd().endsWith(':')) return [];
    const item = (p: Passage) =>
      p.text
        .split('\n')
        .slice(1)
        .map((line) => line.replace(/^\s*-\s+/, '').trim())
        .filter(Boolean);
    return this.passages
      .filter((p) => p.kind === 'list' && p.file === passage.file && p.section === passage.section && p.text.startsWith(`${leadIn}\n`))
      .flatMap(item);
  }

  /** The move between the roles a passage describes ("DE to MLE pivot: …"), if any. */
  directionOf(passage: Passage): Direction | undefined {
    return this.byId.get(passage.id)?.direction;
  }

  sideOf(passage: Passage): Side {
    return this.byId.get(passage.id)?.side ?? 'neutral';
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

  /** Whether the articles write these two words together, in this order (as stems: "feature stores" is "feature store"). */
  usesPair(first: string, second: string): boolean {
    return this.bigrams.has(`${stem(first)} ${stem(second)}`);
  }

  /** A term of the domain: a role, a synonym group, or a word the articles use in headings and labels. */
  isDomainTerm(term: string): boolean {
    return this.topicTerms.has(term) || term.startsWith(rolePrefix) || term.startsWith(synonymPrefix);
  }

  /** How specific a question word is, 0.25..1: generic career words and the commonest words of speech weigh least. */
  specificity(word: string): number {
    return this.wordSpecificity(word);
  }

  private wordSpecificity(word: string): number {
    let specific = this.specificities.get(word);
    if (specific === undefined) {
      specific = this.generic.has(word) ? genericWordShare : this.lexicon.specificity(word);
      if (this.specificities.size >= 20_000) this.specificities.clear();
      this.specificities.set(word, specific);
    }
    return specific;
  }

  private readonly specificities = new Map<string, number>();

  private conceptWeight(term: QueryTerm, inPhrase: boolean): number {
    // A word of a vocabulary phrase is a topic of the domain, however common it is in speech ("pay").
    const specific = inPhrase ? 1 : this.wordSpecificity(term.from);
    if (!this.knows(term.term)) return this.idf('') * unknownWordWeight * specific;
    return this.idf(term.term) * (this.topicTerms.has(term.term) ? 1 : 0.6) * (term.corrected ? 0.8 : 1) * specific;
  }

  /** The terms of a question's ask, as the search uses them. */
  analyze(question: string): QueryTerm[] {
    return this.reader.read(question).terms;
  }

  /** How the engine reads a question: ask and context, intent, corrections, words the articles never use. */
  read(question: string): ReadQuestion {
    return this.reader.read(question);
  }

  /** Whether a word is a place ("germany"): a name that is no role and no company. */
  namesAPlace(word: string): boolean {
    return this.reader.namesAPlace(word);
  }

  /** Whether a text names a job by a title noun ("analyst", "engineer"), ours or another. */
  namesJobTitle(text: string): boolean {
    return this.reader.namesJobTitle(text);
  }

  /**
   * Ranks passages for a question (at most `limit`, default 5). `terms` searches exactly those terms, read as
   * an ask with no context; `articleWordsOnly` leaves the passages' questions (passage-questions.json) out, so only
   * the articles' own words rank (how /compare orders what the articles say on an aspect).
   */
  search(
    question: string,
    options: { limit?: number; filter?: (hit: SearchHit) => boolean; terms?: QueryTerm[]; articleWordsOnly?: boolean } = {},
  ): SearchResult {
    const read: ReadQuestion = options.terms
      ? { ...this.reader.read(question), terms: options.terms, contextTerms: [], context: '', unknown: [] }
      : this.reader.read(question);
    const { terms, roles } = read;
    // ("do mles need to know as much sql as des": asked how much of a thing, the "need to know" is only the frame.)
    const concepts = this.settingsBesideATopic(this.concepts(terms, howMuchOf.test(read.ask)), terms, read.intent.wanted);
    if (terms.length === 0) return { question: read.text, terms, roles, read, concepts, hits: [] };
    // ("what do ml engineers do in canada": a place, a name or a title the articles never use adds nothing to search by.)
    const unknownName = (t: QueryTerm) => !this.knows(t.term) && read.unknown.some((u) => u.word === t.from && u.kind !== 'common');
    const onlyRoles = terms.some((t) => t.kind === 'role') && terms.every((t) => t.kind === 'role' || unknownName(t));
    const weights = new Map<string, number>();
    for (const t of terms) {
      // Role words are in most passages: searching them would rank little and cost a lot. The side factor
      // uses them instead, unless they are all the question has.
      if (t.kind === 'role' && !onlyRoles) continue;
      const weight = t.kind === 'word' ? this.wordSpecificity(t.from) : t.kind === 'role' ? 1 : termWeight[t.kind];
      weights.set(t.term, Math.max(weights.get(t.term) ?? 0, weight));
    }
    // What the person says about themselves re-ranks: only the words the articles use can say anything, and a
    // long story is heard through its most telling words.
    const told = read.contextTerms
      .filter((t) => !weights.has(t.term) && this.knows(t.term))
      .map((t) => ({ t, telling: this.idf(t.term) * (t.kind === 'word' ? this.wordSpecificity(t.from) : 1) }))
      .sort((a, b) => b.telling - a.telling)
      .slice(0, contextTermLimit)
      .map(({ t }) => t);
    const contextWeights = new Map<string, number>();
    const contextWeight = read.commentary ? contextTermWeight * commentaryShare : contextTermWeight;
    for (const t of told) contextWeights.set(t.term, contextWeight * termWeight[t.kind]);
    const contextConcepts = this.concepts(told);
    const results = (options.articleWordsOnly ? this.articleScorer : this.scorer).search(
      [...weights.keys(), ...contextWeights.keys()],
      (term) => weights.get(term) ?? contextWeights.get(term) ?? 1,
      Math.max(candidatePool, options.limit ?? 0),
    );
    const top = results[0]?.score ?? 1;
    const wanted = read.intent.wanted;
    const defined = read.intent.defines === undefined ? undefined : definitionKey(read.intent.defines);
    // (Read as meant: "switch to data engeneer" goes to data engineering.)
    const moveInto = read.direction
      ? undefined
      : read.intent.form === 'duration'
        ? durationDestination(read.spelled)
        : questionDestination(read.spelled);
    // ("is it harder to land an mle job than a de one", "how long to break into de or mle": the two roles set side
    // by side, not a move into one of them.)
    const sideBySide =
      moveInto !== undefined && ((read.intent.form === 'comparison' && namesOtherRole(read.ask, moveInto)) || namesEitherRole(read.ask));
    // ("what changes day to day if i move to mle?": a move set aside as the condition of the ask is no move asked.)
    const destination = sideBySide || moveSetAside(read) ? undefined : moveInto;
    // "i'm an ML eng … how hard would it be to switch over to DE": the move starts in the role the person says they
    // are in; "how long to become a data engineer" starts from nowhere said.
    const toldOrigin = destination !== undefined && namesOtherRole(read.context, destination);
    const direction: Direction | undefined =
      read.direction ?? (toldOrigin ? (destination === 'de' ? 'mle-to-de' : 'de-to-mle') : undefined);
    const fromElsewhere = destination !== undefined && !namesOtherRole(read.spelled, destination);
    // ("which role is easier to get into": no move asked, so a move between the roles is one person's case.)
    const noMoveAsked = direction === undefined && destination === undefined && !read.terms.some((t) => t.term === switchTerm && !t.aside);
    // ("how much statistics does a de need": what one role needs, not which to choose, nor the asker's own case.)
    // ("how much stats would i need for de": what the role needs, asked in the first person, is still the role's.)
    const ofOneRole =
      roles.length === 1 && read.contextTerms.length === 0 && !/\b(?:i|me|my|i'?m|im)\b/i.test(read.plain.replace(needFrame, ' '));
    const asksDegree = wanted === undefined && howMuchOf.test(read.ask);
    const asksWhatItIs = read.intent.defines !== undefined || whatItDoes.test(read.ask) || whatTheThingIs.test(read.ask);
    const hits: SearchHit[] = [];
    const asked = new Set(terms.map((t) => t.term));
    const asksHybrid = asked.has(hybridTerm) || read.contextTerms.some((t) => t.term === hybridTerm);
    const excluded = read.ruledOut ?? [];
    // "a junior MLE's pay in Nigeria": the place outweighs the level. The figures the articles give for the place
    // (one row, "Mid-Senior") cover a level they do not name as far as they can; the answer says which level they
    // are for.
    // ("us mid-senior mle salary" is the United States row's own level: only for another level, junior or staff, are
    // the unscoped figures the US answer.)
    // ("senior mle tc in the us": a level with a row of its own in the tables by level, more exact than "Mid-Senior".)
    const midSenior = /\bmid(?:[-\s]?(?:to|and|or|\/)?[-\s]?)(?:level\s+)?(?:to\s+)?senior\b/i.test(read.text);
    const otherLevel = terms.some(
      (t) =>
        t.qualifier &&
        t.kind === 'synonym' &&
        (/^syn:(?:entry|junior|staff|principal|lead)/.test(t.term) || (!midSenior && /^syn:(?:senior|midlevel)$/.test(t.term))),
    );
    const usAsked = wanted === 'money' && otherLevel ? terms.filter((t) => t.term === usTerm || t.term === 'us').map((t) => t.term) : [];
    const levelsInASetting =
      wanted === 'money' && terms.some((t) => this.analyzer.isSetting(t.term))
        ? terms.filter((t) => t.qualifier && !this.analyzer.isSetting(t.term)).map((t) => t.term)
        : [];
    // minisearch returns every passage sharing a word, best BM25 first; those far down cannot climb back.
    const total = totalWeight(concepts);
    // ("what are faang interviews like for de": what is asked besides the setting, which a passage in the setting must
    // also answer to be lifted by it.)
    const topics = this.topics(concepts, terms);
    const settingAsked = concepts.some((c) => c.alternatives.some((a) => this.analyzer.isSetting(a)));
    const contextTotal = totalWeight(contextConcepts);
    for (const result of results) {
      const facts = this.ordered[result.passage]!;
      const { passage, side, kinds } = facts;
      const scopedFigures =
        levelsInASetting.length > 0 &&
        facts.settings.length > 0 &&
        facts.settings.every((s) => asked.has(s)) &&
        kinds.has('money') &&
        !result.terms.some((t) => levelsInASetting.includes(t));
      // "junior DE pay in the us": figures scoped to no setting are the articles' US figures.
      const usFigures =
        usAsked.length > 0 && facts.settings.length === 0 && kinds.has('money') && !result.terms.some((t) => usAsked.includes(t));
      const implied = scopedFigures ? levelsInASetting : usFigures ? usAsked : [];
      // The query's terms are unique, and few: looked up as they come, no Set, no copy.
      const matched = implied.length > 0 ? [...result.terms, ...implied] : result.terms;
      const inOwnFields = implied.length > 0 ? [...result.inOwnFields, ...implied.map(() => true)] : result.inOwnFields;
      const full = coverage(concepts, matched, total);
      // A word found only in the headings above the passage ("… Interview Prep FAQ" over every FAQ answer) says
      // less about it than a word of its own text or heading.
      // ("how are faang interviews for mle": the FAANG week under "… Interview Prep FAQ" says nothing of interviews;
      // where its own words hold only the setting, the topic above it does not count.)
      const ownTopic =
        !settingAsked || topics.length === 0 || topics.some((c) => c.alternatives.some((a) => inOwnFields[matched.indexOf(a)] === true));
      const own = () =>
        coverage(
          concepts,
          matched.filter((_, i) => inOwnFields[i]),
          total,
        );
      const covered = !inOwnFields.includes(false) ? full : ownTopic ? (full + own()) / 2 : own();
      const hit: SearchHit = {
        passage,
        side,
        matched,
        coverage: covered,
        score:
          rankScore({
            relativeBm25: result.score / top,
            coverage: covered,
            roles,
            side,
            onlyRoles,
            direction,
            passageDirection: facts.direction,
            destination,
            passageDestination: facts.destination,
            fromElsewhere,
            noMoveAsked,
            // A plain literal: an object spread here, once per candidate, cost a tenth of all the answering time.
            answerFit: answerFit({
              wanted,
              form: read.intent.form,
              holds: kinds,
              kind: passage.kind,
              ofOneRole,
              asksDegree,
              unitNamed: read.intent.unitNamed === true,
            }),
          }) *
          (facts.navigation ? navigationShare : 1) *
          (excluded.length > 0 && this.speaksOfAny(passage, excluded) ? ruledOutShare : 1) *
          // (The topic said by the passage itself: "Interview Prep FAQ" above the FAANG week answers no interview question.)
          settingFit(facts.settings, asked, ownTopic) *
          (read.intent.form === 'comparison' && facts.openingSettings.some((setting) => !asked.has(setting))
            ? unaskedOpeningSettingShare
            : 1) *
          (facts.opensWithCaveat ? caveatShare : 1) *
          // ("4 yoe de. staff level pay in lagos?": figures asked in a setting, from a passage that has none of it.)
          (settingAsked &&
          wanted === 'money' &&
          kinds.has('money') &&
          !matched.some((term) => asked.has(term) && this.analyzer.isSetting(term))
            ? settingMissedShare
            : 1) *
          // ("who gets paid more, de or mle": the passage that says which, before the one headed why.)
          (facts.headedWhy && read.intent.form === 'comparison' ? reasonsForAComparisonShare : 1) *
          (defined !== undefined && (definesAsked(facts.defines, defined) || explainsInBrackets(passage.text, read.intent.defines!))
            ? definitionBoost
            : 1) *
          openingRoleFit(roles, facts.openingRole) *
          // ("which is growing faster?" chooses between the two roles: a passage opening on the hybrid is about a third.)
          (facts.opensOnHybrid && !asksHybrid ? hybridShare : 1) *
          // ("what does an ML data engineer do?": an FAQ's "Possible but not the most direct path" answers its own
          // "Should I go through ML data engineer…?", not what the role is.)
          (facts.answersYesNo && asksWhatItIs ? yesNoAnswerShare : 1) *
          // (Asked of both roles, what the person said does not tip it to a passage about one of them.)
          // ("4 yoe de. staff level pay in lagos?": who they are never lifts a passage past the setting the ask names.)
          (contextConcepts.length > 0 &&
          !(roles.length > 1 && (side === 'de' || side === 'mle')) &&
          (!settingAsked || matched.some((term) => this.analyzer.isSetting(term) && asked.has(term)))
            ? contextBoost(coverage(contextConcepts, ownWords(result), contextTotal))
            : 1),
      };
      if (!options.filter || options.filter(hit)) hits.push(hit);
    }
    // A later passage under a heading yields to the first one there when both were found: the first states what
    // the heading promises, the others elaborate.
    const found = new Set(hits.map((hit) => hit.passage.id));
    for (const hit of hits) {
      const lead = this.byId.get(hit.passage.id)!.sectionLead;
      if (lead !== undefined && found.has(lead)) hit.score *= laterSiblingShare;
    }
    // ("how much do mles make at faang": the L5 and L6 rows of one table, all but tied, are read in the table's order.)
    hits.sort(
      (a, b) =>
        (nearTieInOneSection(a, b) ? placeInSection(a) - placeInSection(b) : 0) ||
        b.score - a.score ||
        a.passage.id.localeCompare(b.passage.id),
    );
    return {
      question: read.text,
      terms,
      roles,
      read,
      concepts,
      hits: hits.slice(0, options.limit ?? 5),
      ...(onlyRoles ? { onlyRoles } : {}),
    };
  }

  /**
   * Whether a passage speaks of a phrase ("data scientist"), inflections aside: its heading or one of its
   * sentences has the words in a row. A sentence that only sends the reader elsewhere ("see the DE vs analytics
   * engineer guide") names the phrase without speaking of it.
   */
  mentions(passage: Passage, phrase: string): boolean {
    const wanted = ` ${words(phrase).map(stem).join(' ')} `;
    return this.stemmedUnits(passage).some((unit) => unit.includes(wanted));
  }

  /**
   * Whether one sentence of a passage, read under its own heading (not the container headings above it), holds `phrase` (or
   * the indexed term `term`) and one of `alongside`'s terms (synonym groups included): "OpenAI" named where remote work
   * is discussed, or FAANG where its ML engineers' time is split, says nothing of their interviews.
   */
  saysAlongside(passage: Passage, said: { phrase?: string; term?: string }, alongside: readonly string[]): boolean {
    const wanted = said.phrase !== undefined ? ` ${words(said.phrase).map(stem).join(' ')} ` : undefined;
    return this.unitTerms(passage).some(
      (unit) =>
        (wanted === undefined || unit.stems.includes(wanted)) &&
        (said.term === undefined || unit.terms.has(said.term)) &&
        alongside.some((term) => unit.terms.has(term)),
    );
  }

  /** A passage's own heading and sentences, each as space-padded stems and as the terms the index reads in it. */
  private unitTerms(passage: Passage): { stems: string; terms: Set<string> }[] {
    let units = this.unitTermCache.get(passage.id);
    if (!units) {
      // (Each sentence read under its own heading: "2026 Salary Benchmarks" makes a row of sums one of pay.)
      const heading = passage.sectionPath.at(-1) ?? '';
      const texts = [
        heading,
        ...quotableUnits(passage)
          .filter((unit) => !isCrossReference(unit))
          .map((unit) => `${heading}\n${unit}`),
      ];
      units = texts.map((text) => ({ stems: ` ${words(text).map(stem).join(' ')} `, terms: new Set(this.analyzer.analyzeDocument(text)) }));
      this.unitTermCache.set(passage.id, units);
    }
    return units;
  }

  private readonly unitTermCache = new Map<string, { stems: string; terms: Set<string> }[]>();

  /**
   * Whether a passage is about a word rather than naming it in passing: the word is in its headings or in the
   * label of one of its items or rows ("32% Improvement in Course Completion: …"), or in two of its sentences.
   */
  isAbout(passage: Passage, word: string): boolean {
    const wanted = ` ${words(word).map(stem).join(' ')} `;
    const labels = [
      passage.section,
      passage.cells?.[0] ?? '',
      ...passage.text.split('\n').map((line) => /^\s*-\s+([^:]{2,60}):/.exec(line)?.[1] ?? ''),
    ];
    if (labels.some((label) => ` ${words(label).map(stem).join(' ')} `.includes(wanted))) return true;
    return this.stemmedUnits(passage).filter((unit) => unit.includes(wanted)).length >= 2;
  }

  /** A passage's heading and sentences as space-padded stems, cross-references left out; built on first use. */
  /** Whether a passage's heading or text holds any of `terms` as the index reads them (a setting ruled out). */
  private speaksOfAny(passage: Passage, terms: readonly string[]): boolean {
    return this.analyzer.analyzeDocument(`${passage.sectionPath.at(-1) ?? ''}\n${passage.text}`).some((t) => terms.includes(t));
  }

  private stemmedUnits(passage: Passage): string[] {
    let units = this.unitStems.get(passage.id);
    if (!units) {
      const texts = [passage.section, ...quotableUnits(passage).filter((unit) => !isCrossReference(unit))];
      units = texts.map((text) => ` ${words(text).map(stem).join(' ')} `);
      this.unitStems.set(passage.id, units);
    }
    return units;
  }

  private readonly unitStems = new Map<string, string[]>();

  /** Whether a passage holds the kind of answer asked for (a figure, a duration, a reason). */
  holds(passage: Passage, wanted: WantedAnswer): boolean {
    return this.byId.get(passage.id)?.kinds.has(wanted) ?? false;
  }

  /**
   * Whether a passage gives pay: a sum of money under a heading or in words of pay ("Senior (5-8 years): $180K-$245K
   * base"); a market's "$105 billion" is none.
   */
  givesPay(passage: Passage): boolean {
    return (
      this.holds(passage, 'money') &&
      this.analyzer.analyzeDocument(`${passage.sectionPath.at(-1) ?? ''}\n${passage.text}`).includes(`${synonymPrefix}salary`)
    );
  }

  /**
   * Whether a passage gives the articles' US pay: sums of pay scoped to no setting of theirs (no Nigeria, remote or
   * FAANG), which are US figures ("Senior (5-8 years): $180K-$245K base").
   */
  givesUsPay(passage: Passage): boolean {
    return this.givesPay(passage) && (this.byId.get(passage.id)?.settings.length ?? 1) === 0;
  }

  /** Whether a passage defines what "what is X?" asks (X as written: "etl pipeline"), by a label of one of its units. */
  defines(passage: Passage, asked: string): boolean {
    const facts = this.byId.get(passage.id);
    return facts !== undefined && (definesAsked(facts.defines, definitionKey(asked)) || explainsInBrackets(passage.text, asked));
  }

  private readonly payOnlySettings = new Map<string, boolean>();

  /**
   * Whether all the articles say of a setting (a synonym term, "syn:nigeria") is pay: it is one of the settings they
   * scope figures to, and every passage that names it gives sums of money ("Nigeria (Local) | ₦700k – ₦3.5m / month").
   */
  speaksOfOnlyInPay(term: string): boolean {
    let only = this.payOnlySettings.get(term);
    if (only === undefined) {
      const naming = this.analyzer.isSetting(term)
        ? this.passages.filter((p) => this.analyzer.analyzeDocument(`${p.sectionPath.join(' ')} ${p.text}`).includes(term))
        : [];
      only = naming.length > 0 && naming.every((p) => this.holds(p, 'money'));
      this.payOnlySettings.set(term, only);
    }
    return only;
  }

  /**
   * "what are faang interviews like for de": a setting narrows what is asked (interviews); it is not the question's
   * subject, so beside a topic it counts `settingWeight` of its rarity. Pay is the exception: the articles give pay
   * by setting ("Comp at L5 (US, FAANG)"), so "de vs mle comp at faang" is the setting's figures.
   */
  private settingsBesideATopic(concepts: Concept[], terms: QueryTerm[], wanted: WantedAnswer | undefined): Concept[] {
    const inASetting = (c: Concept) => c.alternatives.some((a) => this.analyzer.isSetting(a));
    const ofPay = wanted === 'money' || wanted === 'percent' || concepts.some((c) => c.alternatives.includes(`${synonymPrefix}salary`));
    if (ofPay || !concepts.some(inASetting) || this.topics(concepts, terms).length === 0) return concepts;
    return concepts.map((c) => (inASetting(c) ? { ...c, weight: c.weight * settingWeight } : c));
  }

  /**
   * What a question asks about beyond where and at what level: its concepts that are neither a setting ("faang") nor
   * a qualifier ("entry level" in "de or mle at entry level in Nigeria", which asks the figures there).
   */
  private topics(concepts: Concept[], terms: QueryTerm[]): Concept[] {
    const qualifiers = new Set(terms.filter((t) => t.qualifier || levelTerms.has(t.term)).map((t) => t.term));
    return concepts.filter((c) => !c.alternatives.some((a) => this.analyzer.isSetting(a) || qualifiers.has(a)));
  }

  /**
   * The question's content, as concepts: each word (rescued by a synonym of it), plus question-only
   * synonyms. Role words count only when the question has nothing else.
   */
  concepts(terms: QueryTerm[], degreeAsked = false): Concept[] {
    // A word said twice ("day to day") is one concept, not two of the same weight.
    const words = terms.filter((t, i) => t.kind === 'word' && terms.findIndex((o) => o.kind === 'word' && o.term === t.term) === i);
    const synonyms = terms.filter((t) => t.kind === 'synonym');
    const concepts = words.map((w) => {
      const phrases = synonyms.filter((s) => s.from.split(' ').includes(w.from));
      // "ml bugs vs pipeline bugs", "de interviews vs mle interviews": a word said again of something else is what the
      // question is about.
      const at = terms.flatMap((t, i) => (t.kind === 'word' && t.term === w.term ? [i] : []));
      const repeated = at.length >= 2 && at.at(-1)! - at[0]! > 2 ? repeatedWeight : 1;
      const weight =
        this.conceptWeight(
          w,
          phrases.some((s) => !s.inferred),
        ) *
        (w.aside ? asideWeight : 1) *
        repeated;
      return { alternatives: [w.term, ...phrases.map((s) => s.term)], weight };
    });
    for (const s of synonyms) {
      const covered = words.some((w) => s.from.split(' ').includes(w.from));
      if (!covered)
        concepts.push({
          alternatives: [s.term],
          weight:
            this.idf(s.term) *
            (s.aside ? asideWeight : 1) *
            (s.inferred && s.term === skillTerm && words.length > 0 ? (degreeAsked ? degreeFrameWeight : frameWeight) : 1),
        });
    }
    if (concepts.length === 0) {
      for (const r of terms.filter((t) => t.kind === 'role')) concepts.push({ alternatives: [r.term], weight: this.idf(r.term) });
    }
    return concepts;
  }
}

/**
 * The terms a passage matched in its own text or heading. What a person says about themselves re-ranks by these
 * alone: the questions a passage answers (its expansion) are full of other people's stories ("2 yoe analyst here").
 */
function ownWords(match: TermMatch): string[] {
  return match.terms.filter((_, i) => match.inOwnFields[i]);
}
