/**
 * The layout rule: nothing under scripts/ or src/ imports test/ (the tests may import from either), so the
 * bench, eval and the build run from a copy whatever test/ holds. What the bench and the tests share lives in
 * scripts/support/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers of static and dynamic imports and of `new URL(…, import.meta.url)`. */
function specifiers(text: string): string[] {
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!)).filter((s) => s.startsWith('.'));
}

describe('imports', () => {
  it('nothing under scripts/ or src/ imports test/', () => {
    const offenders: string[] = [];
    for (const file of [...sources('scripts'), ...sources('src')]) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const target = relative(root, resolve(dirname(file), specifier));
        if (target === 'test' || target.startsWith(`test/`)) offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
