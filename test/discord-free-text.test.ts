/**
 * Free-text questions on Discord (issue 4, "Free-text answers"): the real discord.js client, started by the
 * bot's own start-up code, against the fake Discord. Users type messages (MESSAGE_CREATE); we assert on the
 * replies the bot posts (POST /channels/<id>/messages with a message_reference) and on its silence.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startsHarnesses } from './support/discordTests.js';
import { FakeClock } from './support/clock.js';
import { type DiscordHarness, type HarnessOptions, messageProblems, testToken } from '../scripts/support/discordHarness.js';
import { RESTJSONErrorCodes } from '../scripts/support/discordKit.js';
import { fixedId, type FakeUser, type RecordedRequest } from '../scripts/support/fakeDiscord.js';

// The fake's ids are fixed snowflakes (see fixedId in fakeDiscord.ts), so the answer channel can be named
// before the harness (and its fake) exists. The first test checks this stays true.
const answersChannel = fixedId(4);

const covered = 'how much do ML engineers make?';
const alsoCovered = 'how much do data engineers make?';
const uncovered = "what's for lunch?";

const start = startsHarnesses();
const withAnswerChannel = (options: HarnessOptions = {}) => start({ answerChannelIds: [answersChannel], ...options });

/** A channel message the bot posted in reply to `messageId`. */
const isReplyTo =
  (channelId: string, messageId: string) =>
  (r: RecordedRequest): boolean =>
    r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.body?.message_reference?.message_id === messageId;

function repliesTo(h: DiscordHarness, channelId: string, messageId: string): RecordedRequest[] {
  return h.fake.requestsMatching(isReplyTo(channelId, messageId));
}

/** Someone types a message and we wait for the bot's reply to it (the one Discord accepted). */
async function askAndWait(
  h: DiscordHarness,
  input: { author: FakeUser; channelId: string; content: string; mentionsBot?: boolean; replyTo?: string },
  timeoutMs = 5000,
): Promise<{ messageId: string; reply: RecordedRequest }> {
  const since = h.fake.requests.length;
  const { messageId } = h.fake.sendMessage(input);
  const delivered = (r: RecordedRequest) => isReplyTo(input.channelId, messageId)(r) && r.status < 300;
  const reply = await h.fake.waitForRequest(delivered, timeoutMs, since);
  return { messageId, reply };
}

/**
 * Proves the bot has dealt with everything sent before: bob mentions it with a covered question in the same
 * channel and we wait for that reply. Gateway events arrive in order and replies in one channel share one
 * REST queue, so a reply to an earlier message would have been sent by then.
 */
async function settle(h: DiscordHarness, channelId: string, author: FakeUser = h.fake.users.bob): Promise<void> {
  await askAndWait(h, { author, channelId, content: alsoCovered, mentionsBot: true });
}

/** All the bot's channel messages (replies or not) since `since`. */
function postsSince(h: DiscordHarness, since: number): RecordedRequest[] {
  return h.fake.requests.slice(since).filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
}

function expectCitedSalaryAnswer(reply: RecordedRequest, role: RegExp = /ML Engineer/): void {
  expect(reply.status).toBe(200);
  const embed = reply.body.embeds?.[0];
  expect(embed, 'the answer is an embed').toBeDefined();
  // The best passage leads, with a footnote, and the Sources list says where it comes from.
  expect(embed.description).toMatch(role);
  expect(embed.description).toMatch(/\$\d/);
  expect(embed.description).toContain('[1]');
  const sources = embed.fields?.find((f: { name: string }) => f.name === 'Sources');
  expect(sources?.value).toMatch(/\[1\]/);
}

