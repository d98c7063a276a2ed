/**
 * Hostile and odd input, everywhere a person can type: /ask, free text (a mention in a channel, a DM),
 * /compare and its autocomplete, and quiz answers (typed at the console, or clicked on Discord with a forged
 * button id). One table of inputs, crossed with every surface. For every pair: no crash, one clear reply,
 * nothing that could ping, no control or invisible characters said back, nothing stored that should not be,
 * and the bot still works normally afterwards.
 *
 * Mentions: every message goes out with `allowed_mentions: { parse: [] }` (messageProblems checks it), so
 * nothing can ping. On top of that, a message other people see never carries a raw @everyone, @here, role or
 * user mention where Discord would render one (content, embed descriptions, field values). Embed titles never
 * render mentions, and an ephemeral reply is seen only by the person who typed the text, so those may quote it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../src/console/consoleSession.js';
import { commandDefinitions } from '../src/discord/slashCommands.js';
import { DiscordHarness, lateAcknowledgements, messageProblems, messageRequests } from '../scripts/support/discordHarness.js';
import { callbackPath, InteractionResponseType, isEphemeral, originalPath, stringOption } from '../scripts/support/discordKit.js';
import type { FakeUser, RecordedRequest } from '../scripts/support/fakeDiscord.js';
import { FakeClock } from './support/clock.js';
import { openTestBot, type TestBot } from './support/testBot.js';

// ------------------------------------------------------------------ the inputs
const covered = 'how much do ML engineers make?';
const uncovered = 'how do I bake sourdough?';
const role = '<@&123456789012345678>';
const user = '<@123456789012345678>';

/** What a question surface (/ask, a mention, a DM, a line at the console) should make of an input. */
type Reads =
  /** Nothing readable: the "ask me something" prompt, and nothing stored. */
  | 'nothing'
  /** A covered question wrapped in something odd: the cited answer. */
  | 'question'
  /** No question the sources cover: a decline (the prompt, or "not in my sources", stored for the gaps report). */
  | 'no-question'
  /** A question in another script: that the bot reads English only. */
  | 'other-language';

interface Input {
  name: string;
  text: string;
  reads: Reads;
}

