/** npm run ask -- "question" | --json | --batch FILE | --passages | --compare ASPECT: see src/cli/askCli.ts. */
import { runAskCli } from '../src/cli/askCli.js';
import { exitQuietlyOnClosedPipe } from '../src/cli/closedPipe.js';
import { loadConfigOrExit } from '../src/config.js';
import { KnowledgeError } from '../src/knowledge/types.js';
import { loadKnowledge } from '../src/bot/openBot.js';

exitQuietlyOnClosedPipe();

const config = loadConfigOrExit(['KNOWLEDGE_DIR']);
try {
  process.exitCode = runAskCli(process.argv.slice(2), () => loadKnowledge(config.KNOWLEDGE_DIR), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
