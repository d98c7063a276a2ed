import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';
import { toIndexed } from '../src/search/indexOptions.js';
import { indexOptions } from '../src/search/indexOptions.js';

describe('indexOptions', () => {
  it('loads a saved index that searches exactly like the one it was saved from', () => {
    const kb = KnowledgeBase.load('knowledge');
    const built = new MiniSearch(indexOptions(kb.analyzer));
    built.addAll(kb.passages.map((p) => toIndexed(p)));
    const loaded = MiniSearch.loadJSON(JSON.stringify(built), indexOptions(kb.analyzer));
    for (const question of ['salery of a data enginer', 'mle vs de skills', 'what is schema evolution']) {
      const query = kb
        .analyze(question)
        .map((t) => t.term)
        .join(' ');
      const before = built.search(query).map((r) => [r.id, r.score]);
      expect(before.length).toBeGreaterThan(0);
      expect(loaded.search(query).map((r) => [r.id, r.score])).toEqual(before);
    }
  });
});
