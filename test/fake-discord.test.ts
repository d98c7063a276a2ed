/** Proves the fake Discord works with a real, unmodified discord.js Client. */
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Partials,
  type Interaction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  discordErrors,
  InteractionContextType,
  InteractionResponseType,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  stringOption,
} from '../scripts/support/discordKit.js';
import { FakeDiscord } from '../scripts/support/fakeDiscord.js';

let fake: FakeDiscord;
let clients: Client[] = [];
let clientErrors: unknown[] = [];

beforeEach(async () => {
  fake = await FakeDiscord.start();
});
afterEach(async () => {
  for (const client of clients) await client.destroy();
  clients = [];
  await fake.close();
  // A bad fixture surfaces as a client 'error'; fail the test that caused it.
  const errors = clientErrors;
  clientErrors = [];
  expect(errors).toEqual([]);
});

async function connect(options: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({
    ...options,
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
  });
  clients.push(client);
  client.on(Events.Error, (error) => clientErrors.push(error));
  const ready = once(client, Events.ClientReady);
  await client.login('any-token-works');
  await ready;
  await fake.waitForReady();
  return client;
}
const general = (client: Client) => client.channels.cache.get(fake.channels.general) as TextChannel;
/** Runs the handler for the next interaction, collecting its failure instead of losing it. */
function onInteraction(client: Client, handler: (i: Interaction) => Promise<unknown>): void {
  client.on(Events.InteractionCreate, (i) => void handler(i).catch((error) => clientErrors.push(error)));
}

