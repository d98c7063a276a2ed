/**
 * The layout rules (docs/architecture.md): nothing under scripts/ or src/ imports test/, so the bench, eval and
 * the build run from a copy whatever test/ holds; the core imports neither discord.js nor better-sqlite3 nor pg; the
 * adapters are siblings that never import each other.
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

/** Every specifier a file imports, package names included. */
function allSpecifiers(text: string): string[] {
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

/** The top folder under src/ a file belongs to ("discord" for src/discord/render/answer.ts). */
const folderOf = (file: string) => relative('src', file).split('/')[0]!;

/**
 * The core's folders; `plaintext` (text rendering shared by the console and the ask CLI), `chartimage` (charts drawn
 * as PNG by vega and resvg, shared by Discord and the ask CLI) and the tooling around the
 * bot (`eval`, `config.ts`, `log.ts`) are no adapters either. Every other folder under src/ is an adapter, so a
 * new folder (a new backend, a new front end) is held to the adapters' rule until it is listed here.
 */
const core = [
  'knowledge',
  'question',
  'search',
  'answer',
  'compare',
  'quiz',
  'activity',
  'settings',
  'posts',
  'commands',
  'bot',
  'ports',
  'conversation',
  'charts',
  'cooldown',
];
const shared = ['plaintext', 'chartimage', 'eval', 'config.ts', 'log.ts'];
const isAdapter = (folder: string) => !core.includes(folder) && !shared.includes(folder);
/** The composition root chooses the storage backend, so it alone may import one. */
const compositionRoot = join('src', 'bot', 'openBot.ts');

/** Relative specifiers of static and dynamic imports and of `new URL(…, import.meta.url)`. */
function specifiers(text: string): string[] {
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
  ];
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

  it('only the Discord adapter imports discord.js, only the SQLite adapter better-sqlite3, only the PostgreSQL adapter pg', () => {
    const offenders: string[] = [];
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      for (const specifier of allSpecifiers(text)) {
        if ((specifier === 'discord.js' || specifier.startsWith('@discordjs/')) && folderOf(file) !== 'discord')
          offenders.push(`${file}: ${specifier}`);
        if (specifier === 'better-sqlite3' && folderOf(file) !== 'storage') offenders.push(`${file}: ${specifier}`);
        if ((specifier === 'pg' || specifier.startsWith('pg-')) && folderOf(file) !== 'postgres') offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no adapter imports another, and the core imports no adapter (the composition root excepted)', () => {
    const offenders: string[] = [];
    for (const file of sources('src')) {
      const from = folderOf(file);
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const to = folderOf(relative(root, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts'));
        if (to === from || !isAdapter(to) || file === compositionRoot) continue;
        offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
