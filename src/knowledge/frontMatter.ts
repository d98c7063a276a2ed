/** The YAML front matter every article starts with, validated with zod. */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { KnowledgeProblem } from './types.js';

export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens, e.g. "ai-pulse-2026"'),
  title: z.string().trim().min(1, 'title must not be empty'),
  publisher: z.string().trim().min(1, 'publisher must not be empty (leave the key out when the article names none)').optional(),
  summary: z
    .string()
    .trim()
    .min(1, 'summary must not be empty')
    .max(200, 'summary must be one line of at most 200 characters')
    .refine((s) => !s.includes('\n'), 'summary must be one line'),
  updated: z.string().trim().min(1).optional(),
  seed: z.string().trim().min(1).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitFile {
  frontMatter?: FrontMatter;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  problems: KnowledgeProblem[];
}

/** Splits `---` front matter from the body and validates it. */
export function readFrontMatter(file: string, source: string): SplitFile {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      body: source,
      bodyLine: 1,
      problems: [{ file, line: 1, message: 'file must start with "---" front matter (id, title, summary)' }],
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) {
    return { body: '', bodyLine: lines.length + 1, problems: [{ file, line: 1, message: 'front matter is not closed by a "---" line' }] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const bodyLine = end + 2;
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) {
    return {
      body,
      bodyLine,
      problems: doc.errors.map((e) => ({
        file,
        line: 2 + (e.linePos?.[0]?.line ?? 1) - 1,
        message: `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { frontMatter: parsed.data, body, bodyLine, problems: [] };
  const lineOfKey = (key: unknown) => {
    const index = lines.slice(1, end).findIndex((line) => line.startsWith(`${String(key)}:`));
    return index < 0 ? 1 : index + 2;
  };
  return {
    body,
    bodyLine,
    problems: parsed.error.issues.map((issue) => {
      const key = issue.path[0];
      const message =
        issue.code === 'invalid_type' && issue.input === undefined
          ? `front matter needs "${String(key)}"`
          : issue.code === 'unrecognized_keys'
            ? `front matter has unknown key(s): ${issue.keys.join(', ')}`
            : issue.message.startsWith('Invalid')
              ? `front matter "${String(key)}": ${issue.message}`
              : issue.message;
      return { file, line: issue.code === 'unrecognized_keys' ? lineOfKey(issue.keys[0]) : lineOfKey(key), message };
    }),
  };
}
