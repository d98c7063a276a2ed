/**
 * The evaluation sets (eval/sets.json: each set's file, style and how it has been used), and timed loads of the
 * knowledge base, shared by eval and bench.
 */
import { existsSync, readFileSync } from 'node:fs';
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

/** Every set of eval/sets.json, and the ones whose file is not here (the shared sets outside this workspace). */
export function readEvalSets(file = setsFile): { present: EvalSet[]; absent: EvalSet[] } {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`eval: ${file}: ${z.prettifyError(parsed.error)}`);
  const sets = parsed.data.sets;
  return { present: sets.filter((s) => existsSync(s.file)), absent: sets.filter((s) => !existsSync(s.file)) };
}

/** The question sets (not conversations) of eval/sets.json that are here. */
export function defaultQuestionFiles(): string[] {
  return readEvalSets().present.filter((s) => s.kind === 'questions').map((s) => s.file);
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
