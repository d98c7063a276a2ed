/**
 * The slash commands on Discord, end to end: the bot's own start-up code and the real discord.js client
 * against the fake Discord, asserting on the requests the bot makes and on what people would see.
 * Covers deploy-commands (in process and as the real script), /compare and its autocomplete and buttons,
 * /ask, /sources, /help, /forget-me, /answers, and a 500 from Discord on a reply.
 */
import { spawn } from 'node:child_process';
import { built, nodeArgs } from '../scripts/support/processes.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandDefinitions } from '../src/discord/slashCommands.js';
import { deployCommands } from '../src/discord/deploy.js';
import { readCompareFacts } from '../src/eval/compareFacts.js';
import { normalizeForMatch } from '../src/eval/metrics.js';
import { openStorage } from '../src/storage/storage.js';
import {
  DiscordHarness,
  type HarnessOptions,
  lateAcknowledgements,
  messageProblems,
  testToken,
} from '../scripts/support/discordHarness.js';
import {
  anyCallbackPath,
  callbackPath,
  channelOption as channel,
  type CommandOption as Option,
  InteractionContextType,
  InteractionResponseType,
  MessageFlags,
  originalPath,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  stringOption as text,
} from '../scripts/support/discordKit.js';
import { FakeDiscord, type FakeUser, type RecordedRequest } from '../scripts/support/fakeDiscord.js';

const repoRoot = join(import.meta.dirname, '..');
const manageGuild = String(PermissionFlagsBits.ManageGuild);

/** The articles the bot quotes, by the titles in their front matter. */
const articleTitles = readdirSync(join(repoRoot, 'knowledge'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(join(repoRoot, 'knowledge', f), 'utf8'))?.[1] ?? f);

// ------------------------------------------------------------------ driving the bot through the fake

let h: DiscordHarness;
let running: DiscordHarness | undefined;
/** Every interaction a test sent, so the test can check each was acknowledged within 3 s. */
let interactionIds: string[] = [];

afterEach(async () => {
  await running?.stop();
  running = undefined;
  interactionIds = [];
});

async function start(options: HarnessOptions = {}): Promise<DiscordHarness> {
  h = await DiscordHarness.start(options);
  running = h;
  return h;
}

interface Sent {
  interactionId: string;
  token: string;
  /** The first callback the bot made for the interaction. */
  callback: RecordedRequest;
  /** Its `data`: the message, or the autocomplete choices. */
  data: any;
}

/**
 * Runs a slash command and waits for the bot's first answer to it. A public reply the bot deferred (a /compare whose
 * chart takes longer than a second to draw on a busy machine) is followed to the edit that completes it: `data` is
 * then the message that edit sent.
 */
async function slash(
  user: FakeUser,
  name: string,
  options: Option[] = [],
  extra: { permissions?: string; channelId?: string } = {},
): Promise<Sent> {
  const since = h.fake.requests.length;
  const { interactionId, token } = h.fake.slashCommand({ user, name, options, ...extra });
  interactionIds.push(interactionId);
  const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  const deferredInPublic =
    callback.body?.type === InteractionResponseType.DeferredChannelMessageWithSource &&
    ((callback.body?.data?.flags ?? 0) & MessageFlags.Ephemeral) === 0;
  if (!deferredInPublic) return { interactionId, token, callback, data: callback.body?.data };
  const edit = await h.fake.waitForRequest({ method: 'PATCH', path: originalPath(h.fake.applicationId, token) }, 10_000, since);
  return { interactionId, token, callback, data: edit.body };
}

/** A reply sent at once, or deferred and completed by an edit: both are the bot answering in public. */
const answeredInPublic = [InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.DeferredChannelMessageWithSource];

async function click(user: FakeUser, messageId: string, customId: string): Promise<Sent> {
  const since = h.fake.requests.length;
  const { interactionId, token } = h.fake.clickButton({ user, messageId, customId });
  interactionIds.push(interactionId);
  const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, callback, data: callback.body?.data };
}

async function autocomplete(user: FakeUser, name: string, option: string, value: string): Promise<Sent> {
  const since = h.fake.requests.length;
  const { interactionId, token } = h.fake.autocomplete({ user, name, option, value });
  interactionIds.push(interactionId);
  const callback = await h.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, callback, data: callback.body?.data };
}

/** The message the bot's reply to an interaction became (to click its buttons). */
function replyMessageId(sent: Sent): string {
  const id = h.fake.replyMessageOf(sent.interactionId)?.id;
  if (!id) throw new Error(`no reply message for interaction ${sent.interactionId}`);
  return id;
}

