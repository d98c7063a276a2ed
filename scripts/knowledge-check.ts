/**
 * npm run knowledge:check: lints knowledge/ (front matter, unique ids, non-empty sections, well-formed
 * tables, vocabulary, aspects and the quiz) and reports every problem with its file and line.
 */
import { loadAspects } from '../src/compare/aspects.js';
import { loadConfigOrExit } from '../src/config.js';
import { checkCorpus } from '../src/knowledge/corpus.js';
import { buildPassages } from '../src/knowledge/passages.js';
import { loadQuiz } from '../src/quiz/definition.js';
import { loadVocabulary } from '../src/search/vocabulary.js';

const { KNOWLEDGE_DIR: dir } = loadConfigOrExit(['KNOWLEDGE_DIR']);
const { documents, problems } = checkCorpus(dir);
const lines = problems.map((p) => `knowledge: ${p.file}:${p.line}: ${p.message}`);
for (const load of [() => loadVocabulary(dir), () => loadAspects(dir)]) {
  try {
    load();
  } catch (error) {
    lines.push((error as Error).message);
  }
}
if (lines.length > 0) {
  process.stderr.write(`${lines.join('\n')}\nknowledge: ${lines.length} problem${lines.length === 1 ? '' : 's'} found\n`);
  process.exit(1);
}
const passages = buildPassages(documents);
const byId = new Map(passages.map((p) => [p.id, p]));
try {
  loadQuiz(dir, (id) => byId.get(id));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
process.stdout.write(`knowledge: ${documents.length} articles, ${passages.length} passages, quiz: ok\n`);