function expectDecline(reply: RecordedRequest): void {
  expect(reply.status).toBe(200);
  expect(reply.body.embeds ?? []).toEqual([]);
  expect(reply.body.content).toMatch(/couldn't find that in my sources/i);
  expect(reply.body.content).toMatch(/Data Engineer and ML Engineer/);
  // Suggested topics to try.
  expect(reply.body.content).toMatch(/Try: .*\/compare aspect:/);
}

function expectClean(h: DiscordHarness): void {
  expect(messageProblems(h.fake.requests)).toEqual([]);
  expect(h.errors()).toEqual([]);
}

function declinedRows(h: DiscordHarness): { user_id: string; question: string }[] {
  const db = new Database(h.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT user_id, question FROM declined_questions ORDER BY id').all() as { user_id: string; question: string }[];
  } finally {
    db.close();
  }
}

describe('free text in an answer channel', () => {
  it('replies to a question with the cited answer, without being mentioned', async () => {
    const h = await withAnswerChannel();
    expect(h.fake.channels.answers).toBe(answersChannel);
    const { alice } = h.fake.users;
    const { messageId, reply } = await askAndWait(h, { author: alice, channelId: answersChannel, content: covered });
    expect(reply.body.message_reference).toMatchObject({ message_id: messageId });
    expectCitedSalaryAnswer(reply);
    expect(reply.body.embeds[0].title).toContain(covered);
    expect(repliesTo(h, answersChannel, messageId)).toHaveLength(1);
    expectClean(h);
  });

  it('answers "which role would fit me?" with what to choose each for, and offers /quiz above the answer', async () => {
    const h = await withAnswerChannel();
    const { alice } = h.fake.users;
    const { reply } = await askAndWait(h, { author: alice, channelId: answersChannel, content: 'which role would fit me?' });
    expect(reply.body.content).toBe('Which one fits you depends on you: /quiz asks you five questions and tells you which, and why.');
    expect(reply.body.embeds[0].description).toMatch(/Choose ML engineering if /);
    expect(reply.body.embeds[0].description).toMatch(/Choose data engineering if /);
    expectClean(h);
  });

  it('stays silent when its sources cannot answer and nobody mentioned it', async () => {
    const h = await withAnswerChannel();
    const since = h.fake.requests.length;
    const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, channelId: answersChannel, content: uncovered });
    await settle(h, answersChannel);
    expect(repliesTo(h, answersChannel, messageId)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(1); // bob's answer only
    expectClean(h);
  });

  it('declines politely, with suggestions, when the uncovered question mentions it', async () => {
    const h = await withAnswerChannel();
    const { reply } = await askAndWait(h, { author: h.fake.users.alice, channelId: answersChannel, content: uncovered, mentionsBot: true });
    expectDecline(reply);
    expectClean(h);
  });

  it('stays silent on a question about a place its sources never mention, unless mentioned, then says what is missing', async () => {
    const h = await withAnswerChannel();
    const halfCovered = 'data engineer salary in germany?';
    const since = h.fake.requests.length;
    const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, channelId: answersChannel, content: halfCovered });
    await settle(h, answersChannel);
    expect(repliesTo(h, answersChannel, messageId)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(1); // bob's answer only

    const { reply } = await askAndWait(h, {
      author: h.fake.users.alice,
      channelId: answersChannel,
      content: halfCovered,
      mentionsBot: true,
    });
    const embed = reply.body.embeds?.[0];
    expect(embed.description).toMatch(/^My sources have no pay figures for “germany”\.\nThe closest they have:\n• /);
    expect(embed.description).toMatch(/\$\d.* \[1\]/);
    expect(embed.fields?.find((f: { name: string }) => f.name === 'Sources')?.value).toMatch(/^\[1\] /);
    expect(declinedRows(h).map((row) => row.question)).toEqual([halfCovered]);
    expectClean(h);
  });

  it('answers a question written with Discord markup (a header, a link, an emoji) as the plain question', async () => {
    const h = await withAnswerChannel();
    const { reply } = await askAndWait(h, {
      author: h.fake.users.alice,
      channelId: answersChannel,
      content: `# ${covered} https://example.com/claim 💰`,
    });
    expectCitedSalaryAnswer(reply);
    expectClean(h);
  });

  it('ignores chatter that is not a question', async () => {
    const h = await withAnswerChannel();
    const since = h.fake.requests.length;
    const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, channelId: answersChannel, content: 'lol nice' });
    await settle(h, answersChannel);
    expect(repliesTo(h, answersChannel, messageId)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(1);
    expectClean(h);
  });
});

