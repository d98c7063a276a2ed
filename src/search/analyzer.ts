/**
 * Turns text into search terms the same way for articles and questions: normalised words, Porter stems,
 * role phrases collapsed into role terms, synonym groups added as shared terms, stop words dropped.
 */
import { stemmer } from 'stemmer';
import type { Role, Vocabulary } from './vocabulary.js';

export const rolePrefix = 'role:';
export const synonymPrefix = 'syn:';
/** The group of choosing between the roles ("which should i pick", "de or mle?"). */
export const chooseTerm = `${synonymPrefix}choose`;

/** One analysed term of a question, with how it arose (ranking weighs them differently). */
export interface QueryTerm {
  term: string;
  kind: 'word' | 'role' | 'synonym';
  /** The question's own word(s) this term came from, for messages and sentence picking. */
  from: string;
  /** Set when a misspelt word was replaced by the word it was meant to be. */
  corrected?: boolean;
  /** The word as typed, when it was corrected ("certifcation"). */
  typed?: string;
  /** Set for a term of a side question ("…? is it leetcode heavy"): it counts half in coverage. */
  aside?: boolean;
  /** Set for a synonym read into loose question wording ("make" as pay, "know" as skills). */
  inferred?: boolean;
  /** Set for a synonym of a qualifier group (a level, a period, a place): it narrows, it names no topic. */
  qualifier?: boolean;
}

interface PhraseEntry {
  kind: 'role' | 'synonym';
  term: string;
  queryOnly: boolean;
  qualifier?: boolean;
  length: number;
}

const nonAscii = /[^\p{ASCII}]/u;

/** Lowercases and straightens text; drops invisible and bidi control characters. */
export function normalizeText(text: string): string {
  // Most text is plain ASCII: then there is nothing to fold or straighten, and those patterns need not run.
  let out = nonAscii.test(text)
    ? text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
        .replace(/[\u2018\u2019\u02bc]/g, "'")
    : text.toLowerCase();
  if (out.includes('\u0000')) out = out.replaceAll('\u0000', '');
  if (out.includes(',')) out = out.replace(/(\d),(?=\d{3}\b)/g, '$1');
  return out;
}

/**
 * A sum of pay quoted in a question ("150k", "$150,000"): the person's own figure (an offer, a rumour), what the
 * answer is measured against, not words to find: "150k" would find whichever role's range happens to end there.
 */
const quotedPay = /^\d+k$|^\d{5,}$/;
/** Years of experience written as one word ("5yoe", "3yrs"): how long the person has worked, read as a level elsewhere. */
const yearsWritten = /^\d{1,2}(?:yoe|yrs?|years?)$/;

/** Raw word tokens (possessive 's removed), before stemming. */
export function words(text: string): string[] {
  // A letter joined by a hyphen to a number is one name ("H-1B", "O-1" visas), not a lone letter and a figure.
  // Both checks skip a pattern most text has no use for (they run over every passage at each index build).
  let normal = normalizeText(text);
  if (/-\p{N}/u.test(normal)) normal = normal.replace(/(?<![\p{L}\p{N}])(\p{L})-(\p{N}+\p{L}?)(?![\p{L}\p{N}])/gu, '$1$2');
  const tokens = normal.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  return tokens.map((token) => (token.includes("'") ? token.replace(/'s$/, '').replace(/'/g, '') : token));
}

const stems = new Map<string, string>();

