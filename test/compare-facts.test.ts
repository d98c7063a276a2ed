/**
 * /compare against the key facts of eval/compare-facts.json, written from the articles: every aspect shows at
 * least 95% of them, each on its own side. The measurement itself is checked on small comparisons first.
 */
import { loadAspects } from '../src/compare/aspects.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRoles } from '../src/compare/compare.js';
import type { Comparison, ComparisonPoint } from '../src/compare/types.js';
import {
  aspectNames,
  aspectPrecision,
  type CompareFacts,
  factCoverage,
  factTable,
  measureCompareFacts,
  readCompareFacts,
} from '../src/eval/compareFacts.js';
import { normalizeForMatch } from '../src/eval/metrics.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';

const aspects = loadAspects('knowledge');

const citation = { source: 's', title: 'T', section: 'S' };
const point = (text: string, label?: string): ComparisonPoint => ({
  passageId: 'p',
  text,
  citation,
  score: 1,
  ...(label ? { label } : {}),
});
const comparisonOf = (sides: { de?: ComparisonPoint[]; mle?: ComparisonPoint[]; both?: ComparisonPoint[] }): Comparison => ({
  aspect: { id: 'salary', label: 'Salary' },
  dataEngineer: sides.de ?? [],
  mlEngineer: sides.mle ?? [],
  both: sides.both ?? [],
  disagreements: [],
});

describe('factCoverage', () => {
  it('finds a fact on its side after normalising dashes, slashes and case', () => {
    const coverage = factCoverage(
      'salary',
      [{ side: 'de', phrase: '₦500k – ₦3.0m / month' }],
      comparisonOf({ de: [point('₦500K - ₦3.0M per month', 'Nigeria')] }),
    );
    expect(coverage).toMatchObject({ total: 1, shown: 0 });
    const shown = factCoverage(
      'salary',
      [{ side: 'de', phrase: '₦500k – ₦3.0m / month' }],
      comparisonOf({ de: [point('₦500k–₦3.0m/month', 'Nigeria (Local)')] }),
    );
    expect(shown).toMatchObject({ total: 1, shown: 1, share: 1, missing: [], misplaced: [] });
  });

  it("reads a table row's label and cell together", () => {
    const coverage = factCoverage(
      'skills',
      [{ side: 'de', phrase: 'SQL depth | Deep' }],
      comparisonOf({ de: [point('Deep', 'SQL depth')] }),
    );
    expect(coverage.shown).toBe(1);
  });

  it('does not count a fact shown on the other side, and says where it is', () => {
    const fact = { side: 'mle' as const, phrase: 'ratio of 3.2:1' };
    const coverage = factCoverage('outlook', [fact], comparisonOf({ both: [point('demand outstrips supply by a ratio of 3.2:1')] }));
    expect(coverage).toMatchObject({ shown: 0, share: 0, missing: [], misplaced: [{ ...fact, shownOn: ['both'] }] });
  });

  it('lists a fact shown nowhere as missing', () => {
    const fact = { side: 'de' as const, phrase: '$85,000' };
    expect(factCoverage('salary', [fact], comparisonOf({ mle: [point('$105,000')] })).missing).toEqual([fact]);
  });
});

describe('aspectPrecision', () => {
  const salary = { id: 'salary', label: 'Salary', aliases: ['pay', 'comp'], cues: ['premium'] };

  it('counts a point on the aspect when it holds a key fact, on any side, or names the aspect', () => {
    const facts = [{ side: 'de' as const, phrase: '$85,000' }];
    const comparison = comparisonOf({
      de: [point('$85,000', 'Entry')],
      mle: [point('Salaries rose.'), point('A 10-15% premium over either pure role.')],
      both: [point('Both roles pay well.'), point('The global market is estimated at $105 billion.')],
    });
    const precision = aspectPrecision(salary, facts, comparison);
    expect(precision).toMatchObject({ points: 5, sources: 1, onAspect: 4, precision: 4 / 5 });
    expect(precision.offAspect).toEqual([{ side: 'both', text: 'The global market is estimated at $105 billion.' }]);
  });

  it('does not count the words of a search query, which may be examples rather than names, nor a name inside a word', () => {
    const tools = { id: 'tools', label: 'Tools', aliases: ['stack'], cues: ['tool'] };
    const precision = aspectPrecision(
      tools,
      [],
      comparisonOf({
        de: [point('Plan 12-18 months: PyTorch or TensorFlow proficiency.'), point('Full-Stack AI professional'), point('Apache tools')],
      }),
    );
    expect(precision.offAspect.map((p) => p.text)).toEqual(['Plan 12-18 months: PyTorch or TensorFlow proficiency.']);
    expect(aspectNames({ id: 'career-path', label: 'Career path', aliases: ['path'] }).some((name) => name.test('careerist'))).toBe(false);
  });
});

