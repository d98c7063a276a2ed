/**
 * Fixture corpora: small knowledge folders written for the behaviour a test checks, so that the test does not
 * move when knowledge/ grows. A fixture is written to a temp dir exactly as knowledge/ is laid out (one
 * markdown file per article with its front matter, vocabulary.json, aspects.json, optionally quiz.json) and
 * loaded through the same loaders the bot uses, so an invalid fixture fails loudly, like an invalid article.
 *
 *   const corpus = useFixtureCorpus({ articles: [{ id: 'pay-guide', title: 'Pay Guide', body: '## Pay\n\n…' }] });
 *   it('…', () => { corpus.ask('how much do DEs earn?'); corpus.compare('salary'); corpus.kb.passages; });
 *
 * and, for tests of the real corpus that must hold when an article is added:
 *
 *   const dir = copyKnowledge({ add: [sixthArticle] });   // knowledge/ plus one more article, in a temp dir
 */
import { checkKnowledge } from '../../src/bot/knowledgeCheck.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/types.js';
import { type Aspect, loadAspects } from '../../src/compare/aspects.js';
import { compareRoles } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/types.js';
import { parseArticle } from '../../src/knowledge/corpus.js';
import { KnowledgeBase } from '../../src/search/knowledgeBase.js';
import { passageQuestionsFile } from '../../src/search/passageQuestions.js';
import { loadVocabulary } from '../../src/search/vocabulary.js';

/** The knowledge folder of the repository: its vocabulary and aspects are the fixtures' defaults. */
export const realKnowledgeDir = 'knowledge';

/** One article: front matter fields and its markdown body (headings from ##, paragraphs, lists, tables). */
export interface FixtureArticle {
  id: string;
  title: string;
  /** Defaults to "<title>, written for a test." */
  summary?: string;
  publisher?: string;
  updated?: string;
  body: string;
}

export interface FixtureCorpusSpec {
  articles: FixtureArticle[];
  /** The aspects /compare offers; defaults to the real knowledge/aspects.json. */
  aspects?: Aspect[];
  /** The search vocabulary as written in vocabulary.json; defaults to the real knowledge/vocabulary.json. */
  vocabulary?: unknown;
  /** quiz.json, when the test needs one (it must cite passages of the fixture's articles). */
  quiz?: unknown;
  /** passage-questions.json's passages (passage id → questions), when the test needs document expansion. */
  passageQuestions?: Record<string, string[]>;
}

/** A loaded fixture: its folder, the knowledge base and aspects loaded from it, and the two things people ask. */
export interface FixtureCorpus {
  readonly dir: string;
  readonly kb: KnowledgeBase;
  readonly aspects: Aspect[];
  /** answerQuestion over this corpus with its aspects. */
  ask(question: string): Answer;
  /** compareRoles over this corpus for the aspect with this id (throws for an unknown id). */
  compare(aspectId: string): Comparison;
  /** The aspect with this id (throws for an unknown id). */
  aspect(aspectId: string): Aspect;
  /** Deletes the folder. */
  remove(): void;
}

/** The markdown file of an article, front matter included, as knowledge/*.md are written. */
export function articleSource(article: FixtureArticle): string {
  const quoted = (value: string) => JSON.stringify(value);
  const frontMatter = [
    `id: ${article.id}`,
    `title: ${quoted(article.title)}`,
    ...(article.publisher !== undefined ? [`publisher: ${quoted(article.publisher)}`] : []),
    ...(article.updated !== undefined ? [`updated: ${quoted(article.updated)}`] : []),
    `summary: ${quoted(article.summary ?? `${article.title}, written for a test.`)}`,
  ];
  return `---\n${frontMatter.join('\n')}\n---\n\n${dedent(article.body).trim()}\n`;
}

/** Removes the indentation common to every non-blank line, so bodies can be written indented in a test. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n');
}

/** Writes a fixture's files into a new temp dir (or `dir`) and returns the folder. Nothing is loaded. */
export function writeFixtureCorpus(spec: FixtureCorpusSpec, dir = mkdtempSync(join(tmpdir(), 'careerbot-fixture-'))): string {
  for (const article of spec.articles) writeFileSync(join(dir, `${article.id}.md`), articleSource(article));
  writeFileSync(
    join(dir, 'vocabulary.json'),
    spec.vocabulary === undefined ? readFileSync(join(realKnowledgeDir, 'vocabulary.json')) : JSON.stringify(spec.vocabulary, null, 2),
  );
  writeFileSync(
    join(dir, 'aspects.json'),
    spec.aspects === undefined ? readFileSync(join(realKnowledgeDir, 'aspects.json')) : JSON.stringify({ aspects: spec.aspects }, null, 2),
  );
  if (spec.quiz !== undefined) writeFileSync(join(dir, 'quiz.json'), JSON.stringify(spec.quiz, null, 2));
  if (spec.passageQuestions !== undefined)
    writeFileSync(join(dir, passageQuestionsFile), JSON.stringify({ passages: spec.passageQuestions }, null, 2));
  return dir;
}