function buttonsOf(data: any): { label: string; custom_id: string; style: number }[] {
  return (data?.components ?? []).flatMap((row: any) => row.components ?? []);
}
function buttonLabelled(data: any, label: RegExp): string {
  const button = buttonsOf(data).find((b) => label.test(b.label));
  if (!button) throw new Error(`no button labelled ${label} among ${JSON.stringify(buttonsOf(data).map((b) => b.label))}`);
  return button.custom_id;
}
function field(embed: APIEmbed | undefined, name: string | RegExp): string | undefined {
  return embed?.fields?.find((f) => (typeof name === 'string' ? f.name === name : name.test(f.name)))?.value;
}
/** Everything a person reads in a message: content, embed titles, descriptions and fields. */
function visibleText(data: any): string {
  const embeds = (data?.embeds ?? []) as APIEmbed[];
  return [
    data?.content ?? '',
    ...embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ].join('\n');
}
const footnotes = (text: string): number[] => [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
/** The lines of an embed's Sources list (it may go on in "Sources (continued)"). */
const sourceLines = (embed: APIEmbed): string[] =>
  (embed.fields ?? []).filter((f) => /^Sources\b/.test(f.name)).flatMap((f) => f.value.split('\n'));
/** Every footnote the embed uses is in its Sources list, which names an article on each line, and lists nothing else. */
function expectSourcesComplete(embed: APIEmbed): void {
  const lines = sourceLines(embed);
  const listed = lines.map((line) => Number(/^\[(\d+)\] /.exec(line)?.[1]));
  const used = new Set(footnotes(visibleText({ embeds: [{ ...embed, fields: embed.fields?.filter((f) => !/^Sources\b/.test(f.name)) }] })));
  expect([...used].sort((a, b) => a - b)).toEqual(listed);
  for (const line of lines)
    expect(
      articleTitles.some((title) => line.includes(title)),
      line,
    ).toBe(true);
}

/** A message in a channel, as a person types it. */
function say(user: FakeUser, channelId: string, content: string, mentionsBot = false): { messageId: string; since: number } {
  const since = h.fake.requests.length;
  return { ...h.fake.sendMessage({ author: user, channelId, content, mentionsBot }), since };
}
const replyTo = (messageId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === messageId;

/**
 * Proves a message got no reply: a later message that does get one (from the same channel, so discord.js
 * sends the replies in order on one route) is answered, and nothing before it replied to the first.
 */
async function expectNoReplyTo(ignored: { messageId: string; since: number }, channelId: string): Promise<void> {
  const marker = say(h.fake.users.alice, channelId, 'what does a data engineer earn?', true);
  await h.fake.waitForRequest(replyTo(marker.messageId), 5000, marker.since);
  expect(h.fake.requests.slice(ignored.since).filter(replyTo(ignored.messageId))).toEqual([]);
}

/** The fake's channel ids are fixed, so one can be configured (as ANSWER_CHANNEL_IDS) before the harness starts. */
async function fakeAnswersChannelId(): Promise<string> {
  const fake = await FakeDiscord.start();
  await fake.close();
  return fake.channels.answers;
}

/** What every test ends with: Discord's limits, no pings, 3 s acknowledgements, no token in the logs. */
function expectWellBehaved(options: { errorsExpected?: boolean } = {}): void {
  expect(messageProblems(h.fake.requests)).toEqual([]);
  expect(lateAcknowledgements(h.fake.requests, interactionIds)).toEqual([]);
  expect(h.logs.filter((line) => line.includes(testToken))).toEqual([]);
  if (!options.errorsExpected) expect(h.errors()).toEqual([]);
}

// ------------------------------------------------------------------ deploy-commands

/** Discord's rules for a chat-input command (https://discord.com/developers/docs/interactions/application-commands). */
function definitionProblems(definitions: readonly any[]): string[] {
  const problems: string[] = [];
  const name = /^[-_\p{Ll}\p{N}]{1,32}$/u;
  const checkNamed = (where: string, item: any) => {
    if (!name.test(item.name ?? '') || item.name !== item.name.toLowerCase())
      problems.push(`${where}: name "${item.name}" is not lower-case 1-32 characters`);
    const length = String(item.description ?? '').length;
    if (length < 1 || length > 100) problems.push(`${where}: description has ${length} characters`);
  };
  if (definitions.length > 100) problems.push(`${definitions.length} commands`);
  const names = definitions.map((d) => d.name);
  if (new Set(names).size !== names.length) problems.push(`duplicate command names: ${names.join(', ')}`);
  for (const command of definitions) {
    const where = `/${command.name}`;
    checkNamed(where, command);
    const options: any[] = command.options ?? [];
    if (options.length > 25) problems.push(`${where}: ${options.length} options`);
    let total = command.name.length + command.description.length;
    let optionalSeen = false;
    for (const option of options) {
      const at = `${where} ${option.name}`;
      checkNamed(at, option);
      total += option.name.length + option.description.length;
      if (option.required) {
        if (optionalSeen) problems.push(`${at}: required option after an optional one`);
      } else optionalSeen = true;
      const choices: any[] = option.choices ?? [];
      if (choices.length > 25) problems.push(`${at}: ${choices.length} choices`);
      if (choices.length > 0 && option.autocomplete) problems.push(`${at}: both choices and autocomplete`);
      for (const choice of choices) {
        if (choice.name.length < 1 || choice.name.length > 100) problems.push(`${at}: choice name "${choice.name}"`);
        if (String(choice.value).length > 100) problems.push(`${at}: choice value "${choice.value}"`);
        total += choice.name.length + String(choice.value).length;
      }
      if (option.max_length !== undefined && (option.max_length < 1 || option.max_length > 6000))
        problems.push(`${at}: max_length ${option.max_length}`);
    }
    if (total > 4000) problems.push(`${where}: ${total} characters in all`);
  }
  return problems;
}

const asSent = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('deploy-commands registers the commands', () => {
  it('defines every command the way Discord accepts it, /answers for Manage Server and servers only', () => {
    expect(definitionProblems(commandDefinitions)).toEqual([]);
    expect(commandDefinitions.map((c) => c.name).sort()).toEqual(['answers', 'ask', 'compare', 'forget-me', 'help', 'quiz', 'sources']);
    const answers = commandDefinitions.find((c) => c.name === 'answers');
    expect(answers?.default_member_permissions).toBe(manageGuild);
    expect(answers?.contexts).toEqual([InteractionContextType.Guild]);
    // /compare offers the aspects (≤ 25) by autocomplete or choices.
    const aspect = commandDefinitions.find((c) => c.name === 'compare')?.options?.[0] as
      | { autocomplete?: boolean; choices?: unknown[] }
      | undefined;
    expect(aspect?.autocomplete === true || (aspect?.choices?.length ?? 0) > 0).toBe(true);
  });

  it('PUTs every definition to the guild route when a guild id is given, and to the global route otherwise', async () => {
    const fake = await FakeDiscord.start();
    try {
      const inGuild = await deployCommands({
        token: testToken,
        applicationId: fake.applicationId,
        guildId: fake.guildId,
        apiUrl: fake.apiUrl,
      });
      const globally = await deployCommands({ token: testToken, applicationId: fake.applicationId, apiUrl: fake.apiUrl });
      const names = commandDefinitions.map((c) => c.name);
      expect(inGuild).toEqual(names);
      expect(globally).toEqual(names);
      expect(fake.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`)).toEqual([
        `PUT /applications/${fake.applicationId}/guilds/${fake.guildId}/commands -> 200`,
        `PUT /applications/${fake.applicationId}/commands -> 200`,
      ]);
      for (const put of fake.requests) expect(put.body).toEqual(asSent(commandDefinitions));
    } finally {
      await fake.close();
    }
  });
});

interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built deploy-commands (what npm run deploy-commands runs) in the project, with no DISCORD_* variables but `env`'s. */
function deployScript(args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs(built('deploy-commands'), args), {
      cwd: repoRoot,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.concurrent('npm run deploy-commands, as a process', () => {
  it('--dry-run prints the definitions as JSON, needs no configuration and sends nothing', async () => {
    const fake = await FakeDiscord.start();
    try {
      const [bare, configured] = await Promise.all([
        deployScript(['--dry-run']),
        // Fully configured and pointed at the fake: still nothing may reach Discord.
        deployScript(['--dry-run'], {
          DISCORD_TOKEN: testToken,
          DISCORD_CLIENT_ID: fake.applicationId,
          DISCORD_GUILD_ID: fake.guildId,
          DISCORD_API_URL: fake.apiUrl,
        }),
      ]);
      for (const run of [bare, configured]) {
        expect(run.code, run.stderr).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual(asSent(commandDefinitions));
        expect(run.stderr).toMatch(/dry run/i);
        expect(run.stdout + run.stderr).not.toContain(testToken);
      }
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('registers the commands in DISCORD_GUILD_ID through DISCORD_API_URL and says what it did', async () => {
    const fake = await FakeDiscord.start();
    try {
      expect(fake.applicationId).toMatch(/^\d{19}$/);
      const run = await deployScript([], {
        DISCORD_TOKEN: testToken,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_URL: fake.apiUrl,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(fake.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`)).toEqual([
        `PUT /applications/${fake.applicationId}/guilds/${fake.guildId}/commands -> 200`,
      ]);
      expect(fake.requests[0]?.body).toEqual(asSent(commandDefinitions));
      expect(run.stdout).toContain(`Registered ${commandDefinitions.length} commands`);
      expect(run.stdout).toContain(fake.guildId);
      for (const c of commandDefinitions) expect(run.stdout).toContain(`/${c.name}`);
      expect(run.stdout + run.stderr).not.toContain(testToken);
    } finally {
      await fake.close();
    }
  });

  it('exits non-zero naming the missing variables when DISCORD_TOKEN and DISCORD_CLIENT_ID are not set', async () => {
    const run = await deployScript([]);
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stderr).toContain('DISCORD_TOKEN');
    expect(run.stderr).toContain('DISCORD_CLIENT_ID');
    expect(run.stdout).not.toContain('Registered');
  });
});

