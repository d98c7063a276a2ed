/** The aspects /compare offers, kept as data in knowledge/aspects.json and validated at load. */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonData } from '../knowledge/jsonData.js';
import { normalizeText } from '../search/analyzer.js';
import { editDistance } from '../search/typos.js';

export const maxAspects = 25;

export const aspectsSchema = z.object({
  $comment: z.string().optional(),
  aspects: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        label: z.string().min(1).max(100),
        aliases: z.array(z.string().min(1)),
        query: z.string().min(1),
        /** Words that mark a sentence as being on the aspect wherever they stand, beyond the query's own. */
        cues: z.array(z.string().regex(/\w/, 'a cue needs a letter or digit')).optional(),
      }),
    )
    .min(1)
    .max(maxAspects, `at most ${maxAspects} aspects (autocomplete offers at most 25 choices)`)
    .refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'aspect ids must be unique'),
});

export type Aspect = z.infer<typeof aspectsSchema>['aspects'][number];

export function loadAspects(knowledgeDir: string): Aspect[] {
  return readJsonData(join(knowledgeDir, 'aspects.json'), aspectsSchema).aspects;
}

const key = (text: string) =>
  normalizeText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Finds an aspect by id, label or alias, forgiving case, punctuation and one typo; unless `whole`, also one named among
 * other words ("senior salary").
 */
export function findAspect(aspects: readonly Aspect[], input: string, { whole = false }: { whole?: boolean } = {}): Aspect | undefined {
  const wanted = key(input);
  if (wanted === '') return undefined;
  const names = (a: Aspect) => [a.id, a.label, ...a.aliases].map(key);
  const exact = aspects.find((a) => names(a).includes(wanted));
  if (exact) return exact;
  if (wanted.length < 4) return undefined;
  const near = aspects.find((a) => names(a).some((name) => name.length >= 4 && editDistance(name, wanted, 1) <= 1));
  if (near || whole) return near;
  // ("senior salary", "pay in nigeria": one aspect named among other words, as a whole word or phrase; two named, or
  // none, is no aspect.)
  const within = aspects.filter((a) => names(a).some((name) => name.length >= 2 && ` ${wanted} `.includes(` ${name} `)));
  return within.length === 1 ? within[0] : undefined;
}

/** Aspects whose names start with what has been typed so far, for autocomplete and "did you mean". */
export function matchAspects(aspects: readonly Aspect[], partial: string): readonly Aspect[] {
  const wanted = key(partial);
  if (wanted === '') return aspects;
  return aspects.filter((a) => [a.id, a.label, ...a.aliases].map(key).some((name) => name.includes(wanted)));
}

/** An aspect for what was typed, or the aspects to offer instead (those sharing its first letters first). */
export function resolveAspect(
  aspects: readonly Aspect[],
  input: string,
): { aspect: Aspect } | { aspect: undefined; close: readonly Aspect[] } {
  const aspect = findAspect(aspects, input);
  if (aspect) return { aspect };
  const close = matchAspects(aspects, input.trim().slice(0, 3));
  return { aspect: undefined, close: close.length < aspects.length ? close : [] };
}
