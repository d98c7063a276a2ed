import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Aspect, findAspect, loadAspects, matchAspects, maxAspects } from '../src/compare/aspects.js';
import { compareRoles } from '../src/compare/compare.js';
import type { Comparison, ComparisonPoint } from '../src/compare/types.js';
import { isCrossReference, splitSentences } from '../src/knowledge/units.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';
import { useFixtureCorpus } from './support/fixtureCorpus.js';

const aspects = loadAspects('knowledge');

let kb: KnowledgeBase;
const comparisons = new Map<string, Comparison>();
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
  for (const aspect of aspects) comparisons.set(aspect.id, compareRoles(kb, aspect, aspects));
});

const aspect = (input: string): Aspect => {
  const found = findAspect(aspects, input);
  expect(found, input).toBeDefined();
  return found!;
};

describe('compareRoles', () => {
  it('fills both the Data Engineer and the ML Engineer side for every aspect', () => {
    expect(aspects.length).toBeGreaterThan(0);
    for (const { id, label } of aspects) {
      const comparison = comparisons.get(id)!;
      expect(comparison.aspect).toEqual({ id, label });
      expect(comparison.dataEngineer.length, id).toBeGreaterThan(0);
      expect(comparison.mlEngineer.length, id).toBeGreaterThan(0);
    }
  });

  it('quotes no passage twice on the same side', () => {
    for (const [id, comparison] of comparisons) {
      for (const points of [comparison.dataEngineer, comparison.mlEngineer, comparison.both]) {
        const ids = points.flatMap((p) => [p.passageId, ...(p.alsoQuotes ?? [])]);
        expect(new Set(ids).size, id).toBe(ids.length);
      }
    }
  });

  it('cites every point by the title and section of the passage it quotes', () => {
    for (const comparison of comparisons.values()) {
      const points: ComparisonPoint[] = [...comparison.dataEngineer, ...comparison.mlEngineer, ...comparison.both];
      for (const point of points) {
        const passage = kb.passage(point.passageId);
        expect(passage, point.passageId).toBeDefined();
        expect(point.citation.title.trim()).not.toBe('');
        expect(point.citation.title).toBe(passage!.title);
        expect(point.citation.section).toBe(passage!.section);
        expect(point.citation.source).toBe(passage!.source);
        expect(point.text.trim(), point.passageId).not.toBe('');
      }
    }
  });

  it('quotes each point from its passage: a cell of a table row, or its sentences and list items as written, "…" where some are left out', () => {
    for (const comparison of comparisons.values()) {
      for (const point of [...comparison.dataEngineer, ...comparison.mlEngineer, ...comparison.both]) {
        const passage = kb.passage(point.passageId)!;
        if (passage.kind === 'row') {
          expect(point.label).toBe(passage.cells![0]);
          expect(passage.cells).toContain(point.text);
          // A row shown with what its table is about names the table's own heading.
          if (point.context !== undefined) expect(passage.sectionPath).toContain(point.context);
        } else {
          // A paragraph's run-in heading ("SQL depth.") becomes the point's label; a list split in parts is
          // quoted from all its parts, each of the same section.
          if (point.label !== undefined) expect(passage.text).toContain(`${point.label}.`);
          const quoted = [passage, ...(point.alsoQuotes ?? []).map((id) => kb.passage(id)!)];
          for (const part of quoted) expect(part.section).toBe(passage.section);
          const text = quoted.map((p) => p.text).join('\n');
          for (const piece of point.text.split(/\n| … /)) expect(text, point.passageId).toContain(piece.trim());
        }
      }
    }
  });

  it('puts the $85,000 entry salary on the Data Engineer side and $105,000 on the ML Engineer side', () => {
    const salary = comparisons.get('salary')!;
    expect(salary.dataEngineer.map((p) => p.text)).toContain('$85,000');
    expect(salary.mlEngineer.map((p) => p.text)).toContain('$105,000');
    expect(salary.dataEngineer.map((p) => p.text)).not.toContain('$105,000');
    expect(salary.mlEngineer.map((p) => p.text)).not.toContain('$85,000');
    expect(salary.dataEngineer.find((p) => p.text === '$85,000')?.label).toBe('Entry Salary');
  });

  it('keeps data access out of the difficulty of getting in ("Reliable Data Accessibility" is no barrier to entry)', () => {
    const entry = comparisons.get('entry-difficulty')!;
    const texts = [...entry.dataEngineer, ...entry.mlEngineer, ...entry.both].map((p) => `${p.label ?? ''} ${p.text}`);
    expect(texts.some((t) => /Reliable Data Accessibility|access controls/.test(t))).toBe(false);
    expect(texts.some((t) => /more accessible to career switchers/.test(t))).toBe(true);
  });

  it('shows both sources where they differ on Data Engineer entry pay', () => {
    const salary = comparisons.get('salary')!;
    const entry = salary.disagreements.find((d) => /Data Engineer/.test(d.topic) && /entry level/.test(d.topic));
    expect(entry).toBeDefined();
    expect(entry!.topic).toBe('Data Engineer pay, entry level');
    const values = entry!.figures.map((f) => f.value);
    expect(values).toContain('$85,000');
    expect(values.some((v) => v.startsWith('$100K-$135K'))).toBe(true);
    const sources = (value: (v: string) => boolean) => entry!.figures.filter((f) => value(f.value)).map((f) => f.citation.source);
    const a = sources((v) => v === '$85,000');
    const b = sources((v) => v.startsWith('$100K-$135K'));
    expect(a).toEqual(['salary-skills-career-path']);
    expect(b).toEqual(['ai-pulse-roles-compared-2026']);
  });

  it('only reports disagreements between at least two different sources', () => {
    for (const comparison of comparisons.values()) {
      for (const disagreement of comparison.disagreements) {
        expect(new Set(disagreement.figures.map((f) => f.citation.source)).size, disagreement.topic).toBeGreaterThan(1);
        for (const figure of disagreement.figures) expect(kb.passage(figure.passageId)?.source).toBe(figure.citation.source);
      }
    }
  });

  it('lists both estimates of how long switching from Data Engineer to ML Engineer takes', () => {
    // That no other figure is listed is checked on a small corpus ("compareRoles where sources disagree").
    const switching = compareRoles(kb, aspect('switching'), aspects);
    const move = switching.disagreements.find((d) => d.figures.some((f) => f.value === '6-9 months'));
    expect(move).toBeDefined();
    expect(move!.topic).toBe('Switching Data Engineer → ML Engineer');
    expect(move!.figures.map((f) => f.value)).toEqual(expect.arrayContaining(['12-18 months', '6-9 months']));
  });

  it('shows the FAANG L5 and L6 compensation and the Nigerian figures, each on its own side', () => {
    const salary = comparisons.get('salary')!;
    const de = salary.dataEngineer.map((p) => `${p.label ?? ''}: ${p.text}`);
    const mle = salary.mlEngineer.map((p) => `${p.label ?? ''}: ${p.text}`);
    expect(de).toContain('Comp at L5 (US, FAANG): $280K - $450K');
    expect(de).toContain('Comp at L6 (US, FAANG): $420K - $620K');
    expect(mle).toContain('Comp at L5 (US, FAANG): $340K - $550K');
    expect(mle).toContain('Comp at L6 (US, FAANG): $500K - $750K');
    expect(de).toContain('Nigeria (Local): ₦500k – ₦3.0m / month');
    expect(mle).toContain('Nigeria (Local): ₦700k – ₦3.5m / month');
  });

  it('shows both promotion ladders on the career path, each on its own side', () => {
    const path = comparisons.get('career-path')!;
    const de = path.dataEngineer.map((p) => p.text).join('\n');
    const mle = path.mlEngineer.map((p) => p.text).join('\n');
    expect(de).toContain(
      'Junior Data Engineer to Data Engineer to Senior Data Engineer to Staff Data Engineer or Data Engineering Manager',
    );
    expect(mle).toContain('Junior ML Engineer to ML Engineer to Senior ML Engineer to Staff ML Engineer or ML Engineering Manager');
    expect(mle).toContain('Mid to senior requires evidence of production deployment and business impact.');
    expect(path.dataEngineer.map((p) => `${p.label}: ${p.text}`)).toContain('Path to leadership: Senior -> Staff -> Principal DE');
  });

  it('shows how FAANG ML engineers split their time on the ML Engineer side of day-to-day work', () => {
    const day = comparisons.get('day-to-day')!;
    const split = day.mlEngineer.find((p) => p.text.includes('50% experimentation'));
    expect(split?.text).toContain(
      'At FAANG: 50% experimentation (training, evaluation), 30% productionization (deployment, monitoring), 20% collaboration (cross-functional alignment).',
    );
    expect(split?.citation.section).toBe('Data Engineer Interview Prep FAQ › What does an ML engineer do day-to-day?');
    expect(day.dataEngineer.some((p) => p.text.includes('50% experimentation'))).toBe(false);
  });

  it('puts the 3.2:1 demand ratio on the ML Engineer side of the outlook, though its sentence says "this role"', () => {
    const outlook = comparisons.get('outlook')!;
    expect(outlook.mlEngineer.some((p) => p.text.includes('demand for this role outstrips supply by a ratio of 3.2:1'))).toBe(true);
    expect([...outlook.dataEngineer, ...outlook.both].some((p) => p.text.includes('3.2:1'))).toBe(false);
  });

  it('gives the same comparison twice for the same aspect', () => {
    expect(compareRoles(kb, aspect('salary'), aspects)).toEqual(comparisons.get('salary'));
  });
});

