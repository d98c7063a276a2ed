/**
 * When the sources date what they say: for "when is that from?", "thats from 2023?" after an answer. Each source of
 * the passages given, with the date it puts on them, in the order first cited.
 */
import type { Passage } from './passages.js';
import type { KnowledgeDocument } from './types.js';

/** A source and the date it gives what it says: "2026" or "updated April 2026"; undefined when it gives none. */
export interface SourceDate {
  /** The source as people name it: its publisher, or its title when it names none. */
  source: string;
  date?: string;
}

/** A year as the articles write one ("(2026)", "2026 Salary Benchmarks", "In 2026,"). */
const year = /\b(?:19|20)\d\d\b/;

/**
 * The date each source puts on `passages`: a year in the passage's headings (its figures' own year), else a year the
 * passage itself opens or closes a sentence with ("In 2026, …"), else when the article says it was updated, else a
 * year in its title; none when it says nothing of when. One entry per source, in the order of `passages`.
 */
export function sourceDates(passages: readonly Passage[], documents: readonly KnowledgeDocument[]): SourceDate[] {
  const dates: SourceDate[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    if (seen.has(passage.source)) continue;
    seen.add(passage.source);
    const document = documents.find((d) => d.id === passage.source);
    const headed = passage.sectionPath.map((h) => year.exec(h)?.[0]).findLast((y) => y !== undefined);
    const inText = /\b[Ii]n ((?:19|20)\d\d)\b/.exec(passage.text)?.[1];
    const titled = year.exec(document?.title ?? passage.title)?.[0];
    const date = headed ?? inText ?? (document?.updated ? `updated ${document.updated}` : titled);
    dates.push({ source: passage.publisher ?? passage.title, ...(date ? { date } : {}) });
  }
  return dates;
}

/** "AI Pulse: 2026; DataDriven: updated April 2026; …: no date given". */
export function sourceDatesText(dates: readonly SourceDate[]): string {
  return dates.map((d) => `${d.source}: ${d.date ?? 'no date given'}`).join('; ');
}
