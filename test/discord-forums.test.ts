/**
 * Help forums on Discord (issue 14, item 3): the real discord.js client, started by the bot's own start-up
 * code, against the fake Discord. A forum channel (#help) holds one post per question: a new post is a
 * THREAD_CREATE and its starter MESSAGE_CREATE (whose id is the post's). We assert on what the bot posts in
 * the post (POST /channels/<post>/messages) and on its silence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startsHarnesses } from './support/discordTests.js';
import { type DiscordHarness, type HarnessOptions, messageProblems } from '../scripts/support/discordHarness.js';
import {
  ChannelType,
  callbackPath,
  channelOption,
  discordErrors,
  GatewayIntentBits,
  isEphemeral,
  PermissionFlagsBits,
  stringOption,
} from '../scripts/support/discordKit.js';
import { fixedId, type FakeUser, type RecordedRequest } from '../scripts/support/fakeDiscord.js';
import { postQuestion } from '../src/discord/forumPosts.js';
import { commandDefinitions } from '../src/discord/slashCommands.js';

// The fake's ids are fixed snowflakes (see fixedId in fakeDiscord.ts), so the forum can be named as an answer
// channel before the harness (and its fake) exists. The first test checks this stays true.
const helpForum = fixedId(12);
/** The permissions README's invite link asks for (`permissions=` in it). */
const readmeInvitePermissions = BigInt(/permissions=(\d+)/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '0');

const start = startsHarnesses();
/** #help answers without a mention (as ANSWER_CHANNEL_IDS would say). */
const withAnswerForum = (options: HarnessOptions = {}) => start({ answerChannelIds: [helpForum], ...options });

/** A message the bot posted in the thread (a forum post). */
const postedIn =
  (threadId: string) =>
  (r: RecordedRequest): boolean =>
    r.method === 'POST' && r.path === `/channels/${threadId}/messages`;
/** The bot's reply to a message in the thread, as Discord accepted it. */
const replyTo = (threadId: string, messageId: string) => (r: RecordedRequest) =>
  postedIn(threadId)(r) && r.body?.message_reference?.message_id === messageId && r.status < 300;

type PostInput = Parameters<DiscordHarness['fake']['createForumPost']>[0];

/** Someone opens a post; resolves with the bot's answer in it. */
async function openPost(h: DiscordHarness, input: PostInput): Promise<{ threadId: string; since: number; answer: RecordedRequest }> {
  const since = h.fake.requests.length;
  const { threadId, messageId } = h.fake.createForumPost(input);
  const answer = await h.fake.waitForRequest(replyTo(threadId, messageId), 5000, since);
  return { threadId, since, answer };
}

/** Someone writes in a post; resolves with the bot's reply to it. */
async function sayInPost(
  h: DiscordHarness,
  input: { author: FakeUser; threadId: string; content: string; mentionsBot?: boolean },
): Promise<RecordedRequest> {
  const since = h.fake.requests.length;
  const { messageId } = h.fake.sendMessage({ ...input, channelId: input.threadId });
  return h.fake.waitForRequest(replyTo(input.threadId, messageId), 5000, since);
}

/**
 * Proves nothing was posted in the thread since `since` but the answer to a marker: bob mentions the bot there
 * with a covered question, and gets the only message posted in it. Gateway events arrive in order and posts in
 * one thread share one REST queue, so an answer to anything before would have been posted by then.
 */
async function expectSilentIn(h: DiscordHarness, threadId: string, since: number): Promise<void> {
  const marker = await sayInPost(h, { author: h.fake.users.bob, threadId, content: 'how much do data engineers make?', mentionsBot: true });
  expect(h.fake.requests.slice(since).filter(postedIn(threadId))).toEqual([marker]);
}

const descriptionOf = (reply: RecordedRequest): string => reply.body?.embeds?.[0]?.description ?? '';
const sourcesOf = (reply: RecordedRequest): string =>
  reply.body?.embeds?.[0]?.fields?.find((f: { name: string }) => f.name === 'Sources')?.value ?? '';