describe('free text outside answer channels', () => {
  it('ignores a question in another channel when it is not mentioned', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const since = h.fake.requests.length;
    const { messageId } = h.fake.sendMessage({ author: h.fake.users.alice, channelId: general, content: covered });
    await settle(h, general);
    expect(repliesTo(h, general, messageId)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(1);
    expectClean(h);
  });

  it('does not take @everyone, @here or a role mention as a mention of itself', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const since = h.fake.requests.length;
    const sent = ['@everyone', '@here', '<@&123456789012345678>'].map(
      (ping) => h.fake.sendMessage({ author: h.fake.users.alice, channelId: general, content: `${ping} ${covered}` }).messageId,
    );
    await settle(h, general);
    for (const id of sent) expect(repliesTo(h, general, id)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(1);
    expectClean(h);
  });

  it('answers a question that mentions it, with the cited answer, as a reply to that message', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const { messageId, reply } = await askAndWait(h, {
      author: h.fake.users.alice,
      channelId: general,
      content: covered,
      mentionsBot: true,
    });
    expect(reply.body.message_reference).toMatchObject({ message_id: messageId });
    expectCitedSalaryAnswer(reply);
    // The bot's own mention is not part of the question it echoes.
    expect(reply.body.embeds[0].title).not.toContain(h.fake.bot.id);
    expectClean(h);
  });

  it('answers a bare mention with a short prompt of what to ask', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const { reply } = await askAndWait(h, { author: h.fake.users.alice, channelId: general, content: `<@${h.fake.bot.id}>` });
    // The nickname form of the mention works the same.
    const nick = await askAndWait(h, { author: h.fake.users.bob, channelId: general, content: ` <@!${h.fake.bot.id}>  ` });
    expect(nick.reply.body.content).toBe(reply.body.content);
    expect(reply.body.embeds ?? []).toEqual([]);
    expect(reply.body.content).toMatch(/Ask me something about Data Engineer or ML Engineer/);
    expect(reply.body.content).not.toMatch(/couldn't find/i);
    expect(reply.body.content.length).toBeLessThan(400);
    expect(declinedRows(h), 'an empty mention is not a gap in the sources').toEqual([]);
    expectClean(h);
  });

  it('says in the answer when what it quotes is said of the other role only', async () => {
    const h = await start();
    const { reply } = await askAndWait(h, {
      author: h.fake.users.alice,
      channelId: h.fake.dmChannelId,
      content: 'do mles get paged at night?',
    });
    expect(reply.body.embeds?.[0]?.description).toContain("My sources say this of data engineers; they don't say it of ML engineers.");
    expectClean(h);
  });

  it('answers a question in a DM without a mention', async () => {
    const h = await start();
    const { reply } = await askAndWait(h, { author: h.fake.users.alice, channelId: h.fake.dmChannelId, content: covered });
    expectCitedSalaryAnswer(reply);
    expectClean(h);
  });
});

