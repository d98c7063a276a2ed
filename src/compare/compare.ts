/**
 * /compare: the Data Engineer side and the ML Engineer side of one aspect, searched and filled
 * separately so one role never crowds out the other.
 */
import { citationOf, keySentence, scoreUnits } from '../answer/answer.js';
import { quotableUnits, splitSentences } from '../answer/sentences.js';
import type { KnowledgeBase, SearchHit } from '../search/engine.js';
import type { Concept } from '../search/ranking.js';
import { rolesIn, rowColumns } from '../search/sides.js';
import type { Aspect } from './aspects.js';
import { directionOf, findFigure, levelOf } from './figures.js';
import type { Comparison, ComparisonPoint, Disagreement } from './types.js';

export const pointsPerSide = 4;
export const sharedPoints = 2;
const minRelativeScore = 0.12;

export function compareRoles(kb: KnowledgeBase, aspect: Aspect): Comparison {
  const terms = kb.analyze(aspect.query);
  const concepts = kb.concepts(terms);
  const hits = kb.search(aspect.query, { terms, limit: 80 }).hits;
  const top = hits[0]?.score ?? 0;
  // A passage must speak of the aspect itself, not only sit under a heading that does
  // (every answer in "Data Engineer Interview Prep FAQ" is not about interviews).
  const speaksOf = (hit: SearchHit) => {
    const own = new Set(kb.analyzer.analyzeDocument(`${hit.passage.sectionPath.at(-1) ?? ''}\n${hit.passage.text}`));
    return concepts.some((c) => c.alternatives.some((a) => own.has(a)));
  };
  const relevant = hits.filter((h) => h.coverage > 0 && h.score >= top * minRelativeScore && speaksOf(h));

  const de: ComparisonPoint[] = [];
  const mle: ComparisonPoint[] = [];
  const both: ComparisonPoint[] = [];
  const figureSources: { side: 'de' | 'mle' | 'both'; hit: SearchHit; text: string; label?: string }[] = [];

  for (const hit of relevant) {
    const { passage } = hit;
    const citation = citationOf(passage);
    const base = { passageId: passage.id, citation, score: Math.round(hit.score * 1000) / 1000 };
    if (passage.kind === 'row' && passage.cells && passage.header) {
      const columns = rowColumns(kb.analyzer, passage.header);
      const label = passage.cells[0];
      if (columns.de !== undefined && columns.mle !== undefined) {
        const deText = passage.cells[columns.de] ?? '';
        const mleText = passage.cells[columns.mle] ?? '';
        de.push({ ...base, ...(label ? { label } : {}), text: deText });
        mle.push({ ...base, ...(label ? { label } : {}), text: mleText });
        figureSources.push({ side: 'de', hit, text: deText, ...(label ? { label } : {}) }, { side: 'mle', hit, text: mleText, ...(label ? { label } : {}) });
        continue;
      }
    }
    if (passage.kind === 'paragraph' && hit.side !== 'de' && hit.side !== 'mle' && !directionOf(passage.text)) {
      // "Data engineer interviews include … ML engineer interviews include …": one paragraph, two sides.
      const split = sentencesBySide(kb, passage.text, concepts);
      if (split.de.length > 0 && split.mle.length > 0) {
        de.push({ ...base, text: split.de.join(' ') });
        mle.push({ ...base, text: split.mle.join(' ') });
        for (const unit of split.de) figureSources.push({ side: 'de', hit, text: unit });
        for (const unit of split.mle) figureSources.push({ side: 'mle', hit, text: unit });
        continue;
      }
    }
    const text = pointText(kb, hit, concepts);
    const side = pointSide(kb, hit, text);
    (side === 'de' ? de : side === 'mle' ? mle : both).push({ ...base, text });
    for (const unit of quotableUnits(passage)) figureSources.push({ side, hit, text: unit });
  }

  const shown = { de: de.slice(0, pointsPerSide), mle: mle.slice(0, pointsPerSide), both: both.slice(0, sharedPoints) };
  const shownIds = new Set([...shown.de, ...shown.mle, ...shown.both].map((p) => p.passageId));
  return {
    aspect: { id: aspect.id, label: aspect.label },
    dataEngineer: shown.de,
    mlEngineer: shown.mle,
    both: shown.both,
    disagreements: findDisagreements(figureSources.filter((f) => shownIds.has(f.hit.passage.id))),
  };
}

