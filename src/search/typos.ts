/**
 * Typo tolerance: a question word that is neither in the articles nor an English word may be replaced by the
 * known word it is closest to ("certifcation" → "certification", "whcih" → "which"). A real English word the
 * articles never use ("germany", "marathon") is left alone: it is what the sources lack, not a typo.
 */

/** Damerau-Levenshtein distance (adjacent swaps count once), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How far a word of this length may be from the word it was meant to be. */
export function allowedDistance(length: number): number {
  if (length < 3) return 0;
  return length >= 8 ? 2 : 1;
}

/** How often the articles must use a word for a rare dictionary word one edit from it to be read as it. */
const familiarCount = 3;
/** How often the articles must use a word for a name one edit from it ("carrer" beside "career") to be read as it. */
const stapleCount = 10;
/** Names shorter than this are left alone however close: "meta", "uber" and "kaggle"-like names are what is asked about. */
const nameTypoLength = 6;

/** A three-letter typo is corrected only to one of this many commonest English words ("tak" → "take", "frm" → "from"). */
export const shortWordPool = 2_000;

/**
 * Builds a corrector. `known`: the words a question may rightly use (the articles' words with how often they
 * occur, plus the vocabulary's), preferred; `isEnglish`: whether a word is English (then it is no typo);
 * `frequentEnglish`: common English words, most frequent first, the fallback for a typo of a word the articles
 * never use ("dissapear" → "disappear"), so it is read as the word it is rather than as unknown jargon. Words
 * under three letters are never corrected, three-letter ones only to very common words; ties go to the more
 * frequent word. `others.isFormOfKnown`: whether a word is another form of a word the articles use (its stem is
 * theirs); `others.isRareWord`: whether an English word is a dictionary word (not a name) that speech rarely uses;
 * `others.isName`: whether it is a word English writes capitalised (a surname, a place).
 */
export function createCorrector(
  known: ReadonlyMap<string, number>,
  isEnglish: (word: string) => boolean,
  frequentEnglish: readonly string[] = [],
  others: { isFormOfKnown?: (word: string) => boolean; isRareWord?: (word: string) => boolean; isName?: (word: string) => boolean } = {},
) {
  const { isFormOfKnown = () => false, isRareWord = () => false, isName = () => false } = others;
  const { frequent, english, commonest } = englishBuckets(frequentEnglish);
  // The articles' words they use a few times at least: a rare dictionary word one edit from one of them is a typo.
  const familiar = bucketByFirstLetter(new Map([...known].filter(([, count]) => count >= familiarCount)));
  const staples = bucketByFirstLetter(new Map([...known].filter(([, count]) => count >= stapleCount)));
  const articles = bucketByFirstLetter(known);
  const memo = new Map<string, string | undefined>();
  return (word: string): string | undefined => {
    if (known.has(word)) return undefined;
    if (memo.has(word)) return memo.get(word);
    const max = allowedDistance(word.length);
    if (memo.size >= 10_000) memo.clear();
    if (max === 0 || !/^[a-z]+$/.test(word)) {
      memo.set(word, undefined);
      return undefined;
    }
    // "specialising", "modelling", "analyse": the articles spell the American way; a British spelling of one of
    // their words is that word, not a word they never use.
    const american = isFormOfKnown(word)
      ? undefined
      : americanSpellings(word).find((variant) => known.has(variant) || isFormOfKnown(variant));
    if (american) {
      memo.set(word, american);
      return american;
    }
    if (isEnglish(word)) {
      // "beginer" and "learing" are in the big word lists, but far likelier typos of the articles' "beginner" and
      // "learning" than themselves. A place or a name ("germany") is never respelt: it is what the sources lack.
      // "carrer" is a surname too, but one letter from a word the articles use all the time it is that word.
      const fixed = frequent.has(word)
        ? undefined
        : isRareWord(word)
          ? nearest(word, 1, familiar)
          : isName(word) && word.length >= nameTypoLength
            ? nearest(word, 1, staples)
            : undefined;
      memo.set(word, fixed);
      return fixed;
    }
    // A form of a word the articles use ("dockerised" beside "docker") is no typo, unless the articles spell a
    // word one edit away: "beginer" shares a stem with "begin", but "beginner" is what was meant.
    if (isFormOfKnown(word)) {
      const fixed = nearest(word, 1, articles);
      memo.set(word, fixed);
      return fixed;
    }
    // "hireable", "deployable": what can be done to a word the articles use is that word ("hiring", "deploy").
    const able = /^([a-z]{3,}?)e?[ai]ble$/.exec(word)?.[1];
    const done = able === undefined ? undefined : [able, `${able}e`].find((base) => known.has(base) || isFormOfKnown(base));
    if (done) {
      memo.set(word, done);
      return done;
    }
    // "toolstack", "datapipeline": two known words run together. Three letters have too many neighbours to
    // guess among the articles' words; only the commonest words of speech are likely enough.
    // ("frontend", "fullstack", "datalake": two common words run together that the articles never join are a word of
    // its own, not a typo of one they use, "frosted".)
    // (One letter off a word stays that word's typo: "stressfull" is "stressful".)
    const compound = word.length === 3 ? undefined : splitCompound(word, known);
    const oneOff = compound || word.length === 3 ? undefined : (nearest(word, 1, articles) ?? nearest(word, 1, english));
    if (!compound && !oneOff && word.length >= 6 && splitCompound(word, frequentCounts(frequent)) !== undefined) {
      memo.set(word, undefined);
      return undefined;
    }
    // ("pune", "naja", "mera": a four-letter word neither English nor the articles' is as likely a place or another
    // language's word; it is read as a typo only of a word the articles use often or one of the commonest words, "wich".)
    const fixed =
      word.length === 3
        ? nearest(word, max, commonest)
        : word.length === 4 && !compound
          ? (nearest(word, max, staples) ?? nearest(word, max, commonest))
          : (compound ?? oneOff ?? nearest(word, max, articles) ?? nearest(word, max, english));
    memo.set(word, fixed);
    return fixed;
  };
}