/**
 * A cited answer on one role's pay: that role's salary section leads with its footnote (after what a
 * follow-up was understood as, if it says), its figures quoted.
 */
function expectCitedPay(reply: RecordedRequest, role: 'Data Engineer' | 'ML Engineer'): void {
  expect(reply.status).toBe(200);
  expect(descriptionOf(reply).replace(/^\*[^*\n]+\*\n/, '')).toMatch(
    new RegExp(`^\\*\\*${role} Salary\\b[^\\n]*\\*\\* \\[1\\]\\n> [^\\n]*\\$\\d`, 'm'),
  );
  expect(sourcesOf(reply)).toMatch(new RegExp(`^\\[1\\] .*${role} Salary`, 'm'));
}

function expectClean(h: DiscordHarness): void {
  expect(messageProblems(h.fake.requests)).toEqual([]);
  expect(h.errors()).toEqual([]);
}

describe('/answers on a forum channel', () => {
  it('is accepted for a forum: each new post there is then answered in the post, with the permissions README’s invite gives', async () => {
    const channelOptionTypes = commandDefinitions.find((c) => c.name === 'answers')?.options?.find((o) => o.name === 'channel');
    expect(channelOptionTypes).toMatchObject({ channel_types: expect.arrayContaining([ChannelType.GuildForum, ChannelType.GuildMedia]) });

    const h = await start({ fake: { botPermissions: readmeInvitePermissions } });
    expect(h.fake.channels.forum).toBe(helpForum);
    expect(readmeInvitePermissions & PermissionFlagsBits.SendMessagesInThreads).toBe(PermissionFlagsBits.SendMessagesInThreads);
    const { alice, bob } = h.fake.users;
    const since = h.fake.requests.length;
    const sent = h.fake.slashCommand({
      user: alice,
      name: 'answers',
      options: [channelOption('channel', helpForum), stringOption('state', 'on')],
      permissions: String(PermissionFlagsBits.ManageGuild),
    });
    const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath(sent) }, 5000, since);
    expect(isEphemeral(callback.body.data)).toBe(true);
    expect(callback.body.data.content).toContain(`each new post in <#${helpForum}>`);
    expect(callback.body.data.content).toContain(`Free-text answering is on in: <#${helpForum}>`);
    // The bot may post in the forum's posts here, so there is nothing to warn about.
    expect(callback.body.data.content).not.toMatch(/can't answer/);

    const { threadId, answer } = await openPost(h, {
      author: bob,
      title: 'How much do ML engineers make?',
      content: 'Asking for a friend.',
    });
    expect(answer.path).toBe(`/channels/${threadId}/messages`);
    expectCitedPay(answer, 'ML Engineer');
    expectClean(h);
  });

  it('warns the manager when the bot may not post inside the forum’s posts, and still switches it on', async () => {
    // Invited with README's link (no Administrator), in a server whose #help denies its role Send Messages in Threads.
    const h = await start({ fake: { botPermissions: readmeInvitePermissions, forumDeniesBot: PermissionFlagsBits.SendMessagesInThreads } });
    const since = h.fake.requests.length;
    const sent = h.fake.slashCommand({
      user: h.fake.users.alice,
      name: 'answers',
      options: [channelOption('channel', helpForum), stringOption('state', 'on')],
      permissions: String(PermissionFlagsBits.ManageGuild),
    });
    const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath(sent) }, 5000, since);
    const content: string = callback.body.data.content;
    expect(isEphemeral(callback.body.data)).toBe(true);
    expect(content).toContain(`I can't answer in <#${helpForum}> yet: I need Send Messages in Threads there`);
    // Only what is missing is named: the bot may see the forum and reply with embeds.
    expect(content).not.toMatch(/View Channel|Embed Links|Read Message History|Send Messages,/);
    expect(content).toContain(`Free-text answering is on in: <#${helpForum}>`);
    expectClean(h);
  });
});

