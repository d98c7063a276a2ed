/**
 * npm run eval [-- --file F ...] [--verbose]: retrieval figures for our engine and for its peers (src/eval/peers.ts),
 * on the development questions and on our own sets in eval/, plus build time and search latency.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../src/answer/answer.js';
import { exitQuietlyOnClosedPipe } from '../src/cli/closedPipe.js';
import { type Figures, percentile, readQuestions, type Run, score } from '../src/eval/metrics.js';
import { peers } from '../src/eval/peers.js';
import { defaultQuestionFiles, timedLoads } from '../src/eval/questionSets.js';

exitQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--file' && args[i + 1]) files.push(args[++i]!);
  else if (args[i] !== '--verbose') {
    process.stderr.write(`eval: unknown argument ${args[i]}\nusage: npm run eval -- [--file QUESTIONS.jsonl ...] [--verbose]\n`);
    process.exit(2);
  }
}
if (files.length === 0) files.push(...defaultQuestionFiles());

const { kb, millis: buildTimes } = timedLoads('knowledge', 5);
const searches = peers.map((peer) => ({ name: peer.name, search: peer.build(kb.passages) }));

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
function row(name: string, f: Figures) {
  return `${name.padEnd(22)} ${f.mrr5.toFixed(3).padStart(6)} ${pct(f.recall1).padStart(6)} ${pct(f.recall3).padStart(6)}   ${`${f.outDeclined}/${f.outOfScope}`.padStart(7)}   ${`${f.inWronglyDeclined}/${f.inScope}`.padStart(7)}`;
}

const latencies: number[] = [];
for (const file of files) {
  if (!existsSync(file)) {
    process.stderr.write(`eval: ${file} not found (pass --file QUESTIONS.jsonl)\n`);
    process.exit(2);
  }
  const questions = readQuestions(file);
  const ours: Run[] = [];
  const theirs = searches.map(() => [] as Run[]);
  for (const question of questions) {
    const start = performance.now();
    const answer = answerQuestion(kb, question.q);
    latencies.push(performance.now() - start);
    ours.push({ question, passages: answer.passages, declined: !answer.answered });
    searches.forEach((peer, i) => theirs[i]!.push({ question, passages: peer.search(question.q), declined: false }));
  }
  const figures = score(ours);
  console.log(`\n${file} (${figures.inScope} in scope, ${figures.outOfScope} out of scope)`);
  console.log(`${'engine'.padEnd(22)} ${'MRR@5'.padStart(6)} ${'R@1'.padStart(6)} ${'R@3'.padStart(6)}   ${'out ✗'.padStart(7)}   ${'in ✗'.padStart(7)}`);
  console.log(row('careerbot', figures));
  searches.forEach((peer, i) => console.log(row(peer.name, score(theirs[i]!))));
  if (verbose) {
    for (const miss of figures.misses) console.log(`  miss ${miss.id} rank ${miss.rank || '-'}: ${miss.q}`);
    for (const q of figures.wrongDeclines) console.log(`  wrongly declined ${q}`);
    for (const q of figures.missedDeclines) console.log(`  not declined ${q}`);
  }
}
// Warm questions again for steadier latency figures.
const questionsForTiming = files.flatMap((f) => readQuestions(f));
const timed: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const q of questionsForTiming) {
    const start = performance.now();
    answerQuestion(kb, q.q);
    timed.push(performance.now() - start);
  }
}
console.log(`\nindex build (load + parse + index ${kb.passages.length} passages): median ${percentile(buildTimes, 50).toFixed(1)} ms (first ${buildTimes[0]!.toFixed(1)} ms)`);
console.log(`per question (answer, warm, ${timed.length} runs): p50 ${percentile(timed, 50).toFixed(3)} ms, p99 ${percentile(timed, 99).toFixed(3)} ms`);
console.log('out ✗ = out-of-scope questions declined; in ✗ = in-scope questions wrongly declined');
