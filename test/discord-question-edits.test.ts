/**
 * Questions as communities really treat them (issue 14, items 1 and 2): mentioned through the bot's own role,
 * deleted before the answer arrives, edited or deleted after it. The real discord.js client, started by the
 * bot's own start-up code, against the fake Discord; we assert on the requests the bot makes: its replies,
 * the PATCH of an answer revised in place, the DELETE of an answer whose question went, and its silence.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startsHarnesses } from './support/discordTests.js';
import { FakeClock } from './support/clock.js';
import { OneAtATime } from '../src/discord/oneAtATime.js';
import { type DiscordHarness, messageProblems, snowflakeTime } from '../scripts/support/discordHarness.js';
import { MessageType } from '../scripts/support/discordKit.js';
import { fixedId, type FakeUser, type RecordedRequest } from '../scripts/support/fakeDiscord.js';

// The fake's ids are fixed snowflakes (see fixedId in fakeDiscord.ts), so the answer channel can be named
// before the harness exists (test/discord-free-text.test.ts checks this stays true).
const answersChannel = fixedId(4);

const mlPay = 'how much do ML engineers make?';
const dePay = 'how much do data engineers make?';

const start = startsHarnesses({ answerChannelIds: [answersChannel] });

const isReplyTo =
  (channelId: string, messageId: string) =>
  (r: RecordedRequest): boolean =>
    r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.body?.message_reference?.message_id === messageId;

/** Someone types a question and we wait for the bot's answer: the question's id, the request, the answer's id. */
async function ask(
  h: DiscordHarness,
  input: { author?: FakeUser; channelId: string; content: string; mentionsBot?: boolean },
): Promise<{ questionId: string; reply: RecordedRequest; answerId: string }> {
  const since = h.fake.requests.length;
  const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, ...input });
  const reply = await h.fake.waitForRequest((r) => isReplyTo(input.channelId, messageId)(r) && r.status < 300, 5000, since);
  const answerId = h.fake.lastMessageIn(input.channelId)?.id;
  if (!answerId) throw new Error('test: the answer is not stored');
  return { questionId: messageId, reply, answerId };
}

/**
 * Proves the bot has dealt with everything sent before: bob mentions it with a question in the same channel and
 * we wait for that answer (events arrive in order; one channel's requests share one REST queue).
 */
async function settle(h: DiscordHarness, channelId: string): Promise<void> {
  await ask(h, { author: h.fake.users.bob, channelId, content: dePay, mentionsBot: true });
}

/** What the bot did to one message of its own (PATCH, DELETE) since `since`. */
function changesTo(h: DiscordHarness, channelId: string, messageId: string, since = 0): RecordedRequest[] {
  return h.fake.requests.slice(since).filter((r) => r.path === `/channels/${channelId}/messages/${messageId}`);
}
/** Everything the bot posted to a channel since `since`. */
function postsSince(h: DiscordHarness, channelId: string, since: number): RecordedRequest[] {
  return h.fake.requests.slice(since).filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
}

const embedOf = (body: any) => body?.embeds?.[0];

function expectPayAnswer(body: any, role: RegExp, question: string): void {
  const embed = embedOf(body);
  expect(embed, 'the answer is an embed').toBeDefined();
  expect(embed.title).toContain(question);
  expect(embed.description).toMatch(role);
  expect(embed.description).toMatch(/\$\d/);
  expect(embed.fields?.find((f: { name: string }) => f.name === 'Sources')?.value).toMatch(/^\[1\] /);
}

function expectClean(h: DiscordHarness): void {
  expect(messageProblems(h.fake.requests)).toEqual([]);
  expect(h.errors()).toEqual([]);
}