describe('compareRoles on a small corpus', () => {
  const body = `
## Market Demand

The demand for an ML engineer is driven by the production gap. In 2026, demand for this role outstrips supply by a ratio of 3.2:1. Conversely, data engineer demand grows 18% a year.

## Working Hours

Data engineers keep pipelines running at night. ML engineers run experiments. Both roles see rising demand from AI teams.

## Choosing

If you like models, ML engineer is achievable; if you want the fastest entry, data engineer is more realistic.

## Transition Paths

Data engineer to ML engineer is a common path. Plan for 6-9 months of study.

## Daily Responsibilities

Key problems:

- Throughput: Managing the volume of data moving through pipelines.
- Drift: Detecting when the models' inputs change.
`;
  const tiny = useFixtureCorpus({
    articles: [{ id: 'tiny-guide', title: 'Tiny Guide', summary: "A small article for the comparison's tests.", body }],
    aspects: [
      { id: 'demand', label: 'Demand', aliases: [], query: 'demand' },
      { id: 'entry', label: 'Getting in', aliases: [], query: 'barrier to entry', cues: ['entry'] },
      { id: 'switching', label: 'Switching', aliases: [], query: 'transition' },
      { id: 'duties', label: 'Duties', aliases: [], query: 'responsibilities' },
    ],
  });
  const texts = (points: ComparisonPoint[]) => points.map((p) => p.text);
  const compare = (id: string) => tiny.compare(id);

  it('quotes every sentence under a heading that names the aspect, each on the side of the role it names', () => {
    const demand = compare('demand');
    expect(texts(demand.mlEngineer)).toContain(
      'The demand for an ML engineer is driven by the production gap. In 2026, demand for this role outstrips supply by a ratio of 3.2:1.',
    );
    expect(texts(demand.dataEngineer)).toContain('Conversely, data engineer demand grows 18% a year.');
  });

  it('quotes elsewhere only the sentences that name the aspect, under Both roles when they speak of both', () => {
    const demand = compare('demand');
    expect(texts(demand.both)).toEqual(['Both roles see rising demand from AI teams.']);
    expect(JSON.stringify(demand)).not.toContain('keep pipelines running at night');
  });

  it('splits a sentence of two clauses, each about one role, between the two sides', () => {
    const entry = compare('entry');
    expect(texts(entry.mlEngineer)).toEqual(['If you like models, ML engineer is achievable']);
    expect(texts(entry.dataEngineer)).toEqual(['if you want the fastest entry, data engineer is more realistic.']);
  });

  it('puts a move between the roles with the role moved into', () => {
    const switching = compare('switching');
    expect(texts(switching.mlEngineer)).toEqual(['Data engineer to ML engineer is a common path. Plan for 6-9 months of study.']);
    expect(switching.dataEngineer).toEqual([]);
  });

  it('shows a list split in parts as one point: its lead-in once, then every item of it on the aspect', () => {
    const duties = compare('duties');
    expect(texts(duties.both)).toEqual([
      "Key problems:\nThroughput: Managing the volume of data moving through pipelines.\nDrift: Detecting when the models' inputs change.",
    ]);
    expect(duties.both[0]!.alsoQuotes).toHaveLength(1);
  });
});

