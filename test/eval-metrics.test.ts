import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Conversation, readConversations, scoreConversations } from '../src/eval/followups.js';
import { type EvalQuestion, isHit, normalizeForMatch, type RankedPassage, readQuestions, type Run, score } from '../src/eval/metrics.js';
import { absentSetsNote, readEvalSets, setsFile } from '../src/eval/questionSets.js';

describe('normalizeForMatch (the rule of shared/eval/README.md)', () => {
  it('lowercases', () => {
    expect(normalizeForMatch('Data Engineer SALARY')).toBe('data engineer salary');
  });

  it("turns curly apostrophes into '", () => {
    expect(normalizeForMatch('Data Engineer’s ‘stack’')).toBe("data engineer's 'stack'");
  });

  it("keeps letters, digits and $ % . , : ' ₦", () => {
    expect(normalizeForMatch("$85,000: 30% growth. it's ₦500k")).toBe("$85,000: 30% growth. it's ₦500k");
    expect(normalizeForMatch('Café Ünïcode')).toBe('café ünïcode');
  });

  it('turns each run of other characters into one space', () => {
    expect(normalizeForMatch('Compensation Gap › Data Engineer Salary (2026)')).toBe('compensation gap data engineer salary 2026');
    expect(normalizeForMatch('₦500k – ₦3.0m / month')).toBe('₦500k ₦3.0m month');
    expect(normalizeForMatch('C++ & Python\n\t- SQL')).toBe('c python sql');
    expect(normalizeForMatch('on-call')).toBe('on call');
  });

  it('trims the ends', () => {
    expect(normalizeForMatch('  (Entry Salary)!  ')).toBe('entry salary');
    expect(normalizeForMatch('—')).toBe('');
  });
});

describe('isHit', () => {
  const passage: RankedPassage = {
    section: 'Compensation Gap › Data Engineer Salary (2026)',
    text: '- Junior (0-2 years): $100K-$135K base. Total comp: $110K-$160K',
  };

  it('hits when the section path contains a gold phrase', () => {
    expect(isHit(passage, ['Data Engineer Salary (2026)'])).toBe(true);
    expect(isHit(passage, ['gap › data engineer'])).toBe(true);
  });

  it('hits when the text contains a gold phrase', () => {
    expect(isHit(passage, ['$100K-$135K base'])).toBe(true);
    expect(isHit(passage, ['junior (0-2 years)'])).toBe(true);
  });

  it('compares after normalising both sides: case and punctuation do not matter', () => {
    // A hyphen or a dash is not kept, so "$100K–$135K" (en dash) and "$100K $135K" both match "$100K-$135K".
    expect(isHit(passage, ['$100K–$135K'])).toBe(true);
    expect(isHit(passage, ['$100K $135K'])).toBe(true);
    expect(isHit(passage, ['DATA-ENGINEER salary'])).toBe(true);
    expect(isHit({ section: 'FAQ › What’s on-call like?', text: '' }, ["what's on call"])).toBe(true);
  });

  it('hits when any one of several gold phrases matches', () => {
    expect(isHit(passage, ['ML Engineer Salary', 'Total comp: $110K'])).toBe(true);
  });

  it('misses when no gold phrase is in the section or the text', () => {
    expect(isHit(passage, ['ML Engineer Salary (2026)', '$115K-$150K'])).toBe(false);
    expect(isHit(passage, ['senior (5-8 years)'])).toBe(false);
  });
});

