/**
 * Other search libraries over the same passages, each used the way its documentation shows with default
 * options: the bar our engine is measured against in `npm run eval` and `npm run bench`.
 */
import { Document } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { Passage } from '../knowledge/passages.js';

/** A peer: builds an index over the passages and returns a search giving the top passages, best first. */
export interface Peer {
  name: string;
  build(passages: Passage[]): (question: string) => Passage[];
}

const top = 5;

/** The fields every peer indexes: what a passage says, its section path and its article's title. */
function fieldsOf(p: Passage) {
  return { id: p.id, text: p.text, section: p.section, title: p.title };
}

function byIds(passages: Passage[]) {
  const byId = new Map(passages.map((p) => [p.id, p]));
  return (ids: Iterable<unknown>) => [...ids].slice(0, top).map((id) => byId.get(String(id))!);
}

export const minisearchDefaults: Peer = {
  name: 'minisearch (defaults)',
  build(passages) {
    const index = new MiniSearch<ReturnType<typeof fieldsOf>>({ fields: ['text', 'section', 'title'] });
    index.addAll(passages.map(fieldsOf));
    const found = byIds(passages);
    return (question) => found(index.search(question).map((r) => r.id));
  },
};

export const lunrDefaults: Peer = {
  name: 'lunr (defaults)',
  build(passages) {
    const index = lunr(function () {
      this.ref('id');
      for (const field of ['text', 'section', 'title']) this.field(field);
      for (const p of passages) this.add(fieldsOf(p));
    });
    const found = byIds(passages);
    // lunr.search parses its own query language, where "salary: DE?" is a syntax error; the query builder
    // takes the same words without parsing them. lunr trims punctuation from indexed words only ("make?"
    // would match nothing), so query words get the same trimmer; the default search pipeline does the rest.
    return (question) =>
      found(
        index
          .query((q) => {
            for (const token of lunr.tokenizer(question)) q.term(lunr.trimmer(token) as lunr.Token, {});
          })
          .map((r) => r.ref),
      );
  },
};

function flexsearch(name: string, suggest: boolean): Peer {
  return {
    name,
    build(passages) {
      const index = new Document<ReturnType<typeof fieldsOf>>({ document: { id: 'id', index: ['text', 'section', 'title'] } });
      for (const p of passages) index.add(fieldsOf(p));
      const found = byIds(passages);
      return (question) => found(index.search(question, { limit: top, merge: true, suggest }).map((r) => r.id));
    },
  };
}

/** FlexSearch matches every word of a query by default, so it also runs with `suggest`, its documented partial-match option. */
export const flexsearchDefaults = flexsearch('flexsearch (defaults)', false);
export const flexsearchSuggest = flexsearch('flexsearch (suggest)', true);

export const peers: Peer[] = [minisearchDefaults, lunrDefaults, flexsearchDefaults, flexsearchSuggest];