describe('compareRoles where sources disagree (a small corpus of three sources)', () => {
  const sources = useFixtureCorpus({
    articles: [
      {
        id: 'pay-table',
        title: 'Pay Table',
        body: `
          ## Side-by-Side Comparison

          | Factor | Data Engineer | Machine Learning Engineer |
          |---|---|---|
          | Entry Salary | $85,000 | $105,000 |
          | Senior Salary | $270,000 | $350,000 |
        `,
      },
      {
        id: 'levels-guide',
        title: 'Levels Guide',
        body: `
          ## Compensation Gap

          ML engineers earn more than data engineers at every level, but the gap is smaller than many people expect.

          ### ML Engineer Salary (2026)

          - Junior (0-2 years): $115K-$150K base. Total comp: $130K-$185K
          - Senior (5-8 years): $200K-$270K base. Total comp: $300K-$480K

          ### Data Engineer Salary (2026)

          - Junior (0-2 years): $100K-$135K base. Total comp: $110K-$160K
          - Senior (5-8 years): $180K-$245K base. Total comp: $260K-$420K

          ## Cross-Role Transitions

          Data engineer to ML engineer is a well-worn path. Plan for 6-9 months of study.

          ML engineer to data engineer is less common. The transition is faster (3-4 months).
        `,
      },
      {
        id: 'switching-guide',
        title: 'Switching Guide',
        body: `
          ## Switching Between Roles

          DE to MLE pivot: achievable but requires substantial upskilling. Plan 12-18 months of focused learning: statistics fundamentals, ML algorithms, PyTorch proficiency.
        `,
      },
    ],
    aspects: [
      { id: 'salary', label: 'Salary', aliases: ['pay'], query: 'salary', cues: ['premium'] },
      { id: 'switching', label: 'Switching roles', aliases: ['switch', 'pivot'], query: 'transition pivot stepping stone' },
    ],
  });
  const figures = (comparison: Comparison, topic: string) =>
    comparison.disagreements
      .find((d) => d.topic === topic)
      ?.figures.map((f) => [f.value, f.citation.source, sources.kb.passage(f.passageId)?.source]);

  it('shows exactly the figure of each source where they differ on Data Engineer entry pay, in order, each cited to its own source', () => {
    expect(figures(sources.compare('salary'), 'Data Engineer pay, entry level')).toEqual([
      ['$85,000', 'pay-table', 'pay-table'],
      ['$100K-$135K base, total comp $110K-$160K', 'levels-guide', 'levels-guide'],
    ]);
  });

  it('shows exactly the two estimates of switching from Data Engineer to ML Engineer, and no disagreement where one source gives a figure', () => {
    const switching = sources.compare('switching');
    expect(figures(switching, 'Switching Data Engineer → ML Engineer')?.sort()).toEqual([
      ['12-18 months', 'switching-guide', 'switching-guide'],
      ['6-9 months', 'levels-guide', 'levels-guide'],
    ]);
    expect(switching.disagreements.map((d) => d.topic)).not.toContain('Switching ML Engineer → Data Engineer');
  });
});

