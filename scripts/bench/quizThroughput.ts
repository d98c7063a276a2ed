/**
 * Quiz answers committed per second through the core, the same workload on each storage: many people each with
 * a quiz open, answering all at once (a fixed number of answers in flight), every answer a committed transaction
 * before its promise resolves. What says when one machine's SQLite file is full and a server would help.
 */
import { performance } from 'node:perf_hooks';
import { openBot, type StorageOptions } from '../../src/bot/openBot.js';
import { quizQuestions } from '../support/loadRun.js';
import { type Timing, timing } from './core.js';

/** Answers committed per second over the answering phase, and each answer's time from call to commit (ms). */
export interface ThroughputFigures {
  answers: number;
  answersPerSecond: number;
  latency: Timing;
  /** Answers whose view was not the next question or the result (none when all went well). */
  problems: number;
}

/**
 * `sessions` people each open a quiz (not timed), then answer its questions, `inFlight` answers under way at
 * once across all of them (each person's answers in order, as clicks are).
 */
export async function measureAnswerThroughput(
  storage: StorageOptions,
  options: { sessions: number; inFlight: number },
): Promise<ThroughputFigures> {
  const { bot, close } = await openBot({ knowledgeDir: 'knowledge', ...storage, quizExpiryHours: 24 });
  try {
    const people = await Promise.all(
      Array.from({ length: options.sessions }, async (_, n) => {
        const context = { actor: { id: `console:throughput-${n}`, name: `throughput ${n}` }, place: { key: 'console', label: 'console' } };
        const view = await bot.startQuiz(context);
        if (view.kind !== 'question') throw new Error(`bench: /quiz for person ${n} showed ${view.kind}`);
        return { context, quiz: view.quiz, step: 0, n };
      }),
    );
    // A queue of people, each with their next answer; a worker takes one, answers, and puts them back if not done.
    const queue = [...people];
    const latencies: number[] = [];
    let problems = 0;
    const worker = async () => {
      for (let person = queue.shift(); person !== undefined; person = queue.shift()) {
        const options = quizQuestions[person.step]!.options;
        const started = performance.now();
        const view = await bot.quizMove(person.context, person.quiz, {
          type: 'answer',
          step: person.step,
          option: options[(person.n + person.step) % options.length]!.id,
        });
        latencies.push(performance.now() - started);
        const last = person.step === quizQuestions.length - 1;
        if (!(last ? view.kind === 'result' : view.kind === 'question' && view.step === person.step + 1)) problems += 1;
        if (view.kind === 'question' && !last) {
          person.quiz = view.quiz;
          person.step += 1;
          queue.push(person);
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: options.inFlight }, worker));
    const seconds = (performance.now() - started) / 1000;
    return { answers: latencies.length, answersPerSecond: latencies.length / seconds, latency: timing(latencies), problems };
  } finally {
    await close();
  }
}