describe('score', () => {
  const hit = (label: string): RankedPassage => ({ section: `Section ${label}`, text: 'GOLD answer here' });
  const miss = (label: string): RankedPassage => ({ section: `Section ${label}`, text: 'something else' });
  const inQ = (id: string): EvalQuestion => ({ id, kind: 'in', q: `question ${id}`, gold: ['gold answer'] });
  const outQ = (id: string): EvalQuestion => ({ id, kind: 'out', q: `question ${id}` });

  const runs: Run[] = [
    { question: inQ('a'), passages: [hit('1'), miss('2')], declined: false }, //                                      rank 1
    { question: inQ('b'), passages: [miss('1'), hit('2'), hit('3')], declined: false }, //                            rank 2
    { question: inQ('c'), passages: [miss('1'), miss('2'), miss('3'), hit('4')], declined: true }, //                 rank 4, wrongly declined
    { question: inQ('d'), passages: [miss('1'), miss('2'), miss('3'), miss('4'), miss('5'), hit('6')], declined: false }, // beyond the top 5
    { question: inQ('e'), passages: [], declined: false }, //                                                           nothing
    { question: outQ('x'), passages: [miss('1')], declined: true },
    { question: outQ('y'), passages: [hit('1')], declined: false },
  ];

  it('computes MRR@5 as the mean of 1/rank of the first hit in the top 5 (0 when none)', () => {
    expect(score(runs).mrr5).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0 + 0) / 5, 10);
  });

  it('computes Recall@1 and Recall@3 over in-scope questions', () => {
    const figures = score(runs);
    expect(figures.recall1).toBeCloseTo(1 / 5, 10);
    expect(figures.recall3).toBeCloseTo(2 / 5, 10);
  });

  it('counts in-scope and out-of-scope questions, declines and wrong declines', () => {
    const figures = score(runs);
    expect(figures.inScope).toBe(5);
    expect(figures.outOfScope).toBe(2);
    expect(figures.outDeclined).toBe(1);
    expect(figures.inWronglyDeclined).toBe(1);
    expect(figures.wrongDeclines).toEqual(['c question c']);
    expect(figures.missedDeclines).toEqual(['y question y']);
  });

  it('lists every in-scope question not answered at rank 1, with its rank (0 when missed)', () => {
    expect(score(runs).misses).toEqual([
      { id: 'b', q: 'question b', rank: 2 },
      { id: 'c', q: 'question c', rank: 4 },
      { id: 'd', q: 'question d', rank: 0 },
      { id: 'e', q: 'question e', rank: 0 },
    ]);
  });

  it('gives perfect figures when every question is answered at rank 1', () => {
    const figures = score([runs[0]!, { question: inQ('f'), passages: [hit('1')], declined: false }]);
    expect(figures).toMatchObject({ mrr5: 1, recall1: 1, recall3: 1, misses: [] });
  });

  it('gives zeros, not NaN, for an empty run set', () => {
    expect(score([])).toMatchObject({ inScope: 0, outOfScope: 0, mrr5: 0, recall1: 0, recall3: 0, outDeclined: 0, inWronglyDeclined: 0 });
  });
});

describe('score: the opening sentence', () => {
  const question: EvalQuestion = { id: 'q1', kind: 'in', q: 'how much do MLEs make', gold: ['$115K-$150K'] };
  const hit: RankedPassage = { section: 'ML Engineer Salary', text: 'Junior: $115K-$150K base' };
  const miss: RankedPassage = { section: 'Why ML Engineers Earn More', text: 'Data engineers have seen faster salary growth.' };

  it('counts answered questions whose opening sentence comes from a passage that answers', () => {
    const figures = score([
      { question, passages: [miss, hit], declined: false, lead: hit },
      { question: { ...question, id: 'q2' }, passages: [miss, hit], declined: false, lead: miss },
      { question: { ...question, id: 'q3' }, passages: [hit], declined: true },
    ]);
    expect({ leads: figures.leads, leadHits: figures.leadHits }).toEqual({ leads: 2, leadHits: 1 });
  });
});