/** The best unit of the passage, with the other units that match about as well (a salary list's levels). */
function pointText(kb: KnowledgeBase, hit: SearchHit, concepts: Concept[]): string {
  if (hit.passage.kind === 'paragraph') {
    const units = quotableUnits(hit.passage);
    const key = keySentence(kb, hit, concepts);
    const chosen = [key];
    // "Plan for 6-9 months of study." means little without the sentence that says which move it is about,
    // and a sentence about pay means little without the figure the passage gives.
    const first = units[0];
    if (first && first !== key && directionOf(first) && !directionOf(key)) chosen.unshift(first);
    const withFigure = units.find((u) => findFigure(u));
    if (withFigure && !chosen.some((u) => findFigure(u))) chosen.push(withFigure);
    return units.filter((u) => chosen.includes(u)).join(' ');
  }
  if (hit.passage.kind !== 'list') return keySentence(kb, hit, concepts);
  const units = quotableUnits(hit.passage).filter((u) => !u.endsWith(':'));
  const scored = scoreUnits(kb, units, concepts);
  const best = Math.max(0, ...scored.map((s) => s.score));
  const chosen = best > 0 ? scored.filter((s) => s.score >= best * 0.8).slice(0, 4) : scored.slice(0, 3);
  return chosen.map((s) => s.unit).join('\n');
}

/**
 * A passage about one role stays on its side unless the quoted words name the other role too; a passage
 * about both that describes a move ("DE to MLE pivot") belongs to the role being moved into.
 */
function pointSide(kb: KnowledgeBase, hit: SearchHit, text: string): 'de' | 'mle' | 'both' {
  const named = rolesIn(kb.analyzer, text);
  if (hit.side === 'de' || hit.side === 'mle') {
    const other = hit.side === 'de' ? 'mle' : 'de';
    // "Both paths offer significant career growth…" speaks of both, whatever section it sits in.
    return named.has(other) || /^(both|each)\b/i.test(text) ? 'both' : hit.side;
  }
  const direction = directionOf(hit.passage.text);
  if (direction) return direction === 'de-to-mle' ? 'mle' : 'de';
  return 'both';
}

/** The sentences of a paragraph that name exactly one role and speak of the aspect, by role. */
function sentencesBySide(kb: KnowledgeBase, text: string, concepts: Concept[]) {
  const out = { de: [] as string[], mle: [] as string[] };
  for (const sentence of splitSentences(text)) {
    const terms = new Set(kb.analyzer.analyzeDocument(sentence));
    const roles = rolesIn(kb.analyzer, sentence);
    const relevant = concepts.some((c) => c.alternatives.some((a) => terms.has(a)));
    if (roles.size === 1 && relevant) out[[...roles][0]!].push(sentence);
  }
  return out;
}

const roleName = { de: 'Data Engineer', mle: 'ML Engineer' } as const;

function findDisagreements(sources: { side: 'de' | 'mle' | 'both'; hit: SearchHit; text: string; label?: string }[]): Disagreement[] {
  const groups = new Map<string, Disagreement['figures']>();
  for (const source of sources) {
    const value = findFigure(source.text);
    if (!value) continue;
    const context = `${source.label ?? ''} ${source.text}`;
    let topic: string | undefined;
    const direction = directionOf(context) ?? directionOf(source.hit.passage.text);
    if (/months/.test(value)) {
      if (direction) topic = direction === 'de-to-mle' ? 'Switching Data Engineer → ML Engineer' : 'Switching ML Engineer → Data Engineer';
    } else if (source.side !== 'both' && /[$₦]/.test(value)) {
      const level = levelOf(context);
      if (level) topic = `${roleName[source.side]} pay, ${level}`;
    }
    if (!topic) continue;
    const figures = groups.get(topic) ?? [];
    if (!figures.some((f) => f.citation.source === source.hit.passage.source && f.value === value)) {
      figures.push({ value, passageId: source.hit.passage.id, citation: citationOf(source.hit.passage) });
    }
    groups.set(topic, figures);
  }
  return [...groups.entries()]
    .filter(([, figures]) => new Set(figures.map((f) => f.citation.source)).size > 1)
    .map(([topic, figures]) => ({ topic, figures }));
}
