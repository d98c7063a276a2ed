import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPassages, formatList, type Passage, sectionSeparator, slugify, splitDefinitionList } from '../src/knowledge/passages.js';
import { parseArticle } from '../src/knowledge/corpus.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
});

/** The passages of one article's section: lookups stay on the article they are about when others are added. */
const bySection = (section: string, source = 'ai-pulse-roles-compared-2026'): Passage[] =>
  kb.passages.filter((p) => p.source === source && p.section === section);
const deSalary = 'Compensation Gap › Data Engineer Salary (2026)';
const mleSalary = 'Compensation Gap › ML Engineer Salary (2026)';

describe('buildPassages on the real corpus', () => {
  it('gives every passage a unique id', () => {
    const ids = kb.passages.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same ids, in the same order, on a second load', () => {
    const again = KnowledgeBase.load('knowledge');
    expect(again.passages.map((p) => p.id)).toEqual(kb.passages.map((p) => p.id));
  });

  it('builds ids as document-id#section-slug-n, numbering from 1 within each section', () => {
    for (const passage of kb.passages) {
      expect(passage.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-{1,2}[a-z0-9]+)*-\d+$/);
      const slug = passage.sectionPath.length > 0 ? passage.sectionPath.map(slugify).join('--') : 'intro';
      expect(passage.id.startsWith(`${passage.source}#${slug}-`), passage.id).toBe(true);
    }
    expect(bySection(deSalary).map((p) => p.id)).toEqual(['ai-pulse-roles-compared-2026#compensation-gap--data-engineer-salary-2026-1']);
    const intro = kb.passages.filter((p) => p.source === 'practical-comparison' && p.sectionPath.length === 0);
    expect(intro.slice(0, 2).map((p) => p.id)).toEqual(['practical-comparison#intro-1', 'practical-comparison#intro-2']);
  });

  it('gives every passage non-empty text, a title, its source document and a section matching its path', () => {
    const titles = new Map(kb.documents.map((d) => [d.id, d.title]));
    for (const passage of kb.passages) {
      expect(passage.text.trim(), passage.id).not.toBe('');
      expect(passage.title, passage.id).toBe(titles.get(passage.source));
      expect(passage.section, passage.id).toBe(passage.sectionPath.join(sectionSeparator));
    }
  });

  it('joins the section path with " › "', () => {
    expect(sectionSeparator).toBe(' › ');
    const [salary] = bySection(deSalary);
    expect(salary).toBeDefined();
    expect(salary!.sectionPath).toEqual(['Compensation Gap', 'Data Engineer Salary (2026)']);
    expect(salary!.kind).toBe('list');
    expect(salary!.text).toContain('Junior (0-2 years): $100K-$135K base');
    expect(salary!.publisher).toBe('AI Pulse');
  });

  it('makes each table row a passage that carries its header', () => {
    const row = kb.passages.find((p) => p.source === 'datadriven-role-guide' && p.kind === 'row' && p.cells?.[0] === 'SQL depth');
    expect(row).toBeDefined();
    expect(row!.header).toEqual(['Dimension', 'Data Engineer', 'ML Engineer']);
    expect(row!.cells).toEqual(['SQL depth', 'Deep', 'Moderate (often skipped at L4)']);
    expect(row!.text).toBe(
      '| Dimension | Data Engineer | ML Engineer |\n| --- | --- | --- |\n| SQL depth | Deep | Moderate (often skipped at L4) |',
    );
    expect(row!.section).toBe('Side-by-Side: Data Engineer vs ML Engineer');
  });

  it('gives every table row as many cells as its header', () => {
    const rows = kb.passages.filter((p) => p.kind === 'row');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.cells?.length, row.id).toBe(row.header?.length);
  });

  it('keeps the line that introduces a list with the list', () => {
    const responsibilities = bySection('Typical Responsibilities › Data Engineer', 'practical-comparison').find((p) => p.kind === 'list');
    expect(responsibilities).toBeDefined();
    expect(responsibilities!.text.startsWith('A Data Engineer usually:\n\n- ')).toBe(true);
    // The lead-in is not also a passage of its own.
    expect(
      kb.passages.some((p) => p.source === 'practical-comparison' && p.kind === 'paragraph' && p.text === 'A Data Engineer usually:'),
    ).toBe(false);
  });

  it('points each passage at its line in the markdown file', () => {
    const fileLines = new Map<string, string[]>();
    const lineOf = (p: Passage) => {
      if (!fileLines.has(p.file)) fileLines.set(p.file, readFileSync(p.file, 'utf8').split(/\r?\n/));
      return fileLines.get(p.file)![p.line - 1] ?? '';
    };
    for (const passage of kb.passages) {
      const line = lineOf(passage).trim();
      if (passage.kind === 'row') expect(line, passage.id).toContain(passage.cells![0]!);
      else if (passage.kind === 'paragraph') expect(passage.text.startsWith(line), passage.id).toBe(true);
      else expect(line.startsWith('- ') || /^\d+[.)] /.test(line), passage.id).toBe(true);
    }
  });
});

