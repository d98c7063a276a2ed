/**
 * Where two articles give different figures for the same thing (entry pay, months to switch), each figure is
 * shown with its own source instead of one being picked.
 */
import { citationOf } from '../answer/answer.js';
import type { Passage } from '../knowledge/passages.js';
import { directionOf, findFigure, levelOf } from './figures.js';
import type { Disagreement } from './types.js';

/** A unit shown in a comparison that may state a figure. */
export interface FigureSource {
  side: 'de' | 'mle' | 'both';
  passage: Passage;
  text: string;
  /** A table row's label ("Entry Salary"), which says what the figure is about. */
  label?: string;
}

const roleName = { de: 'Data Engineer', mle: 'ML Engineer' } as const;

/** What a figure is about, in words shared by every article; undefined when it cannot be told. */
function topicOf(source: FigureSource, value: string): string | undefined {
  const context = `${source.label ?? ''} ${source.text}`;
  if (/months/.test(value)) {
    const direction = directionOf(context) ?? directionOf(source.passage.text);
    if (direction) return direction === 'de-to-mle' ? 'Switching Data Engineer → ML Engineer' : 'Switching ML Engineer → Data Engineer';
    return undefined;
  }
  if (source.side === 'both' || !/[$₦]/.test(value)) return undefined;
  const level = levelOf(context);
  return level ? `${roleName[source.side]} pay, ${level}` : undefined;
}

export function findDisagreements(sources: FigureSource[]): Disagreement[] {
  const groups = new Map<string, Disagreement['figures']>();
  for (const source of sources) {
    const value = findFigure(source.text);
    if (!value) continue;
    const topic = topicOf(source, value);
    if (!topic) continue;
    const figures = groups.get(topic) ?? [];
    if (!figures.some((f) => f.citation.source === source.passage.source && f.value === value)) {
      figures.push({ value, passageId: source.passage.id, citation: citationOf(source.passage) });
    }
    groups.set(topic, figures);
  }
  return [...groups.entries()]
    .filter(([, figures]) => new Set(figures.map((f) => f.citation.source)).size > 1)
    .map(([topic, figures]) => ({ topic, figures }));
}