describe("a mention of the bot's own role", () => {
  it('answers a question that mentions its managed role as a mention of itself, without the role in the question', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const { reply } = await ask(h, { channelId: general, content: `<@&${h.fake.roles.bot}> ${mlPay}` });
    expectPayAnswer(reply.body, /ML Engineer/, mlPay);
    expect(embedOf(reply.body).title).not.toContain(h.fake.roles.bot);
    expectClean(h);
  });

  it('stays silent when a role of people is mentioned instead', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const since = h.fake.requests.length;
    const { messageId } = h.fake.sendMessage({
      author: h.fake.users.alice,
      channelId: general,
      content: `<@&${h.fake.roles.mentors}> ${mlPay}`,
    });
    await settle(h, general);
    expect(h.fake.requestsMatching(isReplyTo(general, messageId))).toEqual([]);
    expect(postsSince(h, general, since)).toHaveLength(1); // bob's answer only
    expectClean(h);
  });
});

describe('a question deleted before its answer', () => {
  it('still gets its answer into the channel, once, without the reference Discord would refuse', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const since = h.fake.requests.length;
    const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, channelId: general, content: mlPay, mentionsBot: true });
    // Deleted (by its author, by AutoMod) before the bot could reply.
    h.fake.deleteMessage(messageId);
    const reply = await h.fake.waitForRequest(isReplyTo(general, messageId), 5000, since);
    expect(reply.status).toBe(200);
    expect(reply.body.message_reference).toMatchObject({ message_id: messageId, fail_if_not_exists: false });
    expectPayAnswer(reply.body, /ML Engineer/, mlPay);
    const shown = h.fake.lastMessageIn(general);
    expect(shown?.message_reference).toBeUndefined();
    expect(shown?.type).toBe(MessageType.Default);
    await settle(h, general);
    expect(h.fake.requestsMatching(isReplyTo(general, messageId))).toHaveLength(1);
    expect(postsSince(h, general, since)).toHaveLength(2); // this answer and bob's
    expectClean(h);
  });
});

describe('a deleted question', () => {
  it('takes its answer with it, in a channel and in a DM', async () => {
    const h = await start();
    for (const channelId of [h.fake.channels.general, h.fake.dmChannelId]) {
      const { questionId, answerId } = await ask(h, { channelId, content: mlPay, mentionsBot: channelId !== h.fake.dmChannelId });
      const since = h.fake.requests.length;
      h.fake.deleteMessage(questionId);
      const deleted = await h.fake.waitForRequest({ method: 'DELETE', path: `/channels/${channelId}/messages/${answerId}` }, 5000, since);
      expect(deleted.status).toBe(204);
      expect(h.fake.message(answerId)).toBeUndefined();
    }
    expectClean(h);
  });

  it('takes its answer with it after a restart (the message no longer cached), and a purge takes every answer', async () => {
    const h = await start();
    const { answers } = h.fake.channels;
    const first = await ask(h, { channelId: answers, content: mlPay });
    const second = await ask(h, { author: h.fake.users.bob, channelId: answers, content: dePay });
    const third = await ask(h, { channelId: answers, content: 'what skills do ML engineers need?' });
    await h.restartBot();

    const since = h.fake.requests.length;
    h.fake.deleteMessage(first.questionId);
    await h.fake.waitForRequest({ method: 'DELETE', path: `/channels/${answers}/messages/${first.answerId}` }, 5000, since);
    h.fake.bulkDeleteMessages(answers, [second.questionId, third.questionId]);
    for (const { answerId } of [second, third])
      await h.fake.waitForRequest({ method: 'DELETE', path: `/channels/${answers}/messages/${answerId}` }, 5000, since);
    expect(h.fake.requests.slice(since).filter((r) => r.method === 'DELETE')).toHaveLength(3);
    expectClean(h);
  });

  it("leaves other people's messages and the bot's other answers alone", async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const kept = await ask(h, { channelId: general, content: mlPay, mentionsBot: true });
    const chatter = h.fake.sendMessage({ author: h.fake.users.bob, channelId: general, content: 'lol nice' });
    const since = h.fake.requests.length;
    h.fake.deleteMessage(chatter.messageId);
    await settle(h, general);
    expect(h.fake.requests.slice(since).filter((r) => r.method !== 'POST')).toEqual([]);
    expect(h.fake.message(kept.answerId)).toBeDefined();
    expectClean(h);
  });
});

