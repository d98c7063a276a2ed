/**
 * npm run chat [-- --user NAME]: the bot in a terminal, through the same handlers as Discord. Reads one
 * line at a time from a terminal or a pipe; quizzes live in the same database as the bot's (SQLite, or DATABASE_URL's).
 */
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { type OpenedBot, openBot } from '../src/bot/openBot.js';
import { exitQuietlyOnClosedPipe } from '../src/cli/closedPipe.js';
import { loadConfigOrExit } from '../src/config.js';
import { ConsoleSession } from '../src/console/consoleSession.js';
import { KnowledgeError } from '../src/knowledge/types.js';
import { StorageError } from '../src/ports/storage.js';
import { parseChatArgs } from '../src/console/chatArgs.js';

exitQuietlyOnClosedPipe();

const args = parseChatArgs(process.argv.slice(2), () => userInfo().username);
if (args.kind !== 'run') {
  (args.kind === 'help' ? process.stdout : process.stderr).write(`${args.text}\n`);
  process.exit(args.kind === 'help' ? 0 : 2);
}

const config = loadConfigOrExit(['KNOWLEDGE_DIR', 'DATABASE_PATH', 'DATABASE_URL', 'QUIZ_EXPIRY_HOURS', 'CONVERSATION_MINUTES']);
let opened: OpenedBot;
try {
  opened = await openBot({
    knowledgeDir: config.KNOWLEDGE_DIR,
    databasePath: config.DATABASE_PATH,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    quizExpiryHours: config.QUIZ_EXPIRY_HOURS,
    conversationMinutes: config.CONVERSATION_MINUTES,
  });
} catch (error) {
  if (!(error instanceof KnowledgeError || error instanceof StorageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const { bot, close } = opened;
await bot.expireIdleQuizzes();
await bot.expireConversations();

const interactive = process.stdin.isTTY === true;
const session = new ConsoleSession(
  bot,
  args.user,
  (text) => process.stdout.write(`${text}\n\n`),
  (error) => process.stderr.write(`chat: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
);
await session.welcome();

const lines = createInterface({
  input: process.stdin,
  output: interactive ? process.stdout : undefined,
  prompt: 'you> ',
  terminal: interactive,
});
// Lines are handled one at a time, in the order typed or piped: each waits for the one before.
let ended = false;
let turn: Promise<unknown> = Promise.resolve();
const inTurn = (work: () => Promise<unknown>) => {
  turn = turn.then(work);
  return turn;
};
lines.on('line', (line) => {
  void inTurn(async () => {
    // /quit ends the conversation: lines already piped in after it are not handled.
    if (ended) return;
    // Piped input is echoed so a transcript reads as a conversation; the line is handled in the same tick, as
    // its echo goes out, so nothing else runs between them.
    // Echoed without control characters: a pasted terminal escape must not drive the reader's terminal.
    if (!interactive && line.trim() !== '') process.stdout.write(`you> ${line.replace(/[\p{Cc}\p{Cf}]/gu, '')}\n`);
    const handled = session.handle(line);
    if ((await handled) === 'quit') {
      ended = true;
      lines.close();
    } else if (interactive) lines.prompt();
  });
});
// Ctrl+C leaves like /quit, saying where a quiz in progress stands.
lines.on('SIGINT', () => {
  void inTurn(async () => {
    if (!ended) await session.handle('/quit');
    ended = true;
    lines.close();
  });
});
// The database closes once every line read before the end has been handled.
lines.on(
  'close',
  () =>
    void inTurn(async () => {
      ended = true;
      await close();
    }),
);
if (interactive) lines.prompt();
