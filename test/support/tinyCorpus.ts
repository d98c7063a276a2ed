/**
 * A knowledge base over articles written inline in a test, with the real vocabulary (knowledge/vocabulary.json),
 * so behaviour tests do not move when the real corpus grows.
 */
import { parseArticle } from '../../src/knowledge/corpus.js';
import { KnowledgeBase } from '../../src/search/knowledgeBase.js';
import { loadVocabulary } from '../../src/search/vocabulary.js';

/** One article: its id and title, and its markdown body (headings, paragraphs, lists, tables). */
export interface TinyArticle {
  id: string;
  title: string;
  body: string;
}

export function tinyKnowledgeBase(articles: TinyArticle[]): KnowledgeBase {
  const documents = articles.map((article) => {
    const source = `---\nid: ${article.id}\ntitle: ${article.title}\nsummary: ${article.title}, written for a test.\n---\n\n${article.body.trim()}\n`;
    const { document, problems } = parseArticle(`${article.id}.md`, source);
    if (!document) throw new Error(`tinyKnowledgeBase: ${article.id}: ${problems.map((p) => p.message).join('; ')}`);
    return document;
  });
  return new KnowledgeBase(documents, loadVocabulary('knowledge'));
}
