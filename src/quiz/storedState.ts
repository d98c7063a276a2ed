/**
 * A quiz's state as a storage backend reads it back from its rows: checked, so a hand-edited or damaged row is
 * reported (a StorageError naming the quiz), not trusted. Every SQL backend builds the state with this.
 */
import { z } from 'zod';
import { StorageError } from '../ports/storage.js';
import type { StoredQuiz } from './repository.js';

const storedState = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('active'), step: z.number().int().min(0), answers: z.array(z.string()) }),
    z.object({ status: z.literal('completed'), answers: z.array(z.string()).min(1) }),
    z.object({ status: z.literal('abandoned'), step: z.number().int().min(0), answers: z.array(z.string()) }),
    z.object({ status: z.literal('expired'), step: z.number().int().min(0), answers: z.array(z.string()) }),
  ])
  .refine(
    (s) => s.status === 'completed' || s.answers.length === s.step,
    'a quiz must have one answer per question before its current one',
  );

/** Quiz `id`'s state from its status, step and answers in step order; throws StorageError when they disagree. */
export function quizStateFromRows(id: number, status: string, step: number, answers: string[]): StoredQuiz['state'] {
  const parsed = storedState.safeParse(status === 'completed' ? { status, answers } : { status, step, answers });
  if (!parsed.success) throw new StorageError(`quiz ${id} is inconsistent: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
