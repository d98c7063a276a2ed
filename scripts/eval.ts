/**
 * npm run eval [-- --file F ...] [--verbose]: retrieval and answerability figures for every set of
 * eval/sets.json (or the files given), each labelled with its style and how it has been used, our engine
 * beside its peers (src/eval/peers.ts); follow-up conversations; build time and search latency; and the share
 * of each /compare aspect's key facts the comparison shows. --verbose lists the misses of the sets people may
 * look at, never those of a sealed or aggregate-only set.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../src/answer/answer.js';
import { loadAspects } from '../src/compare/aspects.js';
import { exitQuietlyOnClosedPipe } from '../src/cli/closedPipe.js';
import { factTable, measureCompareFacts, readCompareFacts } from '../src/eval/compareFacts.js';
import { answerDialog } from '../src/conversation/dialog.js';
import { readConversations, scoreConversations } from '../src/eval/followups.js';
import { loadKnowledge, wireBot } from '../src/bot/openBot.js';
import { openInMemoryStorage } from '../src/memory/inMemoryStorage.js';
import { type Figures, percentile, readQuestions, type Run, score } from '../src/eval/metrics.js';
import { peers } from '../src/eval/peers.js';
import { absentSetsNote, type EvalSet, readEvalSets, timedLoads } from '../src/eval/questionSets.js';

exitQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--file' && args[i + 1]) files.push(args[++i]!);
  else if (args[i] !== '--verbose') {
    process.stderr.write(`eval: unknown argument ${args[i]}\nusage: npm run eval -- [--file SET.jsonl ...] [--verbose]\n`);
    process.exit(2);
  }
}

// The sets whose file is not here (the shared development sets, ../shared/eval/, in a copy outside this
// workspace) are named in one line and skipped; the run goes on with the others.
const manifest = readEvalSets();
let sets: EvalSet[] = manifest.present;
if (files.length > 0) {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    process.stderr.write(`eval: not here: ${missing.join(', ')}\n`);
    process.exit(2);
  }
  sets = files.map((file) => {
    const known = [...manifest.present, ...manifest.absent].find((s) => s.file === file);
    return (
      known ?? {
        file,
        kind: file.includes('followup') ? 'followups' : 'questions',
        style: 'unknown',
        use: 'tuned',
        origin: 'given on the command line',
      }
    );
  });
} else {
  const note = absentSetsNote(manifest.present, manifest.absent);
  if (note) process.stderr.write(`eval: ${note}\n`);
}

const { kb, millis: buildTimes } = timedLoads('knowledge', 11);
const searches = peers.map((peer) => ({ name: peer.name, search: peer.build(kb.passages) }));
// Conversations are answered by the bot itself over the in-memory storage: nothing is written to disk.
const conversing = wireBot(loadKnowledge('knowledge'), openInMemoryStorage(), { quizExpiryHours: 24 });

const pct = (x: number, n = 1) => (n === 0 ? '  -' : `${((x / n) * 100).toFixed(0)}%`);
function row(name: string, f: Figures) {
  return `${name.padEnd(22)} ${f.mrr5.toFixed(3).padStart(6)} ${pct(f.recall1).padStart(6)} ${pct(f.recall3).padStart(6)}   ${`${f.outDeclined}/${f.outOfScope}`.padStart(7)}   ${`${f.inWronglyDeclined}/${f.inScope}`.padStart(7)}`;
}
const mayShowQuestions = (set: EvalSet) => verbose && set.use === 'tuned';

const summary: string[] = [];
for (const set of sets) {
  console.log(`\n${set.file} · ${set.style} · ${set.use}${set.use === 'sealed' ? ' (the honest estimate)' : ''}`);
  if (set.kind === 'followups') {
    const conversations = readConversations(set.file);
    // Each conversation typed into a conversation of its own, as one person would; the last turn is scored.
    const figures = await scoreConversations(conversations, (earlier, last, id) =>
      answerDialog(conversing.bot, [...earlier, last], `${set.file}#${id}`),
    );
    const alone = await scoreConversations(conversations, (_earlier, last) => answerQuestion(kb, last));
    console.log(
      `  last turn answered with a gold passage in its top 3, in its conversation (and, for comparison, given the last turn alone):`,
    );
    console.log(
      `  follow-ups ${figures.dependentAnswered}/${figures.dependent} (alone ${alone.dependentAnswered}) · fresh questions ${figures.freshKept}/${figures.fresh} (alone ${alone.freshKept})`,
    );
    summary.push(
      `${set.file.padEnd(38)} ${set.use.padEnd(9)} follow-ups ${pct(figures.dependentAnswered, figures.dependent)} answered from context · fresh ${pct(figures.freshKept, figures.fresh)} not bent`,
    );
    if (mayShowQuestions(set)) for (const miss of figures.misses) console.log(`  miss ${miss.id} (${miss.kind}): ${miss.last}`);
    continue;
  }
  const questions = readQuestions(set.file);
  const ours: Run[] = [];
  const theirs = searches.map(() => [] as Run[]);
  let explained = 0;
  for (const question of questions) {
    const answer = answerQuestion(kb, question.q);
    const lead = answer.passages.find((p) => p.id === answer.lead?.passageId);
    ours.push({ question, passages: answer.passages, declined: !answer.answered, ...(lead ? { lead } : {}) });
    // A near-domain question declined with what is missing named and the closest passages offered.
    if (question.kind === 'out' && answer.declineReason === 'missing' && answer.uncovered.length > 0 && answer.shown > 0) explained += 1;
    for (const [i, peer] of searches.entries()) theirs[i]!.push({ question, passages: peer.search(question.q), declined: false });
  }
  const figures = score(ours);
  console.log(
    `${'engine'.padEnd(22)} ${'MRR@5'.padStart(6)} ${'R@1'.padStart(6)} ${'R@3'.padStart(6)}   ${'out ✗'.padStart(7)}   ${'in ✗'.padStart(7)}`,
  );
  console.log(row('careerbot', figures));
  for (const [i, peer] of searches.entries()) console.log(row(peer.name, score(theirs[i]!)));
  console.log(
    `  opening sentence from a passage that answers: ${figures.leadHits}/${figures.leads} answered (${pct(figures.leadHits, figures.leads)})`,
  );
  console.log(`  out of scope declined with what is missing named and the closest passages offered: ${explained}/${figures.outDeclined}`);
  summary.push(
    `${set.file.padEnd(38)} ${set.use.padEnd(9)} MRR@5 ${figures.mrr5.toFixed(2)} · R@3 ${pct(figures.recall3 * figures.inScope, figures.inScope)} · ` +
      `out declined ${pct(figures.outDeclined, figures.outOfScope)} · in wrongly declined ${pct(figures.inWronglyDeclined, figures.inScope)} · lead ${pct(figures.leadHits, figures.leads)}`,
  );
  if (mayShowQuestions(set)) {
    for (const miss of figures.misses) console.log(`  miss ${miss.id} rank ${miss.rank || '-'}: ${miss.q}`);
    for (const q of figures.wrongDeclines) console.log(`  wrongly declined ${q}`);
    for (const q of figures.missedDeclines) console.log(`  not declined ${q}`);
  }
}

console.log('\nSummary (tuned sets flatter; the sealed set is the honest estimate)');
for (const line of summary) console.log(`  ${line}`);

// Warm questions again for steadier latency figures.
const questionsForTiming = sets.filter((s) => s.kind === 'questions').flatMap((s) => readQuestions(s.file));
const timed: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const q of questionsForTiming) {
    const start = performance.now();
    answerQuestion(kb, q.q);
    timed.push(performance.now() - start);
  }
}
console.log(
  `\nindex build (load + parse + index ${kb.passages.length} passages): median ${percentile(buildTimes, 50).toFixed(1)} ms (first ${buildTimes[0]!.toFixed(1)} ms)`,
);
console.log(
  `per question (answer, warm, ${timed.length} runs): p50 ${percentile(timed, 50).toFixed(3)} ms, p99 ${percentile(timed, 99).toFixed(3)} ms`,
);
console.log('out ✗ = out-of-scope questions declined; in ✗ = in-scope questions wrongly declined');

// /compare: the share of each aspect's key facts (eval/compare-facts.json) shown on their own side, and the
// share of the points shown that hold a key fact or name the aspect.
const coverage = measureCompareFacts(kb, loadAspects('knowledge'), readCompareFacts());
console.log('\n/compare key facts (eval/compare-facts.json), shown on their own side; points shown, sections cited, and');
console.log('on-aspect: the share of points holding a key fact of the aspect or naming it (id, label, alias or cue)');
for (const line of factTable(coverage)) console.log(line);
if (verbose) {
  for (const row of coverage) {
    for (const fact of row.missing) console.log(`  ${row.aspect}: missing ${fact.side} "${fact.phrase}"`);
    for (const fact of row.misplaced) console.log(`  ${row.aspect}: ${fact.side} fact on ${fact.shownOn.join('/')} "${fact.phrase}"`);
    for (const point of row.offAspect)
      console.log(`  ${row.aspect}: no key fact or name on ${point.side}: ${point.text.replace(/\n/g, ' / ')}`);
  }
}
