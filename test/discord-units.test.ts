/** The Discord adapter's pure parts: custom ids, limits, the cooldown, who gets an answer, answer channels. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ButtonAction, decodeButton, encodeButton } from '../src/discord/customIds.js';
import { looksLikeQuestion, type MessageFacts, triggerOf, withoutMentionOf } from '../src/discord/freeText.js';
import { clip, fitEmbed, joinWithin, limitProblems, limits } from '../src/discord/limits.js';
import { PassageRefs, shortRef } from '../src/discord/passageRefs.js';
import { AnswerChannels } from '../src/settings/answerChannels.js';
import { migrate, migrations } from '../src/storage/migrations.js';
import { openStorage } from '../src/storage/storage.js';
import { openTestBot } from './support/testBot.js';

describe('button custom ids', () => {
  const actions: ButtonAction[] = [
    { kind: 'quiz-answer', quizId: 123456789012, version: 99999, step: 4, option: 'a'.repeat(40) },
    { kind: 'quiz-back', quizId: 7, version: 3, step: 2 },
    { kind: 'quiz-quit', quizId: 7, version: 3 },
    { kind: 'quiz-retake', quizId: 7 },
    { kind: 'quiz-share', quizId: 7 },
    { kind: 'more-answer', passages: ['abcdefg', '1234567', 'zzzzzzz', '0000000', 'yyyyyyy'] },
    { kind: 'more-compare', aspect: 'entry-difficulty', page: 2 },
    { kind: 'more-compare', aspect: 'entry-difficulty', page: 1 },
    { kind: 'more-compare', aspect: 'salary', page: 999 },
    { kind: 'rate', target: 'answer', vote: 1, subject: 'abc1234' },
    { kind: 'rate', target: 'compare', vote: -1, subject: 'salary' },
    { kind: 'forget', confirmed: true },
    { kind: 'forget', confirmed: false },
    { kind: 'clarify', user: '1'.repeat(20), channel: '9'.repeat(20), choice: 24 },
    { kind: 'clarify', user: '1058897343283200006', channel: '1058897343283200003', choice: 0 },
    { kind: 'clarify', user: '1058897343283200006', channel: '1058897343283200003', choice: 1, asked: 1796063060420 },
  ];

  it.each(actions.map((a) => [a.kind, a] as const))('round-trips %s within 100 characters', (_kind, action) => {
    const id = encodeButton(action);
    expect(id.length).toBeLessThanOrEqual(limits.customId);
    expect(decodeButton(id)).toEqual(action);
  });

  it.each([
    '',
    'q',
    'q:a:1:1:0',
    'q:a:x:1:0:models',
    'q:a:1:1:0:Models!',
    'q:z:1',
    'm:a:',
    'm:a:TOO-LONG-REF',
    'm:c:salary:0',
    'm:c:salary:x',
    'm:c:salary:2:3',
    'r:a:x:abc',
    'f:maybe',
    'q:r:1:extra',
    'other-bot:thing',
    'c:0:1058897343283200006',
    'c:25:1058897343283200006:1058897343283200003',
    'c:x:1058897343283200006:1058897343283200003',
    'c:0:alice:1058897343283200003',
    'c:0:1058897343283200006:1058897343283200003:extra',
  ])('refuses %j, which this bot did not make', (id) => expect(decodeButton(id)).toBeUndefined());

  it('keeps the id "More sources" had for page 2 of a comparison, so buttons on older messages still work', () => {
    expect(encodeButton({ kind: 'more-compare', aspect: 'salary', page: 2 })).toBe('m:c:salary');
    expect(decodeButton('m:c:salary')).toEqual({ kind: 'more-compare', aspect: 'salary', page: 2 });
    expect(encodeButton({ kind: 'more-compare', aspect: 'salary', page: 3 })).toBe('m:c:salary:3');
  });

  it('fits every real quiz button of the longest option id', () => {
    const { knowledge } = openTestBot();
    for (const [step, question] of knowledge.quiz.questions.entries()) {
      for (const option of question.options) {
        expect(
          encodeButton({ kind: 'quiz-answer', quizId: 2 ** 40, version: 10 ** 6, step, option: option.id }).length,
        ).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('passage refs', () => {
  it('gives every passage of the knowledge a distinct short ref that finds it again', () => {
    const { bot } = openTestBot();
    const refs = new PassageRefs(bot.passages());
    for (const passage of bot.passages()) {
      expect(shortRef(passage.id)).toMatch(/^[a-z0-9]{1,7}$/);
      expect(refs.passage(shortRef(passage.id))).toBe(passage);
    }
    expect(refs.passage('nope')).toBeUndefined();
  });
});

describe('limits', () => {
  it('clips with an ellipsis only when needed', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('drops whole lines and says how many rather than cutting a line mid-way', () => {
    const lines = ['one', 'two', 'three', 'four', 'five'];
    expect(joinWithin(lines, 20)).toBe('one\ntwo\n… and 3 more');
    expect(joinWithin(lines, 19)).toBe('one\n… and 4 more');
    expect(joinWithin(['one', 'two'], 100)).toBe('one\ntwo');
  });

  it('fits an oversized embed to every per-part limit and the 6,000 total', () => {
    const embed = fitEmbed({
      title: 't'.repeat(400),
      description: 'd'.repeat(5000),
      footer: { text: 'f'.repeat(3000) },
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`.repeat(200), value: 'v'.repeat(2000) })),
    });
    expect(limitProblems({ embeds: [embed] })).toEqual([]);
    expect(embed.title).toHaveLength(256);
    expect(embed.fields!.length).toBeGreaterThan(0);
  });

  it('names what breaks Discord in a payload', () => {
    const problems = limitProblems({
      content: 'x'.repeat(2001),
      embeds: [{ description: 'y'.repeat(4097) }],
      components: Array.from({ length: 6 }, () => ({
        components: Array.from({ length: 6 }, () => ({ custom_id: 'z'.repeat(101), label: 'l' })),
      })),
      choices: Array.from({ length: 26 }, (_, i) => ({ name: `${i}`, value: `${i}` })),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content has 2001 characters',
        'embed description has 4097 characters',
        '6 component rows',
        '6 buttons in a row',
        '26 choices',
      ]),
    );
    expect(problems.some((p) => p.startsWith('custom id'))).toBe(true);
  });
});

describe('who gets a free-text answer', () => {
  const base: MessageFacts = {
    fromBot: false,
    fromWebhook: false,
    system: false,
    inDm: false,
    mentionsMe: false,
    repliesToMe: false,
    inAnswerChannel: false,
  };
  it.each<[string, Partial<MessageFacts>, string | undefined]>([
    ['chatter in an ordinary channel', {}, undefined],
    ['a mention anywhere', { mentionsMe: true }, 'mention'],
    ['a DM', { inDm: true }, 'dm'],
    ['an answer channel', { inAnswerChannel: true }, 'answer-channel'],
    ['a reply to one of my messages', { repliesToMe: true }, 'reply'],
    ['a reply that also mentions me', { repliesToMe: true, mentionsMe: true }, 'mention'],
    ['a bot, even mentioning me', { fromBot: true, mentionsMe: true }, undefined],
    ['a webhook in an answer channel', { fromWebhook: true, inAnswerChannel: true }, undefined],
    ['a system message', { system: true, inDm: true }, undefined],
  ])('%s → %s', (_what, facts, trigger) => expect(triggerOf({ ...base, ...facts })).toBe(trigger));

  it.each([
    ['how much do ML engineers make?', true],
    ['Which role pays more', true],
    ['should I learn spark', true],
    ['lol nice', false],
    // (The core's reading: a word of surprise before the question.)
    ['wait whats the first one mean', true],
    ['I start my new data engineer job on monday', false],
  ])('reads %j as a question: %s', (text, expected) => expect(looksLikeQuestion(text as string)).toBe(expected));

  it('removes mentions of the bot in both forms', () => {
    expect(withoutMentionOf('123', '<@123> what about <@!123> salary?')).toBe('what about salary?');
  });
});

describe('AnswerChannels', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('uses ANSWER_CHANNEL_IDS until /answers switches a channel, and the switch survives reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerbot-channels-'));
    dirs.push(dir);
    const file = join(dir, 'bot.sqlite');
    const first = openStorage(file);
    const channels = new AnswerChannels(first.answerChannels, ['111111111111111111']);
    expect(await channels.isOn('111111111111111111')).toBe(true);
    expect(await channels.isOn('222222222222222222')).toBe(false);
    await channels.set('999999999999999999', '111111111111111111', false, 1);
    await channels.set('999999999999999999', '222222222222222222', true, 2);
    first.close();
    const again = new AnswerChannels(openStorage(file).answerChannels, ['111111111111111111']);
    expect(await again.isOn('111111111111111111')).toBe(false);
    expect(await again.isOn('222222222222222222')).toBe(true);
    expect(await again.onIn('999999999999999999', ['111111111111111111', '222222222222222222', '333333333333333333'])).toEqual([
      '222222222222222222',
    ]);
  });

  it('upgrades a version 1 database, keeping its quizzes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerbot-upgrade-'));
    dirs.push(dir);
    const file = join(dir, 'old.sqlite');
    const old = new Database(file);
    migrate(old, file, migrations.slice(0, 1));
    old
      .prepare(`INSERT INTO quiz_sessions (owner, owner_name, platform, place_key, status, step, version, created_at, updated_at)
      VALUES ('console:alice', 'alice', 'console', 'console', 'active', 0, 1, 1, 1)`)
      .run();
    old.close();
    const storage = openStorage(file);
    expect((await storage.quizzes.get(1))?.owner).toBe('console:alice');
    expect(await storage.answerChannels.get('123')).toBeUndefined();
    storage.close();
  });
});
