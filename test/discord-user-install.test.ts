/**
 * careerbot added to a person's own account (a user install), end to end against the fake Discord: the
 * commands for everyone are declared for both installs and every context, /answers for a server install
 * only; used in a server the bot is not in, in a group DM and in the bot's DM, every command is answered
 * through the interaction alone (its callback, its @original and follow-ups), never through the channel's
 * routes, and the quiz runs in place, clicks and all, across a restart.
 */
import { readFileSync } from 'node:fs';
import type { APIEmbed, APIMessage } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../src/discord/slashCommands.js';
import { deployCommands } from '../src/discord/deploy.js';
import { placeOf } from '../src/discord/context.js';
import { openStorage } from '../src/storage/storage.js';
import { DiscordHarness, lateAcknowledgements, messageProblems, testToken } from '../scripts/support/discordHarness.js';
import {
  anyCallbackPath,
  buttonsOf,
  callbackPath,
  channelOption,
  discordErrors,
  ephemeralDeferral,
  ephemeralReply,
  findButton,
  followUpPath,
  InteractionContextType,
  InteractionResponseType,
  isEphemeral,
  MessageFlags,
  originalPath,
  PermissionFlagsBits,
  stringOption as text,
  type CommandOption,
} from '../scripts/support/discordKit.js';
import { FakeDiscord, type FakeUser, type RecordedRequest } from '../scripts/support/fakeDiscord.js';

/** Discord's installation types: 0 a server install, 1 a user install. */
const serverInstall = 0;
const userInstall = 1;

const quiz = JSON.parse(readFileSync('knowledge/quiz.json', 'utf8')) as { questions: { options: { label: string }[] }[] };

let h: DiscordHarness | undefined;
let interactionIds: string[] = [];
afterEach(async () => {
  await h?.stop();
  h = undefined;
  interactionIds = [];
});
async function start(): Promise<DiscordHarness> {
  h = await DiscordHarness.start();
  return h;
}

// ------------------------------------------------------------------ driving the bot
interface Sent {
  interactionId: string;
  token: string;
  since: number;
  /** The first callback the bot made for the interaction. */
  callback: RecordedRequest;
}
async function slash(
  hh: DiscordHarness,
  user: FakeUser,
  name: string,
  channelId: string,
  options: CommandOption[] = [],
  userInstalled?: boolean,
): Promise<Sent> {
  const since = hh.fake.requests.length;
  const { interactionId, token } = hh.fake.slashCommand({ user, name, options, channelId, ...(userInstalled && { userInstall: true }) });
  interactionIds.push(interactionId);
  const callback = await hh.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, since, callback };
}
async function click(
  hh: DiscordHarness,
  user: FakeUser,
  messageId: string,
  label: string | RegExp,
  userInstalled?: boolean,
): Promise<Sent> {
  const since = hh.fake.requests.length;
  const customId = findButton(hh.fake.message(messageId), label).custom_id;
  const { interactionId, token } = hh.fake.clickButton({ user, messageId, customId, ...(userInstalled && { userInstall: true }) });
  interactionIds.push(interactionId);
  const callback = await hh.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, since, callback };
}
/** Waits until the interaction's deferred reply is filled in (PATCH @original). */
function filledIn(hh: DiscordHarness, sent: Sent): Promise<RecordedRequest> {
  return hh.fake.waitForRequest({ method: 'PATCH', path: originalPath(hh.fake.applicationId, sent.token) }, 5000, sent.since);
}

