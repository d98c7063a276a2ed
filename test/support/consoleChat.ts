/**
 * A conversation at the console over a test bot, for specs written as transcripts: each line typed resolves to what
 * the console printed for it. Close the bots opened with `closeChats()` after each test.
 */
import { ConsoleSession } from '../../src/console/consoleSession.js';
import { openTestBot, type TestBot } from './testBot.js';

const opened: TestBot[] = [];

/** A console session as `user` on a bot of its own (in-memory SQLite). */
export function consoleChat(user = 'alice'): { say(line: string): Promise<string> } {
  const testBot = openTestBot();
  opened.push(testBot);
  const written: string[] = [];
  const session = new ConsoleSession(testBot.bot, user, (text) => written.push(text));
  return {
    async say(line: string): Promise<string> {
      const before = written.length;
      await session.handle(line);
      return written.slice(before).join('\n\n');
    },
  };
}

/** Closes every bot `consoleChat` opened. */
export function closeChats(): void {
  for (const bot of opened.splice(0)) bot.close();
}

/** The first line of a reply: its heading, or the sentence it opens with. */
export const firstLine = (text: string): string => text.split('\n')[0] ?? '';

/** The reply's first two lines to `line`: what it understood (or the sentence it opened with), and what followed. */
export async function opening(c: ReturnType<typeof consoleChat>, line: string): Promise<string[]> {
  return (await c.say(line)).split('\n').slice(0, 2);
}
