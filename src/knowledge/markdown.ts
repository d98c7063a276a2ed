/**
 * A deliberately small markdown reader for the article subset knowledge/ uses (headings, paragraphs,
 * nested bullet lists, pipe tables), keeping line numbers so problems point at the right line.
 */
import type { ContentBlock, KnowledgeProblem, ListItem } from './types.js';

export interface ParsedBody {
  blocks: ContentBlock[];
  headings: { level: number; text: string; line: number }[];
  problems: KnowledgeProblem[];
}

const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const listPattern = /^(\s*)[-*+]\s+(.*)$/;
const orderedListPattern = /^(\s*)\d+[.)]\s+(.*)$/;
const htmlPattern = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>/i;

/** Parses the body of an article; `firstLine` is the file line the body starts on. */
export function parseMarkdownBody(file: string, body: string, firstLine: number): ParsedBody {
  const lines = body.split(/\r?\n/);
  const blocks: ContentBlock[] = [];
  const headings: ParsedBody['headings'] = [];
  const problems: KnowledgeProblem[] = [];
  const stack: { level: number; text: string }[] = [];
  const problem = (index: number, message: string) => problems.push({ file, line: firstLine + index, message });
  const sectionPath = () => stack.map((h) => h.text);

  let i = 0;
  while (i < lines.length) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') {
      i += 1;
      continue;
    }
    if (htmlPattern.test(raw)) problem(i, 'HTML is not allowed in articles; use markdown');
    const heading = headingPattern.exec(raw);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!.trim();
      if (level === 1) problem(i, 'use "## " or deeper for headings: the title belongs in front matter');
      if (text === '') problem(i, 'heading has no text');
      const parentLevel = stack.at(-1)?.level ?? 1;
      if (level > parentLevel + 1) problem(i, `heading "${text}" skips a level (h${parentLevel} to h${level})`);
      while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
      stack.push({ level, text });
      headings.push({ level, text, line: firstLine + i });
      i += 1;
      continue;
    }
    if (raw.trimStart().startsWith('|')) {
      const start = i;
      const tableLines: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trimStart().startsWith('|')) {
        if (i > start && htmlPattern.test(lines[i]!)) problem(i, 'HTML is not allowed in articles; use markdown');
        tableLines.push(lines[i++]!);
      }
      const table = parseTable(tableLines, (offset, message) => problem(start + offset, message));
      if (table) {
        blocks.push({
          kind: 'table',
          sectionPath: sectionPath(),
          line: firstLine + start,
          header: table.header,
          rows: table.rows,
          rowLines: table.rows.map((_, r) => firstLine + start + 2 + r),
        });
      }
      continue;
    }
    if (listPattern.test(raw) || orderedListPattern.test(raw)) {
      const start = i;
      const items: ListItem[] = [];
      while (i < lines.length) {
        const line = lines[i] ?? '';
        const item = listPattern.exec(line) ?? orderedListPattern.exec(line);
        if (i > start && item && htmlPattern.test(line)) problem(i, 'HTML is not allowed in articles; use markdown');
        if (item) {
          items.push({ depth: Math.floor(item[1]!.replace(/\t/g, '  ').length / 2), text: item[2]!.trim() });
        } else if (line.trim() !== '' && /^\s+/.test(line) && items.length > 0) {
          // A wrapped continuation of the previous item.
          if (htmlPattern.test(line)) problem(i, 'HTML is not allowed in articles; use markdown');
          items.at(-1)!.text += ` ${line.trim()}`;
        } else break;
        i += 1;
      }
      items.forEach((item, n) => {
        if (item.text === '') problem(start + n, 'list item is empty');
      });
      blocks.push({ kind: 'list', sectionPath: sectionPath(), line: firstLine + start, items });
      continue;
    }
    const start = i;
    const parts: string[] = [];
    while (i < lines.length) {
      const line = lines[i] ?? '';
      if (
        line.trim() === '' ||
        headingPattern.test(line) ||
        line.trimStart().startsWith('|') ||
        listPattern.test(line) ||
        orderedListPattern.test(line)
      )
        break;
      if (i > start && htmlPattern.test(line)) problem(i, 'HTML is not allowed in articles; use markdown');
      parts.push(line.trim());
      i += 1;
    }
    const text = parts.join(' ');
    blocks.push({ kind: 'paragraph', sectionPath: sectionPath(), line: firstLine + start, text });
  }
  return { blocks, headings, problems };
}

function splitRow(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function parseTable(
  lines: string[],
  problem: (offset: number, message: string) => void,
): { header: string[]; rows: string[][] } | undefined {
  const header = splitRow(lines[0]!);
  const separator = lines[1];
  if (separator === undefined || !/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(separator)) {
    problem(1, 'table needs a separator row like |---|---| under its header');
    return undefined;
  }
  if (splitRow(separator).length !== header.length) {
    problem(1, `table separator has ${splitRow(separator).length} cells but the header has ${header.length}`);
  }
  if (header.some((cell) => cell === '')) problem(0, 'table header has an empty cell');
  const rows = lines.slice(2).map(splitRow);
  if (rows.length === 0) problem(0, 'table has a header but no rows');
  rows.forEach((row, r) => {
    if (row.length !== header.length) problem(2 + r, `table row has ${row.length} cells but the header has ${header.length}`);
    if (row.every((cell) => cell === '')) problem(2 + r, 'table row is empty');
  });
  return { header, rows };
}
