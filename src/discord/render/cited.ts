/**
 * Cited text within one embed: lines that carry footnotes, and the Sources fields that list every footnote the
 * lines use. A line goes in only when it and the sources it adds still fit, so when room runs out the points
 * are left out, never the source of a point shown.
 */
import type { APIEmbedField } from 'discord.js';
import { citationLine } from '../../answer/footnotes.js';
import type { Citation } from '../../answer/types.js';
import { discordText } from '../text.js';
import { clip, limits } from '../limits.js';

/** A Sources line names the article and section; a very long one is cut rather than crowd out the points. */
export const sourceLineLength = 250;
/** Room kept at the end of the lines for saying how many were left out. */
const leftOutReserve = 40;

/** One Sources line: "[n] Publisher — Title › Section", cut to `sourceLineLength`. */
export function sourceLine(n: number, citation: Citation): string {
  return `[${n}] ${clip(citationLine(citation), sourceLineLength)}`;
}

/** Sources lines as embed fields of at most 1,024 characters each ("Sources", then "Sources (continued)"). */
export function sourceFields(lines: readonly string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  const close = () => fields.push({ name: fields.length === 0 ? discordText.sourcesHeading : discordText.sourcesContinued, value });
  for (const line of lines) {
    if (value !== '' && value.length + 1 + line.length > limits.fieldValue) {
      close();
      value = '';
    }
    value = value === '' ? line : `${value}\n${line}`;
  }
  if (value !== '') close();
  return fields;
}

const keyOf = (citation: Citation) => `${citation.source}\n${citation.section}`;
const fieldsLength = (fields: APIEmbedField[]) => fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);

/**
 * Builds an embed's description and its Sources. `room.description` caps the description; `room.total` caps
 * the description and Sources fields together (what is left of Discord's 6,000 once the title and any other
 * part of the embed are counted); `room.fields` caps the number of Sources fields (25 by default).
 */
export class CitedLines {
  private readonly numbers = new Map<string, number>();
  private readonly sources: string[] = [];
  private readonly lines: string[] = [];
  /** Whether a line has been left out: every later one is too. */
  private full = false;
  /** The cited lines left out, which the description counts. */
  private leftOut = 0;

  constructor(private readonly room: { description: number; total: number; fields?: number }) {}

  /**
   * Adds a line citing `citations`; `line` writes it from their footnote numbers (in the same order). Returns
   * false, adding nothing, when the line or the sources it would add do not fit, and from then on leaves out
   * every later line too, so what is shown reads in order.
   */
  add(citations: readonly Citation[], line: (refs: number[]) => string): boolean {
    if (this.full) {
      if (citations.length > 0) this.leftOut += 1;
      return false;
    }
    const fresh: string[] = [];
    const pending = new Map<string, number>();
    const refs = citations.map((c) => {
      const key = keyOf(c);
      const known = this.numbers.get(key) ?? pending.get(key);
      if (known !== undefined) return known;
      const n = this.sources.length + fresh.length + 1;
      pending.set(key, n);
      fresh.push(sourceLine(n, c));
      return n;
    });
    const text = line(refs);
    const description = [...this.lines, text].join('\n');
    const fields = sourceFields([...this.sources, ...fresh]);
    const fits =
      description.length <= this.room.description - leftOutReserve &&
      description.length + fieldsLength(fields) <= this.room.total - leftOutReserve &&
      fields.length <= (this.room.fields ?? limits.embedFields);
    if (!fits) {
      this.full = true;
      if (citations.length > 0) this.leftOut += 1;
      return false;
    }
    for (const [key, n] of pending) this.numbers.set(key, n);
    this.sources.push(...fresh);
    this.lines.push(text);
    return true;
  }

  /** A line that cites nothing (a heading, a blank line between parts). */
  text(line: string): boolean {
    return this.add([], () => line);
  }

  /** The description (saying how many cited lines were left out, if any) and the Sources fields (none when nothing is cited). */
  embed(): { description: string; fields?: APIEmbedField[] } {
    const lines = this.leftOut > 0 ? [...this.lines, discordText.leftOut(this.leftOut)] : this.lines;
    const fields = sourceFields(this.sources);
    return { description: lines.join('\n'), ...(fields.length > 0 ? { fields } : {}) };
  }
}
