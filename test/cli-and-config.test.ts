import { type Knowledge, loadKnowledge } from '../src/bot/openBot.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAskCli } from '../src/cli/askCli.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { checkCorpus } from '../src/knowledge/corpus.js';
import type { KnowledgeBase } from '../src/search/knowledgeBase.js';

let knowledge: Knowledge;
let kb: KnowledgeBase;
beforeAll(() => {
  knowledge = loadKnowledge('knowledge');
  kb = knowledge.kb;
});

function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = <number>runAskCli(argv, () => knowledge, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (f) => {
      if (!(f in files)) throw new Error('no such file');
      return files[f]!;
    },
  });
  return { code, out, err };
}

describe('npm run ask', () => {
  it('prints one JSON object with exactly the documented keys, five candidates even when declining', () => {
    const { code, out } = run(['--json', 'how do I bake sourdough?']);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0]!);
    expect(Object.keys(json)).toEqual(['question', 'answered', 'declineReason', 'lead', 'uncovered', 'passages']);
    expect(json.answered).toBe(false);
    expect(json.declineReason).toBe('off-topic');
    expect(json.lead).toBeNull();
    for (const p of json.passages) expect(Object.keys(p)).toEqual(['id', 'source', 'title', 'section', 'text', 'score']);
    expect(json.passages.length).toBeLessThanOrEqual(5);
  });

  it('answers a batch file one JSON line per question, in order', () => {
    const { out } = run(['--json', '--batch', 'q.txt'], { 'q.txt': 'mle vs de skills\n\nwhat is schema evolution?\n' });
    expect(out.map((line) => JSON.parse(line).question)).toEqual(['mle vs de skills', 'what is schema evolution?']);
  });

  it('lists every passage as JSON lines', () => {
    const { out } = run(['--passages']);
    expect(out).toHaveLength(kb.passages.length);
    expect(Object.keys(JSON.parse(out[0]!))).toEqual(['id', 'source', 'title', 'section', 'text']);
  });

  it('renders a comparison with both roles, a disagreement and footnoted sources', () => {
    const text = run(['--compare', 'salary']).out.join('\n');
    expect(text).toContain('Data Engineer vs ML Engineer — Salary');
    expect(text).toMatch(/⚠ Sources differ on Data Engineer pay, entry level: (.* vs )?\$85,000 \[\d+\]/);
    expect(text).toMatch(/Sources:\n\[1\] /);
  });

  it('renders an answer with its footnotes, and a decline with topics to try', () => {
    expect(run(['What is schema evolution?']).out.join('\n')).toMatch(/\[1\] Skilldential — /);
    expect(run(['how do I bake sourdough?']).out.join('\n')).toContain("I couldn't find that in my sources");
  });

  it.each([[[]], [['--frobnicate', 'x']], [['--batch']], [['--passages', 'extra']], [['--compare', 'weather']]])(
    'exits 2 with a message on stderr and nothing on stdout for %j',
    (argv) => {
      const { code, out, err } = run(argv);
      expect(code).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n')).toMatch(/ask: /);
    },
  );

  it('keeps stdout to JSON alone when run as a real process', () => {
    const ok = spawnSync('node_modules/.bin/tsx', ['scripts/ask.ts', '--json', 'what is the entry salary for a data engineer?'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(ok.status).toBe(0);
    const lines = ok.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).answered).toBe(true);
    const bad = spawnSync('node_modules/.bin/tsx', ['scripts/ask.ts'], { encoding: 'utf8', timeout: 30_000 });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('loadConfig', () => {
  it('reports every problem at once, by variable name', () => {
    try {
      loadConfig(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'LOG_LEVEL', 'ANSWER_CHANNEL_IDS'], {
        env: { DISCORD_CLIENT_ID: 'abc', LOG_LEVEL: 'loud', ANSWER_CHANNEL_IDS: '123456789012345678, nope' },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'LOG_LEVEL', 'ANSWER_CHANNEL_IDS entry 2'])
        expect(problems).toContain(name);
    }
  });

  it('needs no Discord token for entry points that do not ask for one, and applies defaults', () => {
    expect(loadConfig(['DATABASE_PATH', 'LOG_LEVEL', 'ANSWER_CHANNEL_IDS'], { env: { LOG_LEVEL: '' } })).toEqual({
      DATABASE_PATH: 'data/careerbot.sqlite',
      LOG_LEVEL: 'info',
      ANSWER_CHANNEL_IDS: [],
    });
  });
});

describe('checkCorpus', () => {
  it('accepts the real corpus', () => {
    const { documents, problems } = checkCorpus('knowledge');
    expect(problems).toEqual([]);
    // Every article's publisher is the one its front matter gives; the three of today's sources among them.
    for (const d of documents) expect(d.publisher, d.id).toBe(/^publisher:\s*"?(.+?)"?\s*$/m.exec(readFileSync(d.file, 'utf8'))?.[1]);
    expect(documents.map((d) => d.publisher)).toEqual(expect.arrayContaining(['AI Pulse', 'DataDriven', 'Skilldential']));
  });

  it('names the file and line of each problem in a bad article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerbot-knowledge-'));
    try {
      writeFileSync(join(dir, 'bad.md'), '---\nid: bad\nsummary: "x"\n---\n\n## Empty\n\n## Table\n\n| a | b |\n|---|---|\n| 1 |\n');
      const { problems } = checkCorpus(dir);
      const lines = problems.map((p) => `${p.file.split('/').pop()}:${p.line}: ${p.message}`);
      expect(lines).toEqual([
        'bad.md:1: front matter needs "title"',
        'bad.md:12: table row has 1 cells but the header has 2',
        'bad.md:6: section "Empty" is empty',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
