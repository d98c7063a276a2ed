import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../src/answer/sentences.js';
import { type Aspect, findAspect, loadAspects, matchAspects, maxAspects } from '../src/compare/aspects.js';
import { compareRoles, pointsPerSide, sharedPoints } from '../src/compare/compare.js';
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
  it('fills both the Data Engineer and the ML Engineer side for every aspect, neither beyond pointsPerSide', () => {
    expect(kb.aspects.length).toBeGreaterThan(0);
    for (const { id, label } of kb.aspects) {
      const comparison = comparisons.get(id)!;
      expect(comparison.aspect).toEqual({ id, label });
      expect(comparison.dataEngineer.length, id).toBeGreaterThan(0);
      expect(comparison.mlEngineer.length, id).toBeGreaterThan(0);
      expect(comparison.dataEngineer.length, id).toBeLessThanOrEqual(pointsPerSide);
      expect(comparison.mlEngineer.length, id).toBeLessThanOrEqual(pointsPerSide);
      expect(comparison.both.length, id).toBeLessThanOrEqual(sharedPoints);
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

  it('quotes each point from its passage: a cell of a table row, its sentences or its list items', () => {
    for (const comparison of comparisons.values()) {
      for (const point of [...comparison.dataEngineer, ...comparison.mlEngineer, ...comparison.both]) {
        const passage = kb.passage(point.passageId)!;
        if (passage.kind === 'row') {
          expect(point.label).toBe(passage.cells![0]);
          expect(passage.cells).toContain(point.text);
        } else {
          // Paragraph points may pick sentences that are not adjacent; list points pick items.
          const pieces = passage.kind === 'paragraph' ? splitSentences(point.text) : point.text.split('\n');
          for (const piece of pieces) expect(passage.text, point.passageId).toContain(piece.trim());
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

  it('gives the same comparison twice for the same aspect', () => {
    expect(compareRoles(kb, aspect('salary'))).toEqual(comparisons.get('salary'));
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
