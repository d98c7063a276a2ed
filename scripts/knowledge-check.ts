/**
 * npm run knowledge:check: lints knowledge/ (front matter, unique ids, non-empty sections, well-formed
 * tables, vocabulary, aspects and the quiz) and reports every problem with its file and line.
 */
import { checkKnowledge } from '../src/bot/knowledgeCheck.js';
import { loadConfigOrExit } from '../src/config.js';

const { KNOWLEDGE_DIR: dir } = loadConfigOrExit(['KNOWLEDGE_DIR']);
const check = checkKnowledge(dir);
if (check.problems.length > 0) {
  const count = check.problems.length;
  process.stderr.write(`${check.problems.join('\n')}\nknowledge: ${count} problem${count === 1 ? '' : 's'} found\n`);
  process.exit(1);
}
if (check.quizProblem !== undefined) {
  process.stderr.write(`${check.quizProblem}\n`);
  process.exit(1);
}
process.stdout.write(`knowledge: ${check.articles} articles, ${check.passages} passages, quiz: ok\n`);