describe('an edited question', () => {
  it('has its answer revised in place, with no new message', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const { questionId, answerId } = await ask(h, { channelId: general, content: mlPay, mentionsBot: true });
    const since = h.fake.requests.length;
    h.fake.editMessage({ messageId: questionId, content: `<@${h.fake.bot.id}> ${dePay}` });
    const patch = await h.fake.waitForRequest({ method: 'PATCH', path: `/channels/${general}/messages/${answerId}` }, 5000, since);
    expect(patch.status).toBe(200);
    expectPayAnswer(patch.body, /Data Engineer/, dePay);
    expectPayAnswer(h.fake.message(answerId), /Data Engineer/, dePay);
    await settle(h, general);
    expect(postsSince(h, general, since)).toHaveLength(1); // bob's answer only
    expectClean(h);
  });

  it('edited while its answer is on the way, has that answer revised rather than drawing a second one', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const since = h.fake.requests.length;
    // Discord is slow to take the answer: the typo fix arrives before the bot knows which message answers the question.
    h.fake.delayNext({ method: 'POST', path: `/channels/${general}/messages` }, 400);
    const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, channelId: general, content: mlPay, mentionsBot: true });
    await h.fake.waitForRequest(isReplyTo(general, messageId), 5000, since);
    h.fake.editMessage({ messageId, content: `<@${h.fake.bot.id}> ${dePay}` });
    const answerId = h.fake.lastMessageIn(general)?.id ?? '';
    const patch = await h.fake.waitForRequest({ method: 'PATCH', path: `/channels/${general}/messages/${answerId}` }, 5000, since);
    expectPayAnswer(patch.body, /Data Engineer/, dePay);
    await settle(h, general);
    expect(h.fake.requestsMatching(isReplyTo(general, messageId))).toHaveLength(1);
    expectClean(h);
  });

  it('takes the place of its turn in the conversation, so a follow-up continues the question as edited', async () => {
    const h = await start();
    const { answers } = h.fake.channels;
    const { questionId, answerId } = await ask(h, { channelId: answers, content: mlPay });
    const since = h.fake.requests.length;
    h.fake.editMessage({ messageId: questionId, content: dePay });
    await h.fake.waitForRequest({ method: 'PATCH', path: `/channels/${answers}/messages/${answerId}` }, 5000, since);
    const db = new Database(h.databasePath, { readonly: true });
    try {
      const row = db.prepare('SELECT state FROM conversations WHERE key = ?').get(`discord:${h.fake.users.alice.id}@${answers}`) as {
        state: string;
      };
      expect(JSON.parse(row.state).turns.map((t: { question: string }) => t.question)).toEqual([dePay]);
    } finally {
      db.close();
    }
    expectClean(h);
  });

  it('loses its answer when it no longer asks anything the bot would answer', async () => {
    const h = await start();
    const { answers, general } = h.fake.channels;
    // In an answer channel, a remark gets no answer; elsewhere, a message without the mention is not for the bot.
    const inAnswers = await ask(h, { channelId: answers, content: mlPay });
    const mentioned = await ask(h, { channelId: general, content: mlPay, mentionsBot: true });
    const since = h.fake.requests.length;
    h.fake.editMessage({ messageId: inAnswers.questionId, content: 'never mind, found it' });
    h.fake.editMessage({ messageId: mentioned.questionId, content: mlPay });
    await h.fake.waitForRequest({ method: 'DELETE', path: `/channels/${answers}/messages/${inAnswers.answerId}` }, 5000, since);
    await h.fake.waitForRequest({ method: 'DELETE', path: `/channels/${general}/messages/${mentioned.answerId}` }, 5000, since);
    // Deleting the question later finds nothing left to delete.
    const after = h.fake.requests.length;
    h.fake.deleteMessage(inAnswers.questionId);
    await settle(h, answers);
    expect(h.fake.requests.slice(after).filter((r) => r.method === 'DELETE')).toEqual([]);
    expectClean(h);
  });

  it('is answered when the edit adds the mention, once, and not again when its link preview arrives', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, channelId: general, content: mlPay });
    await settle(h, general);
    expect(h.fake.requestsMatching(isReplyTo(general, messageId))).toEqual([]);

    const since = h.fake.requests.length;
    h.fake.editMessage({ messageId, content: `<@${h.fake.bot.id}> ${mlPay} https://example.com/pay` });
    const reply = await h.fake.waitForRequest(isReplyTo(general, messageId), 5000, since);
    expectPayAnswer(reply.body, /ML Engineer/, mlPay);
    h.fake.addLinkPreview({ messageId, url: 'https://example.com/pay', title: 'Pay' });
    await settle(h, general);
    // After a restart the message is no longer cached: its preview arriving again changes nothing either.
    await h.restartBot();
    h.fake.addLinkPreview({ messageId, url: 'https://example.com/more', title: 'More' });
    await settle(h, general);
    expect(h.fake.requestsMatching(isReplyTo(general, messageId))).toHaveLength(1);
    expect(h.fake.requests.slice(since).filter((r) => r.method === 'PATCH' || r.method === 'DELETE')).toEqual([]);
    expectClean(h);
  });

  it('is left alone by a link preview, an edit of another bot, and an edit after CONVERSATION_MINUTES', async () => {
    const clock = new FakeClock(Date.now());
    const h = await start({ clock });
    const { general } = h.fake.channels;
    const { questionId, answerId } = await ask(h, { channelId: general, content: `${mlPay} https://example.com/pay`, mentionsBot: true });
    const fromBot = h.fake.sendMessage({ author: h.fake.users.someBot, channelId: general, content: 'status: all green' });
    const since = h.fake.requests.length;
    h.fake.addLinkPreview({ messageId: questionId, url: 'https://example.com/pay', title: 'Pay' });
    h.fake.editMessage({ messageId: fromBot.messageId, content: `<@${h.fake.bot.id}> ${dePay}` });
    await settle(h, general);

    // Ten minutes (the default window) and a second after it was sent, the question is history: an edit revises nothing.
    clock.advanceMs(snowflakeTime(questionId) + 10 * 60_000 + 1000 - clock.now());
    h.fake.editMessage({ messageId: questionId, content: `<@${h.fake.bot.id}> ${dePay}` });
    await settle(h, general);
    expect(changesTo(h, general, answerId, since)).toEqual([]);
    expect(h.fake.requestsMatching(isReplyTo(general, fromBot.messageId))).toEqual([]);
    expect(postsSince(h, general, since)).toHaveLength(2); // bob's two answers
    // Deleting it still takes its answer along.
    h.fake.deleteMessage(questionId);
    await h.fake.waitForRequest({ method: 'DELETE', path: `/channels/${general}/messages/${answerId}` }, 5000, since);
    expectClean(h);
  });
});

describe('OneAtATime', () => {
  it("runs one message's handlers in order, even after one fails, others at once, and forgets a message when done", async () => {
    const queue = new OneAtATime();
    const seen: string[] = [];
    const later = (label: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => resolve(void seen.push(label)), ms));
    const first = queue.run('a', later('a1', 30));
    const failing = queue.run('a', () => Promise.reject(new Error('boom')));
    const third = queue.run('a', later('a3', 0));
    const other = queue.run('b', later('b1', 0));
    expect(queue.size).toBe(2);
    await expect(failing).rejects.toThrow('boom');
    await Promise.all([first, third, other]);
    expect(seen).toEqual(['b1', 'a1', 'a3']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.size).toBe(0);
  });
});
