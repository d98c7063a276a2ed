/**
 * A knowledge base over articles written inline in a test, with the real vocabulary (knowledge/vocabulary.json),
 * so behaviour tests do not move when the real corpus grows. Kept for its callers; the fixture kit
 * (./fixtureCorpus.ts) does this and more (aspects, a folder on disk, copies of knowledge/ with articles added).
 */
import type { KnowledgeBase } from '../../src/search/knowledgeBase.js';
import { type FixtureArticle, fixtureKnowledgeBase } from './fixtureCorpus.js';

/** One article: its id and title, and its markdown body (headings, paragraphs, lists, tables). */
export type TinyArticle = Pick<FixtureArticle, 'id' | 'title' | 'body'>;

export function tinyKnowledgeBase(articles: TinyArticle[]): KnowledgeBase {
  return fixtureKnowledgeBase(articles);
}