describe('scoreConversations', () => {
  const conversations: Conversation[] = [
    { id: 'd1', kind: 'dep', turns: ['how much do junior DEs make', 'and for mles?'], gold: ['$115K-$150K'] },
    {
      id: 'd2',
      kind: 'fresh',
      turns: ['how much do staff mles make', 'what cert should a DE get'],
      gold: ['Google Professional Data Engineer'],
    },
  ];
  const passages = {
    mlePay: { section: 'ML Engineer Salary', text: 'Junior: $115K-$150K base' },
    cert: { section: 'Certifications', text: 'Google Professional Data Engineer' },
  };

  it('scores only the last turn, and gives the earlier turns to the bot', async () => {
    const seen: string[][] = [];
    const figures = await scoreConversations(conversations, (earlier, last) => {
      seen.push([...earlier, last]);
      return { answered: true, passages: last.includes('mles') ? [passages.mlePay] : [passages.cert] };
    });
    expect(seen).toEqual(conversations.map((c) => c.turns));
    expect(figures).toMatchObject({ dependent: 1, dependentAnswered: 1, fresh: 1, freshKept: 1, misses: [] });
  });

  it('counts a declined last turn or one without a gold passage in its top 3 as a miss', async () => {
    const figures = await scoreConversations(conversations, () => ({ answered: false, passages: [passages.mlePay, passages.cert] }));
    expect(figures).toMatchObject({ dependentAnswered: 0, freshKept: 0 });
    expect(figures.misses.map((m) => m.id)).toEqual(['d1', 'd2']);
  });
});

describe('eval/sets.json', () => {
  it('lists every set of eval/ with its style and how it was used, and keeps at least one sealed', () => {
    const { present, absent } = readEvalSets();
    const listed = new Set([...present, ...absent].map((s) => s.file));
    for (const file of readdirSync('eval').filter((f) => f.endsWith('.jsonl'))) expect(listed, file).toContain(`eval/${file}`);
    expect(present.some((s) => s.use === 'sealed' && s.kind === 'questions')).toBe(true);
  });

  // A copy of the project elsewhere: eval/ is there, ../shared beside it is not (or holds only some sets).
  describe('in a copy with no ../shared beside it', () => {
    const outer = mkdtempSync(join(tmpdir(), 'careerbot-sets-'));
    const copy = join(outer, 'careerbot');
    cpSync('eval', join(copy, 'eval'), { recursive: true });
    afterAll(() => rmSync(outer, { recursive: true, force: true }));
    const listed = readEvalSets();
    const all = [...listed.present, ...listed.absent];
    const outside = all.filter((s) => s.file.startsWith('../'));

    it('still loads every set under eval/ and lists the shared ones as absent', () => {
      expect(outside.length).toBeGreaterThan(0);
      const { present, absent } = readEvalSets(setsFile, copy);
      expect(absent.map((s) => s.file)).toEqual(outside.map((s) => s.file));
      expect(present.map((s) => s.file)).toEqual(all.filter((s) => !s.file.startsWith('../')).map((s) => s.file));
      for (const set of present) {
        const items = set.kind === 'questions' ? readQuestions(join(copy, set.file)) : readConversations(join(copy, set.file));
        expect(items.length, set.file).toBeGreaterThan(0);
      }
    });

    it('says in one line which sets are absent and that the run goes on, naming no question', () => {
      const { present, absent } = readEvalSets(setsFile, copy);
      const note = absentSetsNote(present, absent)!;
      expect(note).not.toContain('\n');
      for (const set of absent) expect(note).toContain(set.file);
      expect(note).toContain(`going on with the other ${present.length}`);
      const unopened = present.filter((s) => s.use !== 'tuned' && s.kind === 'questions').flatMap((s) => readQuestions(join(copy, s.file)));
      expect(unopened.length).toBeGreaterThan(0);
      for (const question of unopened) expect(note).not.toContain(question.q);
      expect(absentSetsNote(present, [])).toBeUndefined();
    });

    it('uses a shared set once ../shared holds it', () => {
      const first = outside.find((s) => s.kind === 'questions')!;
      mkdirSync(join(copy, first.file, '..'), { recursive: true });
      cpSync(join('eval', 'blind-questions.jsonl'), join(copy, first.file));
      const { present, absent } = readEvalSets(setsFile, copy);
      expect(present.map((s) => s.file)).toContain(first.file);
      expect(absent.map((s) => s.file)).toEqual(outside.filter((s) => s !== first).map((s) => s.file));
    });
  });
});
