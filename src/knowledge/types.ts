/** A validated article from knowledge/, split into sections of content blocks. */
export interface KnowledgeDocument {
  id: string;
  title: string;
  publisher?: string;
  summary: string;
  /** When the article says it was last updated, as it says it ("April 2026"); absent when it says not. */
  updated?: string;
  /** Path relative to the working directory, for error messages. */
  file: string;
  blocks: ContentBlock[];
}

/** Where a block sits: the chain of headings above it (empty for an article's introduction). */
export interface Located {
  sectionPath: string[];
  /** 1-based line in the markdown file. */
  line: number;
}

export interface ListItem {
  text: string;
  depth: number;
}

export type ContentBlock =
  | (Located & { kind: 'paragraph'; text: string })
  | (Located & { kind: 'list'; items: ListItem[] })
  | (Located & { kind: 'table'; header: string[]; rows: string[][]; rowLines: number[] });

/** A problem found in a knowledge file, with where it is. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  message: string;
}

/** Thrown when the corpus cannot be loaded; lists every problem found. */
export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(problems.map((p) => `knowledge: ${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'KnowledgeError';
  }
}
