/**
 * The bot's own Discord start-up (startDiscordBot) against the fake Discord, with a real SQLite file, and
 * the checks every end-to-end test makes on what the bot sent: mentions disabled, Discord's limits kept,
 * every interaction acknowledged within 3 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBot } from '../../src/bot/openBot.js';
import type { CooldownOptions } from '../../src/cooldown/cooldown.js';
import { type RunningDiscordBot, startDiscordBot } from '../../src/discord/discordBot.js';
import { limitProblems } from '../../src/discord/limits.js';
import { createLogger } from '../../src/log.js';
import type { Clock } from '../../src/quiz/repository.js';
import { anyCallbackPath, InteractionResponseType } from './discordKit.js';
import { FakeDiscord, type FakeDiscordOptions, type RecordedRequest } from './fakeDiscord.js';

export const testToken = 'fake-token.abcdefghijklmnopqrstuvwxyz';

export interface HarnessOptions {
  answerChannelIds?: string[];
  clock?: Clock;
  cooldown?: CooldownOptions;
  fake?: FakeDiscordOptions;
  /** A PostgreSQL database to store in instead of the harness's SQLite file. */
  databaseUrl?: string;
}

/** A fake Discord, a bot logged into it, and what the bot logged. */
export class DiscordHarness {
  readonly logs: string[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'careerbot-discord-'));
  readonly databasePath = join(this.dir, 'bot.sqlite');
  running: RunningDiscordBot | undefined;

  private constructor(
    readonly fake: FakeDiscord,
    private readonly options: HarnessOptions,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<DiscordHarness> {
    const harness = new DiscordHarness(await FakeDiscord.start(options.fake), options);
    await harness.startBot();
    return harness;
  }

  /** Starts the bot process's Discord side: open knowledge and the database, log in, wait until ready. */
  async startBot(): Promise<RunningDiscordBot> {
    const opened = await openBot({
      knowledgeDir: 'knowledge',
      databasePath: this.databasePath,
      ...(this.options.databaseUrl ? { databaseUrl: this.options.databaseUrl } : {}),
      quizExpiryHours: 24,
      answerChannelIds: this.options.answerChannelIds ?? [],
      ...(this.options.clock ? { clock: this.options.clock } : {}),
    });
    this.running = await startDiscordBot({
      token: testToken,
      apiUrl: this.fake.apiUrl,
      opened,
      log: createLogger({ level: 'debug', secrets: [testToken], write: (line) => this.logs.push(line) }),
      ...(this.options.clock ? { clock: this.options.clock } : {}),
      ...(this.options.cooldown ? { cooldown: this.options.cooldown } : {}),
    });
    await this.fake.waitForReady();
    return this.running;
  }

  /** The bot process dies (no clean shutdown reaches Discord) and a new one starts on the same database. */
  async restartBot(): Promise<void> {
    const old = this.running;
    this.fake.disconnectClients();
    // A death waits for nothing: handlers in flight are cut, not drained.
    old?.cutShort();
    await old?.stop();
    await this.startBot();
  }

  async stop(): Promise<void> {
    await this.running?.stop();
    await this.fake.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Log lines at error level: a test that expects none checks this is empty. */
  errors(): string[] {
    return this.logs.filter((line) => line.includes('"level":"error"'));
  }
}

/** The callback types that carry a message: a reply, or an update of the message a component is on. */
const messageCallbacks: InteractionResponseType[] = [
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.UpdateMessage,
];

/** Requests that carry a message: interaction replies and updates, follow-ups, edits, channel messages. */
export function messageRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => {
    if (r.method === 'POST' && anyCallbackPath.test(r.path)) return messageCallbacks.includes(r.body?.type);
    if (/^\/webhooks\/\d+\/[^/]+/.test(r.path)) return r.method === 'POST' || r.method === 'PATCH';
    return (r.method === 'POST' || r.method === 'PATCH') && /^\/channels\/\d+\/messages(\/\d+)?$/.test(r.path);
  });
}

/** Everything that must hold for every message the bot sent, as a list of problems (empty when fine). */
export function messageProblems(requests: RecordedRequest[]): string[] {
  const problems: string[] = [];
  for (const r of messageRequests(requests)) {
    const data = r.path.endsWith('/callback') ? r.body.data : r.body;
    const where = `${r.method} ${r.path}`;
    if (!data?.allowed_mentions || JSON.stringify(data.allowed_mentions.parse) !== '[]')
      problems.push(`${where}: mentions not disabled (${JSON.stringify(data?.allowed_mentions)})`);
    for (const problem of limitProblems(data)) problems.push(`${where}: ${problem}`);
  }
  for (const r of requests) {
    if (r.body?.type === InteractionResponseType.ApplicationCommandAutocompleteResult)
      for (const problem of limitProblems(r.body.data)) problems.push(`autocomplete: ${problem}`);
  }
  return problems;
}

const discordEpoch = 1_420_070_400_000n;
/** When Discord created a snowflake (the fake sends an interaction the moment it makes its id). */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + discordEpoch);
}

/** Interactions whose first callback came later than Discord's 3 s, or never. */
export function lateAcknowledgements(requests: RecordedRequest[], interactionIds: string[]): string[] {
  return interactionIds.flatMap((id) => {
    const first = requests.find((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`));
    if (!first) return [`${id}: never acknowledged`];
    const ms = first.at - snowflakeTime(id);
    return ms > 3000 ? [`${id}: acknowledged after ${ms} ms`] : [];
  });
}