/** Loads a knowledge folder (a fixture's or a real one) the way the bot does. */
export function openCorpus(dir: string, remove: () => void = () => {}): FixtureCorpus {
  const kb = KnowledgeBase.load(dir);
  const aspects = loadAspects(dir);
  const aspect = (id: string) => {
    const found = aspects.find((a) => a.id === id);
    if (!found) throw new Error(`no aspect "${id}" in ${dir}/aspects.json (${aspects.map((a) => a.id).join(', ')})`);
    return found;
  };
  return {
    dir,
    kb,
    aspects,
    ask: (question) => answerQuestion(kb, question, aspects),
    compare: (id) => compareRoles(kb, aspect(id), aspects),
    aspect,
    remove,
  };
}

/** Writes a fixture to a temp dir and loads it; call remove() when done (or use useFixtureCorpus). */
export function loadFixtureCorpus(spec: FixtureCorpusSpec): FixtureCorpus {
  const dir = writeFixtureCorpus(spec);
  try {
    return openCorpus(dir, () => rmSync(dir, { recursive: true, force: true }));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A fixture loaded in beforeAll and removed in afterAll of the enclosing describe (or file). Its members may be
 * used inside tests and hooks, not while tests are being collected.
 */
export function useFixtureCorpus(spec: FixtureCorpusSpec | (() => FixtureCorpusSpec)): FixtureCorpus {
  let loaded: FixtureCorpus | undefined;
  beforeAll(() => {
    loaded = loadFixtureCorpus(typeof spec === 'function' ? spec() : spec);
  });
  afterAll(() => {
    loaded?.remove();
    loaded = undefined;
  });
  const current = (): FixtureCorpus => {
    if (!loaded) throw new Error('useFixtureCorpus: the fixture is loaded in beforeAll; use it inside a test or hook');
    return loaded;
  };
  return {
    get dir() {
      return current().dir;
    },
    get kb() {
      return current().kb;
    },
    get aspects() {
      return current().aspects;
    },
    ask: (question) => current().ask(question),
    compare: (id) => current().compare(id),
    aspect: (id) => current().aspect(id),
    remove: () => current().remove(),
  };
}

/**
 * A knowledge base over articles held in memory (no folder), with the real vocabulary: for tests that only
 * search and answer, and never load aspects or a quiz from disk.
 */
export function fixtureKnowledgeBase(articles: FixtureArticle[], vocabularyDir = realKnowledgeDir): KnowledgeBase {
  const documents = articles.map((article) => {
    const { document, problems } = parseArticle(`${article.id}.md`, articleSource(article));
    if (!document) throw new Error(`fixture article ${article.id}: ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
    return document;
  });
  return new KnowledgeBase(documents, loadVocabulary(vocabularyDir));
}

/**
 * A copy of a knowledge folder (knowledge/ by default) in a temp dir, with articles added: written from
 * FixtureArticle values or copied from markdown files. The caller removes it (rmSync(dir, { recursive: true })).
 */
export function copyKnowledge(options: { from?: string; add?: (FixtureArticle | { file: string })[] } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-knowledge-'));
  cpSync(options.from ?? realKnowledgeDir, dir, { recursive: true });
  for (const article of options.add ?? []) {
    if ('file' in article) cpSync(article.file, join(dir, article.file.split('/').at(-1)!));
    else writeFileSync(join(dir, `${article.id}.md`), articleSource(article));
  }
  return dir;
}

/** What `npm run knowledge:check` reports for a folder: every problem, the quiz's included. */
export function knowledgeCheck(dir: string): { articles: number; passages: number; problems: string[] } {
  const check = checkKnowledge(dir);
  return {
    articles: check.articles,
    passages: check.passages,
    problems: [...check.problems, ...(check.quizProblem ? [check.quizProblem] : [])],
  };
}
