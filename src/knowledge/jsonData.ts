/** Reads a JSON data file of knowledge/ and validates it; errors name the file and each bad field. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

export function readJsonData<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`knowledge: ${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`knowledge: ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
