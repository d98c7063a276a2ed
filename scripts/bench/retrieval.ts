/**
 * Our engine against its peers on the same passages and questions, in one run: MRR@5, Recall@3,
 * per-question latency and index build time.
 */
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadAspects } from '../../src/compare/aspects.js';
import type { Passage } from '../../src/knowledge/passages.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { type EvalQuestion, percentile, type RankedPassage, score } from '../../src/eval/metrics.js';
import { peers } from '../../src/eval/peers.js';
import { KnowledgeBase } from '../../src/search/knowledgeBase.js';
import { loadPassageQuestions } from '../../src/search/passageQuestions.js';
import { loadVocabulary } from '../../src/search/vocabulary.js';

export interface QuestionSet {
  name: string;
  questions: EvalQuestion[];
}

export interface EngineFigures {
  engine: string;
  /** MRR@5 and Recall@3 per question set, by set name. */
  quality: Record<string, { mrr5: number; recall3: number }>;
  latency: { p50: number; p99: number; runs: number };
  /** Milliseconds: the first build in the process, and the median of all. */
  build: { first: number; median: number; builds: number };
}

type Search = (question: string) => RankedPassage[];

function timedBuilds<T>(times: number, build: () => T): { last: T; millis: number[] } {
  const millis: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    last = build();
    millis.push(performance.now() - start);
  }
  return { last: last!, millis };
}

function measure(engine: string, sets: QuestionSet[], build: { last: Search; millis: number[] }, rounds: number): EngineFigures {
  const search = build.last;
  const quality: EngineFigures['quality'] = {};
  for (const set of sets) {
    const figures = score(set.questions.map((question) => ({ question, passages: search(question.q), declined: false })));
    quality[set.name] = { mrr5: figures.mrr5, recall3: figures.recall3 };
  }
  // Each question once, however many sets name it.
  const all = [...new Set(sets.flatMap((s) => s.questions.map((q) => q.q)))];
  // Warm-up: the first passes compile code paths and fill caches; a running bot is past them.
  for (let pass = 0; pass < 3; pass += 1) for (const q of all) search(q);
  // Each engine starts timing with a clean heap, so no engine pays for the garbage of the one before it.
  (globalThis as { gc?: () => void }).gc?.();
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const q of all) {
      const start = performance.now();
      search(q);
      latencies.push(performance.now() - start);
    }
  }
  return {
    engine,
    quality,
    latency: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), runs: latencies.length },
    build: { first: build.millis[0]!, median: percentile(build.millis, 50), builds: build.millis.length },
  };
}

/**
 * Every engine builds its index from the same parsed articles (ours from the documents and the passages'
 * questions, the peers from the passages our loader cut) and answers the same questions. Ours is timed answering in full (search plus
 * key sentences and the decline check), the peers searching only.
 */
export function compareEngines(knowledgeDir: string, sets: QuestionSet[], options = { builds: 10, rounds: 10 }): EngineFigures[] {
  const documents = loadCorpus(knowledgeDir);
  const vocabulary = loadVocabulary(knowledgeDir);
  const aspects = loadAspects(knowledgeDir);
  const passageQuestions = loadPassageQuestions(knowledgeDir);
  const ours = timedBuilds(options.builds, () => new KnowledgeBase(documents, vocabulary, passageQuestions));
  const kb = ours.last;
  const passages: Passage[] = kb.passages;
  const rows = [measure('careerbot', sets, { last: (q) => answerQuestion(kb, q, aspects).passages, millis: ours.millis }, options.rounds)];
  for (const peer of peers)
    rows.push(
      measure(
        peer.name,
        sets,
        timedBuilds(options.builds, () => peer.build(passages)),
        options.rounds,
      ),
    );
  return rows;
}
