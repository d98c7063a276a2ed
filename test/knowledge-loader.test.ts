import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAspects } from '../src/compare/aspects.js';
import { checkCorpus, loadCorpus, parseArticle } from '../src/knowledge/corpus.js';
import { KnowledgeError, type KnowledgeProblem } from '../src/knowledge/types.js';

/** Front matter on lines 1-5 (or 1-6 with extra keys); the body starts right after. */
const frontMatter = (extra = '') => `---\nid: test-doc\ntitle: Test Doc\nsummary: A small article for tests.\n${extra}---\n`;

const goodArticle = [
  '---', //                                     1
  'id: test-doc', //                             2
  'title: Test Doc', //                          3
  'publisher: Test Press', //                    4
  'summary: A small article for tests.', //      5
  '---', //                                     6
  '', //                                        7
  'Intro paragraph here,', //                    8
  'wrapped over two lines.', //                  9
  '', //                                        10
  '## Pay', //                                  11
  '', //                                        12
  'Salaries vary by level:', //                  13
  '', //                                        14
  '- Junior: $1', //                            15
  '- Senior: $2', //                            16
  '  - Staff: $3', //                           17
  '', //                                        18
  '### By Role', //                             19
  '', //                                        20
  '| Factor | Data Engineer | ML Engineer |', // 21
  '|---|---|---|', //                           22
  '| Entry | $1 | $2 |', //                     23
  '| Senior | $3 | $4 |', //                    24
  '',
].join('\n');

