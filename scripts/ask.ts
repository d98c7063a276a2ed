/** npm run ask -- "question" | --json | --batch FILE | --dialog FILE | --passages | --compare ASPECT: see src/cli/askCli.ts. */
import { loadKnowledge, openBot } from '../src/bot/openBot.js';
import { runAskCli } from '../src/cli/askCli.js';
import { exitQuietlyOnClosedPipe } from '../src/cli/closedPipe.js';
import { loadConfigOrExit } from '../src/config.js';
import { KnowledgeError } from '../src/knowledge/types.js';

exitQuietlyOnClosedPipe();

const config = loadConfigOrExit(['KNOWLEDGE_DIR']);
try {
  process.exitCode = await runAskCli(
    process.argv.slice(2),
    () => loadKnowledge(config.KNOWLEDGE_DIR),
    {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
    },
    // Conversations for --dialog are kept in a database in memory: nothing is written to disk.
    async () => (await openBot({ knowledgeDir: config.KNOWLEDGE_DIR, databasePath: ':memory:', quizExpiryHours: 24 })).bot,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