describe('FakeDiscord with a real discord.js client', () => {
  it('logs in fast with the guild and channels cached', async () => {
    const started = Date.now();
    const client = await connect();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(client.user?.id).toBe(fake.bot.id);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(general(client).type).toBe(ChannelType.GuildText);
    expect(guild?.members.me?.permissions.has('Administrator')).toBe(true);
    expect(fake.requestsMatching({ method: 'GET', path: '/gateway/bot' })).toHaveLength(1);
  });

  it('delivers MESSAGE_CREATE and records message.reply with a message_reference', async () => {
    const client = await connect();
    const received = new Promise<Message>((resolve) => client.on(Events.MessageCreate, resolve));
    const { messageId } = fake.sendMessage({
      author: fake.users.alice,
      channelId: fake.channels.general,
      content: 'hello',
      mentionsBot: true,
    });
    const message = await received;
    expect(message.id).toBe(messageId);
    expect(message.content).toBe(`<@${fake.bot.id}> hello`);
    expect(message.mentions.users.has(fake.bot.id)).toBe(true);
    expect(message.member?.id).toBe(fake.users.alice.id);
    expect(Math.abs(message.createdTimestamp - Date.now())).toBeLessThan(1000);

    const waiting = fake.waitForRequest({ method: 'POST', path: `/channels/${fake.channels.general}/messages` });
    const reply = await message.reply('hi alice');
    const request = await waiting;
    expect(request.status).toBe(200);
    expect(request.body.message_reference.message_id).toBe(messageId);
    expect(fake.lastMessageIn(fake.channels.general)).toMatchObject({ id: reply.id, content: 'hi alice' });
    expect(reply.author.id).toBe(fake.bot.id);
  });

  it('refuses a reply to a deleted message with 400 50035 unless fail_if_not_exists is false, then sends it without the reference', async () => {
    const client = await connect();
    const received = new Promise<Message>((resolve) => client.on(Events.MessageCreate, resolve));
    fake.sendMessage({ author: fake.users.alice, channelId: fake.channels.general, content: 'soon gone' });
    const message = await received;
    const deleted = new Promise<unknown>((resolve) => client.on(Events.MessageDelete, resolve));
    fake.deleteMessage(message.id);
    await deleted;

    const refused = await message.reply({ content: 'too late', failIfNotExists: true }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect(refused).toMatchObject({ status: 400, code: RESTJSONErrorCodes.InvalidFormBodyOrContentType });
    expect(JSON.stringify((refused as DiscordAPIError).rawError)).toContain('MESSAGE_REFERENCE_UNKNOWN_MESSAGE');

    const sent = await message.reply({ content: 'still here', failIfNotExists: false });
    expect(sent.reference).toBeNull();
    expect(fake.message(sent.id)?.message_reference).toBeUndefined();
    expect(fake.requestsMatching({ method: 'POST', path: `/channels/${fake.channels.general}/messages` }).map((r) => r.status)).toEqual([
      400, 200,
    ]);
  });

  it("sends edits, link previews and deletes of people's messages as Discord does", async () => {
    const client = await connect({ partials: [Partials.Channel, Partials.Message] });
    const received = new Promise<Message>((resolve) => client.on(Events.MessageCreate, resolve));
    const { messageId } = fake.sendMessage({
      author: fake.users.alice,
      channelId: fake.channels.general,
      content: `<@&${fake.roles.bot}> hi`,
    });
    const message = await received;
    expect(message.mentions.roles.has(fake.roles.bot)).toBe(true);
    expect(message.guild?.roles.botRoleFor(fake.bot.id)?.managed).toBe(true);

    const updates: [string | null, string, number | null, number][] = [];
    client.on(Events.MessageUpdate, (before, after) =>
      updates.push([before.content, after.content ?? '', after.editedTimestamp, after.embeds.length]),
    );
    fake.editMessage({ messageId, content: 'hi, edited' });
    fake.addLinkPreview({ messageId, url: 'https://example.com', title: 'Example' });
    const deleted = new Promise<string>((resolve) => client.on(Events.MessageDelete, (m) => resolve(m.id)));
    fake.deleteMessage(messageId);
    expect(await deleted).toBe(messageId);
    expect(updates).toHaveLength(2);
    const [edit, preview] = updates;
    expect(edit?.slice(0, 2)).toEqual([`<@&${fake.roles.bot}> hi`, 'hi, edited']);
    expect(edit?.[2]).not.toBeNull();
    expect(preview?.slice(1)).toEqual(['hi, edited', edit?.[2], 1]);
  });

  it('delivers direct messages (partial DM channel) and accepts replies in the DM', async () => {
    const client = await connect();
    const received = new Promise<Message>((resolve) => client.on(Events.MessageCreate, resolve));
    fake.sendMessage({ author: fake.users.alice, channelId: fake.dmChannelId, content: 'psst' });
    const message = await received;
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.guildId).toBeNull();
    expect(message.channel.isSendable()).toBe(true);
    if (message.channel.isSendable()) await message.channel.send('hello in private');
    expect(fake.lastMessageIn(fake.dmChannelId)?.content).toBe('hello in private');
  });

  it('delivers a slash command and records interaction.reply as a type-4 callback', async () => {
    const client = await connect();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({
        content: `topic=${i.options.getString('topic')} admin=${i.memberPermissions?.has('ManageGuild')}`,
        flags: MessageFlags.Ephemeral,
      });
    });
    const { interactionId, token } = fake.slashCommand({
      user: fake.users.alice,
      name: 'ask',
      options: [stringOption('topic', 'spark')],
      permissions: String(PermissionFlagsBits.ManageGuild),
    });
    const request = await fake.waitForRequest({ method: 'POST', path: `/interactions/${interactionId}/${token}/callback` });
    expect(request.status).toBe(204);
    expect(request.query).toBe('with_response=false');
    expect(request.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'topic=spark admin=true', flags: MessageFlags.Ephemeral },
    });
    expect(fake.replyMessageOf(interactionId)).toMatchObject({ content: 'topic=spark admin=true', flags: MessageFlags.Ephemeral });
  });

  it('delivers a slash command in a DM with the user and no guild', async () => {
    const client = await connect();
    const seen = new Promise<Interaction>((resolve) => client.on(Events.InteractionCreate, resolve));
    fake.slashCommand({ user: fake.users.alice, name: 'ask', channelId: fake.dmChannelId });
    const interaction = await seen;
    expect(interaction.guildId).toBeNull();
    expect(interaction.user.id).toBe(fake.users.alice.id);
    expect(interaction.context).toBe(InteractionContextType.BotDM);
    expect(interaction.channel?.type).toBe(ChannelType.DM);
  });

  it('records deferReply (type 5) then editReply (PATCH @original)', async () => {
    const client = await connect();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply('done thinking');
    });
    const { interactionId, token } = fake.slashCommand({ user: fake.users.bob, name: 'ask' });
    const patch = await fake.waitForRequest(
      { method: 'PATCH', path: `/webhooks/${fake.applicationId}/${token}/messages/@original` },
      5000,
      0,
    );
    expect(fake.requestsMatching({ path: /\/callback$/ }).map((r) => r.body.type)).toEqual([
      InteractionResponseType.DeferredChannelMessageWithSource,
    ]);
    expect(patch.body.content).toBe('done thinking');
    const original = fake.replyMessageOf(interactionId);
    expect(original).toMatchObject({ content: 'done thinking', flags: 0 });
    expect(original?.edited_timestamp).not.toBeNull();
  });

  it('records a button click answered with interaction.update (type 7) and updates the stored message', async () => {
    const client = await connect();
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('vote:yes').setLabel('Yes').setStyle(ButtonStyle.Primary),
    );
    const sent = await general(client).send({ content: 'Vote?', components: [row] });
    expect(fake.message(sent.id)?.components).toHaveLength(1);
    onInteraction(client, async (i) => {
      if (!i.isButton()) return;
      expect(i.message.id).toBe(sent.id);
      await i.update({ content: `voted ${i.customId}`, components: [] });
    });
    const { interactionId } = fake.clickButton({ user: fake.users.bob, messageId: sent.id, customId: 'vote:yes' });
    const request = await fake.waitForRequest({ path: new RegExp(`^/interactions/${interactionId}/`) });
    expect(request.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(fake.message(sent.id)).toMatchObject({ content: 'voted vote:yes', components: [] });
    expect(fake.replyMessageOf(interactionId)?.id).toBe(sent.id);
  });

  it('creates threads through REST and the client caches them', async () => {
    const client = await connect();
    const thread = await general(client).threads.create({ name: 'Question from alice' });
    const request = fake.requestsMatching({ method: 'POST', path: `/channels/${fake.channels.general}/threads` })[0];
    expect(request?.status).toBe(201);
    expect(client.channels.cache.get(thread.id)?.isThread()).toBe(true);
    expect(fake.threads.map((t) => t.name)).toEqual(['Question from alice']);
    await thread.send('answer in thread');
    expect(fake.lastMessageIn(thread.id)?.content).toBe('answer in thread');

    const started = await general(client).send('start here');
    const fromMessage = await started.startThread({ name: 'From a message' });
    expect(fromMessage.id).toBe(started.id);
    expect(client.channels.cache.get(fromMessage.id)?.isThread()).toBe(true);
  });

  it('answers withResponse callbacks, follow-ups, multipart bodies and command registration', async () => {
    const client = await connect();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'first', withResponse: true });
      expect(response.resource?.message?.content).toBe('first');
      await i.followUp({
        content: 'with a file',
        files: [{ attachment: Buffer.from('data'), name: 'notes.txt' }],
        flags: MessageFlags.Ephemeral,
      });
    });
    const { interactionId, token } = fake.slashCommand({ user: fake.users.alice, name: 'ask' });
    const followUp = await fake.waitForRequest({ method: 'POST', path: `/webhooks/${fake.applicationId}/${token}` });
    expect(followUp.body).toMatchObject({ content: 'with a file', flags: MessageFlags.Ephemeral });
    expect(fake.requestsMatching({ path: /callback$/ })[0]).toMatchObject({ status: 200, query: 'with_response=true' });
    expect(fake.replyMessageOf(interactionId)?.content).toBe('first');
    expect(fake.lastMessageIn(fake.channels.general)).toMatchObject({ content: 'with a file', flags: MessageFlags.Ephemeral });

    const global = await client.application!.commands.set([{ name: 'ask', description: 'Ask a question' }]);
    const inGuild = await client.application!.commands.set([{ name: 'quiz', description: 'Take the quiz' }], fake.guildId);
    expect([...global.values()].map((c) => c.name)).toEqual(['ask']);
    expect([...inGuild.values()].map((c) => c.guildId)).toEqual([fake.guildId]);
    expect(fake.requestsMatching({ method: 'PUT' }).map((r) => r.path)).toEqual([
      `/applications/${fake.applicationId}/commands`,
      `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
    ]);
  });

  it('records autocomplete respond as a type-8 callback', async () => {
    const client = await connect();
    onInteraction(client, async (i) => {
      if (!i.isAutocomplete()) return;
      const focused = i.options.getFocused(true);
      await i.respond([{ name: `${focused.name}:${focused.value}`, value: 'x' }]);
    });
    const { interactionId } = fake.autocomplete({ user: fake.users.alice, name: 'ask', option: 'topic', value: 'spa' });
    const request = await fake.waitForRequest({ path: new RegExp(`^/interactions/${interactionId}/`) });
    expect(request.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'topic:spa', value: 'x' }] },
    });
  });

  it('failNext 403 makes the call reject with DiscordAPIError 50013', async () => {
    const client = await connect();
    fake.failNext({ method: 'POST', path: `/channels/${fake.channels.general}/messages` }, discordErrors.missingPermissions);
    const error = await general(client)
      .send('nope')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: RESTJSONErrorCodes.MissingPermissions, status: 403 });
    await general(client).send('works again');
    expect(fake.requestsMatching({ path: `/channels/${fake.channels.general}/messages` }).map((r) => r.status)).toEqual([403, 200]);
  });

  it('failNext 429 is waited out and retried by discord.js', async () => {
    const client = await connect();
    fake.failNext(
      { method: 'POST' },
      {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
        headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
      },
    );
    await general(client).send('eventually');
    const requests = fake.requestsMatching({ method: 'POST' });
    expect(requests.map((r) => r.status)).toEqual([429, 200]);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(200);
  });

  it('failNext 500 is retried by discord.js (up to 3 retries, then HTTPError)', async () => {
    const client = await connect();
    const path = `/channels/${fake.channels.general}/messages`;
    fake.failNext({ path }, { status: 500 });
    await general(client).send('second try');
    expect(fake.requestsMatching({ path }).map((r) => r.status)).toEqual([500, 200]);

    fake.failNext({ path }, { status: 500 }, 4);
    const error = await general(client)
      .send('gives up')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect(fake.requestsMatching({ path }).map((r) => r.status)).toEqual([500, 200, 500, 500, 500, 500]);
  });

  it('delayNext holds the answer back', async () => {
    const client = await connect();
    fake.delayNext({ method: 'POST' }, 300);
    const started = Date.now();
    await general(client).send('slow');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('answers unknown routes with a recorded 404 and explains waitForRequest timeouts', async () => {
    const client = await connect();
    const error = await client.rest.get('/guilds/1/bans').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: RESTJSONErrorCodes.GeneralError });
    expect(fake.requestsMatching({ path: '/guilds/1/bans' })[0]?.status).toBe(404);
    await expect(fake.waitForRequest({ path: '/never' }, 50)).rejects.toThrow(/GET \/guilds\/1\/bans -> 404/);
  });

  it('lets a second client log in after disconnectClients', async () => {
    const first = await connect();
    fake.disconnectClients();
    await expect(fake.waitForReady(50)).rejects.toThrow(/no client became ready/);
    await first.destroy();
    const second = await connect();
    const received = new Promise<Message>((resolve) => second.on(Events.MessageCreate, resolve));
    fake.sendMessage({ author: fake.users.bob, channelId: fake.channels.answers, content: 'still there?' });
    expect((await received).content).toBe('still there?');
  });
});

describe('FakeDiscord with shards', () => {
  it('makes every shard ready and routes guild events to the owning shard', async () => {
    await fake.close();
    fake = await FakeDiscord.start({ shards: 2 });
    const client = await connect({ shards: 'auto' });
    expect(client.ws.shards.size).toBe(2);
    const received = new Promise<Message>((resolve) => client.on(Events.MessageCreate, resolve));
    fake.sendMessage({ author: fake.users.alice, channelId: fake.channels.general, content: 'sharded' });
    const message = await received;
    expect(message.guild?.shardId).toBe(Number((BigInt(fake.guildId) >> 22n) % 2n));
  });

  it('with guildPerShard gives every shard a server of its own, with a #general whose events reach that shard', async () => {
    await fake.close();
    fake = await FakeDiscord.start({ shards: 3, guildPerShard: true, maxConcurrency: 16 });
    const client = await connect({ shards: 'auto' });
    expect(fake.guilds).toHaveLength(3);
    expect(client.guilds.cache.map((g) => g.shardId).sort()).toEqual([0, 1, 2]);
    for (const guild of fake.guilds) {
      const received = new Promise<Message>((resolve) => client.once(Events.MessageCreate, resolve));
      fake.sendMessage({ author: fake.users.alice, channelId: guild.general, content: 'hello' });
      const message = await received;
      expect([message.guildId, message.channelId]).toEqual([guild.id, guild.general]);
      expect(message.guild?.shardId).toBe(Number((BigInt(guild.id) >> 22n) % 3n));
    }
  });
});