describe('a new post in an answer forum', () => {
  it('is answered in the post, reading its title and its first message together', async () => {
    const h = await withAnswerForum();
    const { alice, bob } = h.fake.users;

    // The title asks; the message only tells: the answer is to the title, as a reply to the starter message.
    const titled = await openPost(h, {
      author: alice,
      title: 'How much do ML engineers make?',
      content: "I'm a backend dev with 3 years of Python, thinking about my next move.",
    });
    expect(titled.answer.body.message_reference).toMatchObject({ message_id: titled.threadId });
    expectCitedPay(titled.answer, 'ML Engineer');
    // Only the answer was sent to the post: no join, no fetch, no other permission needed than posting in it.
    expect(h.fake.requests.slice(titled.since).filter((r) => r.path.startsWith(`/channels/${titled.threadId}`))).toEqual([titled.answer]);

    // The title only names the topic; the message asks.
    const asked = await openPost(h, { author: bob, title: 'Career advice', content: 'what does a data engineer earn?' });
    expect(asked.answer.status).toBe(200);
    expect(descriptionOf(asked.answer)).toMatch(/Data Engineer/);
    expect(descriptionOf(asked.answer)).toMatch(/\$\d/);
    expect(sourcesOf(asked.answer)).toMatch(/^\[1\] /m);
    expectClean(h);
  });

  it("continues the conversation with its author's follow-ups in the post, and leaves others' messages to them", async () => {
    const h = await withAnswerForum();
    const { alice, bob } = h.fake.users;
    const { threadId, answer } = await openPost(h, {
      author: alice,
      title: 'How much do data engineers make?',
      content: 'Trying to decide what to study next.',
    });
    expectCitedPay(answer, 'Data Engineer');

    const followUp = await sayInPost(h, { author: alice, threadId, content: 'and ML engineers?' });
    expect(descriptionOf(followUp)).toMatch(/^\*ML Engineer pay:\*\n/);
    expectCitedPay(followUp, 'ML Engineer');

    // Someone else in the post is helping, not asking the bot (unless they mention it).
    const since = h.fake.requests.length;
    h.fake.sendMessage({ author: bob, channelId: threadId, content: 'have you looked at what ML engineers earn?' });
    await expectSilentIn(h, threadId, since);
    expectClean(h);
  });

  it('is answered once when the starter message arrives before the post, or without it', async () => {
    const h = await withAnswerForum();
    const { alice, bob } = h.fake.users;
    for (const [author, order] of [
      [alice, 'message-first'],
      [bob, 'message-only'],
    ] as const) {
      const { threadId, since, answer } = await openPost(h, { author, order, title: 'How much do ML engineers make?', content: '' });
      expectCitedPay(answer, 'ML Engineer');
      // Never told of the post, discord.js knew it by id alone, so the bot asked Discord which forum it is in (View
      // Channel suffices). When the post's event follows its message, it may land before the bot reads the message.
      if (order === 'message-only')
        expect(h.fake.requestsMatching({ method: 'GET', path: `/channels/${threadId}` }).length).toBeGreaterThan(0);
      await expectSilentIn(h, threadId, h.fake.requests.indexOf(answer) + 1);
      expect(h.fake.requests.slice(since).filter(replyTo(threadId, threadId))).toHaveLength(1);
    }
    expectClean(h);
  });

  it('is answered from its title when the bot runs without the Message Content intent (the first message then arrives empty)', async () => {
    const h = await withAnswerForum({ fake: { refusedIntents: GatewayIntentBits.MessageContent } });
    expect(h.running?.readsAllMessages).toBe(false);
    const { answer } = await openPost(h, { author: h.fake.users.alice, title: 'How much do data engineers make?', content: '' });
    expectCitedPay(answer, 'Data Engineer');
    expectClean(h);
  });

  it('stays silent at a post that asks nothing', async () => {
    const h = await withAnswerForum();
    const { alice } = h.fake.users;
    for (const content of ['hi all', 'Hi all, I am Sam, a data engineer from Lisbon. Happy to be here!']) {
      const since = h.fake.requests.length;
      const { threadId } = h.fake.createForumPost({ author: alice, title: 'Intro', content });
      await expectSilentIn(h, threadId, since);
    }
    expectClean(h);
  });

  it('keeps its answer when the first message is edited to mark the post solved', async () => {
    const h = await withAnswerForum();
    const { alice, bob } = h.fake.users;
    const { threadId } = await openPost(h, { author: alice, title: 'help', content: 'how much do ML engineers make?' });
    const answerId = h.fake.lastMessageIn(threadId)!.id;
    const since = h.fake.requests.length;
    h.fake.editMessage({ messageId: threadId, content: 'solved, thanks' });
    // Bob asks in the post after the edit: once he is answered, the edit has been dealt with.
    await sayInPost(h, { author: bob, threadId, content: 'how much do data engineers make?', mentionsBot: true });
    expect(h.fake.requests.slice(since).filter((r) => r.path === `/channels/${threadId}/messages/${answerId}`)).toEqual([]);
    expect(h.fake.message(answerId)).toBeDefined();
    expectClean(h);
  });

  it('does not answer posts by other bots, by webhooks or by itself', async () => {
    const h = await withAnswerForum();
    const { someBot, alice } = h.fake.users;
    const posts: PostInput[] = [
      { author: someBot, title: 'How much do ML engineers make?', content: 'Weekly digest' },
      {
        author: { id: fixedId(14), username: 'Announcements', bot: true },
        webhookId: fixedId(14),
        title: 'How much do ML engineers make?',
        content: '',
      },
      { author: h.fake.bot, title: 'How much do ML engineers make?', content: 'what does a data engineer earn?' },
      { author: alice, webhookId: fixedId(15), title: 'How much do ML engineers make?', content: 'relayed' },
    ];
    for (const post of posts) {
      const since = h.fake.requests.length;
      const { threadId } = h.fake.createForumPost(post);
      await expectSilentIn(h, threadId, since);
    }
    expectClean(h);
  });

  it('logs a warning, without crashing, when the post was locked before the answer, and answers the next post', async () => {
    const h = await withAnswerForum();
    const { alice, bob } = h.fake.users;
    h.fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, discordErrors.threadLocked);
    const since = h.fake.requests.length;
    const { threadId } = h.fake.createForumPost({ author: alice, title: 'How much do ML engineers make?', content: '' });
    const refused = await h.fake.waitForRequest(postedIn(threadId), 5000, since);
    expect(refused.status).toBe(400);
    const next = await openPost(h, { author: bob, title: 'How much do data engineers make?', content: '' });
    expectCitedPay(next.answer, 'Data Engineer');
    expect(h.logs.some((line) => line.includes('"level":"warn"') && line.includes('archived or locked'))).toBe(true);
    expectClean(h);
  });
});

