/**
 * A whole comparison laid out on pages that each fit one Discord message: both roles side by side, what
 * they share, where the sources differ, and a Sources list that names every footnote the page uses. Nothing
 * is clipped or dropped: what does not fit on a page goes on the next. Footnote numbers hold across pages.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Citation } from '../../answer/types.js';
import { discordText } from '../text.js';
import { oneLine, pointLabel } from '../../compare/text.js';
import type { Comparison, ComparisonPoint } from '../../compare/types.js';
import { clip, embedLength, limits } from '../limits.js';
import { sourceFields, sourceLine } from './cited.js';

type Section = 'de' | 'mle' | 'both' | 'differ';

/** One line to place: its citations, and its text once they have numbers. */
interface Entry {
  section: Section;
  citations: Citation[];
  line: (refs: number[]) => string;
}

/** What one page shows: its lines by section and the footnotes they use. */
export interface ComparePage {
  lines: Record<Section, string[]>;
  notes: number[];
  /** The Sources list of the page, as embed fields. */
  sources: APIEmbedField[];
}

/** The longest piece of a point on one line; a longer point goes on as further lines with the same footnote. */
const pieceLength = 900;
/** Room kept for the page number in the title and the footer, added once the number of pages is known. */
const pageMarkReserve = 120;

/** Footnote numbers in order of first use, kept across pages. */
class Numbers {
  private readonly keys = new Map<string, number>();
  readonly lines: string[] = [];

  /** The numbers the citations would get, without giving them yet, and the citations that would be new. */
  peek(citations: Citation[]): { refs: number[]; fresh: Map<number, Citation> } {
    const keys = new Map<string, number>();
    const fresh = new Map<number, Citation>();
    const refs = citations.map((c) => {
      const key = `${c.source}\n${c.section}`;
      const known = this.keys.get(key) ?? keys.get(key);
      if (known !== undefined) return known;
      const n = this.lines.length + fresh.size + 1;
      keys.set(key, n);
      fresh.set(n, c);
      return n;
    });
    return { refs, fresh };
  }

  /** The number a citation was given, if it was. */
  of(citation: Citation): number | undefined {
    return this.keys.get(`${citation.source}\n${citation.section}`);
  }

  take(citations: Citation[]): number[] {
    return citations.map((c) => {
      const key = `${c.source}\n${c.section}`;
      let n = this.keys.get(key);
      if (n === undefined) {
        n = this.lines.length + 1;
        this.lines.push(sourceLine(n, c));
        this.keys.set(key, n);
      }
      return n;
    });
  }

  /** A Sources line; `fresh` holds the citations of numbers peeked but not yet taken. */
  line(n: number, fresh?: Map<number, Citation>): string {
    const citation = fresh?.get(n);
    return citation ? sourceLine(n, citation) : (this.lines[n - 1] ?? '');
  }
}

/**
 * The footnote numbers the comparison's pages give its citations (they hold across pages), for a chart of its
 * figures; a citation no page uses gets the next free number.
 */
export function pageNumbering(comparison: Comparison, title: string): (citation: Citation) => number {
  const numbers = new Numbers();
  comparePages(comparison, title, numbers);
  return (citation) => numbers.of(citation) ?? numbers.take([citation])[0]!;
}

/** Cuts a long text into pieces at sentence or item boundaries (at a space if it must). */
export function pieces(text: string, max = pieceLength): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const at = Math.max(window.lastIndexOf('. '), window.lastIndexOf(' · '), window.lastIndexOf('; '));
    const cut = at > max / 3 ? at + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).replace(/^\s*·?\s*/, '');
  }
  if (rest.trim() !== '') out.push(rest.trim());
  return out;
}

/** A row label is a few words; one that is not is cut rather than push its point past a field. */
const labelLength = 100;

/** A point's lines: a list's lead-in runs into its items ("Key Problems: Data Throughput: … · Schema Evolution: …"). */
function pointEntries(section: 'de' | 'mle' | 'both', point: ComparisonPoint): Entry[] {
  const name = pointLabel(point);
  const label = name ? `**${clip(name, labelLength)}:** ` : '';
  return pieces(oneLine(point.text), pieceLength - label.length).map((piece, i) => ({
    section,
    citations: [point.citation],
    line: ([n]) => (section === 'both' ? `${i === 0 ? label : ''}"${piece}" [${n}]` : `${i === 0 ? `• ${label}` : '  '}${piece} [${n}]`),
  }));
}