/** Everything a person reads on a message: content, embed titles, descriptions, fields. */
function textOf(m: { content?: string; embeds?: APIEmbed[] } | undefined): string {
  return [
    m?.content ?? '',
    ...(m?.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ].join('\n');
}

/** Requests through a channel's own routes (/channels/…): where only the interaction reaches, there must be none. */
const channelRoutes = (requests: RecordedRequest[]) => requests.filter((r) => r.path.startsWith('/channels/'));

/** What every journey ends with: no channel route used, Discord's limits and no pings, 3 s acks, no error logged. */
function expectAnsweredThroughInteractionsOnly(hh: DiscordHarness): void {
  expect(channelRoutes(hh.fake.requests).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  expect(hh.fake.threads).toEqual([]);
  expect(messageProblems(hh.fake.requests)).toEqual([]);
  expect(lateAcknowledgements(hh.fake.requests, interactionIds)).toEqual([]);
  expect(hh.errors()).toEqual([]);
}

/**
 * Takes the quiz in place from its /quiz to the result: each answer updates the interaction's own message
 * (callback 7). `midway` runs after the second answer (a restart). Returns the in-place message's id.
 */
async function quizInPlace(
  hh: DiscordHarness,
  user: FakeUser,
  channelId: string,
  { midway, userInstalled }: { midway?: () => Promise<void>; userInstalled?: boolean } = {},
): Promise<string> {
  const opened = await slash(hh, user, 'quiz', channelId, [], userInstalled);
  expect(opened.callback.body).toMatchObject(ephemeralDeferral());
  const first = await filledIn(hh, opened);
  expect(textOf(first.body)).toMatch(/Question 1 of \d/);
  const message = hh.fake.replyMessageOf(opened.interactionId);
  if (!message) throw new Error('test: /quiz left no reply');
  expect(isEphemeral(message)).toBe(true);
  for (const [step, question] of quiz.questions.entries()) {
    if (step === 2) await midway?.();
    expect(textOf(hh.fake.message(message.id))).toContain(`Question ${step + 1} of ${quiz.questions.length}`);
    // The last option is the honest middle one on every question: the path to a result matters here, not the fit.
    const answered = await click(hh, user, message.id, question.options.at(-1)!.label, userInstalled);
    expect(answered.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
  }
  const result = hh.fake.message(message.id);
  expect(textOf(result)).toMatch(/^Your fit: /m);
  expect(findButton(result, 'Retake').custom_id).toBeTruthy();
  return message.id;
}

/** Share in channel on an in-place result: the result is posted as a public follow-up to the click. */
async function shareInPlace(hh: DiscordHarness, user: FakeUser, resultId: string): Promise<RecordedRequest> {
  const shared = await click(hh, user, resultId, 'Share in channel');
  expect(shared.callback.body.type).toBe(InteractionResponseType.DeferredMessageUpdate);
  const post = await hh.fake.waitForRequest(
    (r) => r.method === 'POST' && r.path === followUpPath(hh.fake.applicationId, shared.token) && !isEphemeral(r.body),
    5000,
    shared.since,
  );
  expect(textOf(post.body)).toMatch(/took the career quiz/);
  // The Share button is then shown as done, on the in-place message itself.
  await hh.fake.waitForRequest({ method: 'PATCH', path: originalPath(hh.fake.applicationId, shared.token) }, 5000, shared.since);
  expect(findButton(hh.fake.message(resultId), /Shared/).disabled).toBe(true);
  return post;
}

// ------------------------------------------------------------------ journeys
describe('deploy-commands declares the user install', () => {
  it('offers /ask, /compare, /quiz, /sources, /help and /forget-me to both installs in every context, and /answers to a server install in servers only', async () => {
    const fake = await FakeDiscord.start();
    try {
      await deployCommands({ token: testToken, applicationId: fake.applicationId, apiUrl: fake.apiUrl });
      const [put] = fake.requestsMatching({ method: 'PUT', path: `/applications/${fake.applicationId}/commands` });
      const registered = put?.body as { name: string; integration_types: number[]; contexts: number[] }[];
      const forUsers = registered.filter((c) => c.integration_types.includes(userInstall)).map((c) => c.name);
      expect(forUsers.sort()).toEqual(['ask', 'compare', 'forget-me', 'help', 'quiz', 'sources']);
      for (const command of registered.filter((c) => c.name !== 'answers')) {
        expect(command.integration_types, command.name).toEqual([serverInstall, userInstall]);
        expect(command.contexts, command.name).toEqual([
          InteractionContextType.Guild,
          InteractionContextType.BotDM,
          InteractionContextType.PrivateChannel,
        ]);
      }
      const answers = registered.find((c) => c.name === 'answers');
      expect(answers?.integration_types).toEqual([serverInstall]);
      expect(answers?.contexts).toEqual([InteractionContextType.Guild]);
      expect(registered.map((c) => c.name)).toEqual(commandDefinitions.map((c) => c.name));
    } finally {
      await fake.close();
    }
  });
});

describe('in a server the bot is not in (a user install)', () => {
  it('answers /ask and /compare through the interaction, as it answers them in a server it is in', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const away = hh.fake.elsewhere.channel;
    for (const [name, option] of [
      ['ask', text('question', 'how much does a data engineer earn?')],
      ['compare', text('aspect', 'salary')],
    ] as const) {
      const there = await slash(hh, alice, name, away, [option]);
      const here = await slash(hh, alice, name, hh.fake.channels.general, [option]);
      // Public, in the channel, through the interaction's callback.
      expect(there.callback.body.type, name).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(there.callback.body.data.flags ?? 0, name).toBe(0);
      expect(there.callback.body.data.embeds?.length, name).toBeGreaterThan(0);
      expect(there.callback.body.data.embeds, name).toEqual(here.callback.body.data.embeds);
      expect(hh.fake.replyMessageOf(there.interactionId)?.channel_id).toBe(away);
    }
    // /compare's aspects are offered as the person types there too.
    const since = hh.fake.requests.length;
    const typing = hh.fake.autocomplete({ user: alice, name: 'compare', option: 'aspect', value: 'sal', channelId: away });
    interactionIds.push(typing.interactionId);
    const offered = await hh.fake.waitForRequest({ method: 'POST', path: callbackPath(typing) }, 5000, since);
    expect(offered.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(offered.body.data.choices.map((c: { value: string }) => c.value)).toContain('salary');
    // The server install's answers went through the interaction too; no channel route was needed by either.
    expectAnsweredThroughInteractionsOnly(hh);
  });

  it('runs /quiz in place, moves it on with each click, carries on after a restart, and shares the result as a follow-up', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const away = hh.fake.elsewhere.channel;
    const place = placeOf(hh.fake.elsewhere.guildId, away);
    const midway = async () => {
      // The quiz is kept for the place it runs in, that server's channel, as anywhere else.
      const storage = openStorage(hh.databasePath);
      try {
        const stored = await storage.quizzes.findActive(`discord:${alice.id}`, place.key);
        expect(stored?.place).toEqual(place);
        expect(stored?.place.label).toBe(`channel ${away} in server ${hh.fake.elsewhere.guildId}`);
      } finally {
        storage.close();
      }
      await hh.restartBot();
    };
    const resultId = await quizInPlace(hh, alice, away, { midway });
    const post = await shareInPlace(hh, alice, resultId);
    expect(post.body.flags ?? 0).toBe(0);
    expectAnsweredThroughInteractionsOnly(hh);
  });

  it('answers /sources, /help and /forget-me privately, and its buttons work there', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const away = hh.fake.elsewhere.channel;
    for (const name of ['sources', 'help']) {
      const sent = await slash(hh, alice, name, away);
      expect(sent.callback.body.type, name).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(sent.callback.body.data.flags, name).toBe(MessageFlags.Ephemeral);
      expect(textOf(sent.callback.body.data).length, name).toBeGreaterThan(0);
    }
    // Something to forget: a rating of an answer given there.
    const asked = await slash(hh, alice, 'ask', away, [text('question', 'which skills does an ML engineer need?')]);
    const rated = await click(hh, alice, hh.fake.replyMessageOf(asked.interactionId)!.id, '👍');
    expect(rated.callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    const forget = await slash(hh, alice, 'forget-me', away);
    expect(forget.callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    const deleted = await click(hh, alice, hh.fake.replyMessageOf(forget.interactionId)!.id, 'Delete everything');
    expect(deleted.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    const again = await slash(hh, alice, 'forget-me', away);
    expect(textOf(again.callback.body.data)).not.toEqual(textOf(forget.callback.body.data));
    expectAnsweredThroughInteractionsOnly(hh);
  });

  it('refuses /answers kindly there, even to a server manager, as it needs careerbot added to the server', async () => {
    const hh = await start();
    // Not offered under a user install; a server that removed the bot but kept its commands can still send it.
    const since = hh.fake.requests.length;
    const sent = hh.fake.slashCommand({
      user: hh.fake.users.alice,
      name: 'answers',
      channelId: hh.fake.elsewhere.channel,
      options: [channelOption('channel', hh.fake.elsewhere.channel), text('state', 'on')],
      permissions: String(PermissionFlagsBits.ManageGuild),
    });
    interactionIds.push(sent.interactionId);
    const callback = await hh.fake.waitForRequest({ method: 'POST', path: callbackPath(sent) }, 5000, since);
    expect(callback.body).toMatchObject(ephemeralReply());
    expect(textOf(callback.body.data)).toMatch(/needs careerbot added to this server/);
    expectAnsweredThroughInteractionsOnly(hh);
  });
});

describe('in a group DM and in the bot’s DM (a user install)', () => {
  it.each([
    ['a group DM', 'groupDm'],
    ['a DM between two people', 'privateDm'],
  ] as const)('answers /ask in %s publicly and runs the quiz there in place, shared as a follow-up', async (_where, place) => {
    const hh = await start();
    const { alice, bob } = hh.fake.users;
    const chat = hh.fake.elsewhere[place];
    const asked = await slash(hh, bob, 'ask', chat, [text('question', 'what does an ML engineer do day to day?')]);
    expect(asked.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(asked.callback.body.data.flags ?? 0).toBe(0);
    expect(textOf(asked.callback.body.data)).toMatch(/\[1\]/);
    const resultId = await quizInPlace(hh, alice, chat);
    await shareInPlace(hh, alice, resultId);
    // bob's quiz in the same chat is his own; /quiz again continues it in place where it stands.
    const bobs = await slash(hh, bob, 'quiz', chat);
    const first = hh.fake.replyMessageOf(bobs.interactionId)!;
    expect(textOf((await filledIn(hh, bobs)).body)).toMatch(/Question 1 of/);
    await click(hh, bob, first.id, quiz.questions[0]!.options[0]!.label);
    const again = await slash(hh, bob, 'quiz', chat);
    expect(textOf((await filledIn(hh, again)).body)).toMatch(/Question 2 of/);
    expectAnsweredThroughInteractionsOnly(hh);
  });

  it.each([
    ['a server the bot is not in', 'channel'],
    ['a DM between two people', 'privateDm'],
  ] as const)(
    'tells the clicker privately when Discord fails a click on a question asked back in %s, and never reaches for the channel',
    async (_where, place) => {
      const hh = await start();
      const { alice } = hh.fake.users;
      const chat = hh.fake.elsewhere[place];
      // A question that reads two ways is asked back, publicly, with a button per reading.
      const asked = await slash(hh, alice, 'ask', chat, [text('question', 'how long would the switch take me?')]);
      expect(asked.callback.body.data.flags ?? 0).toBe(0);
      const askedBack = hh.fake.replyMessageOf(asked.interactionId)!;
      const reading = buttonsOf(askedBack)[0]?.label ?? '';
      expect(reading).not.toBe('');
      // Every attempt discord.js makes (the first and its three retries) fails.
      hh.fake.failNext({ method: 'POST', path: anyCallbackPath }, discordErrors.internalServerError, 4);
      const failed = await click(hh, alice, askedBack.id, reading);
      expect(failed.callback.status).toBe(500);
      const told = await hh.fake.waitForRequest(
        (r) => r.method === 'POST' && r.path === callbackPath(failed) && r.status === 204,
        5000,
        failed.since,
      );
      expect(told.body).toMatchObject(ephemeralReply());
      // Only the interaction could reach that message: nothing went through the channel's routes.
      expect(channelRoutes(hh.fake.requests)).toEqual([]);
      // The pick was kept, so a second click is told so, privately too.
      const again = await click(hh, alice, askedBack.id, reading);
      expect(again.callback.body).toMatchObject(ephemeralReply());
      expect(channelRoutes(hh.fake.requests)).toEqual([]);
      expect(messageProblems(hh.fake.requests)).toEqual([]);
    },
  );

  it("answers /compare in the bot's DM through a user install and runs the quiz in place there", async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const compared = await slash(hh, alice, 'compare', hh.fake.dmChannelId, [text('aspect', 'skills')], true);
    expect(compared.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((compared.callback.body.data.embeds as APIMessage['embeds']).length).toBeGreaterThan(0);
    await quizInPlace(hh, alice, hh.fake.dmChannelId, { userInstalled: true });
    expectAnsweredThroughInteractionsOnly(hh);
  });
});
