/** Numbered footnotes, shared by every front end: one number per distinct article section, in order of first use. */
import type { Citation } from './types.js';

export function citationLine(citation: Citation): string {
  const name = citation.publisher ? `${citation.publisher} — ${citation.title}` : citation.title;
  return citation.section ? `${name} › ${citation.section}` : name;
}

export class Footnotes {
  private readonly keys = new Map<string, number>();
  private readonly lines: string[] = [];

  /** The footnote number for a citation, adding it on first use. */
  ref(citation: Citation): number {
    const key = `${citation.source}\n${citation.section}`;
    let n = this.keys.get(key);
    if (n === undefined) {
      n = this.lines.length + 1;
      this.keys.set(key, n);
      this.lines.push(citationLine(citation));
    }
    return n;
  }

  render(): string[] {
    return this.lines.map((line, i) => `[${i + 1}] ${line}`);
  }
}

/** A Sources line: a footnote number at the start of a line, then what it names ("[3] Publisher — Title › Section"). */
const listedLine = /^\[(\d+)\] \S/;
const citedMark = /\[(\d+)\]/g;

/**
 * The footnote numbers `text` cites ("… [3]") that none of its Sources lines names, in order of first use;
 * empty when every citation has its source listed in the same text. A line starting "[n] " followed by text
 * lists source n; every other "[n]" is a citation.
 */
export function unlistedCitations(text: string): number[] {
  const listed = new Set<number>();
  const cited: number[] = [];
  for (const line of text.split('\n')) {
    const listing = listedLine.exec(line);
    if (listing) {
      listed.add(Number(listing[1]));
      continue;
    }
    for (const mark of line.matchAll(citedMark)) cited.push(Number(mark[1]));
  }
  return [...new Set(cited.filter((n) => !listed.has(n)))];
}