describe('factTable', () => {
  const row = (aspect: string, total: number, shown: number, points: number, onAspect: number) => ({
    aspect,
    total,
    shown,
    share: shown / total,
    missing: [],
    misplaced: [],
    points,
    sources: 3,
    onAspect,
    precision: onAspect / points,
    offAspect: [],
  });

  it('prints one line per aspect and a total, rounding shares down so 94.9% never reads as 95%', () => {
    const lines = factTable([row('salary', 39, 37, 20, 19), row('remote', 8, 8, 7, 7)]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^aspect\s+key facts\s+shown\s+share\s+misplaced\s+points\s+sources\s+on-aspect$/);
    expect(lines[1]).toMatch(/^salary\s+39\s+37\s+94%\s+0\s+20\s+3\s+95%$/);
    expect(lines[3]).toMatch(/^all\s+47\s+45\s+95%\s+0\s+27\s+6\s+96%$/);
  });
});

describe('/compare and the key facts of the articles', () => {
  let kb: KnowledgeBase;
  let facts: CompareFacts;
  beforeAll(() => {
    kb = KnowledgeBase.load('knowledge');
    facts = readCompareFacts();
  });

  it('lists key facts for every aspect /compare offers, each a verbatim piece of an article', () => {
    const articles = readdirSync('knowledge')
      .filter((f) => f.endsWith('.md'))
      .map((f) => normalizeForMatch(readFileSync(join('knowledge', f), 'utf8')))
      .join('\n');
    expect(Object.keys(facts).sort()).toEqual(aspects.map((a) => a.id).sort());
    for (const [aspect, list] of Object.entries(facts)) {
      expect(list.length, aspect).toBeGreaterThan(0);
      for (const fact of list) expect(articles, `${aspect}: ${fact.phrase}`).toContain(normalizeForMatch(fact.phrase));
    }
  });

  it('shows at least 95% of the key facts of every aspect, each on its own side', () => {
    const below = measureCompareFacts(kb, aspects, facts)
      .filter((row) => row.share < 0.95)
      .map((row) =>
        [
          `${row.aspect}: ${row.shown} of ${row.total}`,
          ...row.missing.map((f) => `  missing ${f.side}: ${f.phrase}`),
          ...row.misplaced.map((f) => `  ${f.side} fact on ${f.shownOn.join('/')}: ${f.phrase}`),
        ].join('\n'),
      );
    expect(below).toEqual([]);
  });

  it('shows no key fact on another side than its own, but one', () => {
    // "For the majority of beginners, … Data Engineering first" is advice to both, which the Data Engineer side
    // shows; it was misplaced before this measure was kept, and the count must not grow.
    const misplaced = measureCompareFacts(kb, aspects, facts).flatMap((row) => row.misplaced.map((f) => `${row.aspect}: ${f.phrase}`));
    expect(misplaced.length, misplaced.join('\n')).toBeLessThanOrEqual(1);
  });

  it('keeps at least three points in four plainly on their aspect, holding one of its key facts or naming it', () => {
    const rows = measureCompareFacts(kb, aspects, facts);
    const points = rows.reduce((n, r) => n + r.points, 0);
    const onAspect = rows.reduce((n, r) => n + r.onAspect, 0);
    expect(onAspect / points).toBeGreaterThanOrEqual(0.75);
  });

  it('falls when a comparison drops a fact: the measure is not fooled', () => {
    const dropping = (...args: Parameters<typeof compareRoles>) => {
      const comparison = compareRoles(...args);
      return { ...comparison, mlEngineer: comparison.mlEngineer.filter((p) => !p.text.includes('3.2:1')) };
    };
    const before = measureCompareFacts(kb, aspects, facts).find((r) => r.aspect === 'outlook')!;
    const after = measureCompareFacts(kb, aspects, facts, dropping).find((r) => r.aspect === 'outlook')!;
    expect(after.shown).toBeLessThan(before.shown);
    expect(after.missing.map((f) => f.phrase)).toContain('demand for this role outstrips supply by a ratio of 3.2:1');
  });
});