export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // Three-letter words are left alone: Porter would make "use" into "us". Their inflections ("pays",
    // "payed", "uses") go back to the same three letters, or "pay" and "pays" would never meet.
    // ("less", "plus", "bias" and "speed" are not such inflections, and "roles", "times", "lines" are the plurals
    // of four-letter words: only after x or z is "es" a suffix of three letters, as in "fixes", "taxes".)
    const short = /^([a-z]{3})(s|es|ed)$/.exec(word);
    if (
      short &&
      !/[sua]$/.test(short[1]!) &&
      !(short[2] === 'ed' && short[1]!.endsWith('e')) &&
      !(short[2] === 'es' && !/[xz]$/.test(short[1]!))
    )
      stemmed = short[1]!;
    else stemmed = /^[a-z]{4,}$/.test(word) ? stemmer(word) : word;
    // Porter makes "using" and "used" into "us", the country's word ("junior DE pay in the us"): they are "use".
    if (stemmed === 'us' && word !== 'us') stemmed = 'use';
    // ("i want predictable work": Porter makes "predictable" into "predict", the word of models' predictions, "Predictive
    // Logic"; what is predictable is the opposite of ambiguous work, a word of its own.)
    if (/^(?:un)?predictab(?:le|ility|ly)$/.test(word)) stemmed = word.replace(/^un/, '').replace(/(?:le|ility|ly)$/, 'l');
    if (stems.size >= 50_000) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

export class Analyzer {
  private readonly phrases = new Map<string, PhraseEntry>();
  /** For each word a phrase can start with, the longest such phrase: most words start none. */
  private readonly phraseStarts = new Map<string, number>();
  private readonly stopWords: Set<string>;
  private readonly roleTerms: Map<string, Role>;

  /** Chat words a question may hold that say nothing about its topic ("tbh", "cope"): dropped from questions only. */
  private readonly chatWords: Set<string>;
  /** The synonym terms of the settings the articles scope figures to (a place, big tech): "syn:nigeria". */
  private readonly settingTerms: Set<string>;
  /** Categories whose members a document may name ("Spark", "Airflow" → tool), with each member's terms. */
  private readonly categories: { term: string; members: Set<string> }[];
  private readonly labels = new Map<string, string>();
  /** The chat fillers alone ("tbh", "lol", "damn"), without the words that judge a claim. */
  private readonly fillers: Set<string>;

  constructor(vocabulary: Vocabulary) {
    this.stopWords = new Set(vocabulary.stopWords.flatMap((w) => words(w)));
    this.fillers = new Set(vocabulary.chat.fillers.flatMap((w) => words(w)));
    this.chatWords = new Set([...this.fillers, ...vocabulary.chat.premiseWords.flatMap((w) => words(w))]);
    this.roleTerms = new Map();
    for (const role of ['de', 'mle'] as const) {
      this.roleTerms.set(rolePrefix + role, role);
      for (const phrase of vocabulary.roles[role]) this.addPhrase(phrase, { kind: 'role', term: rolePrefix + role, queryOnly: false });
    }
    for (const group of vocabulary.synonyms) {
      if (group.label) this.labels.set(synonymPrefix + group.term, group.label);
      const qualifier = group.qualifier ? { qualifier: true } : {};
      for (const phrase of group.phrases)
        this.addPhrase(phrase, { kind: 'synonym', term: synonymPrefix + group.term, queryOnly: false, ...qualifier });
      for (const phrase of group.queryOnly ?? [])
        this.addPhrase(phrase, { kind: 'synonym', term: synonymPrefix + group.term, queryOnly: true, ...qualifier });
    }
    // After the phrases: a member's term is what analysing it gives ("scikit-learn" → "scikit learn" stems).
    this.settingTerms = new Set(vocabulary.synonyms.filter((g) => g.setting).map((g) => synonymPrefix + g.term));
    this.categories = vocabulary.categories.map((c) => ({
      term: c.term,
      members: new Set(c.members.flatMap((m) => this.analyze(words(m), false).map((t) => t.term))),
    }));
    for (const [key, entry] of this.phrases) {
      const first = key.split(' ')[0]!;
      this.phraseStarts.set(first, Math.max(this.phraseStarts.get(first) ?? 0, entry.length));
    }
  }