/**
 * British spellings and the American ones they stand for: -ise/-isation, -yse, -our (in words of six letters or
 * more: "four" is no "for"), -tre, -iality ("speciality"). A doubled l ("modelling") needs none: its stem is already the American one's.
 */
const britishEndings: readonly (readonly [RegExp, string])[] = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/(?<=^[a-z]{3,})our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/iality$/, 'ialty'],
];

/** The American spellings a word may be the British spelling of ("specialising" → "specializing"). */
export function americanSpellings(word: string): string[] {
  const out: string[] = [];
  for (const [ending, american] of britishEndings) if (ending.test(word)) out.push(word.replace(ending, american));
  return out;
}

interface EnglishBuckets {
  frequent: ReadonlySet<string>;
  english: Map<string, [string, number][]>;
  commonest: Map<string, [string, number][]>;
}
// The English word list is the same array for every knowledge base of a process (the shared lexicon's): bucketed
// once, a rebuilt index costs only the articles' own words.
const bucketedEnglish = new WeakMap<readonly string[], EnglishBuckets>();

function englishBuckets(frequentEnglish: readonly string[]): EnglishBuckets {
  let buckets = bucketedEnglish.get(frequentEnglish);
  if (!buckets) {
    // Rank as a count: the most frequent English word counts most.
    const ranked = (list: readonly string[]) => new Map(list.map((word, rank) => [word, list.length - rank]));
    buckets = {
      frequent: new Set(frequentEnglish),
      english: bucketByFirstLetter(ranked(frequentEnglish)),
      commonest: bucketByFirstLetter(ranked(frequentEnglish.slice(0, shortWordPool))),
    };
    bucketedEnglish.set(frequentEnglish, buckets);
  }
  return buckets;
}

/** Typos rarely change a word's first letter: bucketing by it keeps a lookup to a few hundred words. */
function bucketByFirstLetter(counts: ReadonlyMap<string, number>): Map<string, [string, number][]> {
  const buckets = new Map<string, [string, number][]>();
  for (const [word, count] of counts) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const bucket = buckets.get(word[0]!) ?? [];
    bucket.push([word, count]);
    buckets.set(word[0]!, bucket);
  }
  return buckets;
}

/**
 * The closest word within `max` edits; on a tie, one the typed word begins (a last letter dropped: "mak" is "make",
 * not "man"), then the more frequent.
 */
function nearest(word: string, max: number, buckets: Map<string, [string, number][]>): string | undefined {
  let best: { word: string; distance: number; extends: boolean; count: number } | undefined;
  for (const [candidate, count] of buckets.get(word[0]!) ?? []) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    const extendsWord = candidate.startsWith(word);
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && extendsWord && !best.extends) ||
      (distance === best.distance && extendsWord === best.extends && count > best.count)
    )
      best = { word: candidate, distance, extends: extendsWord, count };
  }
  return best?.word;
}

const countsOfFrequent = new WeakMap<ReadonlySet<string>, Map<string, number>>();
/** The frequent English words as counts (all one), for splitting a compound into two of them. */
function frequentCounts(frequent: ReadonlySet<string>): Map<string, number> {
  let counts = countsOfFrequent.get(frequent);
  if (!counts) {
    counts = new Map([...frequent].filter((word) => word.length >= 3).map((word) => [word, 1]));
    countsOfFrequent.set(frequent, counts);
  }
  return counts;
}

/** Two known words of three letters or more run together ("toolstack" → "tool stack"), the most frequent split. */
export function splitCompound(word: string, known: ReadonlyMap<string, number>): string | undefined {
  let best: { text: string; count: number } | undefined;
  for (let i = 3; i <= word.length - 3; i += 1) {
    const left = known.get(word.slice(0, i));
    const right = known.get(word.slice(i));
    if (left === undefined || right === undefined) continue;
    const count = Math.min(left, right);
    if (!best || count > best.count) best = { text: `${word.slice(0, i)} ${word.slice(i)}`, count };
  }
  return best?.text;
}