describe('a post in a forum that is not an answer channel', () => {
  it('is answered only when it mentions the bot, and then from its title and message', async () => {
    const h = await start();
    const { alice } = h.fake.users;
    const since = h.fake.requests.length;
    const { threadId } = h.fake.createForumPost({ author: alice, title: 'How much do ML engineers make?', content: 'Curious.' });
    await expectSilentIn(h, threadId, since);

    const mentioned = await openPost(h, {
      author: alice,
      title: 'How much do ML engineers make?',
      content: 'Any figures?',
      mentionsBot: true,
    });
    expectCitedPay(mentioned.answer, 'ML Engineer');
    expectClean(h);
  });
});

describe('postQuestion', () => {
  it('puts the title and the first message on lines of their own, so each is read as its own sentence', () => {
    expect(postQuestion('DE or MLE: which pays more?', "I'm a new grad.")).toBe("DE or MLE: which pays more?\nI'm a new grad.");
  });
  it('takes the message alone when it opens by repeating the title', () => {
    expect(postQuestion('Which pays more?', 'which pays more? I like SQL')).toBe('which pays more? I like SQL');
  });
  it('takes the title alone when the message is empty (no Message Content intent), and the message when there is no title', () => {
    expect(postQuestion('  Which pays more?  ', '')).toBe('Which pays more?');
    expect(postQuestion('', 'what does a data engineer earn?')).toBe('what does a data engineer earn?');
  });
});