  private addPhrase(phrase: string, entry: Omit<PhraseEntry, 'length'>) {
    const key = words(phrase).map(stem);
    if (key.length === 0) return;
    const existing = this.phrases.get(key.join(' '));
    // A role phrase wins over a synonym; an article-side phrase wins over a question-only one.
    if (existing && (existing.kind === 'role' || !existing.queryOnly)) return;
    this.phrases.set(key.join(' '), { ...entry, length: key.length });
  }

  /** How messages name a synonym group's topic ("pay"), if the vocabulary says. */
  labelOf(term: string): string | undefined {
    return this.labels.get(term);
  }

  /** Which role a role term stands for, if it is one. */
  roleOf(term: string): Role | undefined {
    return this.roleTerms.get(term);
  }

  isStopWord(word: string): boolean {
    return this.stopWords.has(word);
  }

  /** Whether a term is a setting the articles scope figures to ("syn:nigeria", "syn:faang"). */
  isSetting(term: string): boolean {
    return this.settingTerms.has(term);
  }

  /** A chat filler ("tbh", "lol", "damn"): said around a question, never part of it. */
  isFiller(word: string): boolean {
    return this.fillers.has(word);
  }

  /** A word a question may hold that names no topic: a stop word, a chat filler or a word that judges a claim. */
  isChatWord(word: string): boolean {
    return this.stopWords.has(word) || this.chatWords.has(word);
  }

  private readonly documentCache = new Map<string, string[]>();

  /** Whether a term is a member of one of the vocabulary's categories (a tool, an employer): the name of a thing. */
  isCategoryMember(term: string): boolean {
    return this.categories.some((c) => c.members.has(term));
  }

  /**
   * Terms for the index (article text). Article text is a fixed set (passages, their sentences, headings,
   * aspect names), so results are cached; the cache is bounded in case callers pass arbitrary text.
   */
  analyzeDocument(text: string): string[] {
    const cached = this.documentCache.get(text);
    if (cached) return cached;
    const terms = this.analyze(words(text), false).map((t) => t.term);
    for (const category of this.categories) {
      const named = new Set(terms.filter((t) => category.members.has(t)));
      if (named.size >= 2) terms.push(synonymPrefix + category.term);
    }
    if (this.documentCache.size >= 20_000) this.documentCache.clear();
    this.documentCache.set(text, terms);
    return terms;
  }

  /**
   * Terms for a question. `correct` may replace a misspelt word with the word it was meant to be (typo
   * tolerance that stays consistent through phrases, sides and coverage); chat words are dropped.
   */
  analyzeQuery(text: string, correct?: (word: string) => string | undefined): QueryTerm[] {
    return this.analyze(words(text), true, correct);
  }

