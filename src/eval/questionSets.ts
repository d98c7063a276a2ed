/** Where the question sets live, and timed loads of the knowledge base, shared by eval and bench. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KnowledgeBase } from '../search/engine.js';

/** The development set (beside the project, in shared/), then every set of our own in eval/. */
export function defaultQuestionFiles(): string[] {
  const own = existsSync('eval') ? readdirSync('eval').filter((f) => f.endsWith('.jsonl')).sort().map((f) => join('eval', f)) : [];
  return [resolve('..', 'shared', 'eval', 'dev-questions.jsonl'), ...own];
}

/** Loads the knowledge base `times` times; returns the last one and each load's milliseconds. */
export function timedLoads(knowledgeDir: string, times: number): { kb: KnowledgeBase; millis: number[] } {
  const millis: number[] = [];
  let kb: KnowledgeBase | undefined;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    kb = KnowledgeBase.load(knowledgeDir);
    millis.push(performance.now() - start);
  }
  return { kb: kb!, millis };
}
