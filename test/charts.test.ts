/**
 * The charts of /compare's figures: the figure parser (src/charts/figures.ts) on the forms the articles write,
 * and over every passage of the articles that states a figure; and, for every aspect's chart, that each
 * plotted number stands in the passage its footnote cites, and that no axis mixes currencies or periods.
 */
import { describe, expect, it } from 'vitest';
import { citationOf } from '../src/answer/answer.js';
import { loadKnowledge } from '../src/bot/openBot.js';
import { statedIn } from '../src/charts/chart.js';
import { barsInRows, describeChart, panelTitle } from '../src/charts/describe.js';
import { parseFigures, parseMoney, parsePercents } from '../src/charts/figures.js';
import { comparisonRefs } from '../src/plaintext/render.js';

const knowledge = loadKnowledge('knowledge');
const { kb, comparisons } = knowledge;
const charted = comparisons.aspects.flatMap((aspect) => {
  const chart = comparisons.chartOf(aspect);
  return chart ? [{ aspect, chart, comparison: comparisons.of(aspect) }] : [];
});

describe('parseMoney', () => {
  it('reads a range in thousands with "K", and "base" as what it is', () => {
    expect(parseMoney('Junior (0-2 years): $100K-$135K base.')).toEqual([
      { text: '$100K-$135K', start: 20, low: 100_000, high: 135_000, open: false, unit: 'USD', period: 'year', basis: 'base' },
    ]);
  });

  it('reads "Total comp:" before a range as total compensation', () => {
    const [, total] = parseMoney('$100K-$135K base. Total comp: $110K-$160K');
    expect(total).toMatchObject({ text: '$110K-$160K', low: 110_000, high: 160_000, basis: 'total comp' });
  });

  it('reads whole dollars with thousands separators, spaced dashes, and an open top "+"', () => {
    expect(parseMoney('$160,000 – $240,000+')).toEqual([
      { text: '$160,000 – $240,000+', start: 0, low: 160_000, high: 240_000, open: true, unit: 'USD', period: 'year' },
    ]);
    expect(parseMoney('Comp at L5 (US, FAANG): $280K - $450K')[0]).toMatchObject({ low: 280_000, high: 450_000 });
  });

  it('reads naira with "k" and "m" shorthands, per month', () => {
    expect(parseMoney('₦500k – ₦3.0m / month')).toEqual([
      { text: '₦500k – ₦3.0m / month', start: 0, low: 500_000, high: 3_000_000, open: false, unit: 'NGN', period: 'month' },
    ]);
  });

  it('reads dollars per month', () => {
    expect(parseMoney('Remote: $5,000 – $12,000 / month')[0]).toMatchObject({ low: 5_000, high: 12_000, unit: 'USD', period: 'month' });
  });

  it('reads a single amount, and takes a market size in billions for no pay', () => {
    expect(parseMoney('Entry Salary $85,000')[0]).toMatchObject({ text: '$85,000', low: 85_000, high: 85_000, open: false });
    expect(parseMoney('the global market estimated at $105 billion')).toEqual([]);
  });
});

describe('parsePercents', () => {
  it('reads single percentages and ranges, with either dash', () => {
    expect(parsePercents('The BLS projects 30% growth').map((f) => [f.text, f.low, f.high])).toEqual([['30%', 30, 30]]);
    expect(parsePercents('10-20% higher; 40–60% more').map((f) => [f.text, f.low, f.high])).toEqual([
      ['10-20%', 10, 20],
      ['40–60%', 40, 60],
    ]);
  });
});

describe('parseFigures over every passage of the articles', () => {
  const withFigures = kb.passages.filter((p) => /[$₦]\d|\d\s*%/.test(p.text));

  it('finds passages with figures in every form the articles use', () => {
    expect(withFigures.length).toBeGreaterThan(10);
    const all = withFigures.flatMap((p) => parseFigures(p.text));
    for (const form of [/K-\$/, /\+$/, /\/ month$/, /^₦.*m/, /%$/])
      expect(
        all.some((f) => form.test(f.text)),
        String(form),
      ).toBe(true);
  });

  it('reads every "$", "₦" and "%" figure each passage states, each as written where it stands', () => {
    for (const passage of withFigures) {
      const figures = parseFigures(passage.text);
      for (const f of figures) {
        expect(passage.text.slice(f.start, f.start + f.text.length), passage.id).toBe(f.text);
        expect(f.low, `${passage.id}: ${f.text}`).toBeLessThanOrEqual(f.high);
        expect(Number.isFinite(f.low) && f.low > 0, `${passage.id}: ${f.text}`).toBe(true);
      }
      const covered = (at: number) => figures.some((f) => at >= f.start && at < f.start + f.text.length);
      for (const m of passage.text.matchAll(/[$₦]\d/g)) {
        const marketSize = /^[$₦][\d.,]+\s*(billion|million|trillion)/i.test(passage.text.slice(m.index));
        expect(covered(m.index) || marketSize, `${passage.id}: ${passage.text.slice(m.index, m.index + 30)}`).toBe(true);
      }
      for (const m of passage.text.matchAll(/\d\s*%/g))
        expect(covered(m.index), `${passage.id}: …${passage.text.slice(m.index - 10, m.index + 3)}`).toBe(true);
    }
  });
});