  private analyze(written: string[], isQuery: boolean, correct?: (word: string) => string | undefined): QueryTerm[] {
    // A correction may be two words ("toolstack" → "tool stack"); each keeps the word as it was typed.
    const raw: string[] = [];
    const typed: string[] = [];
    const corrected = new Set<number>();
    for (const word of written) {
      const fixed = correct?.(word);
      for (const part of fixed === undefined || fixed === word ? [word] : fixed.split(' ')) {
        if (part !== word) corrected.add(raw.length);
        raw.push(part);
        typed.push(word);
      }
    }
    const stems = raw.map((word) => stem(word));
    const out: QueryTerm[] = [];
    let i = 0;
    while (i < raw.length) {
      const match = this.longestPhrase(stems, i, isQuery);
      if (match?.kind === 'role') {
        const role: QueryTerm = { term: match.term, kind: 'role', from: joined(raw, i, i + match.length) };
        if (corrected.has(i)) role.corrected = true;
        out.push(role);
        i += match.length;
        continue;
      }
      const end = match ? i + match.length : i + 1;
      // A question-only idiom of several words ("grow into", "top roles") stands for its group alone.
      const idiom = match?.queryOnly && match.length > 1;
      for (let j = i; j < end && !idiom; j += 1) {
        const word = raw[j]!;
        if (
          this.stopWords.has(word) ||
          (isQuery && (this.chatWords.has(word) || quotedPay.test(word) || yearsWritten.test(word))) ||
          word.length < 2 ||
          /^\d$/.test(word)
        )
          continue;
        // Built field by field: an object spread here, once per word of every question, was a good share of a reading.
        out.push(
          corrected.has(j)
            ? { term: stems[j]!, kind: 'word', from: word, corrected: true, typed: typed[j]! }
            : { term: stems[j]!, kind: 'word', from: word },
        );
      }
      // In an article, "salary growth" speaks of salary and of growth too: a word of a longer phrase keeps its own
      // group, so a question that says "salary … growing" finds it. (Questions keep the longest reading only.)
      if (match && !isQuery && match.length > 1) {
        for (let j = i; j < end; j += 1) {
          const own = this.phrases.get(stems[j]!);
          if (own?.kind === 'synonym' && !own.queryOnly && own.term !== match.term)
            out.push({ term: own.term, kind: 'synonym', from: raw[j]!, ...(own.qualifier ? { qualifier: true } : {}) });
        }
      }
      // "does de first make u better at mle": "make" with a person and what they become is no pay.
      const makesSomeone =
        match?.queryOnly === true &&
        /^mak(?:e|es|ing)$/.test(raw[i] ?? '') &&
        /^(?:you|u|me|him|her|them|it|us|people|ppl)$/.test(raw[end] ?? '') &&
        // ("do they make u come to the office", "make you work weekends": made to do something.)
        /^(?:better|worse|more|less|a|an|the|happier|smarter|stronger|stand|feel|look|\w+er|come|go|work|do|be|learn|relocate|move|commute|travel|stay|take|use|code|pay)$/.test(
          raw[end + 1] ?? '',
        );
      if (match && !makesSomeone) {
        const synonym: QueryTerm = { term: match.term, kind: 'synonym', from: joined(raw, i, end) };
        if (match.queryOnly) synonym.inferred = true;
        if (match.qualifier) synonym.qualifier = true;
        out.push(synonym);
      }
      i = end;
    }
    return out;
  }

  private longestPhrase(stems: string[], start: number, isQuery: boolean): PhraseEntry | undefined {
    const longest = this.phraseStarts.get(stems[start]!);
    if (longest === undefined) return undefined;
    for (let length = Math.min(longest, stems.length - start); length >= 1; length -= 1) {
      const entry = this.phrases.get(joined(stems, start, start + length));
      if (entry && (isQuery || !entry.queryOnly)) return entry;
    }
    return isQuery ? this.phraseAcrossIntensifiers(stems, start, longest) : undefined;
  }

  /**
   * "who actually hires", "what do they really earn": a question's phrase with an intensifier inside it, which is no
   * part of it. The entry's length spans the words skipped too.
   */
  private phraseAcrossIntensifiers(stems: string[], start: number, longest: number): PhraseEntry | undefined {
    const kept = [start];
    for (let j = start + 1; j < stems.length && kept.length < longest; j += 1) if (!intensifiers.has(stems[j]!)) kept.push(j);
    if (kept.at(-1)! - start + 1 === kept.length) return undefined;
    for (let n = kept.length; n >= 2; n -= 1) {
      const entry = this.phrases.get(
        kept
          .slice(0, n)
          .map((k) => stems[k]!)
          .join(' '),
      );
      if (entry) return { ...entry, length: kept[n - 1]! - start + 1 };
    }
    return undefined;
  }
}

/** Words that only make a question more emphatic, as stems. */
const intensifiers = new Set(
  ['actually', 'really', 'even', 'literally', 'basically', 'honestly', 'truly', 'genuinely', 'seriously', 'typically', 'usually'].map((w) =>
    stem(w),
  ),
);

/** `words[from..to)` joined by spaces, without a slice for one word. */
function joined(words: readonly string[], from: number, to: number): string {
  if (to - from === 1) return words[from]!;
  let out = words[from]!;
  for (let i = from + 1; i < to; i += 1) out += ` ${words[i]!}`;
  return out;
}
