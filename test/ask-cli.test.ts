import { type Knowledge, loadKnowledge, openBot } from '../src/bot/openBot.js';
import { loadAspects } from '../src/compare/aspects.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAskCli, usage } from '../src/cli/askCli.js';
import type { KnowledgeBase } from '../src/search/knowledgeBase.js';

const aspects = loadAspects('knowledge');

let knowledge: Knowledge;
let kb: KnowledgeBase;
beforeAll(() => {
  knowledge = loadKnowledge('knowledge');
  kb = knowledge.kb;
});

interface Run {
  code: number;
  out: string[];
  err: string[];
  /** How many times the CLI asked for the knowledge base. */
  loads: number;
}

function run(argv: string[], files: Record<string, string> = {}): Run {
  const result: Run = { code: -1, out: [], err: [], loads: 0 };
  // Every mode but --dialog answers at once.
  result.code = <number>runAskCli(
    argv,
    () => {
      result.loads += 1;
      return knowledge;
    },
    {
      out: (text) => result.out.push(text),
      err: (text) => result.err.push(text),
      readFile: (file) => {
        const text = files[file];
        if (text === undefined) throw new Error(`ENOENT: no such file '${file}'`);
        return text;
      },
    },
  );
  return result;
}

/** Every line written to out, as JSON. */
const jsonLines = (r: Run) => r.out.flatMap((text) => text.split('\n')).map((line) => JSON.parse(line) as Record<string, any>);

describe('ask --json "question"', () => {
  it('prints exactly one JSON line with keys question, answered, lead, uncovered, passages', () => {
    const r = run(['--json', 'how much do MLEs make']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).not.toContain('\n');
    const answer = JSON.parse(r.out[0]!) as Record<string, any>;
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'lead', 'uncovered', 'passages']);
    expect(answer.question).toBe('how much do MLEs make');
    expect(answer.answered).toBe(true);
  });

  it('names the opening sentence and the passage it is quoted from in "lead"', () => {
    const [answer] = jsonLines(run(['--json', 'how much do ML engineers earn?']));
    expect(answer!.lead.passage).toBe(answer!.passages.find((p: { id: string }) => p.id === answer!.lead.passage).id);
    expect(kb.passage(answer!.lead.passage)!.section).toMatch(/ML Engineer Salary/);
    expect(answer!.lead.sentence).toMatch(/\$115K-\$150K base/);
  });

  it('declines a question about a place the sources never mention, naming it in "uncovered" and keeping the closest passages', () => {
    const [answer] = jsonLines(run(['--json', 'data engineer salary in germany?']));
    expect(answer!).toMatchObject({ answered: false, declineReason: 'missing', lead: null, uncovered: ['germany'] });
    expect(answer!.passages.length).toBeGreaterThan(0);
    expect(answer!.passages.some((p: { text: string }) => /\$\d/.test(p.text))).toBe(true);
  });

  it("answers but lists a side question's word the sources never use in 'uncovered'", () => {
    const [answer] = jsonLines(run(['--json', 'what do DE interviews focus on? is it leetcode heavy']));
    expect(answer!.answered).toBe(true);
    expect(answer!.uncovered).toContain('leetcode');
  });

  it('names in "saidOf" the role the opening passage speaks of when the question asked about the other one', () => {
    const [other, same] = jsonLines(
      run(['--json', '--batch', 'q.txt'], { 'q.txt': 'do mles get paged at night?\ndo des get paged at night?\n' }),
    );
    expect(other!).toMatchObject({ answered: true, saidOf: 'de' });
    expect(same!.answered).toBe(true);
    expect(same!).not.toHaveProperty('saidOf');
  });

  it('gives at most 5 passages, each with keys id, source, title, section, text, score', () => {
    const [answer] = jsonLines(run(['--json', 'data engineer salary by level']));
    expect(answer!.passages.length).toBeGreaterThan(0);
    expect(answer!.passages.length).toBeLessThanOrEqual(5);
    for (const passage of answer!.passages) {
      expect(Object.keys(passage)).toEqual(['id', 'source', 'title', 'section', 'text', 'score']);
      expect(typeof passage.score).toBe('number');
      expect(kb.passage(passage.id)?.text).toBe(passage.text);
    }
    expect(answer!.passages[0].section).toBe('Compensation Gap › Data Engineer Salary (2026)');
  });

  it('still lists the candidate passages when it declines an off-topic question', () => {
    const r = run(['--json', 'who won the 1998 world cup?']);
    expect(r.code).toBe(0);
    const [answer] = jsonLines(r);
    expect(answer!.answered).toBe(false);
    expect(Array.isArray(answer!.passages)).toBe(true);
    expect(answer!.passages.length).toBeLessThanOrEqual(5);
    for (const passage of answer!.passages) expect(Object.keys(passage)).toEqual(['id', 'source', 'title', 'section', 'text', 'score']);
  });

  it('joins several words into one question', () => {
    const [answer] = jsonLines(run(['--json', 'data', 'engineer', 'salary']));
    expect(answer!.question).toBe('data engineer salary');
  });
});

