/**
 * npm run bench: how fast the engine builds and answers, and what it costs in memory. Prints figures;
 * nothing here is a pass/fail threshold.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../src/answer/answer.js';
import { compareRoles } from '../src/compare/compare.js';
import { percentile, readQuestions } from '../src/eval/metrics.js';
import { KnowledgeBase } from '../src/search/engine.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

const rssBefore = process.memoryUsage().rss;
const builds: number[] = [];
let kb!: KnowledgeBase;
for (let i = 0; i < 20; i += 1) {
  const start = performance.now();
  kb = KnowledgeBase.load('knowledge');
  builds.push(performance.now() - start);
}
const rssLoaded = process.memoryUsage().rss;

const files = [resolve('..', 'shared', 'eval', 'dev-questions.jsonl'), ...readdirSync('eval').filter((f) => f.endsWith('.jsonl')).map((f) => join('eval', f))].filter((f) => existsSync(f));
const questions = files.flatMap((f) => readQuestions(f)).map((q) => q.q);
const latencies: number[] = [];
const rounds = Math.ceil(10_000 / questions.length);
for (let round = 0; round < rounds; round += 1) {
  for (const question of questions) {
    const start = performance.now();
    answerQuestion(kb, question);
    latencies.push(performance.now() - start);
  }
}
const rssAfter = process.memoryUsage().rss;
const compares: number[] = [];
for (let round = 0; round < 50; round += 1) {
  for (const aspect of kb.aspects) {
    const start = performance.now();
    compareRoles(kb, aspect);
    compares.push(performance.now() - start);
  }
}

console.log(`passages indexed            ${kb.passages.length}`);
console.log(`index build (load+index)    first ${ms(builds[0]!)}, median ${ms(percentile(builds, 50))} over ${builds.length} builds`);
console.log(`answer per question         p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))} over ${latencies.length} questions`);
console.log(`compare per aspect          p50 ${ms(percentile(compares, 50))}, p99 ${ms(percentile(compares, 99))} over ${compares.length} comparisons`);
console.log(`RSS                         ${mb(rssBefore)} at start, ${mb(rssLoaded)} after ${builds.length} builds, ${mb(rssAfter)} after ${latencies.length} questions`);