describe('messages it never answers', () => {
  it('ignores other bots, webhooks and itself, even when they mention it or write in an answer channel', async () => {
    const h = await withAnswerChannel();
    const { general } = h.fake.channels;
    const hook: FakeUser = { id: fixedId(900), username: 'Captain Hook' };
    const since = h.fake.requests.length;
    const ignored = [
      h.fake.sendMessage({ author: h.fake.users.someBot, channelId: answersChannel, content: covered }),
      h.fake.sendMessage({ author: h.fake.users.someBot, channelId: answersChannel, content: covered, mentionsBot: true }),
      h.fake.sendMessage({ author: hook, channelId: answersChannel, content: covered, webhookId: fixedId(901) }),
      h.fake.sendMessage({ author: hook, channelId: answersChannel, content: covered, mentionsBot: true, webhookId: fixedId(901) }),
      h.fake.sendMessage({ author: h.fake.bot, channelId: answersChannel, content: covered }),
      h.fake.sendMessage({ author: h.fake.bot, channelId: answersChannel, content: covered, mentionsBot: true }),
    ].map((m) => m.messageId);
    const inGeneral = [
      h.fake.sendMessage({ author: h.fake.users.someBot, channelId: general, content: covered, mentionsBot: true }),
      h.fake.sendMessage({ author: hook, channelId: general, content: covered, mentionsBot: true, webhookId: fixedId(901) }),
      h.fake.sendMessage({ author: h.fake.bot, channelId: general, content: covered, mentionsBot: true }),
    ].map((m) => m.messageId);
    const inDm = h.fake.sendMessage({ author: h.fake.users.someBot, channelId: h.fake.dmChannelId, content: covered }).messageId;
    await settle(h, answersChannel);
    await settle(h, general);
    await settle(h, h.fake.dmChannelId, h.fake.users.alice);
    expect(repliesTo(h, h.fake.dmChannelId, inDm)).toEqual([]);
    for (const id of ignored) expect(repliesTo(h, answersChannel, id)).toEqual([]);
    for (const id of inGeneral) expect(repliesTo(h, general, id)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(3); // the answers to bob (twice) and alice
    expectClean(h);
  });

  it('answers once and does not answer its own reply when Discord echoes it back', async () => {
    const h = await withAnswerChannel({ fake: { echoOwnMessages: true } });
    const since = h.fake.requests.length;
    await askAndWait(h, { author: h.fake.users.alice, channelId: answersChannel, content: covered });
    await settle(h, answersChannel);
    expect(postsSince(h, since)).toHaveLength(2);
    expectClean(h);
  });
});

describe('per-user cooldown', () => {
  it('answers the first questions, says to wait once, then stays quiet until the window has passed', async () => {
    const clock = new FakeClock();
    const h = await start({ cooldown: { limit: 2, windowMs: 60_000 }, clock });
    const { general } = h.fake.channels;
    const { alice } = h.fake.users;
    const since = h.fake.requests.length;
    const sent = [covered, alsoCovered, covered, alsoCovered, covered].map(
      (content) => h.fake.sendMessage({ author: alice, channelId: general, content, mentionsBot: true }).messageId,
    );
    // Bob is not held back by alice's flood.
    await settle(h, general);
    const replies = sent.map((id) => repliesTo(h, general, id));
    expect(replies.map((r) => r.length)).toEqual([1, 1, 1, 0, 0]);
    expectCitedSalaryAnswer(replies[0]![0]!);
    expectCitedSalaryAnswer(replies[1]![0]!, /Data Engineer/);
    const warning = replies[2]![0]!;
    expect(warning.body.embeds ?? []).toEqual([]);
    expect(warning.body.content).toMatch(/faster than I can keep up/);
    expect(warning.body.content).toMatch(/\b60 s\b/);
    expect(postsSince(h, since)).toHaveLength(4);

    clock.advanceHours(61 / 3600);
    const again = await askAndWait(h, { author: alice, channelId: general, content: covered, mentionsBot: true });
    expectCitedSalaryAnswer(again.reply);
    expectClean(h);
  });

  // Silent chatter neither counts toward the cooldown nor draws its warning.
  it('does not tell someone to slow down about chatter it was not going to answer', async () => {
    const h = await withAnswerChannel({ cooldown: { limit: 2, windowMs: 60_000 }, clock: new FakeClock() });
    const { alice } = h.fake.users;
    const since = h.fake.requests.length;
    const chatter = ["what's for lunch?", 'anyone up for coffee?', 'is it raining where you are?'].map(
      (content) => h.fake.sendMessage({ author: alice, channelId: answersChannel, content }).messageId,
    );
    await settle(h, answersChannel);
    for (const id of chatter) expect(repliesTo(h, answersChannel, id)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(1); // bob's answer only
    expectClean(h);
  });

  it('still answers a real question after chatter it stayed silent about', async () => {
    const h = await withAnswerChannel({ cooldown: { limit: 2, windowMs: 60_000 }, clock: new FakeClock() });
    const { alice } = h.fake.users;
    for (const content of ["what's for lunch?", 'anyone up for coffee?']) {
      h.fake.sendMessage({ author: alice, channelId: answersChannel, content });
    }
    const { reply } = await askAndWait(h, { author: alice, channelId: answersChannel, content: covered }, 2000);
    expectCitedSalaryAnswer(reply);
    expectClean(h);
  });
});

describe('declined questions for the gaps report', () => {
  it('records a decline only when it was shown, not unanswered chatter in an answer channel', async () => {
    const h = await withAnswerChannel();
    const { alice } = h.fake.users;
    const aliceId = `discord:${alice.id}`;
    h.fake.sendMessage({ author: alice, channelId: answersChannel, content: 'what is the best pizza topping?' });
    await settle(h, answersChannel);
    expect(declinedRows(h)).toEqual([]);

    const mentioned = await askAndWait(h, { author: alice, channelId: answersChannel, content: uncovered, mentionsBot: true });
    expectDecline(mentioned.reply);
    const inDm = await askAndWait(h, { author: alice, channelId: h.fake.dmChannelId, content: 'who won the football?' });
    expectDecline(inDm.reply);
    // The question as asked, without the bot's mention.
    expect(declinedRows(h)).toEqual([
      { user_id: aliceId, question: uncovered },
      { user_id: aliceId, question: 'who won the football?' },
    ]);
    expectClean(h);
  });
});

describe('hostile input', () => {
  it('cannot make the bot ping @everyone, @here, a role or a user', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    // A role, and a real member (bob's id), besides @everyone and @here.
    const pings = '@everyone @here <@&123456789012345678> <@1058897343283200007>';
    const answered = await askAndWait(h, {
      author: h.fake.users.alice,
      channelId: general,
      content: `${pings} ${covered}`,
      mentionsBot: true,
    });
    const declined = await askAndWait(h, {
      author: h.fake.users.bob,
      channelId: general,
      content: `${pings} ${uncovered} ${pings}`,
      mentionsBot: true,
    });
    const inDm = await askAndWait(h, { author: h.fake.users.alice, channelId: h.fake.dmChannelId, content: `${covered} ${pings}` });
    for (const { reply } of [answered, declined, inDm]) {
      expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    expectClean(h);
  });

  it('answers very long, invisible-character, markdown and null-byte questions within Discord limits, without crashing', async () => {
    const h = await start({ cooldown: { limit: 100, windowMs: 60_000 } });
    const { alice } = h.fake.users;
    const weird = [
      `${covered} ${'and what about the bonus? '.repeat(240)}`.slice(0, 6000),
      `how\u200b much\u200d do ML\u202e engineers\u2066 make?\u202c\ufeff`,
      '```js\nhow much do ML engineers make?\n``` **bold** __under__ ||spoiler|| `code` > quote # heading',
      'how much\u0000 do ML engineers make?\u0000',
      `\u0000\u200b${'`'.repeat(3000)}`,
    ];
    expect(weird[0]!.length).toBe(6000);
    for (const channelId of [h.fake.dmChannelId, h.fake.channels.general]) {
      for (const content of weird) {
        const { reply } = await askAndWait(h, { author: alice, channelId, content, mentionsBot: channelId !== h.fake.dmChannelId });
        expect(reply.status).toBe(200);
        const title: string = reply.body.embeds?.[0]?.title ?? '';
        // What the bot says back holds no invisible, bidi-flipping or control characters.
        // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible code point is looked for on its own
        expect(title).not.toMatch(/[\u0000\u200b\u200d\u202e\u2066\u202c\ufeff]/);
        expect(reply.body.content ?? '').not.toMatch(/[\u0000\u202e\u2066]/);
      }
    }
    expectClean(h);
  });

  it('stays up in an answer channel on the same inputs, replying within limits or not at all', async () => {
    const h = await withAnswerChannel({ cooldown: { limit: 100, windowMs: 60_000 } });
    const { alice } = h.fake.users;
    for (const content of [
      `${covered} ${'x'.repeat(5970)}`,
      `how\u200b much\u202e do ML engineers make?`,
      '```\nlol\n```',
      '\u0000',
      '\u200b\u200b',
    ]) {
      h.fake.sendMessage({ author: alice, channelId: answersChannel, content });
    }
    await settle(h, answersChannel);
    expectClean(h);
  });
});

describe('when Discord fails', () => {
  it('logs a 500 on the reply at error level, stays up and answers the next question', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    const post = { method: 'POST', path: `/channels/${general}/messages` };
    // discord.js retries a 5xx three times before giving up.
    h.fake.failNext(post, { status: 500, body: { message: '500: Internal Server Error', code: RESTJSONErrorCodes.GeneralError } }, 4);
    const since = h.fake.requests.length;
    h.fake.sendMessage({ author: h.fake.users.alice, channelId: general, content: covered, mentionsBot: true });
    await expect.poll(() => h.errors().length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(h.fake.requests.slice(since).filter((r) => r.status === 500)).toHaveLength(4);
    expect(h.errors().join('\n')).toMatch(/500|Internal Server Error/);

    const next = await askAndWait(h, { author: h.fake.users.bob, channelId: general, content: alsoCovered, mentionsBot: true });
    expectCitedSalaryAnswer(next.reply, /Data Engineer/);
    expect(h.logs.join('\n')).not.toContain(testToken);
    expect(messageProblems(h.fake.requests)).toEqual([]);
  });

  it('logs a 403 Missing Permissions on the reply without crashing, and answers elsewhere afterwards', async () => {
    const h = await start();
    const { general, other } = h.fake.channels;
    h.fake.failNext(
      { method: 'POST', path: `/channels/${general}/messages` },
      { status: 403, body: { message: 'Missing Permissions', code: RESTJSONErrorCodes.MissingPermissions } },
    );
    const since = h.fake.requests.length;
    h.fake.sendMessage({ author: h.fake.users.alice, channelId: general, content: covered, mentionsBot: true });
    await h.fake.waitForRequest((r) => r.status === 403, 5000, since);
    // Logged as a problem (warn or error level) that names the missing permission.
    const logged = () => h.logs.some((l) => /"level":"(warn|error)"/.test(l) && /permission/i.test(l));
    await expect.poll(logged, { timeout: 5000 }).toBe(true);

    const next = await askAndWait(h, { author: h.fake.users.bob, channelId: other, content: alsoCovered, mentionsBot: true });
    expectCitedSalaryAnswer(next.reply, /Data Engineer/);
    const again = await askAndWait(h, { author: h.fake.users.bob, channelId: general, content: covered, mentionsBot: true });
    expectCitedSalaryAnswer(again.reply);
    expect(h.logs.join('\n')).not.toContain(testToken);
    expect(messageProblems(h.fake.requests)).toEqual([]);
  });

  it('waits out a 429 on the reply and then delivers it', async () => {
    const h = await start();
    const { general } = h.fake.channels;
    h.fake.failNext(
      { method: 'POST', path: `/channels/${general}/messages` },
      { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.2, global: false } },
    );
    const since = h.fake.requests.length;
    const { reply } = await askAndWait(h, { author: h.fake.users.alice, channelId: general, content: covered, mentionsBot: true });
    const limited = h.fake.requests.slice(since).find((r) => r.status === 429);
    expect(limited).toBeDefined();
    expect(reply.at - limited!.at).toBeGreaterThanOrEqual(190);
    expectCitedSalaryAnswer(reply);
    expect(h.fake.requests.slice(since).filter((r) => r.method === 'POST' && r.status === 200)).toHaveLength(1);
    expectClean(h);
  });
});

describe('replies to the bot', () => {
  it('answers a follow-up question typed as a reply to its answer, and stays quiet at "thanks!"', async () => {
    const h = await start();
    const { alice } = h.fake.users;
    const { general } = h.fake.channels;
    const first = await askAndWait(h, { author: alice, channelId: general, content: covered, mentionsBot: true });
    const answerId = h.fake.lastMessageIn(general)!.id;
    expect(first.reply.status).toBe(200);

    const since = h.fake.requests.length;
    const { messageId: thanks } = h.fake.sendMessage({ author: alice, channelId: general, content: 'thanks!', replyTo: answerId });
    const followUp = await askAndWait(h, {
      author: alice,
      channelId: general,
      content: 'and what do data engineers make?',
      replyTo: answerId,
    });
    expectCitedSalaryAnswer(followUp.reply, /Data Engineer/);
    expect(repliesTo(h, general, thanks)).toEqual([]);
    expect(postsSince(h, since)).toHaveLength(1);
    expectClean(h);
  });
});