function entries(comparison: Comparison): Record<Section, Entry[]> {
  return {
    differ: comparison.disagreements.map((d) => ({
      section: 'differ' as const,
      citations: d.figures.map((f) => f.citation),
      line: (refs: number[]) =>
        clip(`${d.topic}: ${d.figures.map((f, i) => `${clip(f.value, 120)} [${refs[i]}]`).join(' vs ')}`, pieceLength),
    })),
    de: comparison.dataEngineer.flatMap((p) => pointEntries('de', p)),
    mle: comparison.mlEngineer.flatMap((p) => pointEntries('mle', p)),
    both: comparison.both.flatMap((p) => pointEntries('both', p)),
  };
}

const fieldNames: Record<Section, string> = {
  de: discordText.roles.de,
  mle: discordText.roles.mle,
  both: discordText.roles.both,
  differ: discordText.sourcesDiffer,
};

/** The Sources list as fields of at most 1,024 characters each, in footnote order. */
function sourceFieldsOf(notes: number[], lineOf: (n: number) => string): APIEmbedField[] {
  return sourceFields([...notes].sort((a, b) => a - b).map(lineOf));
}

/** A page's embed: the two roles side by side, then what both share, where sources differ, and Sources. */
export function pageEmbed(title: string, page: ComparePage, first: boolean): APIEmbed {
  const fields: APIEmbedField[] = [];
  for (const side of ['de', 'mle'] as const) {
    const value = page.lines[side].join('\n');
    // The first page always shows both roles, even when the sources say nothing on one of them.
    if (value !== '' || first) fields.push({ name: fieldNames[side], value: value || discordText.nothingSpecific, inline: true });
  }
  for (const section of ['both', 'differ'] as const) {
    if (page.lines[section].length > 0) fields.push({ name: fieldNames[section], value: page.lines[section].join('\n') });
  }
  return { title, fields: [...fields, ...page.sources] };
}

/**
 * Lays the comparison out page by page: on each, the two roles a point at a time each (a field of 1,024
 * characters a side), then where the sources differ, then what both share, as long as the page stays within
 * one message's limits. What does not fit goes on the next page, in the same order.
 */
export function comparePages(comparison: Comparison, title: string, numbers = new Numbers()): ComparePage[] {
  const queues = entries(comparison);
  const pages: ComparePage[] = [];
  const left = () => queues.differ.length + queues.de.length + queues.mle.length + queues.both.length;
  while (left() > 0) {
    const page: ComparePage = { lines: { de: [], mle: [], both: [], differ: [] }, notes: [], sources: [] };
    const first = pages.length === 0;
    const tryAdd = (entry: Entry, force: boolean): boolean => {
      const { refs, fresh } = numbers.peek(entry.citations);
      const line = entry.line(refs);
      const value = [...page.lines[entry.section], line].join('\n');
      const notes = [...new Set([...page.notes, ...refs])];
      const lines = { ...page.lines, [entry.section]: [...page.lines[entry.section], line] };
      const sources = sourceFieldsOf(notes, (n) => numbers.line(n, fresh));
      const size = embedLength(pageEmbed(title, { lines, notes, sources }, first)) + pageMarkReserve;
      if (!force && (value.length > limits.fieldValue || size > limits.embedsTotal || sources.length + 5 > limits.embedFields))
        return false;
      numbers.take(entry.citations);
      page.lines[entry.section].push(line);
      page.notes = notes;
      page.sources = sourceFieldsOf(notes, (n) => numbers.line(n));
      return true;
    };
    const fill = (sections: Section[]) => {
      let progress = true;
      while (progress) {
        progress = false;
        for (const section of sections) {
          const next = queues[section][0];
          if (next && tryAdd(next, false)) {
            queues[section].shift();
            progress = true;
          }
        }
      }
    };
    fill(['de', 'mle']);
    fill(['differ']);
    fill(['both']);
    // Every page moves on, even if its first line alone is as big as a page may be (it was cut to fit).
    if (page.notes.length === 0) {
      const section = (['differ', 'de', 'mle', 'both'] as const).find((s) => queues[s].length > 0)!;
      tryAdd(queues[section].shift()!, true);
    }
    pages.push(page);
  }
  if (pages.length === 0) pages.push({ lines: { de: [], mle: [], both: [], differ: [] }, notes: [], sources: [] });
  return pages;
}
