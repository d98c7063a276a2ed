/** Loads knowledge/*.md into validated documents, or fails with every problem (file, line, what). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontMatter } from './frontMatter.js';
import { parseMarkdownBody } from './markdown.js';
import { type KnowledgeDocument, KnowledgeError, type KnowledgeProblem } from './types.js';

export interface CorpusCheck {
  documents: KnowledgeDocument[];
  problems: KnowledgeProblem[];
}

/** Reads one article; `file` is only used in messages. */
export function parseArticle(
  file: string,
  source: string,
): { document?: KnowledgeDocument; problems: KnowledgeProblem[]; idLine?: number } {
  const split = readFrontMatter(file, source);
  const parsed = parseMarkdownBody(file, split.body, split.bodyLine);
  const problems = [...split.problems, ...parsed.problems, ...emptySections(file, parsed)];
  if (parsed.blocks.length === 0 && problems.length === 0) problems.push({ file, line: split.bodyLine, message: 'article has no content' });
  if (!split.frontMatter || problems.length > 0) return { problems };
  const { id, title, publisher, summary, updated } = split.frontMatter;
  const idLine = source.split(/\r?\n/).findIndex((line) => /^id\s*:/.test(line)) + 1;
  return {
    document: { id, title, ...(publisher ? { publisher } : {}), summary, ...(updated ? { updated } : {}), file, blocks: parsed.blocks },
    problems,
    ...(idLine > 0 ? { idLine } : {}),
  };
}

/** A heading with nothing under it before the next heading of the same or a higher level. */
function emptySections(file: string, parsed: ReturnType<typeof parseMarkdownBody>): KnowledgeProblem[] {
  return parsed.headings.flatMap((heading, h) => {
    const next = parsed.headings.slice(h + 1).find((other) => other.level <= heading.level);
    const within = (line: number) => line > heading.line && (next === undefined || line < next.line);
    // Content that failed to parse (a broken table) is reported already; the section is not empty.
    const hasContent = parsed.blocks.some((b) => within(b.line)) || parsed.problems.some((p) => within(p.line));
    return hasContent ? [] : [{ file, line: heading.line, message: `section "${heading.text}" is empty` }];
  });
}

/** Checks every article in `dir` and reports all problems together, including duplicate ids. */
export function checkCorpus(dir: string): CorpusCheck {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch (error) {
    return { documents: [], problems: [{ file: dir, line: 0, message: `cannot read the knowledge folder (${(error as Error).message})` }] };
  }
  const documents: KnowledgeDocument[] = [];
  const problems: KnowledgeProblem[] = [];
  if (names.length === 0) problems.push({ file: dir, line: 0, message: 'no .md articles found' });
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    const result = parseArticle(file, readFileSync(join(dir, name), 'utf8'));
    problems.push(...result.problems);
    if (!result.document) continue;
    const earlier = seen.get(result.document.id);
    if (earlier) {
      problems.push({ file, line: result.idLine ?? 2, message: `id "${result.document.id}" is already used by ${earlier}` });
      continue;
    }
    seen.set(result.document.id, file);
    documents.push(result.document);
  }
  return { documents, problems };
}

/** Loads the corpus or throws a KnowledgeError: the bot never starts half-indexed. */
export function loadCorpus(dir: string): KnowledgeDocument[] {
  const { documents, problems } = checkCorpus(dir);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return documents;
}