describe('compareRoles keeps to the aspect (what a new user found noisy)', () => {
  const all = (c: Comparison) => [...c.dataEngineer, ...c.mlEngineer, ...c.both];
  const shown = (c: Comparison) =>
    all(c)
      .map((p) => `${p.label ? `${p.label}: ` : ''}${p.text}`)
      .join('\n');
  const labels = (c: Comparison) => all(c).map((p) => p.label);

  it('leaves out of salary what its section says on demand: the size of the data engineering market, the 3.2:1 demand ratio', () => {
    const salary = shown(comparisons.get('salary')!);
    expect(salary).not.toContain('$105 billion');
    expect(salary).not.toContain('3.2:1');
    // What the same parent section says on pay stays.
    expect(salary).toContain('a Machine Learning Engineer often achieves a higher salary ceiling');
  });

  it('leaves out the sentence that only announces what an article will compare ("Here\'s how the two roles compare…")', () => {
    for (const id of ['salary', 'outlook', 'career-path']) expect(shown(comparisons.get(id)!)).not.toMatch(/Here's how/);
  });

  it('keeps AI exposure to what speaks of it: no education row or employer merely naming AI', () => {
    const ai = shown(comparisons.get('ai-exposure')!);
    expect(ai).toContain('direct, primary exposure to AI');
    expect(ai).not.toMatch(/^Education:/m);
    expect(ai).not.toMatch(/^Most-likely employer:/m);
  });

  it('leaves the salary benchmarks of the US, Nigeria and remote roles out of the outlook, and keeps the demand figures', () => {
    const outlook = comparisons.get('outlook')!;
    expect(labels(outlook)).not.toContain('United States');
    expect(labels(outlook)).not.toContain('Nigeria (Local)');
    expect(labels(outlook)).not.toContain('Remote (Global)');
    expect(shown(outlook)).toContain('global market estimated at $105 billion');
  });

  it('shows remote pay on remote work as what it is: a row of the salary benchmarks table', () => {
    // eval/compare-facts.json counts the remote pay ranges as key facts of remote work, so they stay; they are
    // labelled with their table's heading so that they do not read as remote availability.
    const remote = comparisons.get('remote')!;
    const benchmarks = (p: ComparisonPoint) => p.label === 'Remote (Global)' && p.citation.source === 'skilldential-which-is-better';
    const pay = [...remote.dataEngineer, ...remote.mlEngineer].filter(benchmarks);
    expect(pay.map((p) => p.context)).toEqual(['2026 Salary Benchmarks', '2026 Salary Benchmarks']);
    const salaryRow = comparisons.get('salary')!.dataEngineer.find(benchmarks);
    expect(salaryRow).toBeDefined();
    expect(salaryRow!.context).toBeUndefined();
  });

  it('leaves out of tools a learning plan for switching and the interview rounds that mention a library, and a certification row naming AWS', () => {
    const tools = shown(comparisons.get('tools')!);
    expect(tools).not.toContain('Plan 12-18 months');
    expect(tools).not.toContain('ML engineer interviews include');
    expect(labels(comparisons.get('tools')!)).not.toContain('Top Certification');
    expect(tools).toContain('PyTorch for ML vs. Spark for Data Engineering');
  });

  it('leaves out of the career path how deep each role goes on SQL, latency budgets and links to other guides, and cites far fewer sections', () => {
    const path = comparisons.get('career-path')!;
    expect(labels(path)).not.toContain('SQL depth');
    expect(labels(path)).not.toContain('Model serving and latency budgets');
    expect(shown(path)).not.toContain('For other role decisions, see');
    // Fewer than 30 of the 91 sections of the five articles it was written for: under 32% of the corpus's sections.
    const cited = new Set(all(path).map((p) => `${p.citation.source} ${p.citation.section}`)).size;
    const sections = new Set(kb.passages.map((p) => `${p.source} ${p.section}`)).size;
    expect(cited / sections).toBeLessThan(0.32);
  });

  it('puts a sentence that sets the roles against each other under Both roles, not on one side', () => {
    for (const id of ['tools', 'career-path']) {
      const comparison = comparisons.get(id)!;
      expect(
        comparison.dataEngineer.some((p) => p.text.includes('32% Improvement in Course Completion')),
        id,
      ).toBe(false);
      expect(
        comparison.both.some((p) => p.text.includes('32% Improvement in Course Completion')),
        id,
      ).toBe(true);
    }
    const path = comparisons.get('career-path')!;
    expect(path.mlEngineer.some((p) => p.text.includes('or vice versa'))).toBe(false);
    expect(path.both.some((p) => p.text.includes('or vice versa'))).toBe(true);
  });

  it('says no sentence twice in a comparison, even where two sections of an article repeat it', () => {
    for (const [id, comparison] of comparisons) {
      // A lead-in ("Day-to-day tasks include:") introduces each role's own list; it states no fact.
      const sentences = all(comparison).flatMap((p) =>
        p.text
          .split(/\n| … /)
          .filter((line) => !line.trimEnd().endsWith(':'))
          .flatMap((line) => splitSentences(line))
          .map((s) => ({
            passage: p.passageId,
            s: s
              .toLowerCase()
              .replace(/[^a-z0-9%$]+/g, ' ')
              .trim(),
          })),
      );
      for (const [i, a] of sentences.entries()) {
        if (a.s.split(' ').length < 4) continue;
        const again = sentences.filter((b, j) => j !== i && b.passage !== a.passage && b.s.includes(a.s));
        expect(again, `${id}: ${a.s}`).toEqual([]);
      }
    }
    const salary = shown(comparisons.get('salary')!);
    expect(salary.match(/ML engineer comp is typically 10-20% higher/g)).toHaveLength(1);
  });

  it('shows no sentence that only sends the reader to another guide', () => {
    for (const [id, comparison] of comparisons) {
      for (const point of all(comparison)) {
        for (const sentence of point.text.split(/\n| … /).flatMap((line) => splitSentences(line)))
          expect(isCrossReference(sentence), `${id}: ${sentence}`).toBe(false);
      }
    }
    expect(shown(comparisons.get('interviews')!)).not.toMatch(/see the .*(guide|framework)/i);
  });

  it('keeps a lead-in with its items, as one point', () => {
    const skilldential = (p: ComparisonPoint) => p.citation.source === 'skilldential-which-is-better';
    const tools = comparisons.get('tools')!;
    const problems = tools.dataEngineer
      .filter(skilldential)
      .filter((p) => p.text.includes('Key Problems:') || /^(Data Throughput|Schema Evolution|Reliability):/.test(p.text));
    expect(problems.map((p) => p.text)).toEqual([
      'Key Problems:\nData Throughput: Managing the volume and speed at which data moves through the system.\nSchema Evolution: Handling changes in data structure from upstream sources without crashing downstream pipelines.\nReliability: Ensuring 99.9% uptime for critical ETL (Extract, Transform, Load) jobs that populate the data warehouse.',
    ]);
    const multipliers = comparisons
      .get('salary')!
      .mlEngineer.filter(skilldential)
      .filter((p) => /salary multipliers:|^(LLMOps|MLOps Mastery)/.test(p.text));
    expect(multipliers).toHaveLength(1);
    expect(multipliers[0]!.text.split('\n')).toEqual([
      'For a Machine Learning Engineer, certain sub-skills act as significant salary multipliers:',
      'LLMOps / Generative AI: Increases base compensation by 40–60%.',
      'MLOps Mastery: Adds a 25–40% premium for engineers who can automate the model lifecycle.',
    ]);
    // No point anywhere is a lead-in without an item after it.
    for (const [id, comparison] of comparisons)
      for (const point of all(comparison)) expect(point.text.trimEnd().endsWith(':'), `${id}: ${point.text}`).toBe(false);
  });
});

describe('compareRoles on a small corpus of structure', () => {
  const body = `
## Pay and Demand

Both roles command premium pay due to a shortage of talent.

### Demand Analysis

Data engineer demand is rising, with the data engineering market estimated at $105 billion.

### Pay Benchmarks

| Region | Data Engineer | ML Engineer |
|---|---|---|
| United States | $160,000 | $185,000 |
| Remote (Global) | $5,000 / month | $6,000 / month |

## Switching Between Roles

DE to MLE pivot: achievable with study. Plan 12 months of learning: statistics, PyTorch or TensorFlow proficiency.

## Interview Differences

ML engineer interviews include Python live coding (numpy / pandas).

## Side by Side

| Factor | Data Engineer | ML Engineer |
|---|---|---|
| Top Certification | AWS Certified Data Engineer | AWS Certified Machine Learning |
| Main Tools | Spark, Airflow | PyTorch, MLflow |

## Learning Tracks

Many beginners pursue the ML engineer track when their strengths lie in data infrastructure, or vice versa, and stall.

Choosing early lets students master domain tools (e.g., PyTorch for ML vs. Spark for Data Engineering) sooner.

## The Short Answer

ML engineer comp is typically 10-20% higher than DE at the same level due to ML PhD scarcity.

## Which Pays More?

ML engineer comp is typically 10-20% higher than DE comp at FAANG due to scarcity. For other role decisions, see the data engineer vs analytics engineer guide.
`;
  const tiny = useFixtureCorpus({
    articles: [
      {
        id: 'structure-guide',
        title: 'Structure Guide',
        summary: 'A small article whose headings, labels and lead-ins say what each part is about.',
        body,
      },
    ],
    aspects: [
      { id: 'salary', label: 'Salary', aliases: ['pay', 'comp'], query: 'salary' },
      { id: 'outlook', label: 'Demand', aliases: ['demand'], query: 'demand' },
      {
        id: 'tools',
        label: 'Tools',
        aliases: ['tool', 'stack'],
        query: 'spark airflow pytorch tensorflow mlflow numpy pandas aws',
        cues: ['tool'],
      },
      { id: 'switching', label: 'Switching roles', aliases: ['switch', 'pivot'], query: 'transition pivot' },
      { id: 'interviews', label: 'Interviews', aliases: ['interview'], query: 'interview' },
      { id: 'certification', label: 'Certification', aliases: ['cert'], query: 'certification' },
      { id: 'remote', label: 'Remote work', aliases: ['wfh'], query: 'remote' },
      { id: 'learning', label: 'Learning', aliases: [], query: 'beginners students' },
    ],
  });
  const compare = (id: string) => tiny.compare(id);
  const text = (c: Comparison) =>
    [...c.dataEngineer, ...c.mlEngineer, ...c.both].map((p) => `${p.label ? `${p.label}: ` : ''}${p.text}`).join('\n');

  it('reads a heading under one naming two aspects as the half it names: demand is not pay, pay benchmarks are not demand', () => {
    expect(text(compare('salary'))).not.toContain('$105 billion');
    expect(text(compare('salary'))).toContain('Both roles command premium pay');
    expect(text(compare('salary'))).toContain('United States: $160,000');
    expect(text(compare('outlook'))).toContain('$105 billion');
    expect(text(compare('outlook'))).not.toContain('United States');
  });

  it('labels a row that is on the aspect by its label alone with the heading of its table', () => {
    const remote = compare('remote');
    expect(remote.dataEngineer.map((p) => [p.label, p.context, p.text])).toEqual([['Remote (Global)', 'Pay Benchmarks', '$5,000 / month']]);
  });

  it('leaves out a sentence labelled as another aspect where its section is about that aspect too, and a row labelled as another aspect', () => {
    const tools = text(compare('tools'));
    expect(tools).not.toContain('Plan 12 months');
    expect(tools).not.toContain('interviews include');
    expect(tools).not.toContain('Top Certification');
    expect(tools).toContain('Main Tools: Spark, Airflow');
    expect(text(compare('switching'))).toContain('Plan 12 months of learning');
    expect(text(compare('interviews'))).toContain('numpy / pandas');
  });

  it('puts a sentence that sets the roles against each other, by name or by field, under Both roles', () => {
    const learning = compare('learning');
    expect(learning.both.map((p) => p.text)).toEqual([
      'Many beginners pursue the ML engineer track when their strengths lie in data infrastructure, or vice versa, and stall.',
      'Choosing early lets students master domain tools (e.g., PyTorch for ML vs. Spark for Data Engineering) sooner.',
    ]);
    expect([...learning.dataEngineer, ...learning.mlEngineer]).toEqual([]);
  });

  it('says a sentence repeated in another section once, keeping the one that says more', () => {
    const salary = compare('salary');
    const repeats = [...salary.both, ...salary.mlEngineer].filter((p) => p.text.includes('ML engineer comp is typically 10-20% higher'));
    expect(repeats.map((p) => p.text)).toEqual([
      'ML engineer comp is typically 10-20% higher than DE at the same level due to ML PhD scarcity.',
    ]);
  });

  it('never shows a sentence that only sends the reader to another guide', () => {
    expect(text(compare('salary'))).not.toContain('see the data engineer vs analytics engineer guide');
  });
});

describe('findAspect', () => {
  it('finds an aspect by its id, label or alias', () => {
    expect(findAspect(aspects, 'salary')?.id).toBe('salary');
    expect(findAspect(aspects, 'Day-to-day work')?.id).toBe('day-to-day');
    expect(findAspect(aspects, 'pay')?.id).toBe('salary');
    expect(findAspect(aspects, 'wfh')?.id).toBe('remote');
    expect(findAspect(aspects, 'career path')?.id).toBe('career-path');
    expect(findAspect(aspects, 'mathematics')?.id).toBe('math');
  });

  it('ignores case and punctuation', () => {
    expect(findAspect(aspects, 'SALARY')?.id).toBe('salary');
    expect(findAspect(aspects, 'PaY')?.id).toBe('salary');
    expect(findAspect(aspects, 'day to day')?.id).toBe('day-to-day');
    expect(findAspect(aspects, '  Career-Path  ')?.id).toBe('career-path');
  });

  it('forgives one typo', () => {
    expect(findAspect(aspects, 'salery')?.id).toBe('salary');
    expect(findAspect(aspects, 'intervew')?.id).toBe('interviews');
  });

  it('finds nothing for an unknown or empty name', () => {
    expect(findAspect(aspects, 'weather')).toBeUndefined();
    expect(findAspect(aspects, '')).toBeUndefined();
    expect(findAspect(aspects, '   ')).toBeUndefined();
  });
});

describe('matchAspects', () => {
  it('offers the aspects whose names contain what was typed', () => {
    expect(matchAspects(aspects, 'sal').map((a) => a.id)).toEqual(['salary']);
    expect(matchAspects(aspects, '')).toHaveLength(aspects.length);
  });
});

describe('loadAspects', () => {
  const tempDirs: string[] = [];
  afterEach(() => {
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const writeAspects = (aspects: unknown[]): string => {
    const dir = mkdtempSync(join(tmpdir(), 'careerbot-aspects-'));
    tempDirs.push(dir);
    writeFileSync(join(dir, 'aspects.json'), JSON.stringify({ aspects }));
    return dir;
  };
  const entry = (id: string) => ({ id, label: id, aliases: [], query: id });

  it("keeps the real aspects file within Discord's 25 choices", () => {
    const raw = JSON.parse(readFileSync('knowledge/aspects.json', 'utf8')) as { aspects: unknown[] };
    expect(maxAspects).toBe(25);
    expect(raw.aspects.length).toBeLessThanOrEqual(25);
    expect(loadAspects('knowledge')).toHaveLength(raw.aspects.length);
  });

  it('gives every real aspect a unique id and a label', () => {
    const ids = aspects.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of aspects) expect(a.label.trim()).not.toBe('');
  });

  it('rejects a file with duplicate ids, naming the file', () => {
    const dir = writeAspects([entry('salary'), entry('skills'), entry('salary')]);
    expect(() => loadAspects(dir)).toThrow(/aspects\.json.*aspect ids must be unique/);
  });

  it('rejects a file with more than 25 aspects', () => {
    const dir = writeAspects(Array.from({ length: 26 }, (_, i) => entry(`aspect-${i}`)));
    expect(() => loadAspects(dir)).toThrow(/at most 25 aspects/);
  });

  it('loads a small valid file', () => {
    const dir = writeAspects([entry('salary')]);
    expect(loadAspects(dir)).toEqual([{ id: 'salary', label: 'salary', aliases: [], query: 'salary' }]);
  });
});