const inputs: Input[] = [
  // empty and whitespace
  { name: 'empty', text: '', reads: 'nothing' },
  { name: 'spaces, tabs and newlines', text: '  \t \n  ', reads: 'nothing' },
  // one character
  { name: 'one letter', text: 'x', reads: 'no-question' },
  { name: 'a lone question mark', text: '?', reads: 'nothing' },
  { name: 'half an emoji (a lone surrogate)', text: '\ud83e', reads: 'nothing' },
  // 6,000 characters
  { name: '6,000 letters', text: 'x'.repeat(6000), reads: 'no-question' },
  { name: 'a real question padded with spaces to 6,000 characters', text: covered.padEnd(6000), reads: 'question' },
  { name: 'a real question repeated to 6,000 characters', text: `${covered} `.repeat(200).slice(0, 6000), reads: 'question' },
  // zero-width and bidi control characters
  { name: 'zero-width spaces only', text: '\u200b\u200b', reads: 'nothing' },
  { name: 'zero-width characters inside a real question', text: 'how\u200b much do ML\u200d engineers\ufeff make?', reads: 'question' },
  { name: 'a right-to-left override around a covered word', text: '\u202esalary\u202c', reads: 'question' },
  { name: 'bidi isolates and marks around a real question', text: `\u2067\u200f${covered}\u2069`, reads: 'question' },
  { name: 'a right-to-left override before an uncovered question', text: `\u202e${uncovered}`, reads: 'no-question' },
  // null bytes and other control characters
  { name: 'null bytes only', text: '\u0000\u0000', reads: 'nothing' },
  { name: 'a null byte between letters', text: 'a\u0000b', reads: 'no-question' },
  { name: 'null bytes inside a real question', text: 'how much\u0000 do ML engineers make?\u0000', reads: 'question' },
  { name: 'terminal escape codes and a bell around a covered word', text: '\u001b[31mred\u001b[0m\u0007 salary?', reads: 'question' },
  // emoji only
  { name: 'emoji only', text: '🤖🔥', reads: 'nothing' },
  { name: 'emoji joined by zero-width joiners', text: '👩‍💻👨‍🔬', reads: 'nothing' },
  // other scripts
  { name: 'Chinese', text: '数据工程师 还是 机器学习工程师?', reads: 'other-language' },
  { name: 'Russian', text: 'Инженер данных', reads: 'other-language' },
  { name: 'Arabic (right to left)', text: 'مهندس البيانات أم مهندس التعلم الآلي؟', reads: 'other-language' },
  // markdown and code fences
  { name: 'markdown formatting only', text: '**bold** _it_ ~~s~~ ||spoiler||', reads: 'no-question' },
  { name: 'markdown around a real question', text: '# **how much** do _ML engineers_ ||make||?', reads: 'question' },
  { name: 'a SQL code fence', text: '```sql\nDROP TABLE quiz_answers;--\n```', reads: 'no-question' },
  { name: 'a code fence around a real question', text: `\`\`\`\n${covered}\n\`\`\``, reads: 'question' },
  { name: 'an unclosed code fence', text: '```', reads: 'nothing' },
  // mentions
  { name: '@everyone', text: '@everyone', reads: 'no-question' },
  { name: '@here', text: '@here', reads: 'no-question' },
  { name: 'a role mention', text: role, reads: 'no-question' },
  { name: 'a user mention', text: user, reads: 'no-question' },
  { name: 'a nickname mention', text: '<@!123456789012345678>', reads: 'no-question' },
  { name: '@everyone in inline code', text: '`@everyone`', reads: 'no-question' },
  { name: '@everyone split by a zero-width space', text: '@\u200beveryone', reads: 'no-question' },
  { name: '@everyone in front of a real question', text: `@everyone ${covered}`, reads: 'question' },
  { name: 'every kind of ping around an uncovered question', text: `@here ${role} ${user} ${uncovered} @everyone`, reads: 'no-question' },
  // SQL-looking strings
  { name: 'a SQL injection', text: "'; DROP TABLE quiz_sessions; --", reads: 'no-question' },
  { name: 'a SQL injection after a covered word', text: "salary' OR 1=1; --", reads: 'question' },
  // JSON
  { name: 'JSON naming a covered topic', text: '{"q": "salary"}', reads: 'question' },
  { name: 'JSON with a __proto__ key', text: '{"__proto__": {"admin": true}}', reads: 'no-question' },
  // only stop words
  { name: 'only stop words', text: 'the of and to a', reads: 'nothing' },
  { name: 'only stop words, as a question', text: 'what is the?', reads: 'nothing' },
  // numbers: odd quiz answers
  { name: 'zero', text: '0', reads: 'no-question' },
  { name: 'an option number past the last option', text: '4', reads: 'no-question' },
  { name: 'a fraction', text: '1.5', reads: 'no-question' },
  { name: 'a 30-digit number', text: '9'.repeat(30), reads: 'no-question' },
  { name: 'a full-width digit one', text: '１', reads: 'no-question' },
];

/** Text with nothing a person can see: only control and format characters (not plain whitespace). */
const invisibleOnly = (text: string): boolean => text.trim() !== '' && text.replace(/[\p{Cc}\p{Cf}\s]/gu, '') === '';

// ------------------------------------------------------------------ what every reply must respect
/** Control characters (a newline aside), null bytes, zero-width and bidi characters. */
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u;
/** A mention Discord would render (and, were mentions not disabled, ping). */
const rawMention = /@everyone|@here|<@[!&]?\d+>/;
/** The longest question a person can type into /ask: nothing longer is kept. */
const askMaxLength =
  (commandDefinitions.find((c) => c.name === 'ask')?.options?.find((o) => o.name === 'question') as { max_length?: number } | undefined)
    ?.max_length ?? 0;

