/** The shared handlers in this process, without a network: what each kind of interaction costs the core. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBot } from '../../src/bot/openBot.js';
import { resolveTurn } from '../../src/conversation/followUp.js';
import { readSlots, rolePatterns } from '../../src/conversation/slots.js';
import { openInMemoryStorage } from '../../src/memory/inMemoryStorage.js';
import { percentile } from '../../src/eval/metrics.js';

export interface Timing {
  p50: number;
  p99: number;
  count: number;
}

export function timing(values: number[]): Timing {
  return { p50: percentile(values, 50), p99: percentile(values, 99), count: values.length };
}

/** Times one call, awaiting it: the core's ports are asynchronous. */
async function timed(into: number[], run: () => unknown): Promise<void> {
  const start = performance.now();
  await run();
  into.push(performance.now() - start);
}

export interface CoreFigures {
  ask: Timing;
  compare: Timing;
  quizAnswer: Timing;
  /** A follow-up in a conversation ("and for ML engineers?"): resolved, answered and remembered (SQLite). */
  followUp: Timing;
  /** The same turns with the conversation kept in memory: the core's own work, without the commit to disk. */
  followUpInMemory: Timing;
  /** Resolving a follow-up against the turn before it, alone (src/conversation/followUp.ts). */
  resolution: Timing;
  /** /ask and /compare replies rendered for Discord (handler + renderer, before the network). */
  discordPrepared: Timing;
}

export async function measureCore(
  knowledgeDir: string,
  questions: string[],
  sizes = { questions: 10_000, quizzes: 400 },
): Promise<CoreFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-bench-core-'));
  const { bot, knowledge, close } = await openBot({ knowledgeDir, databasePath: join(dir, 'bench.sqlite'), quizExpiryHours: 24 });
  const inMemory = await openBot({ knowledgeDir, storage: () => openInMemoryStorage(), quizExpiryHours: 24 });
  try {
    const context = { actor: { id: 'console:bench', name: 'bench' }, place: { key: 'console', label: 'console' } };
    const ask: number[] = [];
    for (let n = 0; n < sizes.questions; n += 1)
      await timed(ask, () => bot.ask(context, questions[n % questions.length]!, { recordDecline: false }));
    const compare: number[] = [];
    for (let round = 0; round < 50; round += 1) for (const aspect of bot.aspects()) await timed(compare, () => bot.compare(aspect.id));

    // A conversation per question, then a follow-up in it: each turn resolved, answered and saved (SQLite).
    const followUps = [
      'and for ML engineers?',
      'what about data engineers?',
      'why?',
      'and at staff level?',
      'and remote?',
      'the other way round?',
      'which of those matters most?',
    ];
    const followUp: number[] = [];
    const followUpInMemory: number[] = [];
    const resolution: number[] = [];
    const patterns = rolePatterns(knowledge.kb);
    for (let n = 0; n < sizes.questions / 5; n += 1) {
      const conversation = `bench:${n}`;
      const next = followUps[n % followUps.length]!;
      // Turn about: the same turns through SQLite and through the in-memory backend, so both see the same machine.
      for (const [turnBot, into] of [
        [bot, followUp],
        [inMemory.bot, followUpInMemory],
      ] as const) {
        await turnBot.ask(context, questions[n % questions.length]!, { recordDecline: false, conversation });
        await timed(into, () => turnBot.ask(context, next, { recordDecline: false, conversation }));
      }
      const previous = {
        question: questions[n % questions.length]!,
        resolved: questions[n % questions.length]!,
        slots: readSlots(knowledge.kb, questions[n % questions.length]!, patterns),
        passages: [],
        answered: true,
        at: 0,
      };
      await timed(resolution, () => resolveTurn(knowledge.kb, next, previous, undefined, patterns));
    }

    // Each answer is a committed transaction on a SQLite file (WAL, synchronous FULL).
    const quizAnswer: number[] = [];
    for (let n = 0; n < sizes.quizzes; n += 1) {
      const quizzer = { actor: { id: `console:bench${n}`, name: `bench ${n}` }, place: context.place };
      let view = await bot.startQuiz(quizzer);
      for (let step = 0; view.kind === 'question'; step += 1) {
        const { quiz, question } = view;
        await timed(
          quizAnswer,
          async () =>
            (view = await bot.quizMove(quizzer, quiz, { type: 'answer', step, option: question.options[n % question.options.length]!.id })),
        );
      }
    }

    // Imported only now, so discord.js is not loaded for the figures above.
    const { renderAnswer } = await import('../../src/discord/render/answer.js');
    const { renderComparison } = await import('../../src/discord/render/compare.js');
    const discordContext = { actor: { id: 'discord:bench', name: 'bench' }, place: { key: 'discord:1/2', label: 'channel 2 in server 1' } };
    const discordPrepared: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const question of questions)
        await timed(discordPrepared, async () => renderAnswer(await bot.ask(discordContext, question, { recordDecline: false })));
      for (const aspect of bot.aspects()) {
        await timed(discordPrepared, () => {
          const reply = bot.compare(aspect.id);
          if (reply.kind === 'comparison') renderComparison(reply.comparison);
        });
      }
    }
    return {
      ask: timing(ask),
      compare: timing(compare),
      quizAnswer: timing(quizAnswer),
      followUp: timing(followUp),
      followUpInMemory: timing(followUpInMemory),
      resolution: timing(resolution),
      discordPrepared: timing(discordPrepared),
    };
  } finally {
    await close();
    await inMemory.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
