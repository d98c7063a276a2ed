/** Typo tolerance: a question word the index has never seen may be replaced by a close, common indexed term. */

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

/**
 * Builds a corrector over the indexed terms and how many passages hold each. Short words are never
 * corrected (too many near neighbours), and a correction must land on a term seen in at least two
 * passages, so rare words don't swallow unrelated ones ("pasta" is not a typo of "past").
 */
export function createCorrector(documentFrequency: ReadonlyMap<string, number>) {
  // Typos rarely change a word's first letter: bucketing by it keeps a lookup to a few dozen terms.
  const byFirstLetter = new Map<string, [string, number][]>();
  for (const [term, df] of documentFrequency) {
    if (df < 2 || !/^[a-z]+$/.test(term)) continue;
    const bucket = byFirstLetter.get(term[0]!) ?? [];
    bucket.push([term, df]);
    byFirstLetter.set(term[0]!, bucket);
  }
  const memo = new Map<string, string | undefined>();
  return (stemmed: string, word: string): string | undefined => {
    if (documentFrequency.has(stemmed) || word.length < 6 || !/^[a-z]+$/.test(stemmed)) return undefined;
    if (memo.has(stemmed)) return memo.get(stemmed);
    const max = word.length >= 9 ? 2 : 1;
    let best: { term: string; distance: number; df: number } | undefined;
    for (const [term, df] of byFirstLetter.get(stemmed[0]!) ?? []) {
      const distance = editDistance(stemmed, term, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && df > best.df)) best = { term, distance, df };
    }
    if (memo.size >= 10_000) memo.clear();
    memo.set(stemmed, best?.term);
    return best?.term;
  };
}
