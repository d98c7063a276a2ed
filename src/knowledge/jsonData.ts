/** Reads a JSON data file of knowledge/ and validates it; errors name the file, the line and each bad field. */
import { readFileSync } from 'node:fs';
import { type ParseError, parse } from 'jsonc-parser';
import { isNode, parseDocument } from 'yaml';
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
    throw new KnowledgeError([{ file, line: lineOfSyntaxError(text), message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeError(
      parsed.error.issues.map((i) => {
        // An unknown key is pointed at where it is written, not at the object holding it.
        const at = i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? [...i.path, i.keys[0]] : i.path;
        return { file, line: lineOfPath(text, at), message: `${i.path.join('.') || '(top level)'}: ${i.message}` };
      }),
    );
  }
  return parsed.data;
}

/**
 * The line of the first JSON syntax error. Node's own message gives no position for some errors (a trailing
 * comma, say), so jsonc-parser, held to strict JSON, finds it.
 */
function lineOfSyntaxError(text: string): number {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  return errors[0] ? text.slice(0, errors[0].offset).split('\n').length : 1;
}

/**
 * The line where the value at `path` starts, or its nearest existing parent (a missing field is reported
 * at the object that lacks it). JSON is YAML, so the yaml parser, already used for front matter, gives
 * source positions.
 */
function lineOfPath(text: string, path: PropertyKey[]): number {
  const document = parseDocument(text);
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(
      path.slice(0, depth).map((key) => (typeof key === 'symbol' ? String(key) : key)),
      true,
    );
    if (isNode(node) && node.range) return text.slice(0, node.range[0]).split('\n').length;
  }
  return 1;
}
