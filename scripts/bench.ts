/**
 * npm run bench: how fast the engine builds and answers, what it costs in memory, and how long a quiz
 * answer takes to commit. Prints figures; nothing here is a pass/fail threshold.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../src/answer/answer.js';
import { compareRoles } from '../src/compare/compare.js';
import { openBot } from '../src/bot/openBot.js';
import { exitQuietlyOnClosedPipe } from '../src/cli/closedPipe.js';
import { percentile, readQuestions } from '../src/eval/metrics.js';
import { defaultQuestionFiles, timedLoads } from '../src/eval/questionSets.js';
import { loadQuiz } from '../src/quiz/definition.js';
import { systemClock } from '../src/quiz/repository.js';
import { QuizService } from '../src/quiz/service.js';
import { openStorage } from '../src/storage/storage.js';

exitQuietlyOnClosedPipe();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

const rssBefore = process.memoryUsage().rss;
const { kb, millis: builds } = timedLoads('knowledge', 20);
const rssLoaded = process.memoryUsage().rss;

const files = defaultQuestionFiles().filter((f) => existsSync(f));
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

// Quiz answers through the service into a real SQLite file (WAL): each one is a committed transaction.
const dir = mkdtempSync(join(tmpdir(), 'careerbot-bench-'));
const storage = openStorage(join(dir, 'bench.sqlite'));
const quiz = loadQuiz('knowledge', (id) => kb.passage(id));
const service = new QuizService(quiz, storage.quizzes, { expiryMs: 24 * 3_600_000, clock: systemClock });
const answers: number[] = [];
const quizzes = 400;
for (let n = 0; n < quizzes; n += 1) {
  const actor = { id: `bench:${n}`, name: `bench ${n}` };
  let view = service.start(actor, { platform: 'console' });
  for (let step = 0; view.kind === 'question'; step += 1) {
    const start = performance.now();
    view = service.act(actor, { id: view.quiz.id, version: view.quiz.version }, { type: 'answer', step, option: view.question.options[n % view.question.options.length]!.id });
    answers.push(performance.now() - start);
  }
}
storage.close();
rmSync(dir, { recursive: true, force: true });
console.log(`quiz answer, committed      p50 ${ms(percentile(answers, 50))}, p99 ${ms(percentile(answers, 99))} over ${answers.length} answers (${quizzes} quizzes, SQLite WAL)`);

// What a Discord interaction costs before it is sent: the shared handler plus the Discord renderer.
// Imported only now, so discord.js does not weigh on the memory figures above.
{
  const { renderAnswer } = await import('../src/discord/render/answer.js');
  const { renderComparison } = await import('../src/discord/render/compare.js');
  const opened = openBot({ knowledgeDir: 'knowledge', databasePath: ':memory:', quizExpiryHours: 24 });
  const context = { actor: { id: 'discord:bench', name: 'bench' }, place: { platform: 'discord' as const, guildId: '1', channelId: '2' } };
  const replies: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const question of questions) {
      const start = performance.now();
      renderAnswer(opened.bot.ask(context, question, { recordDecline: false }));
      replies.push(performance.now() - start);
    }
    for (const aspect of kb.aspects) {
      const start = performance.now();
      const reply = opened.bot.compare(aspect.id);
      if (reply.kind === 'comparison') renderComparison(reply.comparison);
      replies.push(performance.now() - start);
    }
  }
  opened.close();
  console.log(`Discord reply, prepared     p50 ${ms(percentile(replies, 50))}, p99 ${ms(percentile(replies, 99))} over ${replies.length} /ask and /compare replies (handler + render, before the network)`);
}
