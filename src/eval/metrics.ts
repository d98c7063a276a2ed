/** Retrieval figures over a question set, with the exact matching rule of shared/eval/README.md. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const evalQuestionSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    kind: z.literal('in'),
    q: z.string(),
    // A phrase that normalises to nothing would match every passage.
    gold: z.array(z.string().refine((g) => normalizeForMatch(g) !== '', 'a gold phrase needs letters or digits')).min(1),
  }),
  z.object({ id: z.string(), kind: z.literal('out'), q: z.string() }),
]);
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** A JSON-lines file, each non-empty line checked against `schema`; errors name the file and the line. */
export function readJsonLines<T extends z.ZodType>(file: string, schema: T): z.output<T>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`eval: ${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export function readQuestions(file: string): EvalQuestion[] {
  return readJsonLines(file, evalQuestionSchema);
}

/** Lowercase; curly apostrophes to '; every run of other than letters, digits and $ % . , : ' ₦ to one space. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}$%.,:'₦]+/gu, ' ')
    .trim();
}

export interface RankedPassage {
  section: string;
  text: string;
}

export function isHit(passage: RankedPassage, gold: string[]): boolean {
  const section = normalizeForMatch(passage.section);
  const text = normalizeForMatch(passage.text);
  return gold.some((g) => {
    const phrase = normalizeForMatch(g);
    return section.includes(phrase) || text.includes(phrase);
  });
}

/** One system's output for one question: its top passages (best first), whether it declined, and the passage it opens with. */
export interface Run {
  question: EvalQuestion;
  passages: RankedPassage[];
  declined: boolean;
  /** The passage the answer's opening sentence comes from (engines that pick none leave it out). */
  lead?: RankedPassage;
}

export interface Figures {
  inScope: number;
  outOfScope: number;
  mrr5: number;
  recall1: number;
  recall3: number;
  outDeclined: number;
  inWronglyDeclined: number;
  /** In-scope questions answered with an opening sentence, and how many of those sentences come from a hit. */
  leads: number;
  leadHits: number;
  misses: { id: string; q: string; rank: number }[];
  wrongDeclines: string[];
  missedDeclines: string[];
}

export function score(runs: Run[]): Figures {
  const inRuns = runs.filter((r) => r.question.kind === 'in');
  const outRuns = runs.filter((r) => r.question.kind === 'out');
  let reciprocal = 0;
  let at1 = 0;
  let at3 = 0;
  const misses: Figures['misses'] = [];
  for (const run of inRuns) {
    if (run.question.kind !== 'in') continue;
    const gold = run.question.gold;
    const rank = run.passages.slice(0, 5).findIndex((p) => isHit(p, gold)) + 1;
    if (rank > 0) reciprocal += 1 / rank;
    if (rank === 1) at1 += 1;
    if (rank > 0 && rank <= 3) at3 += 1;
    if (rank !== 1) misses.push({ id: run.question.id, q: run.question.q, rank });
  }
  const n = Math.max(inRuns.length, 1);
  return {
    inScope: inRuns.length,
    outOfScope: outRuns.length,
    mrr5: reciprocal / n,
    recall1: at1 / n,
    recall3: at3 / n,
    outDeclined: outRuns.filter((r) => r.declined).length,
    inWronglyDeclined: inRuns.filter((r) => r.declined).length,
    leads: inRuns.filter((r) => !r.declined && r.lead).length,
    leadHits: inRuns.filter((r) => !r.declined && r.lead && r.question.kind === 'in' && isHit(r.lead, r.question.gold)).length,
    misses,
    wrongDeclines: inRuns.filter((r) => r.declined).map((r) => `${r.question.id} ${r.question.q}`),
    missedDeclines: outRuns.filter((r) => !r.declined).map((r) => `${r.question.id} ${r.question.q}`),
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