describe('the chart of every aspect with figures', () => {
  it('charts pay by level and by region, growth, and the share of postings that are remote', () => {
    const kinds = new Set(charted.flatMap(({ chart }) => chart.panels.map((p) => p.kind)));
    expect([...kinds].sort()).toEqual(['growth', 'level', 'region', 'share']);
    expect(charted.map(({ aspect }) => aspect.id)).toEqual(expect.arrayContaining(['salary', 'outlook', 'remote']));
  });

  it("draws the share of remote postings for remote work, each role's own figure, and nowhere else", () => {
    const share = (id: string) => charted.find(({ aspect }) => aspect.id === id)?.chart.panels.find((p) => p.kind === 'share');
    expect(share('remote')?.bars.map((b) => `${b.role} ${b.figure.text}`)).toEqual(['de 48%', 'mle 44%']);
    expect(panelTitle(share('remote')!)).toBe('Share of job postings, percent');
    expect(share('outlook')).toBeUndefined();
  });

  it('plots only numbers that stand in the passage each bar cites, read again from it', () => {
    for (const { aspect, chart } of charted) {
      for (const bar of chart.panels.flatMap((p) => p.bars)) {
        const where = `${aspect.id}: ${bar.group} ${bar.figure.text}`;
        const passage = kb.passage(bar.passageId);
        expect(passage, where).toBeDefined();
        expect(passage!.text, where).toContain(bar.figure.text);
        expect(statedIn(bar.figure, passage!.text), where).toBe(true);
        // The footnote a bar carries is its passage's: the chart cites where its numbers stand.
        expect(bar.citation, where).toEqual(citationOf(passage!));
      }
    }
  });

  it('puts one currency and one period on each axis, and says which in the panel title', () => {
    for (const { chart } of charted) {
      for (const panel of chart.panels) {
        expect(new Set(panel.bars.map((b) => `${b.figure.unit} ${b.figure.period ?? ''}`)).size).toBe(1);
        expect(panelTitle(panel)).toMatch(
          panel.unit === 'NGN' ? /naira a month/ : panel.unit === '%' ? /percent/ : /US dollars a (year|month)/,
        );
      }
    }
    const salary = charted.find(({ aspect }) => aspect.id === 'salary')!.chart;
    expect(salary.panels.map(panelTitle)).toEqual(
      expect.arrayContaining(['Pay by level, US dollars a year', 'Pay by region, naira a month', 'Pay by region, US dollars a month']),
    );
  });

  it('shows both roles in every pay panel, and both figures where the sources disagree', () => {
    const { chart, comparison } = charted.find(({ aspect }) => aspect.id === 'salary')!;
    for (const panel of chart.panels) expect(new Set(panel.bars.map((b) => b.role))).toEqual(new Set(['de', 'mle']));
    // Each figure of each disagreement /compare reports is a bar of the chart, cited as the disagreement cites it.
    const bars = chart.panels.flatMap((p) => p.bars);
    expect(comparison.disagreements.length).toBeGreaterThan(0);
    for (const disagreement of comparison.disagreements) {
      for (const figure of disagreement.figures) {
        const first = parseFigures(figure.value)[0]!;
        expect(
          bars.some((b) => b.figure.text === first.text && b.passageId === figure.passageId),
          `${disagreement.topic}: ${figure.value}`,
        ).toBe(true);
      }
    }
  });

  it("lists a level's bars together, Data Engineer first, seniority going up", () => {
    const level = charted.find(({ aspect }) => aspect.id === 'salary')!.chart.panels.find((p) => p.kind === 'level')!;
    const rows = barsInRows(level);
    const groups = rows.map((b) => b.group).filter((g, i, all) => all.indexOf(g) === i);
    for (const group of groups) expect(rows.filter((b) => b.group === group).map((b) => b.role)).toEqual(['de', 'mle']);
    expect(groups.findIndex((g) => /^Entry/.test(g))).toBeLessThan(groups.findIndex((g) => /^Staff/.test(g)));
    expect(groups.findIndex((g) => /^Staff/.test(g))).toBeLessThan(groups.findIndex((g) => /^L6/.test(g)));
  });

  it("states every figure in its alt text within Discord's 1,024 characters, with the footnotes of the text", () => {
    for (const { aspect, chart, comparison } of charted) {
      const alt = describeChart(chart, comparisonRefs(comparison));
      expect(alt.length, aspect.id).toBeLessThanOrEqual(1024);
      expect(alt.endsWith('…'), aspect.id).toBe(false);
    }
  });
});
