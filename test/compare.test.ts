import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Aspect, findAspect, loadAspects, matchAspects, maxAspects } from '../src/compare/aspects.js';
import { compareRoles } from '../src/compare/compare.js';
import type { Comparison, ComparisonPoint } from '../src/compare/types.js';
import { KnowledgeBase } from '../src/search/engine.js';

let kb: KnowledgeBase;
const comparisons = new Map<string, Comparison>();
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
  for (const aspect of kb.aspects) comparisons.set(aspect.id, compareRoles(kb, aspect));
});

const aspect = (input: string): Aspect => {
  const found = findAspect(kb.aspects, input);
  expect(found, input).toBeDefined();
  return found!;
};

describe('compareRoles', () => {
  it('fills both the Data Engineer and the ML Engineer side for every aspect', () => {
    expect(kb.aspects.length).toBeGreaterThan(0);
    for (const { id, label } of kb.aspects) {
      const comparison = comparisons.get(id)!;
      expect(comparison.aspect).toEqual({ id, label });
      expect(comparison.dataEngineer.length, id).toBeGreaterThan(0);
      expect(comparison.mlEngineer.length, id).toBeGreaterThan(0);
    }
  });

  it('quotes no passage twice on the same side', () => {
    for (const [id, comparison] of comparisons) {
      for (const points of [comparison.dataEngineer, comparison.mlEngineer, comparison.both]) {
        const ids = points.map((p) => p.passageId);
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
        } else {
          // A paragraph's run-in heading ("SQL depth.") becomes the point's label.
          if (point.label !== undefined) expect(passage.text).toContain(`${point.label}.`);
          for (const piece of point.text.split(/\n| … /)) expect(passage.text, point.passageId).toContain(piece.trim());
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
    const switching = compareRoles(kb, aspect('switching'));
    const move = switching.disagreements.find((d) => d.figures.some((f) => f.value === '6-9 months'));
    expect(move).toBeDefined();
    expect(move!.topic).toBe('Switching Data Engineer → ML Engineer');
    expect(move!.figures.map((f) => f.value).sort()).toEqual(['12-18 months', '6-9 months']);
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
    expect(de).toContain('Junior Data Engineer to Data Engineer to Senior Data Engineer to Staff Data Engineer or Data Engineering Manager');
    expect(mle).toContain('Junior ML Engineer to ML Engineer to Senior ML Engineer to Staff ML Engineer or ML Engineering Manager');
    expect(mle).toContain('Mid to senior requires evidence of production deployment and business impact.');
    expect(path.dataEngineer.map((p) => `${p.label}: ${p.text}`)).toContain('Path to leadership: Senior -> Staff -> Principal DE');
  });

  it('shows how FAANG ML engineers split their time on the ML Engineer side of day-to-day work', () => {
    const day = comparisons.get('day-to-day')!;
    const split = day.mlEngineer.find((p) => p.text.includes('50% experimentation'));
    expect(split?.text).toContain('At FAANG: 50% experimentation (training, evaluation), 30% productionization (deployment, monitoring), 20% collaboration (cross-functional alignment).');
    expect(split?.citation.section).toBe('Data Engineer Interview Prep FAQ › What does an ML engineer do day-to-day?');
    expect(day.dataEngineer.some((p) => p.text.includes('50% experimentation'))).toBe(false);
  });

  it('puts the 3.2:1 demand ratio on the ML Engineer side of the outlook, though its sentence says "this role"', () => {
    const outlook = comparisons.get('outlook')!;
    expect(outlook.mlEngineer.some((p) => p.text.includes('demand for this role outstrips supply by a ratio of 3.2:1'))).toBe(true);
    expect([...outlook.dataEngineer, ...outlook.both].some((p) => p.text.includes('3.2:1'))).toBe(false);
  });

  it('gives the same comparison twice for the same aspect', () => {
    expect(compareRoles(kb, aspect('salary'))).toEqual(comparisons.get('salary'));
  });
});

describe('compareRoles on a small corpus', () => {
  const article = `---
id: tiny-guide
title: "Tiny Guide"
summary: "A small article for the comparison's tests."
---

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
  const aspects: Aspect[] = [
    { id: 'demand', label: 'Demand', aliases: [], query: 'demand' },
    { id: 'entry', label: 'Getting in', aliases: [], query: 'barrier to entry', cues: ['entry'] },
    { id: 'switching', label: 'Switching', aliases: [], query: 'transition' },
    { id: 'duties', label: 'Duties', aliases: [], query: 'responsibilities' },
  ];
  let tiny: KnowledgeBase;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'careerbot-compare-'));
    writeFileSync(join(dir, 'tiny-guide.md'), article);
    writeFileSync(join(dir, 'vocabulary.json'), readFileSync('knowledge/vocabulary.json'));
    writeFileSync(join(dir, 'aspects.json'), JSON.stringify({ aspects }));
    tiny = KnowledgeBase.load(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const texts = (points: ComparisonPoint[]) => points.map((p) => p.text);
  const compare = (id: string) => compareRoles(tiny, tiny.aspects.find((a) => a.id === id)!);

  it('quotes every sentence under a heading that names the aspect, each on the side of the role it names', () => {
    const demand = compare('demand');
    expect(texts(demand.mlEngineer)).toContain('The demand for an ML engineer is driven by the production gap. In 2026, demand for this role outstrips supply by a ratio of 3.2:1.');
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

  it('says the lead-in of a list split in parts once, with its first part', () => {
    const duties = compare('duties');
    expect(texts(duties.both)).toEqual(['Key problems:\nThroughput: Managing the volume of data moving through pipelines.', "Drift: Detecting when the models' inputs change."]);
  });
});

describe('findAspect', () => {
  it('finds an aspect by its id, label or alias', () => {
    expect(findAspect(kb.aspects, 'salary')?.id).toBe('salary');
    expect(findAspect(kb.aspects, 'Day-to-day work')?.id).toBe('day-to-day');
    expect(findAspect(kb.aspects, 'pay')?.id).toBe('salary');
    expect(findAspect(kb.aspects, 'wfh')?.id).toBe('remote');
    expect(findAspect(kb.aspects, 'career path')?.id).toBe('career-path');
  });

  it('ignores case and punctuation', () => {
    expect(findAspect(kb.aspects, 'SALARY')?.id).toBe('salary');
    expect(findAspect(kb.aspects, 'PaY')?.id).toBe('salary');
    expect(findAspect(kb.aspects, 'day to day')?.id).toBe('day-to-day');
    expect(findAspect(kb.aspects, '  Career-Path  ')?.id).toBe('career-path');
  });

  it('forgives one typo', () => {
    expect(findAspect(kb.aspects, 'salery')?.id).toBe('salary');
    expect(findAspect(kb.aspects, 'intervew')?.id).toBe('interviews');
  });

  it('finds nothing for an unknown or empty name', () => {
    expect(findAspect(kb.aspects, 'weather')).toBeUndefined();
    expect(findAspect(kb.aspects, '')).toBeUndefined();
    expect(findAspect(kb.aspects, '   ')).toBeUndefined();
  });
});

describe('matchAspects', () => {
  it('offers the aspects whose names contain what was typed', () => {
    expect(matchAspects(kb.aspects, 'sal').map((a) => a.id)).toEqual(['salary']);
    expect(matchAspects(kb.aspects, '')).toHaveLength(kb.aspects.length);
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

  it('keeps the real aspects file within Discord\'s 25 choices', () => {
    const raw = JSON.parse(readFileSync('knowledge/aspects.json', 'utf8')) as { aspects: unknown[] };
    expect(maxAspects).toBe(25);
    expect(raw.aspects.length).toBeLessThanOrEqual(25);
    expect(loadAspects('knowledge')).toHaveLength(raw.aspects.length);
  });

  it('gives every real aspect a unique id and a label', () => {
    const ids = kb.aspects.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of kb.aspects) expect(a.label.trim()).not.toBe('');
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