describe('ask --json --batch FILE', () => {
  it('prints one JSON line per non-empty input line, in order', () => {
    const questions = ['how much do MLEs make', '', 'how do I bake sourdough?', '   ', 'DE vs MLE skills'];
    const r = run(['--json', '--batch', 'questions.txt'], { 'questions.txt': `${questions.join('\r\n')}\n` });
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(3);
    const answers = jsonLines(r);
    expect(answers.map((a) => a.question)).toEqual(['how much do MLEs make', 'how do I bake sourdough?', 'DE vs MLE skills']);
    expect(answers.map((a) => a.answered)).toEqual([true, false, true]);
  });

  it('prints a question and its answer per line in human mode', () => {
    const r = run(['--batch', 'q.txt'], { 'q.txt': 'how much do MLEs make\nhow do I bake sourdough?\n' });
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text.startsWith('Q: how much do MLEs make\n')).toBe(true);
    expect(text).toContain('\nQ: how do I bake sourdough?\n');
  });

  it('exits 2 with a message when the file cannot be read', () => {
    const r = run(['--json', '--batch', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toMatch(/^ask: cannot read missing\.txt: /);
  });
});

describe('ask --passages', () => {
  it('prints one JSON object per passage with keys id, source, title, section, text', () => {
    const r = run(['--passages']);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(kb.passages.length);
    const passages = jsonLines(r);
    expect(passages.map((p) => p.id)).toEqual(kb.passages.map((p) => p.id));
    for (const passage of passages) expect(Object.keys(passage)).toEqual(['id', 'source', 'title', 'section', 'text']);
  });
});

describe('ask --compare ASPECT', () => {
  it('shows both roles, the sources, and where sources differ', () => {
    const r = run(['--compare', 'salary']);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const text = r.out[0]!;
    expect(text.startsWith('Data Engineer vs ML Engineer — Salary\n')).toBe(true);
    expect(text).toContain('\nData Engineer\n');
    expect(text).toContain('\nML Engineer\n');
    // Footnote numbers follow the articles found, so a new article may renumber them: any footnote will do.
    expect(text).toMatch(/^ {2}• Entry Salary: \$85,000 \[\d+\]$/m);
    expect(text).toMatch(/^ {2}• Entry Salary: \$105,000 \[\d+\]$/m);
    expect(text).toContain('\nSources:\n[1] ');
    expect(text).toMatch(/⚠ Sources differ on Data Engineer pay, entry level: (.* vs )?\$85,000 \[\d+\] vs (.* vs )?\$100K-\$135K/);
    expect(text).toMatch(/^\[\d+\] AI Pulse — ML Engineer vs Data Engineer in 2026 › Compensation Gap › Data Engineer Salary \(2026\)$/m);
  });

  it('writes the chart as a PNG with --chart, and prints the comparison with the chart in text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerbot-chart-'));
    try {
      const file = join(dir, 'salary.png');
      const r = { code: -1, out: [] as string[], err: [] as string[] };
      r.code = await runAskCli(['--compare', 'salary', '--chart', file], () => knowledge, {
        out: (text) => r.out.push(text),
        err: (text) => r.err.push(text),
      });
      expect(r.code).toBe(0);
      expect(r.out[0]).toContain('\nChart — Salary: Data Engineer vs ML Engineer\n');
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(r.err).toEqual([`ask: chart written to ${file} (${width}×${height} PNG)`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says plainly when an aspect has no figures to chart, or --chart comes without --compare', async () => {
    const r = { out: [] as string[], err: [] as string[] };
    const io = { out: (text: string) => r.out.push(text), err: (text: string) => r.err.push(text) };
    expect(await runAskCli(['--compare', 'skills', '--chart', join(tmpdir(), 'never-written.png')], () => knowledge, io)).toBe(1);
    expect(r.err).toEqual(['ask: the sources state no figures to chart on Skills; no picture written']);
    expect(run(['--chart', 'x.png', 'how much do they earn?']).err[0]).toMatch(
      /^ask: --chart writes the chart of a comparison: give --compare ASPECT too/,
    );
  });

  it('accepts an alias with a typo', () => {
    const r = run(['--compare', 'salery']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Data Engineer vs ML Engineer — Salary\n/);
  });

  it('prints the comparison as JSON with --json', () => {
    const r = run(['--compare', 'salary', '--json']);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const comparison = JSON.parse(r.out[0]!) as Record<string, any>;
    expect(comparison.aspect).toEqual({ id: 'salary', label: 'Salary' });
    expect(Array.isArray(comparison.dataEngineer)).toBe(true);
    expect(Array.isArray(comparison.mlEngineer)).toBe(true);
    expect(comparison.dataEngineer.length).toBeGreaterThan(0);
    expect(comparison.mlEngineer.length).toBeGreaterThan(0);
    expect(Array.isArray(comparison.disagreements)).toBe(true);
  });
});

describe('ask with bad arguments', () => {
  it.each([
    ['no question', [], 'ask: give a question, e.g. npm run ask -- "how much do ML engineers make?"'],
    ['only --json', ['--json'], 'ask: give a question'],
    ['an unknown option', ['--verbose', 'salary'], 'ask: unknown option --verbose'],
    ['--batch without a file', ['--json', '--batch'], 'ask: --batch needs a value'],
    ['--batch followed by an option', ['--batch', '--json'], 'ask: --batch needs a value'],
    ['--compare without an aspect', ['--compare'], 'ask: --compare needs a value'],
    ['--passages with a question', ['--passages', 'what is a DE?'], 'ask: --passages takes no question'],
    ['--batch with a question', ['--batch', 'q.txt', 'salary'], 'ask: --batch reads questions from the file'],
    ['two modes', ['--passages', '--compare', 'salary'], 'ask: use only one of --batch, --dialog, --compare and --passages'],
  ])('exits 2 for %s, printing the problem and usage to err and nothing to out', (_name, argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    const err = r.err.join('\n');
    expect(err.startsWith(message)).toBe(true);
    expect(err).toContain(usage);
    expect(r.loads).toBe(0);
  });

  it('exits 2 for an unknown aspect, listing the aspects it knows', () => {
    const r = run(['--compare', 'unknownthing']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    const err = r.err.join('\n');
    expect(err).toContain('ask: I don\'t know the aspect "unknownthing".');
    expect(err).toContain(`Aspects: ${aspects.map((a) => a.id).join(', ')}`);
  });

  it('suggests the aspect that starts like what was typed', () => {
    const r = run(['--compare', 'sal']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('ask: I don\'t know the aspect "sal". Did you mean salary?');
  });

  it('prints usage to out and exits 0 for --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([usage]);
    expect(r.err).toEqual([]);
  });
});

describe('ask "question" (human mode)', () => {
  it('answers with the key sentence, the quoted passage and numbered footnotes', () => {
    const r = run(['data engineer salary by level']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/ \[1\]$/);
    expect(text).toContain('\n> - Junior (0-2 years): $100K-$135K base. Total comp: $110K-$160K\n');
    expect(lines).toContain('[1] AI Pulse — ML Engineer vs Data Engineer in 2026 › Compensation Gap › Data Engineer Salary (2026)');
    expect(lines.filter((line) => /^\[\d+\] /.test(line)).length).toBeGreaterThanOrEqual(1);
  });

  it('declines an off-topic question and offers topics to try', () => {
    const r = run(['how do I bake sourdough?']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text.startsWith("I couldn't find that in my sources. I know about Data Engineer and ML Engineer careers.\nTry: ")).toBe(true);
    expect(text).toContain('npm run ask -- --compare ');
    expect(text).not.toMatch(/^\[\d+\] /m);
  });

  it('asks for a real question when the words are all stop words', () => {
    const r = run(['the of and']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/^Ask me something about Data Engineer or ML Engineer careers/);
  });
});

describe('scripts/ask.ts (end to end)', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const spawnAsk = (args: string[]) =>
    spawnSync(tsx, ['scripts/ask.ts', ...args], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, KNOWLEDGE_DIR: 'knowledge' },
    });

  it('prints exactly one line of valid JSON and exits 0 for --json "question"', () => {
    const result = spawnAsk(['--json', 'what is the entry salary for a data engineer?']);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    const lines = result.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!) as Record<string, any>;
    expect(answer.question).toBe('what is the entry salary for a data engineer?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.length).toBeGreaterThan(0);
  });

  it('exits 2 with nothing on stdout when given no arguments', () => {
    const result = spawnAsk([]);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('usage:');
  });
});