describe('buildPassages on a small article', () => {
  const source = [
    '---',
    'id: tiny',
    'title: Tiny',
    'summary: S.',
    '---',
    '',
    'Opening words.',
    '',
    '## Pay & Perks',
    '',
    'Levels:',
    '',
    '- Junior',
    '  - Intern',
    '',
    '| Level | Pay |',
    '|---|---|',
    '| Junior | $1 |',
    '| Senior | $2 |',
  ].join('\n');

  it('turns paragraphs, lists with their lead-in, and table rows into numbered passages', () => {
    const { document } = parseArticle('tiny.md', source);
    const passages = buildPassages([document!]);
    expect(passages.map((p) => [p.id, p.kind, p.section, p.text])).toEqual([
      ['tiny#intro-1', 'paragraph', '', 'Opening words.'],
      ['tiny#pay-perks-1', 'list', 'Pay & Perks', 'Levels:\n\n- Junior\n  - Intern'],
      ['tiny#pay-perks-2', 'row', 'Pay & Perks', '| Level | Pay |\n| --- | --- |\n| Junior | $1 |'],
      ['tiny#pay-perks-3', 'row', 'Pay & Perks', '| Level | Pay |\n| --- | --- |\n| Senior | $2 |'],
    ]);
    expect(passages.every((p) => p.title === 'Tiny' && p.source === 'tiny' && !('publisher' in p))).toBe(true);
  });
});

describe('passageSide (KnowledgeBase.sideOf)', () => {
  it('puts the Data Engineer Salary (2026) list on the Data Engineer side', () => {
    const passages = bySection(deSalary);
    expect(passages).toHaveLength(1);
    expect(kb.sideOf(passages[0]!)).toBe('de');
  });

  it('puts the ML Engineer Salary (2026) list on the ML Engineer side', () => {
    const passages = bySection(mleSalary);
    expect(passages).toHaveLength(1);
    expect(kb.sideOf(passages[0]!)).toBe('mle');
  });

  it('puts a table row with a column for each role on both sides', () => {
    const row = kb.passages.find((p) => p.source === 'datadriven-role-guide' && p.kind === 'row' && p.cells?.[0] === 'SQL depth')!;
    expect(kb.sideOf(row)).toBe('both');
  });
});

describe('splitDefinitionList', () => {
  it('gives each defined term its own passage, under the item that introduces it', () => {
    const parts = splitDefinitionList([
      { text: 'Primary Stack: SQL, Spark.', depth: 0 },
      { text: 'Key Problems:', depth: 0 },
      { text: 'Data Throughput: Managing volume.', depth: 1 },
      { text: 'Schema Evolution: Handling changes.', depth: 1 },
    ]);
    expect(parts.map((p) => [...p.context, formatList(p.items)].join('\n'))).toEqual([
      '- Primary Stack: SQL, Spark.',
      '- Key Problems:\n  - Data Throughput: Managing volume.',
      '- Key Problems:\n  - Schema Evolution: Handling changes.',
    ]);
  });

  it('keeps a list whole when its items are not definitions, or their labels hold figures', () => {
    const skills = [
      { text: 'Python programming', depth: 0 },
      { text: 'SQL at an advanced level', depth: 0 },
    ];
    expect(splitDefinitionList(skills)).toEqual([{ items: skills, context: [], offset: 0 }]);
    const pay = [
      { text: 'Junior (0-2 years): $100K-$135K base.', depth: 0 },
      { text: 'Mid-level (3-5 years): $135K-$180K base.', depth: 0 },
    ];
    expect(splitDefinitionList(pay)).toHaveLength(1);
  });
});
