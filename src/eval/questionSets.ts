/**
 * The evaluation sets (eval/sets.json: each set's file, style and how it has been used), and timed loads of the
 * knowledge base, shared by eval and bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { KnowledgeBase } from '../search/knowledgeBase.js';

export const setsFile = 'eval/sets.json';

/**
 * One evaluation set. `use`: `tuned` (looked at question by question while changing the engine), `aggregate`
 * (only its overall figures were looked at) or `sealed` (never opened: the honest estimate).
 */
export const evalSetSchema = z.strictObject({
  file: z.string().min(1),
  kind: z.enum(['questions', 'followups']),
  style: z.string().min(1),
  use: z.enum(['tuned', 'aggregate', 'sealed']),
  origin: z.string().min(1),
});
export type EvalSet = z.infer<typeof evalSetSchema>;

const manifestSchema = z.object({ $comment: z.string().optional(), sets: z.array(evalSetSchema) });

/**
 * Every set of eval/sets.json, split into the ones whose file is here and the ones whose file is not: the shared
 * development sets (../shared/eval/) live outside the repository, so a copy of it elsewhere has only the sets
 * under eval/. `root` is the project folder the paths are relative to (tests point it at a copy); the sets'
 * `file` stays as listed.
 */
export function readEvalSets(file = setsFile, root = '.'): { present: EvalSet[]; absent: EvalSet[] } {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(join(root, file), 'utf8')));
  if (!parsed.success) throw new Error(`eval: ${file}: ${z.prettifyError(parsed.error)}`);
  const sets = parsed.data.sets;
  const here = (s: EvalSet) => existsSync(join(root, s.file));
  return { present: sets.filter(here), absent: sets.filter((s) => !here(s)) };
}

/**
 * One line saying which listed sets are not here and that the run goes on with the others, or undefined when
 * all are here. Names files only, never a question. `what` names the sets counted ("question sets").
 */
export function absentSetsNote(present: EvalSet[], absent: EvalSet[], what = 'sets'): string | undefined {
  if (absent.length === 0) return undefined;
  const are = absent.length === 1 ? 'is' : 'are';
  return `${absent.length} of the ${present.length + absent.length} ${what} of ${setsFile} ${are} not here, skipped: ${absent.map((s) => s.file).join(', ')}; going on with the other ${present.length}`;
}

/** Loads the knowledge base `times` times; returns the last one and each load's milliseconds. */
export function timedLoads(knowledgeDir: string, times: number): { kb: KnowledgeBase; millis: number[] } {
  const millis: number[] = [];
  let kb: KnowledgeBase | undefined;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    kb = KnowledgeBase.load(knowledgeDir);
    millis.push(performance.now() - start);
  }
  return { kb: kb!, millis };
}