type Payload = {
  content?: string;
  flags?: number;
  embeds?: { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] }[];
  components?: { components?: { label?: string; custom_id?: string }[] }[];
  choices?: { name: string; value: unknown }[];
};

function payloadOf(r: RecordedRequest): Payload | undefined {
  const body = r.path.endsWith('/callback') ? r.body?.data : r.body;
  return typeof body === 'object' && body !== null ? (body as Payload) : undefined;
}

/** Every string a person can see in a payload: content, embeds, buttons, autocomplete choices. */
function stringsOf(data: Payload): string[] {
  return [
    data.content ?? '',
    ...(data.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
    ...(data.components ?? []).flatMap((row) => (row.components ?? []).flatMap((c) => [c.label ?? '', c.custom_id ?? ''])),
    ...(data.choices ?? []).flatMap((c) => [c.name, String(c.value)]),
  ];
}

/** Where Discord renders mentions: content (outside inline code), embed descriptions and field values. */
function mentionRenderingText(data: Payload): string[] {
  return [
    (data.content ?? '').replace(/`[^`\n]*`/g, ''),
    ...(data.embeds ?? []).flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]),
  ];
}

/** Everything the bot sent since `since`: accepted by Discord, within its limits, mentions off, nothing unsafe. */
function expectSafeRequests(h: DiscordHarness, since: number): void {
  const sent = h.fake.requests.slice(since);
  expect(messageProblems(sent)).toEqual([]);
  expect(sent.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} -> ${r.status}`)).toEqual([]);
  for (const r of messageRequests(sent)) {
    const data = payloadOf(r)!;
    expect((data.content ?? '').trim() !== '' || (data.embeds ?? []).length > 0, `${r.method} ${r.path} is an empty message`).toBe(true);
  }
  for (const r of sent) {
    const data = payloadOf(r);
    if (!data) continue;
    for (const text of stringsOf(data)) expect(text, `${r.method} ${r.path}`).not.toMatch(unsafe);
    if (!isEphemeral(data)) for (const text of mentionRenderingText(data)) expect(text, `${r.method} ${r.path}`).not.toMatch(rawMention);
  }
}

// ------------------------------------------------------------------ what is stored
interface Stored {
  declined: { user_id: string; question: string }[];
  quizzes: { id: number; status: string; step: number; version: number }[];
  answers: number;
  results: number;
  feedback: number;
}

function storedIn(path: string): Stored {
  const db = new Database(path, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      declined: db.prepare('SELECT user_id, question FROM declined_questions ORDER BY id').all() as Stored['declined'],
      quizzes: db.prepare('SELECT id, status, step, version FROM quiz_sessions ORDER BY id').all() as Stored['quizzes'],
      answers: count('quiz_answers'),
      results: count('quiz_results'),
      feedback: count('feedback'),
    };
  } finally {
    db.close();
  }
}

type ReplyKind = 'answer' | 'prompt' | 'decline' | 'language';

/**
 * One declined question was stored exactly when the "not in my sources" or "I can only read English" decline was
 * shown (an empty or unreadable question is no gap in the sources), cleaned and bounded; nothing else changed.
 */
function expectStoredOnly(before: Stored, after: Stored, shown: ReplyKind | undefined): void {
  expect(after.declined.slice(0, before.declined.length)).toEqual(before.declined);
  const added = after.declined.slice(before.declined.length);
  expect(
    added.map((d) => d.question),
    'declined questions stored',
  ).toHaveLength(shown === 'decline' || shown === 'language' ? 1 : 0);
  for (const { question } of added) {
    expect(question.trim()).not.toBe('');
    expect(question).not.toMatch(unsafe);
    expect(question.length).toBeLessThanOrEqual(askMaxLength);
  }
  const { declined: _after, ...restAfter } = after;
  const { declined: _before, ...restBefore } = before;
  expect(restAfter, 'quizzes, answers, results and ratings').toEqual(restBefore);
}

