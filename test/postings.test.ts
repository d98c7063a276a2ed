/**
 * A question scored from each term's scores alone (src/search/postings.ts) ranks the passages as minisearch's
 * own OR search of the whole question does: the same passages, in the same order, with the same scores and the
 * same matched terms. Checked on the real articles with the words of the development questions, boosted as the
 * engine boosts them.
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPassages } from '../src/knowledge/passages.js';
import { loadCorpus } from '../src/knowledge/corpus.js';
import { Analyzer } from '../src/search/analyzer.js';
import { type IndexedPassage, indexOptions, toIndexed } from '../src/search/indexOptions.js';
import { QueryScorer } from '../src/search/postings.js';
import { loadVocabulary } from '../src/search/vocabulary.js';

let index: MiniSearch<IndexedPassage>;
let scorer: QueryScorer;
let ids: string[];
let queries: string[][];

beforeAll(() => {
  const analyzer = new Analyzer(loadVocabulary('knowledge'));
  const passages = buildPassages(loadCorpus('knowledge'));
  index = new MiniSearch(indexOptions(analyzer));
  index.addAll(passages.map((p) => toIndexed(p)));
  ids = passages.map((p) => p.id);
  scorer = new QueryScorer(index, new Map(ids.map((id, i) => [id, i])));
  // Questions people asked, as the terms the engine searches; each term once, as the engine sends them.
  const questions = readFileSync('eval/casual-tuning.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).q as string);
  queries = questions.map((q) => [...new Set(analyzer.analyzeQuery(q).map((t) => t.term))]).filter((terms) => terms.length > 0);
});

/** A boost per term, varied as the engine varies it (specificity, context words at 0.3). */
const boostOf = (term: string) => 0.25 + (term.length % 4) * 0.25;

describe('scoring a question from its terms', () => {
  it('finds the passages minisearch finds, in its order, with its scores and matched terms', () => {
    expect(queries.length).toBeGreaterThan(20);
    for (const terms of queries) {
      const expected = index.search(terms.join(' '), { boostTerm: boostOf });
      const got = scorer.search(terms, boostOf, expected.length);
      expect(got.map((m) => ids[m.passage])).toEqual(expected.map((r) => r.id));
      got.forEach((match, i) => {
        const want = expected[i]!;
        expect(match.score).toBeCloseTo(want.score, 9);
        expect(match.terms).toEqual(want.queryTerms);
        // Own fields: the passage's text or its heading, as opposed to the headings above it or the title.
        expect(match.inOwnFields).toEqual(want.queryTerms.map((t) => want.match[t]!.some((f) => f === 'text' || f === 'section')));
      });
    }
  });

  it('returns only the best `limit` passages, and nothing for words no passage has', () => {
    const terms = queries.find((q) => index.search(q.join(' ')).length > 10)!;
    expect(scorer.search(terms, boostOf, 5)).toHaveLength(5);
    expect(scorer.search(['zzzunheardof'], boostOf, 40)).toEqual([]);
  });

  it('gives the same answer however often a question is asked, and after other questions', () => {
    const [a, b] = [queries[0]!, queries[1]!];
    const first = scorer.search(a, boostOf, 40);
    scorer.search(b, boostOf, 40);
    expect(scorer.search(a, boostOf, 40)).toEqual(first);
  });
});
