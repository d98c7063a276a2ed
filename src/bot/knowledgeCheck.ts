/**
 * Every check `npm run knowledge:check` and every start run on a knowledge folder, in order: the articles (front
 * matter, unique ids, non-empty sections, well-formed tables), the vocabulary and the aspects, then the passage
 * questions and the quiz against the passages (checked only once the articles are sound: they name passages).
 */
import { loadAspects } from '../compare/aspects.js';
import { checkCorpus } from '../knowledge/corpus.js';
import { buildPassages } from '../knowledge/passages.js';
import { loadQuiz } from '../quiz/definition.js';
import { checkPassageIds, loadPassageQuestions } from '../search/passageQuestions.js';
import { loadVocabulary } from '../search/vocabulary.js';

/** What a knowledge folder holds, and what is wrong with it. */
export interface KnowledgeCheck {
  articles: number;
  /** 0 when the articles, the vocabulary or the aspects have problems (the passages are not built then). */
  passages: number;
  /** Each problem of the articles, the vocabulary and the aspects, with its file and line. */
  problems: string[];
  /** What is wrong with the quiz, once everything else is sound. */
  quizProblem?: string;
}

export function checkKnowledge(dir: string): KnowledgeCheck {
  const { documents, problems } = checkCorpus(dir);
  const lines = problems.map((p) => `knowledge: ${p.file}:${p.line}: ${p.message}`);
  for (const load of [() => loadVocabulary(dir), () => loadAspects(dir)]) {
    try {
      load();
    } catch (error) {
      lines.push((error as Error).message);
    }
  }
  if (lines.length > 0) return { articles: documents.length, passages: 0, problems: lines };
  const passages = buildPassages(documents);
  const byId = new Map(passages.map((p) => [p.id, p]));
  try {
    checkPassageIds(dir, loadPassageQuestions(dir), new Set(byId.keys()));
  } catch (error) {
    return { articles: documents.length, passages: passages.length, problems: [(error as Error).message] };
  }
  try {
    loadQuiz(dir, (id) => byId.get(id));
  } catch (error) {
    return { articles: documents.length, passages: passages.length, problems: [], quizProblem: (error as Error).message };
  }
  return { articles: documents.length, passages: passages.length, problems: [] };
}