describe('ask --json --dialog FILE', () => {
  const converser = async () => (await openBot({ knowledgeDir: 'knowledge', databasePath: ':memory:', quizExpiryHours: 24 })).bot;

  it('answers the last turn of each line in the context of its earlier turns, one JSON object per line', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const file = [
      '["how much do junior data engineers make", "and for mles?"]',
      '["what cert should a data engineer get"]',
      '["how long would the switch take me?"]',
      '["which role would fit me?"]',
      '["3 yoe backend dev here", "how long would it take me to become an mle"]',
      '["what degree do data engineers need", "and in nigeria?"]',
    ].join('\n');
    const code = await runAskCli(
      ['--json', '--dialog', 'dialogs.jsonl'],
      () => knowledge,
      { out: (t) => out.push(t), err: (t) => err.push(t), readFile: () => file },
      converser,
    );
    expect([code, err]).toEqual([0, []]);
    const [followUp, alone, unclear, fit, unsaidMove, unsaidPlace] = out.map((line) => JSON.parse(line));
    // The same shape as --json, with what a follow-up understood.
    expect(followUp).toMatchObject({ question: 'and for mles?', answered: true, understood: 'ML Engineer pay, entry level' });
    expect(followUp.passages[0].section).toMatch(/ML Engineer Salary/);
    expect(alone.understood).toBeUndefined();
    expect(alone.lead.sentence).toMatch(/Google Professional Data Engineer/);
    // Each line is its own conversation: nothing carries over, and a question asked back says so.
    expect(unclear).toMatchObject({ answered: false, declineReason: 'unclear', lead: null });
    expect(unclear.clarify.choices).toHaveLength(2);
    // A fit asked by someone who told nothing offers the quiz.
    expect(fit).toMatchObject({ answered: true, invite: 'quiz' });
    expect(alone.invite).toBeUndefined();
    // What the sources never say of the move or the place asked, beside their general answer.
    expect(unsaidMove).toMatchObject({ answered: true, moveUnsaid: { from: 'backend developer', to: 'mle' } });
    expect(unsaidPlace).toMatchObject({ answered: true, placeUnsaid: 'Nigeria' });
    expect(alone.moveUnsaid).toBeUndefined();
  });

  it('gives the other things one message asks in "also", each an answer of the same shape', async () => {
    const out: string[] = [];
    const code = await runAskCli(
      ['--json', '--dialog', 'dialogs.jsonl'],
      () => knowledge,
      { out: (t) => out.push(t), err: () => {}, readFile: () => '["how much do ML engineers make in the US? also is remote common?"]' },
      converser,
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out[0]!);
    expect(answer.lead.sentence).toMatch(/^United States: Machine Learning Engineer/);
    expect(answer.also).toHaveLength(1);
    expect(answer.also[0]).toMatchObject({ question: 'is remote common?', answered: true });
    expect(answer.also[0].lead.sentence).toMatch(/remote/i);
  });

  it('lists in "leftUnasked" what a message asked beyond the three asks answered', async () => {
    const out: string[] = [];
    await runAskCli(
      ['--json', '--dialog', 'dialogs.jsonl'],
      () => knowledge,
      { out: (t) => out.push(t), err: () => {}, readFile: () => '["1) de pay 2) de tools 3) de interviews 4) de outlook"]' },
      converser,
    );
    const answer = JSON.parse(out[0]!);
    expect(answer.also.map((a: { question: string }) => a.question)).toEqual(['de tools', 'de interviews']);
    expect(answer.leftUnasked).toEqual(['de outlook']);
  });

  it('exits 2 naming the line that is not a JSON array of questions', async () => {
    const err: string[] = [];
    const code = await runAskCli(
      ['--json', '--dialog', 'bad.jsonl'],
      () => knowledge,
      { out: () => {}, err: (t) => err.push(t), readFile: () => '["fine"]\n{"turns": 1}' },
      converser,
    );
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/^ask: bad\.jsonl:2: a conversation is a JSON array of one or more questions/);
  });
});
