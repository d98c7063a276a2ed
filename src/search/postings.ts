/**
 * BM25 for a whole question from minisearch's scores for each of its terms alone. minisearch scores an OR query
 * as the sum, over the query terms, of each term's boosted BM25 (its fields' boosts applied), times how many of
 * the terms a passage matched; asking it once per question builds a result object, a match object and a term
 * list for every passage sharing a word with the question, most of them thrown away at once. Asked once per
 * term instead, and kept, a term's scores serve every later question that uses it, and a question's scores are
 * added up in arrays reused from one question to the next: the same ranking, without the garbage.
 */
import type MiniSearch from 'minisearch';

/** A term's postings: the passages (by ordinal) minisearch finds for it alone, and their BM25 for it. */
interface TermPostings {
  passages: Int32Array;
  /** BM25 of the term in each passage, its field boosts applied (minisearch's score for the term alone). */
  scores: Float64Array;
  /** 1 where the term is in the passage's own text or heading, 0 where only in the headings above or the title. */
  own: Uint8Array;
}

/** One of the passages a question's terms found, as minisearch would score and report it. */
export interface TermMatch {
  /** The passage's ordinal (its index in the list the scorer was built with). */
  passage: number;
  /** minisearch's score: the boosted BM25 of the terms it matched, times how many it matched. */
  score: number;
  /** The question's terms it matched, in the order they were asked. */
  terms: string[];
  /** Whether each matched term (same order) is in its own text or heading. */
  inOwnFields: boolean[];
}

/** The fields that hold a passage's own words; the others are the headings above it and the article's title. */
const ownFields = new Set(['text', 'section']);

/** Enough for every word of the articles and the rare ones questions bring; cleared past it, so memory stays flat. */
const cachedTerms = 20_000;

const noPostings: TermPostings = { passages: new Int32Array(0), scores: new Float64Array(0), own: new Uint8Array(0) };

export class QueryScorer {
  private readonly postings = new Map<string, TermPostings>();
  // Scratch space for one question at a time (the core answers one question at a time; nothing here awaits).
  private readonly sums: Float64Array;
  private readonly counts: Int32Array;
  private readonly seen: Int32Array;
  private readonly order: number[] = [];
  private generation = 0;

  /**
   * `ordinals` maps minisearch's document ids to the passages' ordinals (0 … count-1); `fields`, when given, are
   * the only fields searched (the index's own search options otherwise).
   */
  constructor(
    private readonly index: MiniSearch,
    private readonly ordinals: ReadonlyMap<string, number>,
    private readonly fields?: string[],
  ) {
    const count = ordinals.size;
    this.sums = new Float64Array(count);
    this.counts = new Int32Array(count);
    this.seen = new Int32Array(count);
  }

  /**
   * The passages sharing a term with the query, best first, as minisearch's OR search ranks them: each term's
   * BM25 times its boost, summed, times the number of terms matched. `terms` are the query's terms in order
   * (each once) with their boosts. Only the first `limit` are returned, with the terms each matched.
   */
  search(terms: readonly string[], boost: (term: string) => number, limit: number): TermMatch[] {
    this.generation += 1;
    const { sums, counts, seen, order, generation } = this;
    order.length = 0;
    const lists = terms.map((term) => this.of(term));
    for (let t = 0; t < lists.length; t += 1) {
      const list = lists[t]!;
      const weight = boost(terms[t]!);
      for (let i = 0; i < list.passages.length; i += 1) {
        const passage = list.passages[i]!;
        if (seen[passage] !== generation) {
          seen[passage] = generation;
          sums[passage] = 0;
          counts[passage] = 0;
          order.push(passage);
        }
        sums[passage] = sums[passage]! + weight * list.scores[i]!;
        counts[passage] = counts[passage]! + 1;
      }
    }
    for (const passage of order) sums[passage] = sums[passage]! * counts[passage]!;
    // A stable sort, as minisearch's: equal scores keep the order the passages were first found in.
    order.sort((a, b) => sums[b]! - sums[a]!);
    const found = new Array<TermMatch>(Math.min(order.length, limit));
    for (let n = 0; n < found.length; n += 1) {
      const passage = order[n]!;
      // Sized once: arrays grown by push reserve room for many more terms than a passage matches.
      const matched = new Array<string>(counts[passage]!);
      const own = new Array<boolean>(counts[passage]!);
      for (let t = 0, k = 0; t < lists.length; t += 1) {
        const list = lists[t]!;
        const at = list.passages.indexOf(passage);
        if (at < 0) continue;
        matched[k] = terms[t]!;
        own[k] = list.own[at] === 1;
        k += 1;
      }
      found[n] = { passage, score: sums[passage]!, terms: matched, inOwnFields: own };
    }
    return found;
  }

  /** A term's postings, from minisearch on first use. */
  private of(term: string): TermPostings {
    let list = this.postings.get(term);
    if (list) return list;
    const results = this.fields ? this.index.search(term, { fields: this.fields }) : this.index.search(term);
    list =
      results.length === 0
        ? noPostings
        : {
            passages: Int32Array.from(results, (r) => this.ordinals.get(r.id as string) ?? -1),
            scores: Float64Array.from(results, (r) => r.score),
            own: Uint8Array.from(results, (r) => ((r.match[term] ?? []).some((field) => ownFields.has(field)) ? 1 : 0)),
          };
    if (this.postings.size >= cachedTerms) this.postings.clear();
    this.postings.set(term, list);
    return list;
  }
}
