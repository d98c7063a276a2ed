/**
 * SIGKILL of one of two shard processes mid-quiz: `npm start` with SHARD_IDS=0 (process A) and SHARD_IDS=1
 * (process B), SHARD_COUNT=2, on one PostgreSQL database, against the fake Discord. People in B's server are part-way
 * through their quizzes and all click their next answer at once; B is killed with SIGKILL the moment the first
 * of those clicks is answered, so the others are wherever B's work on them stands: not begun, stored but not
 * answered, or answered. While B is down, A keeps
 * serving its own server: a twin of each interrupted person, with the same answers, takes the whole quiz there.
 * Then B is started again on the same shard; each interrupted person carries on from the last answer stored
 * (never behind the last one acknowledged): half type /quiz, which continues in their thread, the others click
 * the button that failed again, which the bot applies or, if stored already, brings the message level with. Every quiz ends
 * completed once with exactly its answers, and each interrupted person's result reads as their twin's.
 */
import { describe, expect, it } from 'vitest';
import { messageProblems } from '../scripts/support/discordHarness.js';
import { InteractionResponseType } from '../scripts/support/discordKit.js';
import type { FakeDiscord, FakeUser } from '../scripts/support/fakeDiscord.js';
import {
  type Action,
  type DiscordDriver,
  driveDiscordUser,
  loadUser,
  messageText,
  planSession,
  RequestWatch,
  userVisibleFaults,
} from '../scripts/support/loadRun.js';
import { type Launched, within } from '../scripts/support/processes.js';
import { errorLines, shardedFake, startConnectedShard, startConnectedShards } from '../scripts/support/shardProcesses.js';
import { seededRandom } from '../scripts/support/random.js';
import { decodeButton } from '../src/discord/customIds.js';
import { discordText } from '../src/discord/text.js';
import { postgresBackend } from './support/backends.js';
import { processTests } from './support/processTests.js';

const { launch, startFake, tempDatabase } = processTests('careerbot-shard-kill-');

const seed = process.env.KILL_SEED === undefined ? 20261201 : Number(process.env.KILL_SEED);
/** People mid-quiz on the shard that is killed; each has a twin on the other shard. */
const interrupted = 8;

/** The message of `user`'s quiz in their thread: the one their buttons are on. */
function quizMessage(fake: FakeDiscord, user: FakeUser) {
  const thread = fake.threads.find((t) => t.name === discordText.quizThreadName(user.username));
  if (!thread) throw new Error(`no quiz thread for ${user.username}`);
  return fake.lastMessageIn(thread.id)!;
}

/** The button answering question `step` with `option` on a quiz message. */
function answerButton(message: ReturnType<typeof quizMessage>, step: number, option: string): string {
  const rows = (message.components ?? []) as unknown as { components?: { custom_id?: string }[] }[];
  const ids = rows.flatMap((row) => row.components ?? []).flatMap((b) => (b.custom_id ? [b.custom_id] : []));
  const found = ids.find((id) => {
    const action = decodeButton(id);
    return action?.kind === 'quiz-answer' && action.step === step && action.option === option;
  });
  if (!found) throw new Error(`no button for question ${step + 1}, ${option}`);
  return found;
}

