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
