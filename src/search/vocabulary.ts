/** The search vocabulary (roles, synonyms, stop words, chat language), kept as data in knowledge/vocabulary.json. */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonData } from '../knowledge/jsonData.js';

const phrases = z.array(z.string().trim().min(1)).min(1);

export const vocabularySchema = z.object({
  $comment: z.string().optional(),
  roles: z.strictObject({ de: phrases, mle: phrases }),
  jobTitleNouns: z.array(z.string().trim().min(1)),
  synonyms: z.array(
    z.strictObject({
      term: z.string().regex(/^[a-z0-9]+$/, 'a synonym group term is one lowercase word'),
      phrases,
      queryOnly: z.array(z.string().trim().min(1)).optional(),
      qualifier: z.boolean().optional(),
      /** A setting a passage may be scoped to (FAANG, Nigeria): a passage headed by it answers only questions in it. */
      setting: z.boolean().optional(),
      /** How a message names the group's topic ("pay" for salary, comp, earn…). */
      label: z.string().trim().min(1).optional(),
    }),
  ),
  stopWords: z.array(z.string().trim().min(1)),
  categories: z.array(z.strictObject({ term: z.string().regex(/^[a-z0-9]+$/, 'a category term is one lowercase word'), members: phrases })),
  chat: z.strictObject({
    abbreviations: z.record(z.string().trim().min(1), z.string().trim().min(1)),
    fillers: z.array(z.string().trim().min(1)),
    /** Chat words typed after a question that add nothing to it ("… for mle tbh", "… de or mle ngl"): read without them. */
    closers: z.array(z.string().trim().min(1)),
    premiseWords: z.array(z.string().trim().min(1)),
    employers: z.array(z.string().trim().min(1)),
    careerVerbs: z.array(z.string().trim().min(1)),
    genericNouns: z.array(z.string().trim().min(1)),
    salientNouns: z.array(z.string().trim().min(1)),
  }),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
export type Role = keyof Vocabulary['roles'];

/** Reads and validates knowledge/vocabulary.json; errors name the file and the field. */
export function loadVocabulary(knowledgeDir: string): Vocabulary {
  return readJsonData(join(knowledgeDir, 'vocabulary.json'), vocabularySchema);
}

/** The tools the vocabulary's `tool` category lists ("spark", "kafka", "pytorch"), lowercase as written there. */
export function toolNames(vocabulary: Vocabulary): Set<string> {
  return new Set(vocabulary.categories.filter((c) => c.term === 'tool').flatMap((c) => c.members));
}