// ------------------------------------------------------------------ /compare

describe('/compare', () => {
  it('shows both roles side by side on salary, with footnotes, a Sources list, disagreeing figures and buttons', async () => {
    await start();
    const { alice } = h.fake.users;
    const reply = await slash(alice, 'compare', [text('aspect', 'salary')]);

    expect(answeredInPublic).toContain(reply.callback.body.type);
    expect(reply.data.flags ?? 0).toBe(0); // public: the channel sees the comparison
    expect(reply.data.embeds).toHaveLength(1);
    const embed = reply.data.embeds[0] as APIEmbed;
    expect(embed.title).toMatch(/Salary/);

    // Both roles, as two fields side by side.
    const de = embed.fields?.find((f) => f.name === 'Data Engineer');
    const mle = embed.fields?.find((f) => f.name === 'ML Engineer');
    expect(de?.inline).toBe(true);
    expect(mle?.inline).toBe(true);
    // Footnote numbers follow the articles found, so a new article may renumber them: any footnote will do.
    expect(de?.value).toMatch(/\*\*Entry Salary:\*\* \$85,000 \[\d+\]/);
    expect(mle?.value).toMatch(/\*\*Entry Salary:\*\* \$105,000 \[\d+\]/);
    expect(footnotes(de?.value ?? '').length).toBeGreaterThan(0);
    expect(footnotes(mle?.value ?? '').length).toBeGreaterThan(0);

    // Every footnote used is in the Sources list, which names the articles, and every source listed is used.
    expectSourcesComplete(embed);
    expect(sourceLines(embed)).toContainEqual(
      expect.stringMatching(
        /^\[\d+\] Data Engineer vs Machine Learning Engineer: Salary, Skills & Career Path Compared › Side-by-Side Comparison$/,
      ),
    );

    // Where the sources disagree on a figure, each figure with its own source.
    const differ = field(embed, /Sources differ/) ?? '';
    expect(field(embed, /Sources differ/)?.length).toBeGreaterThan(0);
    expect(embed.fields?.find((f) => /Sources differ/.test(f.name))?.name).toMatch(/^⚠/);
    for (const line of differ.split('\n')) {
      const figures = line.split(' vs ');
      expect(figures.length, line).toBeGreaterThanOrEqual(2);
      for (const figure of figures) expect(figure, line).toMatch(/\$[\d,.]+K?.*\[\d+\]$/);
      expect(new Set(footnotes(line)).size, line).toBeGreaterThanOrEqual(2);
    }

    // The rest of the comparison is a page away.
    expect(embed.footer?.text).toMatch(/^Page 1 of \d+: More ▸ shows the rest$/);
    expect(buttonsOf(reply.data).map((b) => b.label)).toEqual([expect.stringMatching(/^More ▸ \(page 2 of \d+\)$/), '👍', '👎']);
    expectWellBehaved();
  });

  it('opens the rest privately page by page, and together the pages show every salary fact of the articles on its own side', async () => {
    await start();
    const { alice, bob } = h.fake.users;
    const reply = await slash(alice, 'compare', [text('aspect', 'salary')]);
    const count = Number(/page 2 of (\d+)/.exec(buttonsOf(reply.data)[0]!.label)![1]);
    expect(count).toBeGreaterThan(1);

    // More ▸ answers bob privately with page 2; the comparison everyone sees stays as it was.
    const more = await click(bob, replyMessageId(reply), buttonLabelled(reply.data, /^More ▸/));
    expect(more.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(more.data.flags).toBe(MessageFlags.Ephemeral);
    expect(more.data.embeds[0].title).toBe(`Data Engineer vs ML Engineer — Salary (page 2 of ${count})`);
    expect(buttonsOf(more.data).map((b) => b.label)).toEqual([`◀ Page 1 of ${count}`, ...(count > 2 ? [`Page 3 of ${count} ▸`] : [])]);
    expect(h.fake.message(replyMessageId(reply))?.embeds).toEqual(reply.data.embeds);

    // ▸ turns bob's private page in place, to the last; ◀ turns it back.
    const pageMessage = replyMessageId(more);
    const pages: any[] = [reply.data, more.data];
    while (buttonsOf(pages.at(-1)).some((b) => b.label.endsWith('▸'))) {
      const next = await click(bob, pageMessage, buttonLabelled(pages.at(-1), /▸$/));
      expect(next.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
      pages.push(next.data);
    }
    expect(pages).toHaveLength(count);
    expect(buttonsOf(pages.at(-1)).map((b) => b.label)).toEqual([`◀ Page ${count - 1} of ${count}`]);
    const back = await click(bob, pageMessage, buttonLabelled(pages.at(-1), /^◀/));
    expect(back.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(back.data.embeds[0].title).toBe(
      count > 2 ? `Data Engineer vs ML Engineer — Salary (page ${count - 1} of ${count})` : 'Data Engineer vs ML Engineer — Salary',
    );

    // Each page names the source of every footnote it uses, with the same number on every page.
    const named = new Map<number, string>();
    for (const page of pages) {
      const embed = page.embeds[0] as APIEmbed;
      expectSourcesComplete(embed);
      for (const line of sourceLines(embed)) {
        const n = Number(/^\[(\d+)\]/.exec(line)![1]);
        expect(named.get(n) ?? line, line).toBe(line);
        named.set(n, line);
      }
    }

    // Every key fact the articles give on salary is on a page, on its own side, nothing cut short; but one:
    // "…than DE comp at FAANG" repeats a sentence of another section, which is said once.
    const sideText = (name: string) =>
      normalizeForMatch(
        pages.flatMap((page) => page.embeds[0].fields.filter((f: any) => f.name === name).map((f: any) => f.value)).join('\n'),
      );
    const shown = { de: sideText('Data Engineer'), mle: sideText('ML Engineer'), both: sideText('Both roles') };
    const repeated = 'ML engineer comp is typically 10-20% higher than DE comp at FAANG';
    for (const fact of readCompareFacts().salary!.filter((f) => f.phrase !== repeated))
      expect(shown[fact.side], `${fact.side}: ${fact.phrase}`).toContain(normalizeForMatch(fact.phrase));
    expect(shown.both.match(/ml engineer comp is typically 10 20% higher/g)).toHaveLength(1);
    // A list's lead-in runs into its items, as one point.
    expect(shown.mle).toContain(
      normalizeForMatch(
        'For a Machine Learning Engineer, certain sub-skills act as significant salary multipliers: LLMOps / Generative AI: Increases base compensation by 40–60%. · MLOps Mastery:',
      ),
    );
    expect(pages.map((page) => visibleText(page)).join('\n')).not.toMatch(/…\s*\[\d+\]|and \d+ more/);
    expectWellBehaved();
  });

  it('records 👍/👎 privately, one vote per person: a second vote replaces the first', async () => {
    await start();
    const { alice, bob } = h.fake.users;
    const reply = await slash(alice, 'compare', [text('aspect', 'salary')]);
    const messageId = replyMessageId(reply);
    const up = buttonLabelled(reply.data, /👍/);
    const down = buttonLabelled(reply.data, /👎/);

    const first = await click(alice, messageId, up);
    expect(first.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(first.data.flags).toBe(MessageFlags.Ephemeral);
    expect(first.data.content).toMatch(/thank/i);
    const storage = openStorage(h.databasePath);
    try {
      expect((await storage.activity.report(10)).feedback).toEqual([{ kind: 'compare', up: 1, down: 0 }]);

      const second = await click(alice, messageId, down);
      expect(second.data.flags).toBe(MessageFlags.Ephemeral);
      expect((await storage.activity.report(10)).feedback).toEqual([{ kind: 'compare', up: 0, down: 1 }]);
      expect((await storage.activity.report(10)).disliked).toEqual([{ kind: 'compare', subject: 'salary', up: 0, down: 1 }]);

      // Someone else's vote counts on its own.
      await click(bob, messageId, up);
      expect((await storage.activity.report(10)).feedback).toEqual([{ kind: 'compare', up: 1, down: 1 }]);
    } finally {
      storage.close();
    }
    // Voting does not touch the comparison everyone sees.
    expect(h.fake.message(messageId)?.embeds).toEqual(reply.data.embeds);
    expectWellBehaved();
  });

  it('understands an aspect typed by its label or another name, not only the autocomplete value', async () => {
    await start();
    for (const [typed, label] of [
      ['Day-to-day work', 'Day-to-day work'],
      ['pay', 'Salary'],
      ['SALARY ', 'Salary'],
    ] as const) {
      const reply = await slash(h.fake.users.alice, 'compare', [text('aspect', typed)]);
      expect(reply.data.flags ?? 0, typed).toBe(0);
      expect(reply.data.embeds?.[0]?.title, typed).toContain(label);
    }
    expectWellBehaved();
  });

  it('answers an unknown aspect privately with the aspects to choose from', async () => {
    await start();
    const reply = await slash(h.fake.users.alice, 'compare', [text('aspect', 'sourdough')]);
    expect(reply.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.data.flags).toBe(MessageFlags.Ephemeral);
    const said = visibleText(reply.data);
    expect(said).toContain('sourdough');
    for (const aspect of ['salary', 'skills', 'tools', 'switching']) expect(said).toContain(aspect);
    expectWellBehaved();
  });

  it('autocompletes the aspects: all of them (≤ 25) for nothing typed, Salary first for "sal"', async () => {
    await start();
    const { alice } = h.fake.users;
    const all = await autocomplete(alice, 'compare', 'aspect', '');
    expect(all.callback.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = all.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['salary', 'skills', 'tools']));

    const sal = await autocomplete(alice, 'compare', 'aspect', 'sal');
    expect(sal.callback.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(sal.data.choices[0]).toEqual({ name: 'Salary', value: 'salary' });
    // Other names people type for an aspect find it too.
    const pay = await autocomplete(alice, 'compare', 'aspect', 'pay');
    expect(pay.data.choices.map((c: { value: string }) => c.value)).toContain('salary');

    // The value a choice carries is one /compare understands.
    const picked = await slash(alice, 'compare', [text('aspect', sal.data.choices[0].value)]);
    expect(picked.data.embeds?.[0]?.title).toMatch(/Salary/);
    expectWellBehaved();
  });
});

// ------------------------------------------------------------------ /ask

describe('/ask', () => {
  it('answers a covered question publicly, quoting the passage with [n] citations and Sources', async () => {
    await start();
    const reply = await slash(h.fake.users.alice, 'ask', [text('question', 'how much does a data engineer earn?')]);
    expect(reply.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.data.flags ?? 0).toBe(0);
    const embed = reply.data.embeds?.[0] as APIEmbed;
    expect(embed.description).toMatch(/^> .+/m); // the passage, quoted
    expect(footnotes(embed.description ?? '')).toContain(1);
    const sources = field(embed, 'Sources') ?? '';
    expect(sources).toMatch(/^\[1\] /);
    for (const line of sources.split('\n'))
      expect(
        articleTitles.some((title) => line.includes(title)),
        line,
      ).toBe(true);
    expect(Math.max(...footnotes(embed.description ?? ''))).toBe(sources.split('\n').length);
    expect(buttonsOf(reply.data).map((b) => b.label)).toEqual(expect.arrayContaining(['👍', '👎']));
    expectWellBehaved();
  });

  it('declines an uncovered question privately, suggesting topics', async () => {
    await start();
    const reply = await slash(h.fake.users.alice, 'ask', [text('question', 'how do I bake sourdough?')]);
    expect(reply.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.data.flags).toBe(MessageFlags.Ephemeral);
    const said = visibleText(reply.data);
    expect(said).toMatch(/couldn't find that in my sources/i);
    expect(said).toMatch(/Try: .*\/compare aspect:\w+/);
    expect(said).not.toMatch(/\[\d+\]/); // no citation for what the sources do not say
    expectWellBehaved();
  });

  it('declines privately what the sources lack, naming it and offering the closest passages, cited', async () => {
    await start();
    const reply = await slash(h.fake.users.alice, 'ask', [text('question', 'data engineer salary in germany?')]);
    expect(reply.data.flags).toBe(MessageFlags.Ephemeral);
    const embed = reply.data.embeds?.[0];
    expect(embed?.description).toMatch(/^My sources have no pay figures for “germany”\.\nThe closest they have:\n• .*\[1\]/);
    expect(embed?.fields?.find((f: { name: string }) => f.name === 'Sources')?.value).toMatch(/^\[1\] /);
    expectWellBehaved();
  });

  it('never pings @everyone, a role or a user named in the question', async () => {
    await start();
    const pings = `@everyone <@&123456789012345678> <@${h.fake.users.bob.id}>`;
    expect(pings).toContain('<@1058897343283200007>');
    const answered = await slash(h.fake.users.alice, 'ask', [text('question', `how much does a data engineer earn? ${pings}`)]);
    const declined = await slash(h.fake.users.alice, 'ask', [text('question', `${pings} how do I bake sourdough?`)]);
    for (const reply of [answered, declined]) {
      expect(reply.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(reply.data.allowed_mentions?.parse).toEqual([]);
      expect(reply.data.allowed_mentions?.users ?? []).toEqual([]);
      expect(reply.data.allowed_mentions?.roles ?? []).toEqual([]);
    }
    expectWellBehaved();
  });
});

// ------------------------------------------------------------------ /sources and /help

describe('in a DM with the bot', () => {
  it('answers /compare and /ask there too', async () => {
    await start();
    const { alice } = h.fake.users;
    const compared = await slash(alice, 'compare', [text('aspect', 'salary')], { channelId: h.fake.dmChannelId });
    expect(answeredInPublic).toContain(compared.callback.body.type);
    expect(compared.data.embeds?.[0]?.fields?.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(['Data Engineer', 'ML Engineer', 'Sources']),
    );
    const asked = await slash(alice, 'ask', [text('question', 'what does a data engineer earn?')], { channelId: h.fake.dmChannelId });
    expect(asked.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(footnotes(asked.data.embeds?.[0]?.description ?? '').length).toBeGreaterThan(0);
    expectWellBehaved();
  });
});

describe('/sources and /help', () => {
  it('/sources lists every article, privately', async () => {
    await start();
    const reply = await slash(h.fake.users.alice, 'sources');
    expect(reply.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.data.flags).toBe(MessageFlags.Ephemeral);
    const said = visibleText(reply.data);
    // Read from knowledge/ itself, so a new article is expected here without editing this test.
    expect(articleTitles.length).toBeGreaterThan(0);
    for (const title of articleTitles) expect(said).toContain(title);
    expectWellBehaved();
  });

  it('/help lists every command, privately', async () => {
    await start();
    const reply = await slash(h.fake.users.bob, 'help');
    expect(reply.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(reply.data.flags).toBe(MessageFlags.Ephemeral);
    const said = visibleText(reply.data);
    for (const c of commandDefinitions) expect(said).toContain(`/${c.name}`);
    expectWellBehaved();
  });
});

// ------------------------------------------------------------------ /forget-me

describe('/forget-me', () => {
  it('shows what is stored, keeps it on "Keep", and deletes everything about that person (only) on "Delete"', async () => {
    await start();
    const { alice, bob } = h.fake.users;
    const idOf = (u: FakeUser) => `discord:${u.id}`;

    // alice and bob each start a quiz and rate a comparison.
    for (const user of [alice, bob]) {
      const since = h.fake.requests.length;
      const quiz = await slash(user, 'quiz');
      await h.fake.waitForRequest(
        { method: 'PATCH', path: `/webhooks/${h.fake.applicationId}/${quiz.token}/messages/@original` },
        5000,
        since,
      );
    }
    const declined = await slash(alice, 'ask', [text('question', 'how do I bake sourdough?')]);
    expect(declined.data.flags).toBe(MessageFlags.Ephemeral);
    const compared = await slash(alice, 'compare', [text('aspect', 'salary')]);
    await click(alice, replyMessageId(compared), buttonLabelled(compared.data, /👍/));
    await click(bob, replyMessageId(compared), buttonLabelled(compared.data, /👎/));

    const storage = openStorage(h.databasePath);
    try {
      const aliceBefore = await storage.users.describe(idOf(alice));
      const bobBefore = await storage.users.describe(idOf(bob));
      // Her /ask is a conversation (one person in one channel), kept for follow-ups.
      expect(aliceBefore).toMatchObject({ quizzes: 1, declinedQuestions: 1, feedback: 1, conversations: 1 });
      expect(bobBefore).toMatchObject({ quizzes: 1, feedback: 1 });

      // What is stored, and a choice, only for alice.
      const ask = await slash(alice, 'forget-me');
      expect(ask.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(ask.data.flags).toBe(MessageFlags.Ephemeral);
      expect(ask.data.content).toMatch(/1 quiz/);
      expect(ask.data.content).toMatch(/1 rating/);
      expect(ask.data.content).toMatch(/1 question/);
      const labels = buttonsOf(ask.data).map((b) => b.label);
      expect(labels.some((l) => /Delete/.test(l))).toBe(true);
      expect(labels.some((l) => /Keep/.test(l))).toBe(true);

      const keep = await click(alice, replyMessageId(ask), buttonLabelled(ask.data, /Keep/));
      expect(keep.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
      expect(keep.data.content).toMatch(/nothing was deleted/i);
      expect(buttonsOf(keep.data)).toEqual([]);
      expect(await storage.users.describe(idOf(alice))).toEqual(aliceBefore);

      const again = await slash(alice, 'forget-me');
      const deleted = await click(alice, replyMessageId(again), buttonLabelled(again.data, /Delete/));
      expect(deleted.callback.body.type).toBe(InteractionResponseType.UpdateMessage);
      expect(deleted.data.content).toMatch(/deleted/i);
      expect(deleted.data.content).toMatch(/1 quiz/);
      expect(buttonsOf(deleted.data)).toEqual([]);
      expect(await storage.users.describe(idOf(alice))).toEqual({
        quizzes: 0,
        answers: 0,
        declinedQuestions: 0,
        feedback: 0,
        conversations: 0,
      });
      expect(await storage.users.describe(idOf(bob))).toEqual(bobBefore);
      expect((await storage.activity.report(10)).feedback).toEqual([{ kind: 'compare', up: 0, down: 1 }]);
    } finally {
      storage.close();
    }

    // Asked again, alice hears that nothing is stored.
    const after = await slash(alice, 'forget-me');
    expect(after.data.flags).toBe(MessageFlags.Ephemeral);
    expect(after.data.content).toMatch(/nothing stored/i);
    expect(buttonsOf(after.data)).toEqual([]);
    expectWellBehaved();
  });
});

// ------------------------------------------------------------------ /answers

describe('/answers', () => {
  it('turns free-text answering on in a channel for a Manage Server member, keeps it across a restart, and off again', async () => {
    await start();
    const { alice, bob } = h.fake.users;
    const answersChannel = h.fake.channels.answers;

    const on = await slash(alice, 'answers', [channel('channel', answersChannel), text('state', 'on')], { permissions: manageGuild });
    expect(on.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(on.data.flags).toBe(MessageFlags.Ephemeral);
    expect(on.data.content).toContain(`<#${answersChannel}>`);

    // A question there, without a mention, is answered with a reply to it.
    const question = say(bob, answersChannel, 'what does a data engineer earn?');
    const reply = await h.fake.waitForRequest(replyTo(question.messageId), 5000, question.since);
    expect(reply.path).toBe(`/channels/${answersChannel}/messages`);
    expect(footnotes(visibleText(reply.body)).length).toBeGreaterThan(0);

    // The setting is in SQLite: the next process still answers there.
    await h.restartBot();
    const afterRestart = say(bob, answersChannel, 'how much do ML engineers make?');
    await h.fake.waitForRequest(replyTo(afterRestart.messageId), 5000, afterRestart.since);

    const off = await slash(alice, 'answers', [channel('channel', answersChannel), text('state', 'off')], { permissions: manageGuild });
    expect(off.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(off.data.flags).toBe(MessageFlags.Ephemeral);
    expect(off.data.content).toContain(`<#${answersChannel}>`);
    const ignored = say(bob, answersChannel, 'what skills does a data engineer need?');
    await expectNoReplyTo(ignored, answersChannel);
    expectWellBehaved();
  });

  it('switches off a channel that ANSWER_CHANNEL_IDS turns on, for an Administrator, and it stays off after a restart', async () => {
    const channelId = await fakeAnswersChannelId();
    await start({ answerChannelIds: [channelId] });
    expect(h.fake.channels.answers).toBe(channelId);
    const { alice, bob } = h.fake.users;
    const before = say(bob, channelId, 'what does a data engineer earn?');
    await h.fake.waitForRequest(replyTo(before.messageId), 5000, before.since);

    const off = await slash(alice, 'answers', [channel('channel', channelId), text('state', 'off')], {
      permissions: String(PermissionFlagsBits.Administrator),
    });
    expect(off.data.flags).toBe(MessageFlags.Ephemeral);
    expect(off.data.content).toContain(`<#${channelId}>`);
    await h.restartBot();
    const ignored = say(bob, channelId, 'what skills does a data engineer need?');
    await expectNoReplyTo(ignored, channelId);
    expectWellBehaved();
  });

  it('refuses someone without Manage Server, privately, and changes nothing', async () => {
    await start();
    const { bob } = h.fake.users;
    const answersChannel = h.fake.channels.answers;
    const refused = await slash(bob, 'answers', [channel('channel', answersChannel), text('state', 'on')]);
    expect(refused.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(refused.data.flags).toBe(MessageFlags.Ephemeral);
    expect(refused.data.content).toMatch(/Manage Server/);

    const storage = openStorage(h.databasePath);
    try {
      expect(await storage.answerChannels.get(answersChannel)).toBeUndefined();
    } finally {
      storage.close();
    }
    const ignored = say(bob, answersChannel, 'what does a data engineer earn?');
    await expectNoReplyTo(ignored, answersChannel);
    expectWellBehaved();
  });
});

// ------------------------------------------------------------------ Discord failing

describe('when Discord fails', () => {
  it("logs a 500 on /ask's reply at error, stays up, and answers the next /ask", async () => {
    await start();
    const { alice } = h.fake.users;
    // discord.js tries a 500 four times (three retries) before giving up.
    h.fake.failNext(
      { method: 'POST', path: anyCallbackPath },
      { status: 500, body: { message: '500: Internal Server Error', code: RESTJSONErrorCodes.GeneralError } },
      4,
    );
    const failed = await slash(alice, 'ask', [text('question', 'how much does a data engineer earn?')]);
    expect(failed.callback.status).toBe(500);
    await vi.waitFor(() => expect(h.errors().length).toBeGreaterThan(0), { timeout: 5000, interval: 20 });
    expect(h.errors()).toHaveLength(1);
    expect(h.errors()[0]).toContain('/ask');
    // Then the person is told, privately, that something went wrong (the callback works again by now).
    const told = await h.fake.waitForRequest((r) => r.path === failed.callback.path && r.status === 204, 5000, 0);
    const attempts = h.fake.requestsMatching({ path: failed.callback.path });
    expect(attempts.map((r) => r.status)).toEqual([500, 500, 500, 500, 204]);
    expect(told.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(told.body.data.content).toMatch(/went wrong/i);
    // The interaction token is a credential too: the logged error does not carry it.
    expect(h.logs.filter((line) => line.includes(failed.token))).toEqual([]);

    const next = await slash(alice, 'ask', [text('question', 'how much does a data engineer earn?')]);
    // A success: /ask asks Discord for the message it posted (200 with it), to keep its conversation.
    expect(next.callback.status).toBe(200);
    expect(next.callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(next.data.embeds?.[0]?.description).toMatch(/\[1\]/);
    expect(h.running?.client.isReady()).toBe(true);
    expectWellBehaved({ errorsExpected: true });
  });
});
