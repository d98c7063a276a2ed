/**
 * Document expansion: for each passage, questions people would type that it answers, in their own words
 * ("is de stressful?" for the on-call passage), kept as data in knowledge/passage-questions.json. Written by
 * sessions that saw only the articles, never an evaluation set. They are indexed as a field of the passage, so a
 * question worded the way people talk finds the passage whose own words differ; they are never quoted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonData } from '../knowledge/jsonData.js';
import { KnowledgeError } from '../knowledge/types.js';

export const passageQuestionsFile = 'passage-questions.json';

export const passageQuestionsSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Passage id → the questions it answers (none for a passage that answers nothing a person would ask). */
  passages: z.record(
    z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a key is a passage id ("article#section-n")'),
    z.array(z.string().trim().min(1).max(200)),
  ),
});

/** Passage id → its questions. */
export type PassageQuestions = ReadonlyMap<string, readonly string[]>;

/** Reads and validates knowledge/passage-questions.json; an absent file means no expansion. Throws KnowledgeError naming the file, the line and each problem. */
export function loadPassageQuestions(knowledgeDir: string): PassageQuestions {
  const file = join(knowledgeDir, passageQuestionsFile);
  if (!existsSync(file)) return new Map();
  return new Map(Object.entries(readJsonData(file, passageQuestionsSchema).passages));
}

/**
 * Throws KnowledgeError for every key of the questions that is none of `passageIds`, the passages the articles
 * make (the articles were re-cut since the questions were written).
 */
export function checkPassageIds(knowledgeDir: string, questions: PassageQuestions, passageIds: ReadonlySet<string>): void {
  const file = join(knowledgeDir, passageQuestionsFile);
  const unknown = [...questions.keys()].filter((id) => !passageIds.has(id));
  if (unknown.length > 0)
    throw new KnowledgeError(
      unknown.map((id) => ({ file, line: 0, message: `"${id}" is not a passage of the articles (were they re-cut?)` })),
    );
}
