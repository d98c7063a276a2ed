/**
 * Heading-aware passages: a paragraph, a list (with the line that introduces it), or a table row with its
 * header. Each keeps its document title and section path, so it can be cited and so headings help retrieval.
 */
import type { ContentBlock, KnowledgeDocument, ListItem } from './types.js';

export type PassageKind = 'paragraph' | 'list' | 'row';

/** One citable unit of an article. */
export interface Passage {
  /** Stable: document id + section slug + position within the section. */
  id: string;
  source: string;
  title: string;
  publisher?: string;
  sectionPath: string[];
  /** The section path as people read it: "Compensation Gap › Data Engineer Salary (2026)". */
  section: string;
  kind: PassageKind;
  /** The passage as quoted: markdown for lists and table rows (a row comes with its header). */
  text: string;
  /** For a table row: its cells, the first being the row's label. */
  cells?: string[];
  /** For a table row: the header cells. */
  header?: string[];
  file: string;
  line: number;
}

export const sectionSeparator = ' › ';

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'section'
  );
}

export function formatList(items: { text: string; depth: number }[]): string {
  return items.map((item) => `${'  '.repeat(item.depth)}- ${item.text}`).join('\n');
}

export function formatRow(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** A short line ending in ":" introduces the list or table after it, and is kept with it. */
function isLeadIn(block: ContentBlock, next: ContentBlock | undefined): boolean {
  return (
    block.kind === 'paragraph' &&
    block.text.trimEnd().endsWith(':') &&
    block.text.length <= 320 &&
    next !== undefined &&
    next.kind !== 'paragraph' &&
    next.sectionPath.join('\n') === block.sectionPath.join('\n')
  );
}

const labelled = /^[^:\d]{2,40}:\s+\S/;

/**
 * A list whose items define things ("- Schema Evolution: Handling changes…") is split into one passage
 * per defined item, each with the lines that introduce it, so a question about one term finds its
 * definition rather than the whole list. Other lists stay whole.
 */
export function splitDefinitionList(items: ListItem[]): { items: ListItem[]; context: string[]; offset: number }[] {
  const content = items.filter((item) => !item.text.trimEnd().endsWith(':'));
  const defined = content.filter((item) => labelled.test(item.text));
  if (defined.length < 2 || defined.length < content.length * 0.6) return [{ items, context: [], offset: 0 }];
  const parts: { items: ListItem[]; context: string[]; offset: number }[] = [];
  items.forEach((item, i) => {
    if (item.text.trimEnd().endsWith(':')) return;
    // The item's parents ("Key Problems:") say what it is one of.
    const context: string[] = [];
    let depth = item.depth;
    for (let j = i - 1; j >= 0 && depth > 0; j -= 1) {
      if (items[j]!.depth < depth) {
        context.unshift(`${'  '.repeat(items[j]!.depth)}- ${items[j]!.text}`);
        depth = items[j]!.depth;
      }
    }
    // A parent that is itself a defined item keeps its children with it.
    if (item.depth > 0 && context.length > 0 && labelled.test(context.at(-1)!.replace(/^\s*- /, ''))) return;
    const children: ListItem[] = [];
    for (let j = i + 1; j < items.length && items[j]!.depth > item.depth; j += 1) children.push(items[j]!);
    const base = item.depth;
    parts.push({
      items: [item, ...children].map((it) => ({ ...it, depth: it.depth - base + Math.max(context.length, 0) })),
      context,
      offset: i,
    });
  });
  return parts;
}

export function buildPassages(documents: KnowledgeDocument[]): Passage[] {
  const passages: Passage[] = [];
  for (const doc of documents) {
    const counters = new Map<string, number>();
    const nextId = (sectionPath: string[]) => {
      const slug = sectionPath.length > 0 ? sectionPath.map(slugify).join('--') : 'intro';
      const n = (counters.get(slug) ?? 0) + 1;
      counters.set(slug, n);
      return `${doc.id}#${slug}-${n}`;
    };
    const base = (block: ContentBlock) => ({
      source: doc.id,
      title: doc.title,
      ...(doc.publisher ? { publisher: doc.publisher } : {}),
      sectionPath: block.sectionPath,
      section: block.sectionPath.join(sectionSeparator),
      file: doc.file,
    });
    let leadIn: string | undefined;
    doc.blocks.forEach((block, b) => {
      if (isLeadIn(block, doc.blocks[b + 1])) {
        leadIn = (block as { text: string }).text;
        return;
      }
      const prefix = leadIn ? `${leadIn}\n\n` : '';
      leadIn = undefined;
      if (block.kind === 'paragraph') {
        passages.push({ ...base(block), id: nextId(block.sectionPath), kind: 'paragraph', text: block.text, line: block.line });
      } else if (block.kind === 'list') {
        for (const part of splitDefinitionList(block.items)) {
          const list = [...part.context, formatList(part.items)].join('\n');
          passages.push({
            ...base(block),
            id: nextId(block.sectionPath),
            kind: 'list',
            text: prefix + list,
            line: block.line + part.offset,
          });
        }
      } else {
        const headerLines = `${formatRow(block.header)}\n${formatRow(block.header.map(() => '---'))}`;
        block.rows.forEach((row, r) => {
          passages.push({
            ...base(block),
            id: nextId(block.sectionPath),
            kind: 'row',
            text: `${headerLines}\n${formatRow(row)}`,
            cells: row,
            header: block.header,
            line: block.rowLines[r] ?? block.line,
          });
        });
      }
    });
  }
  return passages;
}