const expectedKinds: Record<Reads, ReplyKind[]> = {
  nothing: ['prompt'],
  question: ['answer'],
  'no-question': ['prompt', 'decline'],
  'other-language': ['language'],
};

/** Which reply a question got, checking it is a clear one: a cited answer, or a decline with things to try. */
function clearReplyKind(data: Payload): ReplyKind {
  const embed = data.embeds?.[0];
  if (embed && /^My sources /.test(embed.description ?? '')) {
    // The explained decline: what the sources lack, then the closest they have, cited.
    expect(embed.description).toMatch(/The closest they have:\n• .+ \[1\]/);
    expect(embed.fields?.find((f) => f.name === 'Sources')?.value).toMatch(/^\[1\] /m);
    return 'decline';
  }
  if (embed) {
    // The cited answer: the question as its title, a footnoted passage, and the sources.
    expect(embed.title?.replace(/[“”\s]/g, '')).not.toBe('');
    expect(embed.description).toMatch(/\[1\]/);
    expect(embed.fields?.find((f) => f.name === 'Sources')?.value).toMatch(/^\[1\] /m);
    return 'answer';
  }
  const content = data.content ?? '';
  expect(content).toMatch(/\nTry: \S/);
  if (/^(I couldn't find that in my sources|My sources )/.test(content)) return 'decline';
  if (/^I can only read English for now: try asking in English/.test(content)) return 'language';
  expect(content).toMatch(/^Ask me something about Data Engineer or ML Engineer/);
  return 'prompt';
}

// ------------------------------------------------------------------ driving the fake Discord
let h: DiscordHarness;
const clock = new FakeClock();
/**
 * Each row's question is one of its own: a day later, the conversation before it (the rows before, from the same
 * person in the same channel) has lapsed. How follow-ups are read is test/discord-conversations.test.ts's.
 */
const freshConversation = () => clock.advanceHours(24);
beforeAll(async () => {
  // Far more free-text answers a minute than these rows send, so the cooldown never answers instead.
  h = await DiscordHarness.start({ cooldown: { limit: 100_000, windowMs: 60_000 }, clock });
});
afterAll(async () => {
  await h?.stop();
});

/** Every answer to one interaction: its callbacks, and follow-ups or edits through its token (reading its reply back says nothing). */
const answersTo = (interactionId: string, token: string): RecordedRequest[] =>
  h.fake.requests.filter(
    (r) =>
      r.method !== 'GET' &&
      (r.path.startsWith(`/interactions/${interactionId}/`) || r.path.startsWith(`/webhooks/${h.fake.applicationId}/${token}`)),
  );

async function slash(who: FakeUser, name: string, option: string, value: string) {
  const since = h.fake.requests.length;
  const { interactionId, token } = h.fake.slashCommand({ user: who, name, options: [stringOption(option, value)] });
  const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, callback, data: payloadOf(callback) ?? {} };
}

async function typeAhead(who: FakeUser, name: string, option: string, value: string) {
  const since = h.fake.requests.length;
  const { interactionId, token } = h.fake.autocomplete({ user: who, name, option, value });
  const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, callback };
}

async function press(who: FakeUser, messageId: string, customId: string) {
  const since = h.fake.requests.length;
  const { interactionId, token } = h.fake.clickButton({ user: who, messageId, customId });
  const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, callback, data: payloadOf(callback) ?? {} };
}

const isReplyTo =
  (channelId: string, messageId: string) =>
  (r: RecordedRequest): boolean =>
    r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.body?.message_reference?.message_id === messageId;

/** Someone types a message; we wait for the bot's reply to it. */
async function say(who: FakeUser, channelId: string, content: string, mentionsBot: boolean) {
  const since = h.fake.requests.length;
  const { messageId } = h.fake.sendMessage({ author: who, channelId, content, mentionsBot });
  const reply = await h.fake.waitForRequest(isReplyTo(channelId, messageId), 5000, since);
  return { messageId, reply, data: payloadOf(reply) ?? {} };
}

