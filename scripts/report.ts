/**
 * npm run report [-- --limit N] [-- --json]: what users asked that the sources could not answer, how
 * answers were rated, and how quizzes went, from the bot's database (DATABASE_URL's PostgreSQL, or the SQLite file).
 */
import { loadConfigOrExit } from '../src/config.js';
import { renderReport } from '../src/activity/renderReport.js';
import { openConfiguredStorage } from '../src/bot/openBot.js';
import { StorageError } from '../src/ports/storage.js';
import { describeServer } from '../src/postgres/connection.js';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const limitArg = argv.indexOf('--limit');
const limit = limitArg >= 0 ? Number(argv[limitArg + 1]) : 20;
const unknown = argv.filter((a, i) => a !== '--json' && a !== '--limit' && !(limitArg >= 0 && i === limitArg + 1));
if (unknown.length > 0 || !Number.isInteger(limit) || limit < 1) {
  process.stderr.write('usage: npm run report [-- --limit N] [-- --json]\n');
  process.exit(2);
}

const config = loadConfigOrExit(['DATABASE_PATH', 'DATABASE_URL']);
try {
  const storage = await openConfiguredStorage({
    databasePath: config.DATABASE_PATH,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
  });
  const report = await storage.activity.report(limit);
  await storage.close();
  const where = config.DATABASE_URL ? describeServer(config.DATABASE_URL) : config.DATABASE_PATH;
  process.stdout.write(`${json ? JSON.stringify(report) : renderReport(report, where)}\n`);
} catch (error) {
  if (!(error instanceof StorageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
