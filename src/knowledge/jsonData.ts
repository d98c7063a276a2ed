/** Reads a JSON data file of knowledge/ and validates it; errors name the file, the line and each bad field. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { KnowledgeError } from './types.js';

export function readJsonData<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let text: string;
  let raw: unknown;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeError([{ file, line: 0, message: `cannot read the file (${(error as Error).message})` }]);
  }
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1;
    throw new KnowledgeError([{ file, line, message: `not valid JSON: ${message}` }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeError(parsed.error.issues.map((i) => ({ file, line: 1, message: `${i.path.join('.') || '(top level)'}: ${i.message}` })));
  }
  return parsed.data;
}