/** Runs one row on Discord: what the bot sent must be safe, nothing may be logged at error level. */
async function onDiscord(row: () => Promise<void>): Promise<void> {
  const since = h.fake.requests.length;
  const errorsBefore = h.errors().length;
  await row();
  expectSafeRequests(h, since);
  expect(h.errors().slice(errorsBefore)).toEqual([]);
}

// ------------------------------------------------------------------ the surfaces
describe('/ask question: hostile input gets one clear reply (the answer in public, a decline only to the asker), no ping, nothing stored but a real decline', () => {
  it('declares the length Discord lets people type, which bounds what is stored', () => {
    expect(askMaxLength).toBeGreaterThan(0);
    expect(askMaxLength).toBeLessThan(6000);
  });

  it.each(inputs)('$name', (row) =>
    onDiscord(async () => {
      const { alice, bob } = h.fake.users;
      freshConversation();
      const before = storedIn(h.databasePath);
      // The fake delivers what a modified client could send: empty, or longer than max_length.
      const asked = await slash(alice, 'ask', 'question', row.text);
      expect(asked.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      const kind = clearReplyKind(asked.data);
      expect(expectedKinds[row.reads]).toContain(kind);
      expect(isEphemeral(asked.data), 'only a decline is ephemeral').toBe(kind !== 'answer');
      expect(lateAcknowledgements(h.fake.requests, [asked.interactionId])).toEqual([]);
      expectStoredOnly(before, storedIn(h.databasePath), kind);

      // It still answers a normal question, and said nothing more to the odd one.
      const next = await slash(bob, 'ask', 'question', covered);
      expect(clearReplyKind(next.data)).toBe('answer');
      expect(answersTo(asked.interactionId, asked.token)).toHaveLength(1);
    }),
  );
});

describe('free text: hostile input gets one clear reply, in public, that pings nobody and stores nothing but a real decline', () => {
  const where = [
    { name: 'a message mentioning the bot', channel: () => h.fake.channels.general, mentionsBot: true },
    { name: 'a DM', channel: () => h.fake.dmChannelId, mentionsBot: false },
  ];
  describe.each(where)('$name', ({ channel, mentionsBot }) => {
    it.each(inputs)('$name', (row) =>
      onDiscord(async () => {
        const { alice } = h.fake.users;
        const channelId = channel();
        freshConversation();
        const before = storedIn(h.databasePath);
        const { messageId, reply, data } = await say(alice, channelId, row.text, mentionsBot);
        expect(reply.body.message_reference).toMatchObject({ message_id: messageId });
        const kind = clearReplyKind(data);
        expect(expectedKinds[row.reads]).toContain(kind);
        expect(isEphemeral(data)).toBe(false);
        expectStoredOnly(before, storedIn(h.databasePath), kind);

        // It still answers a normal question (which also proves the odd one got nothing more).
        const next = await say(alice, channelId, covered, mentionsBot);
        expect(clearReplyKind(next.data)).toBe('answer');
        expect(h.fake.requestsMatching(isReplyTo(channelId, messageId))).toHaveLength(1);
      }),
    );
  });
});

describe('/compare aspect: hostile input gets the comparison or, only to the asker, the aspects to pick from; its autocomplete stays within Discord limits', () => {
  it.each(inputs)('$name', (row) =>
    onDiscord(async () => {
      const { alice, bob } = h.fake.users;
      const before = storedIn(h.databasePath);
      const compared = await slash(alice, 'compare', 'aspect', row.text);
      expect(compared.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      const { data } = compared;
      if ((data.embeds ?? []).length > 0) {
        expect(isEphemeral(data)).toBe(false);
        expect(data.embeds![0]!.title).toMatch(/^Data Engineer vs ML Engineer — \S/);
        expect(data.embeds![0]!.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(['Data Engineer', 'ML Engineer', 'Sources']));
      } else {
        expect(isEphemeral(data)).toBe(true);
        expect(data.content).toMatch(/^(Compare the two roles on one of these:|I don't know the aspect "[\s\S]*"\. Try one of these:)\n/);
        expect(data.content).toContain('`salary`');
        // An aspect it does not know is named back with something visible; invisible-only text is no aspect.
        const unknown = /^I don't know the aspect "([\s\S]*)"\./.exec(data.content ?? '');
        if (unknown && !invisibleOnly(row.text)) expect(unknown[1]!.trim()).not.toBe('');
      }

      // Autocomplete on the same text: at most 25 choices, each named 1-100 characters, each an aspect id.
      const typed = await typeAhead(alice, 'compare', 'aspect', row.text);
      expect(typed.callback.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      const choices = (typed.callback.body.data?.choices ?? []) as { name: string; value: unknown }[];
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect(choice.name.length).toBeGreaterThanOrEqual(1);
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value).toMatch(/^[a-z][a-z-]{0,99}$/);
      }
      expect(lateAcknowledgements(h.fake.requests, [compared.interactionId, typed.interactionId])).toEqual([]);
      expect(storedIn(h.databasePath)).toEqual(before);

      const next = await slash(bob, 'compare', 'aspect', 'salary');
      expect(next.data.embeds?.[0]?.title).toBe('Data Engineer vs ML Engineer — Salary');
      expect(answersTo(compared.interactionId, compared.token)).toHaveLength(1);
      expect(answersTo(typed.interactionId, typed.token)).toHaveLength(1);
    }),
  );

  // Text with nothing visible in it is no aspect: the reply should be the plain list, as for an empty aspect.
  for (const row of inputs.filter((r) => invisibleOnly(r.text))) {
    it(`${row.name}: is treated as no aspect, not as the unknown aspect ""`, () =>
      onDiscord(async () => {
        const { data } = await slash(h.fake.users.alice, 'compare', 'aspect', row.text);
        expect(data.content).toMatch(/^Compare the two roles on one of these:\n/);
      }));
  }
});

describe('quiz answers on Discord: a forged or hostile button id changes nothing, is told so privately, and the real buttons still work', () => {
  let questionId = '';
  const question = () => h.fake.message(questionId)!;
  const buttonsOf = () =>
    ((question().components ?? []) as unknown as { components?: { label?: string; custom_id?: string }[] }[]).flatMap(
      (row) => row.components ?? [],
    );
  const titleOf = () => question().embeds[0]?.title ?? '';

  beforeAll(async () => {
    const { alice } = h.fake.users;
    const since = h.fake.requests.length;
    const { token } = h.fake.slashCommand({ user: alice, name: 'quiz' });
    await h.fake.waitForRequest({ method: 'PATCH', path: originalPath(h.fake.applicationId, token) }, 5000, since);
    const thread = h.fake.threads.at(-1);
    if (!thread) throw new Error('test: no quiz thread was opened');
    questionId = h.fake.lastMessageIn(thread.id)!.id;
    expect(titleOf()).toMatch(/^Question 1 of 5/);
  });

  it.each(inputs)('$name', (row) =>
    onDiscord(async () => {
      const { alice } = h.fake.users;
      const before = storedIn(h.databasePath);
      const shown = structuredClone(question());
      const firstOption = buttonsOf()[0]!.custom_id!;
      const [, , quizId, version, step] = firstOption.split(':');
      expect(firstOption).toMatch(/^q:a:\d+:\d+:0:[a-z-]+$/);
      // Discord caps a custom id at 100 characters.
      const forged = [row.text.slice(0, 100), `q:a:${quizId}:${version}:${step}:${row.text}`.slice(0, 100)];
      const clicks = [];
      for (const customId of forged) {
        const clicked = await press(alice, questionId, customId);
        expect(clicked.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
        expect(isEphemeral(clicked.data)).toBe(true);
        expect(clicked.data.content).toMatch(/^(That button is from an older version of me|That isn't one of the options\.)/);
        clicks.push(clicked);
      }
      expect(question(), 'the quiz message is untouched').toEqual(shown);
      expect(storedIn(h.databasePath), 'same step, same version, no answer stored').toEqual(before);

      // The real buttons still work: answer question 1, then go back to it.
      const answered = await press(alice, questionId, firstOption);
      expect(answered.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
      expect(titleOf()).toMatch(/^Question 2 of 5/);
      const back = buttonsOf().find((b) => /Back/.test(b.label ?? ''))!.custom_id!;
      const returned = await press(alice, questionId, back);
      expect(returned.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
      expect(titleOf()).toMatch(/^Question 1 of 5/);
      expect(
        lateAcknowledgements(
          h.fake.requests,
          [...clicks, answered, returned].map((c) => c.interactionId),
        ),
      ).toEqual([]);
      for (const { interactionId, token } of clicks) expect(answersTo(interactionId, token)).toHaveLength(1);
    }),
  );
});

describe('quiz answers at the console: a hostile line changes nothing, gets a clear reply, and the next valid answer still works', () => {
  let dir = '';
  let databasePath = '';
  let testBot: TestBot;
  let session: ConsoleSession;
  const written: string[] = [];
  const errors: unknown[] = [];
  const type = async (line: string): Promise<string> => {
    const before = written.length;
    await session.handle(line);
    return written.slice(before).join('\n\n');
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'careerbot-hostile-'));
    databasePath = join(dir, 'careerbot.sqlite');
    testBot = openTestBot({ databasePath });
    session = new ConsoleSession(
      testBot.bot,
      'mallory',
      (text) => written.push(text),
      (error) => errors.push(error),
    );
    expect(await type('/quiz')).toMatch(/^Question 1 of 5 · /);
  });
  afterAll(() => {
    testBot?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(inputs)('$name', async (row) => {
    const before = storedIn(databasePath);
    const errorsBefore = errors.length;
    const out = await type(row.text);
    let kind: ReplyKind | undefined;
    if (row.text.trim() === '') {
      // A blank line at the prompt is passed over, as a shell does.
      expect(out).toBe('');
    } else if (/^\d+$/.test(row.text.trim())) {
      expect(out).toBe('Type a number from 1 to 3, or back · restart · quit.');
    } else if (out.startsWith("I couldn't tell which option that is.")) {
      // A few words (or one long one) that choose no option and ask nothing: told what to type, nothing stored.
      expect(out).toBe(
        "I couldn't tell which option that is. Type a number from 1 to 3, or back · restart · quit; a question is answered as usual.",
      );
    } else {
      // Read as a question, answered or declined, with a reminder of the quiz waiting.
      expect(out).toMatch(/\n\n\(Your quiz is waiting at question 1 of 5: type an option's number, or back · restart · quit\.\)$/);
      kind = /^(I couldn't find that in my sources|My sources )/.test(out)
        ? 'decline'
        : /^Ask me something about/.test(out)
          ? 'prompt'
          : /^I can only read English for now/.test(out)
            ? 'language'
            : 'answer';
      if (kind === 'answer') expect(out).toMatch(/^\[1\] \S.* › \S/m);
      else expect(out).toMatch(/\nTry: \S|\nThe closest they have:\n  • \S/);
      expect(expectedKinds[row.reads]).toContain(kind);
    }
    // Nothing typed comes back with its control characters: an ESC would drive the terminal.
    expect(out).not.toMatch(unsafe);
    expect(errors.slice(errorsBefore)).toEqual([]);
    expectStoredOnly(before, storedIn(databasePath), kind);

    expect(await type('1')).toMatch(/^Question 2 of 5 · /);
    expect(await type('back')).toMatch(/^Question 1 of 5 · /);
  });
});