/** What a person's last interaction got back, as they read it (the result, at the end of a quiz). */
function lastReply(fake: FakeDiscord, driver: DiscordDriver): string {
  const id = driver.interactionIds.at(-1)!;
  const callback = fake.requests.find((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`));
  return messageText(callback?.body?.data);
}

/**
 * PostgreSQL, where shard processes on several machines share one database. (SQLite runs the same journey with
 * `sqliteBackend`; left out to keep this file's time down: test/faults-kill.test.ts kills processes on SQLite.)
 */
const backend = postgresBackend;

describe(`SIGKILL of one of two shard processes mid-quiz, on ${backend.name} (seed ${seed})`, () => {
  it('the other shard keeps serving; restarted, the killed one resumes every quiz from the last answer stored and ends as an uninterrupted run', async () => {
    const fake = await startFake(shardedFake(2));
    const database = await backend.fresh(tempDatabase);
    let [processA, processB] = (await startConnectedShards(launch, fake, database.env, 2)) as [Launched, Launched];
    const [first, second] = fake.guilds as [(typeof fake.guilds)[0], (typeof fake.guilds)[0]];

    const random = seededRandom(seed);
    const watch = new RequestWatch(fake);
    const driver = (): DiscordDriver => ({ fake, watch, timeoutMs: 15_000, latenciesMs: [], interactionIds: [] });
    const people = Array.from({ length: interrupted }, (_, n) => {
      const { answers, actions } = planSession(random, () => ({}));
      // Answers acknowledged before the clicks the kill interrupts: 1 to 4 of the 5.
      const before = 1 + Math.floor(random() * 4);
      return {
        user: loadUser(n, 'killed'),
        twin: { user: loadUser(100 + n, 'twin'), driver: driver(), actions },
        driver: driver(),
        answers,
        actions,
        before,
      };
    });

    // On B's server, each person takes /quiz and answers `before` questions, every click answered.
    const started = await Promise.all(
      people.map((p) => driveDiscordUser(p.driver, p.user, second.general, p.actions.slice(0, 1 + p.before))),
    );
    expect(started.flat()).toEqual([]);

    // All click their next answer at once, and B dies the moment the first of them is answered: the others are
    // wherever B's work on them stands (not begun, stored but not answered, answered).
    const clicks = people.map((p) => {
      const message = quizMessage(fake, p.user);
      return fake.clickButton({ user: p.user, messageId: message.id, customId: answerButton(message, p.before, p.answers[p.before]!) });
    });
    await Promise.any(clicks.map((c) => watch.wait('POST', `/interactions/${c.interactionId}/${c.token}/callback`, 15_000)));
    processB.child.kill('SIGKILL');
    await within(processB.exited, 10_000, 'B dying');
    const acknowledged = clicks.map((c) => fake.requests.some((r) => r.path.startsWith(`/interactions/${c.interactionId}/`)));
    expect(acknowledged.filter(Boolean).length).toBeGreaterThan(0);

    // B is down: A still serves its own server, where each twin takes the whole quiz with the same answers.
    const served = await Promise.all(people.map((p) => driveDiscordUser(p.twin.driver, p.twin.user, first.general, p.twin.actions)));
    expect(served.flat()).toEqual([]);
    expect(processB.child.exitCode ?? processB.child.signalCode).toBe('SIGKILL');

    // B again, on shard 1. Each person carries on from the last answer stored: never behind what they saw
    // acknowledged, never beyond what they sent. Half type /quiz, which carries the quiz on in their thread; the
    // others, and anyone whose last click finished the quiz, click the button that failed again ("This interaction
    // failed"): not stored, it is applied now; stored, the message is brought level with the quiz. Then they answer on.
    processB = await startConnectedShard(launch, fake, database.env, 1, 2);
    const landed = { answered: 0, storedNotAnswered: 0, notStored: 0 };
    const resumed = await Promise.all(
      people.map(async (p, n) => {
        // No active quiz: the click in flight finished it.
        const step = (await database.activeStep(`discord:${p.user.id}`)) ?? p.answers.length;
        landed[acknowledged[n] ? 'answered' : step > p.before ? 'storedNotAnswered' : 'notStored'] += 1;
        const least = p.before + (acknowledged[n] ? 1 : 0);
        if (step < least || step > p.before + 1)
          return [`${p.user.username}: stored at question ${step + 1}, acknowledged ${least}, sent ${p.before + 1}`];
        if (n % 2 === 1 && step < p.answers.length) {
          const actions: Action[] = [{ kind: 'quiz', resume: true, step }, ...p.actions.slice(1 + step)];
          return driveDiscordUser(p.driver, p.user, second.general, actions);
        }
        const problems: string[] = [];
        for (let next = acknowledged[n] ? p.before + 1 : p.before; next < p.answers.length; next += 1) {
          const message = quizMessage(fake, p.user);
          const sent = fake.clickButton({ user: p.user, messageId: message.id, customId: answerButton(message, next, p.answers[next]!) });
          p.driver.interactionIds.push(sent.interactionId);
          const { request } = await watch.wait('POST', `/interactions/${sent.interactionId}/${sent.token}/callback`, 15_000);
          const title = String(request.body?.data?.embeds?.[0]?.title);
          const shows = next === p.answers.length - 1 ? 'Your fit:' : `Question ${next + 2} of 5`;
          if (request.body?.type !== InteractionResponseType.UpdateMessage || !title.startsWith(shows))
            problems.push(
              `${p.user.username}: answering question ${next + 1} showed ${request.body?.type} "${title}", expected "${shows}"`,
            );
        }
        return problems;
      }),
    );
    expect(resumed.flat(), `where the kill landed: ${JSON.stringify(landed)}`).toEqual([]);

    // Each interrupted quiz ended as its twin's uninterrupted one: the same result, word for word.
    for (const p of people) {
      const result = lastReply(fake, p.driver);
      expect(result).toMatch(/^Your fit:/m);
      expect(result, p.user.username).toBe(lastReply(fake, p.twin.driver));
    }
    // Every quiz, interrupted or not, is stored once, completed, with exactly its person's answers.
    const stored = await database.readBack(
      people.flatMap((p) => [
        { owner: `discord:${p.user.id}`, answers: p.answers },
        { owner: `discord:${p.twin.user.id}`, answers: p.answers },
      ]),
    );
    expect(stored.problems).toEqual([]);
    expect(stored.completed).toBe(2 * interrupted);

    for (const running of [processA, processB]) running.child.kill('SIGTERM');
    expect(await within(Promise.all([processA.exited, processB.exited]), 15_000, 'shutdown')).toEqual([0, 0]);
    for (const running of [processA, processB]) expect(errorLines(running)).toEqual([]);
    expect(userVisibleFaults(fake.requests)).toEqual([]);
    expect(messageProblems(fake.requests)).toEqual([]);
  }, 90_000);
});