/** The problems of an article that must not load: it yields no document and at least one problem. */
function problemsOf(source: string, file = 'bad.md'): KnowledgeProblem[] {
  const result = parseArticle(file, source);
  expect(result.document).toBeUndefined();
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

const tempDirs: string[] = [];
function tempKnowledge(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-knowledge-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parseArticle', () => {
  it('reads front matter and splits the body into paragraph, list and table blocks with their section paths', () => {
    const { document, problems } = parseArticle('good.md', goodArticle);
    expect(problems).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.id).toBe('test-doc');
    expect(document!.title).toBe('Test Doc');
    expect(document!.publisher).toBe('Test Press');
    expect(document!.summary).toBe('A small article for tests.');
    expect(document!.file).toBe('good.md');
    expect(document!.blocks).toEqual([
      { kind: 'paragraph', sectionPath: [], line: 8, text: 'Intro paragraph here, wrapped over two lines.' },
      { kind: 'paragraph', sectionPath: ['Pay'], line: 13, text: 'Salaries vary by level:' },
      {
        kind: 'list',
        sectionPath: ['Pay'],
        line: 15,
        items: [
          { depth: 0, text: 'Junior: $1' },
          { depth: 0, text: 'Senior: $2' },
          { depth: 1, text: 'Staff: $3' },
        ],
      },
      {
        kind: 'table',
        sectionPath: ['Pay', 'By Role'],
        line: 21,
        header: ['Factor', 'Data Engineer', 'ML Engineer'],
        rows: [
          ['Entry', '$1', '$2'],
          ['Senior', '$3', '$4'],
        ],
        rowLines: [23, 24],
      },
    ]);
  });

  it('leaves publisher out when the front matter has none', () => {
    const { document } = parseArticle('a.md', `${frontMatter()}\n## A\n\nText.\n`);
    expect(document).toBeDefined();
    expect(document).not.toHaveProperty('publisher');
  });

  it('pops back to the right section when a heading returns to a higher level', () => {
    const { document } = parseArticle('a.md', `${frontMatter()}\n## A\n\n### B\n\nIn B.\n\n## C\n\nIn C.\n`);
    expect(document!.blocks.map((b) => b.sectionPath)).toEqual([['A', 'B'], ['C']]);
  });

  it('keeps an escaped pipe inside a table cell', () => {
    const { document } = parseArticle('a.md', `${frontMatter()}\n## A\n\n| Tool | Use |\n|---|---|\n| a \\| b | both |\n`);
    const table = document!.blocks[0]!;
    expect(table.kind === 'table' && table.rows).toEqual([['a | b', 'both']]);
  });

  it('starts a bullet list right after a paragraph line, without a blank line between', () => {
    const { document } = parseArticle('a.md', `${frontMatter()}\n## Steps\n\nDo these:\n- First\n- Second\n`);
    expect(document!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('starts an ordered list right after a paragraph line, without a blank line between', () => {
    const { document } = parseArticle('a.md', `${frontMatter()}\n## Steps\n\nDo these:\n1. First\n2. Second\n`);
    expect(document!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('fails at line 1 when the file has no front matter', () => {
    expect(problemsOf('## Pay\n\nText.\n')).toEqual([
      { file: 'bad.md', line: 1, message: 'file must start with "---" front matter (id, title, summary)' },
    ]);
  });

  it('fails when the front matter is never closed', () => {
    expect(problemsOf('---\nid: test-doc\ntitle: T\n')).toEqual([
      { file: 'bad.md', line: 1, message: 'front matter is not closed by a "---" line' },
    ]);
  });

  it('fails with a message naming "title" when the title is missing', () => {
    const problems = problemsOf('---\nid: test-doc\nsummary: S.\n---\n\n## A\n\nText.\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bad.md', line: 1 });
    expect(problems[0]!.message).toBe('front matter needs "title"');
  });

  it('fails at the line of an unknown front-matter key, naming the key', () => {
    const problems = problemsOf(`${frontMatter('author: Someone\n')}\n## A\n\nText.\n`);
    expect(problems).toEqual([{ file: 'bad.md', line: 5, message: 'front matter has unknown key(s): author' }]);
  });

  it('fails at the line of a front-matter value that breaks a rule', () => {
    const problems = problemsOf('---\nid: Not_An_Id\ntitle: T\nsummary: S.\n---\n\n## A\n\nText.\n');
    expect(problems).toEqual([{ file: 'bad.md', line: 2, message: 'id must be lowercase words joined by hyphens, e.g. "ai-pulse-2026"' }]);
  });

  it('fails at the table row that has the wrong number of cells', () => {
    const problems = problemsOf(`${frontMatter()}\n## A\n\n| Factor | Value |\n|---|---|\n| Entry | $1 |\n| Senior | $2 | extra |\n`);
    expect(problems).toEqual([{ file: 'bad.md', line: 12, message: 'table row has 3 cells but the header has 2' }]);
  });

  it('fails under the header of a table that has no separator row', () => {
    const problems = problemsOf(`${frontMatter()}\n## A\n\n| Factor | Value |\n| Entry | $1 |\n`);
    expect(problems).toContainEqual({ file: 'bad.md', line: 10, message: 'table needs a separator row like |---|---| under its header' });
  });

  it('fails at a heading with nothing under it', () => {
    const problems = problemsOf(`${frontMatter()}\n## Pay\n\n## Skills\n\nText.\n`);
    expect(problems).toEqual([{ file: 'bad.md', line: 7, message: 'section "Pay" is empty' }]);
  });

  it('fails at an h1 heading in the body: the title belongs in front matter', () => {
    const problems = problemsOf(`${frontMatter()}\n# Big Title\n\nText.\n`);
    expect(problems).toEqual([{ file: 'bad.md', line: 7, message: 'use "## " or deeper for headings: the title belongs in front matter' }]);
  });

  it('fails at a heading that skips a level', () => {
    const problems = problemsOf(`${frontMatter()}\n## A\n\n#### Deep\n\nText.\n`);
    expect(problems).toEqual([{ file: 'bad.md', line: 9, message: 'heading "Deep" skips a level (h2 to h4)' }]);
  });

  it('fails at a paragraph containing HTML', () => {
    const problems = problemsOf(`${frontMatter()}\n## A\n\nSome <b>bold</b> text.\n`);
    expect(problems).toEqual([{ file: 'bad.md', line: 9, message: 'HTML is not allowed in articles; use markdown' }]);
  });

  it('fails at a list item containing HTML', () => {
    const problems = problemsOf(`${frontMatter()}\n## A\n\n- Some <b>bold</b> text\n`);
    expect(problems).toEqual([{ file: 'bad.md', line: 9, message: 'HTML is not allowed in articles; use markdown' }]);
  });

  it.each([
    ['a table cell', '## A\n\n| a | b |\n|---|---|\n| 1 | <i>2</i> |\n', 11],
    ['a heading', '## Pay <script>x</script>\n\nText.\n', 7],
  ])('fails at HTML in %s', (_where, body, line) => {
    expect(problemsOf(`${frontMatter()}\n${body}`)).toEqual([
      { file: 'bad.md', line, message: 'HTML is not allowed in articles; use markdown' },
    ]);
  });

  it('fails when the article has no content at all', () => {
    expect(problemsOf(frontMatter())).toEqual([{ file: 'bad.md', line: 6, message: 'article has no content' }]);
  });

  it('reports every problem of a file, not just the first', () => {
    const problems = problemsOf(`${frontMatter('author: X\n')}\n# Title\n\nText <i>x</i>.\n\n## Empty\n`);
    expect(problems.map((p) => p.line)).toEqual([5, 8, 10, 12]);
  });
});

describe('checkCorpus', () => {
  it('names both files when two articles share an id', () => {
    const dir = tempKnowledge({
      'first.md': `${frontMatter()}\n## A\n\nText.\n`,
      'second.md': `${frontMatter()}\n## B\n\nText.\n`,
    });
    const { documents, problems } = checkCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['test-doc']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/second\.md$/);
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.message).toMatch(/^id "test-doc" is already used by .*first\.md$/);
  });

  it('points at the line of the duplicated id', () => {
    const dir = tempKnowledge({
      'first.md': `${frontMatter()}\n## A\n\nText.\n`,
      'second.md': '---\ntitle: Second\nsummary: S.\nid: test-doc\n---\n\n## B\n\nText.\n',
    });
    expect(checkCorpus(dir).problems[0]!.line).toBe(4);
  });

  it('reports the problems of every file together, with the path of each file', () => {
    const dir = tempKnowledge({
      'a.md': '## No front matter\n\nText.\n',
      'b.md': `${frontMatter().replace('test-doc', 'other-doc')}\n## Pay\n`,
      'notes.txt': 'not an article',
    });
    const { documents, problems } = checkCorpus(dir);
    expect(documents).toEqual([]);
    expect(problems.map((p) => [p.file.replace(/^.*[\\/]/, ''), p.line])).toEqual([
      ['a.md', 1],
      ['b.md', 7],
    ]);
  });

  it('reports a folder without articles', () => {
    const dir = tempKnowledge({ 'readme.txt': 'nothing here' });
    expect(checkCorpus(dir).problems).toEqual([{ file: dir, line: 0, message: 'no .md articles found' }]);
  });

  it('reports a folder that cannot be read', () => {
    const dir = tempKnowledge({});
    const { problems } = checkCorpus(join(dir, 'missing'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^cannot read the knowledge folder/);
  });
});

describe('loadCorpus', () => {
  it('returns the documents of a valid folder', () => {
    const dir = tempKnowledge({ 'good.md': goodArticle });
    expect(loadCorpus(dir).map((d) => d.id)).toEqual(['test-doc']);
  });

  it('throws a KnowledgeError whose message gives file:line and what is wrong', () => {
    const dir = tempKnowledge({ 'broken.md': `${frontMatter()}\n## Pay\n\n## Skills\n\nText.\n` });
    let thrown: unknown;
    try {
      loadCorpus(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KnowledgeError);
    const error = thrown as KnowledgeError;
    expect(error.name).toBe('KnowledgeError');
    expect(error.message).toMatch(/^knowledge: \S*broken\.md:7: section "Pay" is empty$/);
    expect(error.problems).toHaveLength(1);
  });
});

describe('the real corpus in knowledge/', () => {
  const { documents, problems } = checkCorpus('knowledge');

  it('has no problems and loads every article in the folder', () => {
    expect(problems).toEqual([]);
    const files = readdirSync('knowledge').filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    expect(documents.map((d) => basename(d.file)).sort()).toEqual(files.sort());
  });

  it('gives every article a title and a one-line summary', () => {
    for (const doc of documents) {
      expect(doc.title.trim(), doc.id).not.toBe('');
      expect(doc.summary.trim(), doc.id).not.toBe('');
      expect(doc.summary, doc.id).not.toContain('\n');
      expect(doc.blocks.length, doc.id).toBeGreaterThan(0);
    }
  });

  it('names a publisher exactly for the articles that name one', () => {
    // Each article's publisher is the one its front matter names, read here on its own; none where it names none.
    for (const doc of documents) {
      const frontMatter = parse(readFileSync(doc.file, 'utf8').split(/^---$/m)[1]!) as { publisher?: string };
      expect(doc.publisher, doc.id).toBe(frontMatter.publisher);
    }
    const publishers = Object.fromEntries(documents.map((d) => [d.id, d.publisher]));
    expect(publishers).toMatchObject({
      'ai-pulse-roles-compared-2026': 'AI Pulse',
      'datadriven-role-guide': 'DataDriven',
      'skilldential-which-is-better': 'Skilldential',
    });
    for (const id of ['practical-comparison', 'salary-skills-career-path']) {
      expect(publishers, id).toHaveProperty(id);
      expect(publishers[id], id).toBeUndefined();
    }
  });
});

describe('readJsonData', () => {
  it('names the file and the line of broken JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerbot-json-'));
    try {
      writeFileSync(join(dir, 'aspects.json'), '{\n  "aspects": [\n    { "id": "salary", }\n  ]\n}\n');
      expect(() => loadAspects(dir)).toThrow(
        new RegExp(`^knowledge: ${join(dir, 'aspects.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: not valid JSON`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
