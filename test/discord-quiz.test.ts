/**
 * /quiz on Discord, end to end: the real bot start-up and discord.js client against the fake Discord.
 * Journeys from issue 4: a whole quiz in a thread (share, retake), Back and Quit, someone else's click, a
 * stale button, /quiz continuing a running quiz, a restart mid-quiz, the in-place (ephemeral) fallback when
 * no thread can be made, 429/500/404 from Discord, and the 3-second acknowledgement.
 */
import { placeOf } from '../src/discord/context.js';
import { readFileSync } from 'node:fs';
import { openStorage } from '../src/storage/storage.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from './support/clock.js';
import { DiscordHarness, lateAcknowledgements, messageProblems } from '../scripts/support/discordHarness.js';
import {
  allPermissionsBut,
  anyCallbackPath,
  buttonsOf,
  callbackPath,
  discordErrors,
  ephemeralDeferral,
  ephemeralReply,
  findButton,
  InteractionResponseType,
  isEphemeral,
  originalPath,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
} from '../scripts/support/discordKit.js';
import type { FakeUser, RecordedRequest } from '../scripts/support/fakeDiscord.js';
import type { APIMessage } from 'discord-api-types/v10';

// ------------------------------------------------------------------ the quiz as the knowledge defines it
interface QuizFile {
  questions: { id: string; topic: string; options: { id: string; label: string; lean: 'mle' | 'de' | 'both' }[] }[];
}
const quizFile = JSON.parse(readFileSync('knowledge/quiz.json', 'utf8')) as QuizFile;
const questionCount = quizFile.questions.length;
const optionOf = (step: number, id: string) => {
  const option = quizFile.questions[step]?.options.find((o) => o.id === id);
  if (!option) throw new Error(`test: no option ${id} in question ${step + 1}`);
  return option;
};
/** Three answers toward ML, one toward data engineering, one either way: an ML Engineer fit. */
const mlAnswers = ['models', 'distributed-systems', 'both', 'maximum', 'high'];
const countsOf = (answers: string[]) => {
  const counts = { mle: 0, de: 0, both: 0 };
  answers.forEach((id, step) => {
    counts[optionOf(step, id).lean] += 1;
  });
  return counts;
};
/** The headline every front end uses for an ML Engineer fit with these counts. */
const mlHeadline = (answers: string[]) => {
  const c = countsOf(answers);
  return `(${c.mle} of ${answers.length} answers leaned that way; ${c.de} toward Data Engineer, ${c.both} either way)`;
};

// ------------------------------------------------------------------ reading what the bot sent
/** Everything a person reads on a message: content, embed titles, descriptions, fields, footers. */
function textOf(m: { content?: string; embeds?: APIMessage['embeds'] } | undefined): string {
  if (!m) return '';
  return [
    m.content ?? '',
    ...(m.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ]),
  ].join('\n');
}
const questionTitle = (step: number) => new RegExp(`Question ${step + 1} of ${questionCount}\\b`);
/** The option buttons of a question message, in order. */
const optionLabels = (m: APIMessage | undefined) =>
  buttonsOf(m)
    .map((b) => b.label)
    .filter((l) => !/Back|Restart|Quit/.test(l ?? ''));
const callbackOf = (r: RecordedRequest) =>
  r.body as { type: number; data?: { content?: string; flags?: number; embeds?: APIMessage['embeds']; components?: unknown[] } };

// ------------------------------------------------------------------ driving the bot
let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});
async function start(): Promise<DiscordHarness> {
  h = await DiscordHarness.start();
  return h;
}

/** Runs /quiz and waits for its (deferred) reply to be filled in. */
async function slashQuiz(
  hh: DiscordHarness,
  user: FakeUser,
  options: { channelId?: string; appPermissions?: string; timeoutMs?: number } = {},
) {
  const since = hh.fake.requests.length;
  const { timeoutMs = 5000, ...where } = options;
  const { interactionId, token } = hh.fake.slashCommand({ user, name: 'quiz', ...where });
  const reply = await hh.fake.waitForRequest({ method: 'PATCH', path: originalPath(hh.fake.applicationId, token) }, timeoutMs, since);
  const sent = hh.fake.requests.slice(since);
  return { interactionId, token, reply, sent, first: sent.find((r) => r.path === callbackPath({ interactionId, token })) };
}

/** Clicks a button by custom id and waits for the first answer to the interaction's callback. */
async function press(hh: DiscordHarness, user: FakeUser, messageId: string, customId: string) {
  const since = hh.fake.requests.length;
  const { interactionId, token } = hh.fake.clickButton({ user, messageId, customId });
  const callback = await hh.fake.waitForRequest({ method: 'POST', path: callbackPath({ interactionId, token }) }, 5000, since);
  return { interactionId, token, since, callback };
}
/** Clicks the button with this label (or matching this pattern) on the message as it is now. */
async function click(hh: DiscordHarness, user: FakeUser, messageId: string, label: string | RegExp) {
  return press(hh, user, messageId, findButton(hh.fake.message(messageId), label).custom_id);
}
/** Answers question `step` on the quiz message with option `id`; returns the interaction ids. */
async function answer(hh: DiscordHarness, user: FakeUser, messageId: string, step: number, id: string) {
  const message = hh.fake.message(messageId);
  expect(textOf(message)).toMatch(questionTitle(step));
  return click(hh, user, messageId, optionOf(step, id).label);
}

/** Opens alice's quiz in a thread of #general; returns the thread and the question message. */
async function openThreadQuiz(hh: DiscordHarness, user: FakeUser = hh.fake.users.alice, timeoutMs = 5000) {
  const opened = await slashQuiz(hh, user, { timeoutMs });
  const thread = hh.fake.threads.at(-1);
  if (!thread) throw new Error('test: no thread was opened');
  const question = hh.fake.lastMessageIn(thread.id);
  if (!question) throw new Error('test: no question in the thread');
  return { ...opened, thread, questionId: question.id };
}

async function waitForLog(hh: DiscordHarness, pattern: RegExp, timeoutMs = 5000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const line = hh.logs.find((l) => pattern.test(l));
    if (line) return line;
    if (Date.now() > until) throw new Error(`test: no log line matching ${pattern} within ${timeoutMs} ms; logs:\n${hh.logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Finishes a quiz running in place (ephemeral), from its deferred reply to the result. */
async function finishInPlace(hh: DiscordHarness, opened: Awaited<ReturnType<typeof slashQuiz>>) {
  const { alice } = hh.fake.users;
  expect(opened.first && callbackOf(opened.first)).toMatchObject(ephemeralDeferral());
  // The deferred reply is filled in with question 1 and its buttons.
  expect(textOf(opened.reply.body)).toMatch(questionTitle(0));
  expect(optionLabels(opened.reply.body)).toEqual(quizFile.questions[0]!.options.map((o) => o.label));
  const inPlace = hh.fake.replyMessageOf(opened.interactionId)!;
  expect(isEphemeral(inPlace)).toBe(true);
  for (const [step, id] of mlAnswers.entries()) {
    const clicked = await answer(hh, alice, inPlace.id, step, id);
    expect(callbackOf(clicked.callback).type).toBe(InteractionResponseType.UpdateMessage);
  }
  const result = hh.fake.message(inPlace.id)!;
  expect(isEphemeral(result)).toBe(true);
  expect(textOf(result)).toContain(mlHeadline(mlAnswers));
  expect(buttonsOf(result).map((b) => b.label)).toEqual(['Share in channel', 'Retake']);
  // Nothing was posted as a visible channel message.
  expect(hh.fake.requestsMatching({ method: 'POST', path: /^\/channels\/\d+\/messages$/ })).toEqual([]);
  expect(hh.fake.threads).toEqual([]);
}
// ------------------------------------------------------------------ journeys
describe('a whole /quiz in a thread', () => {
  it('opens a thread named after the user, moves one message through five questions to a cited result, shares it and retakes', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const interactionIds: string[] = [];

    const opened = await openThreadQuiz(hh);
    interactionIds.push(opened.interactionId);
    // Acknowledged first with a deferred reply only alice sees.
    expect(opened.first && callbackOf(opened.first)).toMatchObject(ephemeralDeferral());
    // A thread in the channel the command came from, named after her.
    const create = hh.fake.requestsMatching({ method: 'POST', path: `/channels/${hh.fake.channels.general}/threads` });
    expect(create).toHaveLength(1);
    expect(create[0]!.status).toBe(201);
    expect(opened.thread.parent_id).toBe(hh.fake.channels.general);
    expect(opened.thread.name).toContain('alice');
    // Question 1 in the thread: one button per option, then Back, Restart and Quit.
    const q1 = hh.fake.message(opened.questionId)!;
    expect(hh.fake.requestsMatching({ method: 'POST', path: `/channels/${opened.thread.id}/messages` })).toHaveLength(1);
    expect(textOf(q1)).toMatch(questionTitle(0));
    expect(optionLabels(q1)).toEqual(quizFile.questions[0]!.options.map((o) => o.label));
    expect(buttonsOf(q1).map((b) => b.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Back/), expect.stringMatching(/Restart/), expect.stringMatching(/Quit/)]),
    );
    // The ephemeral reply points to the thread.
    expect(opened.reply.body.content).toContain(`<#${opened.thread.id}>`);
    expect(isEphemeral(hh.fake.replyMessageOf(opened.interactionId))).toBe(true);

    // Each click moves the same message on.
    const firstQuestionButtons = buttonsOf(q1).map((b) => b.custom_id);
    for (const [step, id] of mlAnswers.entries()) {
      const clicked = await answer(hh, alice, opened.questionId, step, id);
      interactionIds.push(clicked.interactionId);
      expect(callbackOf(clicked.callback).type).toBe(InteractionResponseType.UpdateMessage);
      if (step + 1 < questionCount) expect(textOf(hh.fake.message(opened.questionId))).toMatch(questionTitle(step + 1));
    }
    // No other message was posted in the thread: the result is on the question message.
    expect(hh.fake.requestsMatching({ method: 'POST', path: `/channels/${opened.thread.id}/messages` })).toHaveLength(1);
    const result = hh.fake.message(opened.questionId)!;
    const resultText = textOf(result);
    expect(resultText).toContain('ML Engineer');
    expect(resultText).toContain(mlHeadline(mlAnswers));
    expect(resultText).toMatch(/\[1\]/);
    for (const [step, id] of mlAnswers.entries()) expect(resultText).toContain(optionOf(step, id).label);
    const sources = result.embeds.flatMap((e) => e.fields ?? []).find((f) => /Sources/.test(f.name));
    expect(sources?.value).toMatch(/^\[1\]/m);
    expect(buttonsOf(result).map((b) => b.label)).toEqual(['Share in channel', 'Retake']);

    // Share: a summary in #general, and a word to alice only.
    const shared = await click(hh, alice, opened.questionId, 'Share in channel');
    interactionIds.push(shared.interactionId);
    const post = await hh.fake.waitForRequest(
      { method: 'POST', path: `/channels/${hh.fake.channels.general}/messages` },
      5000,
      shared.since,
    );
    expect(post.status).toBe(200);
    expect(textOf(post.body)).toContain('alice');
    expect(textOf(post.body)).toContain('ML Engineer');
    // Acknowledged at once (the post takes REST calls), then a follow-up only alice sees.
    expect(callbackOf(shared.callback).type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const told = await hh.fake.waitForRequest(
      { method: 'POST', path: `/webhooks/${hh.fake.applicationId}/${shared.token}` },
      5000,
      shared.since,
    );
    expect(told.body.content).toContain(`<#${hh.fake.channels.general}>`);
    expect(isEphemeral(told.body)).toBe(true);
    // The result stays where it is, and can be shared only once.
    const afterShare = hh.fake.message(opened.questionId)!;
    expect(afterShare.embeds).toEqual(result.embeds);
    expect(buttonsOf(afterShare).map((b) => [b.label, b.disabled ?? false])).toEqual([
      ['Shared ✓', true],
      ['Retake', false],
    ]);

    // Retake: a new quiz at question 1 in the thread.
    const retake = await click(hh, alice, opened.questionId, 'Retake');
    interactionIds.push(retake.interactionId);
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage]).toContain(
      callbackOf(retake.callback).type,
    );
    const retakenId =
      callbackOf(retake.callback).type === InteractionResponseType.UpdateMessage
        ? opened.questionId
        : hh.fake.replyMessageOf(retake.interactionId)!.id;
    const fresh = hh.fake.message(retakenId)!;
    expect(fresh.channel_id).toBe(opened.thread.id);
    expect(textOf(fresh)).toMatch(questionTitle(0));
    expect(optionLabels(fresh)).toEqual(quizFile.questions[0]!.options.map((o) => o.label));
    // A new quiz, not the old one's buttons again; and it takes answers.
    expect(buttonsOf(fresh).map((b) => b.custom_id)).not.toEqual(firstQuestionButtons);
    const again = await answer(hh, alice, retakenId, 0, 'pipelines');
    interactionIds.push(again.interactionId);
    expect(textOf(hh.fake.message(retakenId))).toMatch(questionTitle(1));
    expect(hh.fake.threads).toHaveLength(1);

    expect(lateAcknowledgements(hh.fake.requests, interactionIds)).toEqual([]);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('goes back to the previous question showing the earlier answer, and Quit closes the quiz', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    await answer(hh, alice, questionId, 0, 'models');
    await answer(hh, alice, questionId, 1, 'in-between');

    const back = await click(hh, alice, questionId, /Back/);
    expect(callbackOf(back.callback).type).toBe(InteractionResponseType.UpdateMessage);
    const q2 = hh.fake.message(questionId)!;
    expect(textOf(q2)).toMatch(questionTitle(1));
    expect(textOf(q2)).toContain(optionOf(1, 'in-between').label);
    // The earlier answer is marked among the options (a different style from the others).
    const earlier = findButton(q2, optionOf(1, 'in-between').label);
    const others = optionLabels(q2)
      .filter((l) => l !== earlier.label)
      .map((l) => findButton(q2, l!));
    expect(others.every((b) => b.style !== earlier.style)).toBe(true);

    // Answering differently moves on again.
    await answer(hh, alice, questionId, 1, 'deeply');
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(2));

    // Restart goes back to question 1 of the same message, forgetting the answers so far.
    const restart = await click(hh, alice, questionId, /Restart/);
    expect(callbackOf(restart.callback).type).toBe(InteractionResponseType.UpdateMessage);
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(0));
    await answer(hh, alice, questionId, 0, 'pipelines');
    await answer(hh, alice, questionId, 1, 'deeply');
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(2));

    const quit = await click(hh, alice, questionId, /Quit/);
    expect(callbackOf(quit.callback).type).toBe(InteractionResponseType.UpdateMessage);
    const closed = hh.fake.message(questionId)!;
    expect(buttonsOf(closed)).toEqual([]);
    expect(textOf(closed)).toMatch(/stopped|quit/i);
    expect(textOf(closed)).not.toMatch(questionTitle(2));

    // A new /quiz starts afresh (the quit one does not come back).
    const next = await slashQuiz(hh, alice);
    const latest = hh.fake.message(hh.fake.lastMessageIn(hh.fake.threads.at(-1)!.id)!.id);
    expect(textOf(latest)).toMatch(questionTitle(0));
    expect(next.reply.body.content).toMatch(/<#\d+>/);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('clicks that must change nothing', () => {
  it("refuses bob's click on alice's quiz ephemerally and leaves her quiz as it was", async () => {
    const hh = await start();
    const { alice, bob } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    await answer(hh, alice, questionId, 0, 'models');
    const before = structuredClone(hh.fake.message(questionId));

    const refused = await click(hh, bob, questionId, optionOf(1, 'deeply').label);
    expect(callbackOf(refused.callback)).toMatchObject(ephemeralReply());
    expect(callbackOf(refused.callback).data?.content).toBe('This quiz belongs to alice; start your own with /quiz.');
    const bobQuit = await click(hh, bob, questionId, /Quit/);
    expect(callbackOf(bobQuit.callback)).toMatchObject(ephemeralReply());
    expect(callbackOf(bobQuit.callback).data?.content).toContain('belongs to alice');
    // Nothing edited her message, by token or through the channel.
    expect(
      hh.fake.requests
        .slice(refused.since)
        .filter(
          (r) => r.method === 'PATCH' || (r.path.endsWith('/callback') && callbackOf(r).type === InteractionResponseType.UpdateMessage),
        ),
    ).toEqual([]);
    expect(hh.fake.message(questionId)).toEqual(before);

    // Her quiz still takes her answers, from question 2.
    const moved = await answer(hh, alice, questionId, 1, 'deeply');
    expect(callbackOf(moved.callback).type).toBe(InteractionResponseType.UpdateMessage);
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(2));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it("refuses bob's Share and Retake on alice's finished quiz", async () => {
    const hh = await start();
    const { alice, bob } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    for (const [step, id] of mlAnswers.entries()) await answer(hh, alice, questionId, step, id);
    const before = structuredClone(hh.fake.message(questionId));
    const since = hh.fake.requests.length;

    const share = await click(hh, bob, questionId, 'Share in channel');
    expect(callbackOf(share.callback)).toMatchObject(ephemeralReply());
    expect(callbackOf(share.callback).data?.content).toMatch(/only the person who took this quiz/i);
    const retake = await click(hh, bob, questionId, 'Retake');
    expect(callbackOf(retake.callback)).toMatchObject(ephemeralReply());
    expect(callbackOf(retake.callback).data?.content).toBe('This quiz belongs to alice; start your own with /quiz.');

    expect(hh.fake.message(questionId)).toEqual(before);
    expect(hh.fake.requests.slice(since).filter((r) => /^\/channels\//.test(r.path) && r.method !== 'GET')).toEqual([]);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('takes a double click once: the second click, sent from the message as it was, shows the current question and stores nothing', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    const asShown = structuredClone(hh.fake.message(questionId)!);
    await answer(hh, alice, questionId, 0, 'models');
    const moved = structuredClone(hh.fake.message(questionId));

    const second = hh.fake.clickButton({
      user: alice,
      messageId: questionId,
      customId: findButton(asShown, optionOf(0, 'models').label).custom_id,
      asShown,
    });
    const callback = await hh.fake.waitForRequest({ method: 'POST', path: callbackPath(second) });
    expect(callbackOf(callback).type).toBe(InteractionResponseType.UpdateMessage);
    // The same question 2 as the first click left, with nothing about the repeat said to the channel.
    expect(textOf(hh.fake.message(questionId))).toBe(textOf(moved));
    expect(textOf(hh.fake.message(questionId))).not.toMatch(/already answered/);
    const storage = openStorage(hh.databasePath);
    const stored = await storage.quizzes.findActive(`discord:${alice.id}`, placeOf(hh.fake.guildId, hh.fake.channels.general).key);
    storage.close();
    expect(stored?.state).toEqual({ status: 'active', step: 1, answers: ['models'] });
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('tells only the clicker that the first answer stands when a different option is clicked on the message as it was', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    const asShown = structuredClone(hh.fake.message(questionId)!);
    await answer(hh, alice, questionId, 0, 'models');

    const other = hh.fake.clickButton({
      user: alice,
      messageId: questionId,
      customId: findButton(asShown, optionOf(0, 'pipelines').label).custom_id,
      asShown,
    });
    expect(callbackOf(await hh.fake.waitForRequest({ method: 'POST', path: callbackPath(other) })).type).toBe(
      InteractionResponseType.UpdateMessage,
    );
    const told = await hh.fake.waitForRequest({ method: 'POST', path: `/webhooks/${hh.fake.applicationId}/${other.token}` });
    expect(isEphemeral(told.body)).toBe(true);
    expect(told.body.content).toBe(
      `Question 1 was already answered with "${optionOf(0, 'models').label}", and that answer stands. Use Back to change it.`,
    );
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(1));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('shares a result once, even when Share is clicked again on a copy of the result that still shows it enabled', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    for (const [step, id] of mlAnswers.entries()) await answer(hh, alice, questionId, step, id);
    const beforeShare = structuredClone(hh.fake.message(questionId)!);
    const shareId = findButton(beforeShare, 'Share in channel').custom_id;
    const posts = () => hh.fake.requestsMatching({ method: 'POST', path: `/channels/${hh.fake.channels.general}/messages` }).length;

    await click(hh, alice, questionId, 'Share in channel');
    await hh.fake.waitForRequest({ method: 'POST', path: `/channels/${hh.fake.channels.general}/messages` }, 5000, 0);
    const again = hh.fake.clickButton({ user: alice, messageId: questionId, customId: shareId, asShown: beforeShare });
    await hh.fake.waitForRequest({ method: 'PATCH', path: new RegExp(`/webhooks/\\d+/${again.token}/messages/@original`) });
    expect(posts()).toBe(1);
    expect(buttonsOf(hh.fake.message(questionId)).map((b) => [b.label, b.disabled ?? false])).toEqual([
      ['Shared ✓', true],
      ['Retake', false],
    ]);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it("says a stale button's question was already answered and changes nothing", async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    const oldAnswer = findButton(hh.fake.message(questionId), optionOf(0, 'pipelines').label).custom_id;
    await answer(hh, alice, questionId, 0, 'models');
    const before = structuredClone(hh.fake.message(questionId));

    // Question 1's button, from before the quiz moved on (as a second client or a slow double click sends it).
    const stale = await press(hh, alice, questionId, oldAnswer);
    expect(callbackOf(stale.callback)).toMatchObject(ephemeralReply());
    expect(callbackOf(stale.callback).data?.content).toMatch(/already answered/);
    expect(hh.fake.message(questionId)).toEqual(before);

    // The first answer stands: finishing gives counts with "models" once and not "pipelines".
    for (let step = 1; step < questionCount; step++) await answer(hh, alice, questionId, step, mlAnswers[step]!);
    expect(textOf(hh.fake.message(questionId))).toContain(mlHeadline(mlAnswers));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('typed in the quiz thread (forty-sixth session)', () => {
  /** Alice types `content` in her quiz thread, unmentioned; resolves with the bot's reply to it. */
  async function typeInThread(hh: DiscordHarness, user: FakeUser, threadId: string, content: string) {
    const since = hh.fake.requests.length;
    const { messageId } = hh.fake.sendMessage({ author: user, channelId: threadId, content });
    const reply = await hh.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && r.body?.message_reference?.message_id === messageId,
      5000,
      since,
    );
    return reply.body as APIMessage;
  }

  it('takes her own words as the option, says which, and posts the next question with its buttons', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { thread } = await openThreadQuiz(hh);
    const next = await typeInThread(hh, alice, thread.id, 'pipeline reliability i guess');
    expect(next.content).toMatch(/^Taken as 2\. Pipeline reliability \(type back to change it\)\./);
    expect(textOf(next)).toMatch(questionTitle(1));
    expect(optionLabels(next)).toEqual(quizFile.questions[1]!.options.map((o) => o.label));
    // Her number works as a click would, and "what does this question mean" is answered without moving the quiz.
    const third = await typeInThread(hh, alice, thread.id, '3');
    expect(textOf(third)).toMatch(questionTitle(2));
    const meaning = await typeInThread(hh, alice, thread.id, 'wait what does this question mean');
    expect(meaning.content).toMatch(/^Question 3 asks about /);
    expect(buttonsOf(meaning)).toEqual([]);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('goes back, says what it could not read, and stops the quiz when she says so', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { thread } = await openThreadQuiz(hh);
    await typeInThread(hh, alice, thread.id, 'models');
    const back = await typeInThread(hh, alice, thread.id, 'wait go back');
    expect(textOf(back)).toMatch(questionTitle(0));
    const unread = await typeInThread(hh, alice, thread.id, 'lol my cat walked on the keyboard');
    expect(unread.content).toMatch(/^I couldn't tell which option that is\. Type a number from 1 to 3/);
    const stopped = await typeInThread(hh, alice, thread.id, 'nah forget it');
    expect(textOf(stopped)).toMatch(/Quiz stopped\./);
    expect(buttonsOf(stopped)).toEqual([]);
    // Stopped, the quiz no longer reads her words: "models" is chatter again.
    const since = hh.fake.requests.length;
    hh.fake.sendMessage({ author: alice, channelId: thread.id, content: 'models' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hh.fake.requests.slice(since).filter((r) => r.method === 'POST' && r.path === `/channels/${thread.id}/messages`)).toEqual([]);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it("leaves someone else's words in her thread, and her questions there, to the usual rules", async () => {
    const hh = await start();
    const { alice, bob } = hh.fake.users;
    const { thread, questionId } = await openThreadQuiz(hh);
    const since = hh.fake.requests.length;
    hh.fake.sendMessage({ author: bob, channelId: thread.id, content: 'models' });
    // An unmentioned question of hers is chatter in a thread that is no answer channel.
    hh.fake.sendMessage({ author: alice, channelId: thread.id, content: 'how much do ml engineers make?' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hh.fake.requests.slice(since).filter((r) => r.method === 'POST' && r.path === `/channels/${thread.id}/messages`)).toEqual([]);
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(0));
    expect(hh.errors()).toEqual([]);
  });
});

describe('after a result', () => {
  it('answers "why?" asked of the bot in the quiz thread with why that role, the result being a turn there', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const opened = await openThreadQuiz(hh);
    for (const [step, id] of mlAnswers.entries()) await answer(hh, alice, opened.questionId, step, id);
    expect(textOf(hh.fake.message(opened.questionId))).toContain(mlHeadline(mlAnswers));
    const since = hh.fake.requests.length;
    const { messageId } = hh.fake.sendMessage({ author: alice, channelId: opened.thread.id, content: 'why?', mentionsBot: true });
    const reply = await hh.fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${opened.thread.id}/messages` &&
        r.body?.message_reference?.message_id === messageId &&
        r.status < 300,
      5000,
      since,
    );
    const description: string = reply.body?.embeds?.[0]?.description ?? '';
    expect(description).toMatch(/^\*Why ML Engineer:\*/);
    expect(description).toMatch(/Choose ML engineering if /);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('/quiz while a quiz is running', () => {
  it('continues the same quiz in the existing thread, posting the current question again', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const first = await openThreadQuiz(hh);
    await answer(hh, alice, first.questionId, 0, 'models');
    await answer(hh, alice, first.questionId, 1, 'deeply');

    const again = await slashQuiz(hh, alice);
    expect(again.first && callbackOf(again.first)).toMatchObject(ephemeralDeferral());
    expect(hh.fake.requestsMatching({ method: 'POST', path: /\/threads$/ })).toHaveLength(1);
    expect(hh.fake.threads).toHaveLength(1);
    expect(again.reply.body.content).toContain(`<#${first.thread.id}>`);
    const reposted = hh.fake.lastMessageIn(first.thread.id)!;
    expect(reposted.id).not.toBe(first.questionId);
    expect(textOf(reposted)).toMatch(questionTitle(2));

    // Same quiz: finishing from the new message counts the first two answers once.
    for (let step = 2; step < questionCount; step++) await answer(hh, alice, reposted.id, step, mlAnswers[step]!);
    const answers = ['models', 'deeply', ...mlAnswers.slice(2)];
    const c = countsOf(answers);
    expect(textOf(hh.fake.message(reposted.id))).toContain(
      `(${c.mle} of ${questionCount} answers leaned that way; ${c.de} toward Data Engineer, ${c.both} either way)`,
    );
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('/quiz twice a moment apart', () => {
  it('opens one thread: the second /quiz waits for the first and points to its thread', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    // Opening a thread takes a while, as it can on Discord: the second /quiz arrives before the first has one.
    hh.fake.delayNext({ method: 'POST', path: /\/threads$/ }, 600, 2);
    const [first, second] = await Promise.all([slashQuiz(hh, alice), slashQuiz(hh, alice)]);
    expect(hh.fake.requestsMatching({ method: 'POST', path: /\/threads$/ })).toHaveLength(1);
    expect(hh.fake.threads).toHaveLength(1);
    const threadId = hh.fake.threads[0]!.id;
    for (const reply of [first.reply, second.reply]) expect(reply.body.content).toContain(`<#${threadId}>`);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('the bot restarted mid-quiz', () => {
  it('continues from SQLite when the old message is clicked, with no answer lost or duplicated', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId, thread } = await openThreadQuiz(hh);
    await answer(hh, alice, questionId, 0, mlAnswers[0]!);
    await answer(hh, alice, questionId, 1, mlAnswers[1]!);

    await hh.restartBot();

    for (let step = 2; step < questionCount; step++) {
      const clicked = await answer(hh, alice, questionId, step, mlAnswers[step]!);
      expect(callbackOf(clicked.callback).type).toBe(InteractionResponseType.UpdateMessage);
    }
    const result = textOf(hh.fake.message(questionId));
    expect(result).toContain(mlHeadline(mlAnswers));
    // Each question pushed the result exactly once, with the answer given.
    for (const [step, id] of mlAnswers.entries()) {
      expect(result.match(new RegExp(`^Q${step + 1} `, 'gm'))).toHaveLength(1);
      expect(result).toContain(optionOf(step, id).label);
    }
    expect(buttonsOf(hh.fake.message(questionId)).map((b) => b.label)).toEqual(['Share in channel', 'Retake']);
    expect(hh.fake.threads.map((t) => t.id)).toEqual([thread.id]);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('when no thread can be opened, the quiz runs in place as ephemeral messages', () => {
  it.each([
    ['403 Missing Permissions', 403, { code: RESTJSONErrorCodes.MissingPermissions, message: 'Missing Permissions' }],
    [
      '400: the server is at its limit of active threads',
      400,
      { code: RESTJSONErrorCodes.MaximumActiveThreads, message: 'Maximum number of active threads reached' },
    ],
  ])('falls back when Discord refuses the thread with %s', async (_why, status, body) => {
    const hh = await start();
    hh.fake.failNext({ method: 'POST', path: /\/threads$/ }, { status, body });
    const opened = await slashQuiz(hh, hh.fake.users.alice);
    expect(hh.fake.requestsMatching({ method: 'POST', path: /\/threads$/ }).map((r) => r.status)).toEqual([status]);
    await finishInPlace(hh, opened);
    // Sharing the in-place result still posts it in the channel the quiz came from.
    const resultId = hh.fake.replyMessageOf(opened.interactionId)!.id;
    const shared = await click(hh, hh.fake.users.alice, resultId, 'Share in channel');
    const post = await hh.fake.waitForRequest(
      { method: 'POST', path: `/channels/${hh.fake.channels.general}/messages` },
      5000,
      shared.since,
    );
    expect(textOf(post.body)).toContain('ML Engineer');
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it.each([
    ['in a DM', (hh: DiscordHarness) => ({ channelId: hh.fake.dmChannelId })],
    [
      'when the app lacks Send Messages in Threads',
      () => ({ appPermissions: allPermissionsBut(PermissionFlagsBits.SendMessagesInThreads) }),
    ],
    ['when the app lacks Create Public Threads', () => ({ appPermissions: allPermissionsBut(PermissionFlagsBits.CreatePublicThreads) })],
  ])('runs in place %s, without trying to open a thread', async (_where, where) => {
    const hh = await start();
    const opened = await slashQuiz(hh, hh.fake.users.alice, where(hh));
    expect(hh.fake.requestsMatching({ path: /\/threads$/ })).toEqual([]);
    await finishInPlace(hh, opened);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('runs in place when the thread opens but posting the question in it is refused with 403', async () => {
    const hh = await start();
    hh.fake.failNext(
      (r) =>
        r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.path !== `/channels/${hh.fake.channels.general}/messages`,
      discordErrors.missingPermissions,
    );
    const opened = await slashQuiz(hh, hh.fake.users.alice);
    expect(textOf(opened.reply.body)).toMatch(questionTitle(0));
    const inPlace = hh.fake.replyMessageOf(opened.interactionId)!;
    expect(isEphemeral(inPlace)).toBe(true);
    // The thread it could not post in is not left empty in the channel.
    const created = hh.fake.requestsMatching({ method: 'POST', path: `/channels/${hh.fake.channels.general}/threads` });
    expect(created).toHaveLength(1);
    expect(hh.fake.requestsMatching({ method: 'DELETE', path: /^\/channels\/\d+$/ }).map((r) => r.status)).toEqual([200]);
    expect(hh.fake.threads).toEqual([]);
    for (const [step, id] of mlAnswers.entries()) await answer(hh, hh.fake.users.alice, inPlace.id, step, id);
    expect(textOf(hh.fake.message(inPlace.id))).toContain(mlHeadline(mlAnswers));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('errors from Discord', () => {
  it('waits out a 429 on thread creation and still opens the quiz', async () => {
    const hh = await start();
    hh.fake.failNext(
      { method: 'POST', path: /\/threads$/ },
      {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
        headers: { 'x-ratelimit-scope': 'user' },
      },
    );
    const opened = await openThreadQuiz(hh);
    const attempts = hh.fake.requestsMatching({ method: 'POST', path: /\/threads$/ });
    expect(attempts.map((r) => r.status)).toEqual([429, 201]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(290);
    expect(textOf(hh.fake.message(opened.questionId))).toMatch(questionTitle(0));
    expect(opened.reply.body.content).toContain(`<#${opened.thread.id}>`);
    expect(lateAcknowledgements(hh.fake.requests, [opened.interactionId])).toEqual([]);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it("moves a thread's quiz message on through the channel when Discord fails the click's callback with 500", async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId, thread } = await openThreadQuiz(hh);
    await answer(hh, alice, questionId, 0, 'models');

    // discord.js retries a 5xx three times: fail all four attempts.
    hh.fake.failNext({ method: 'POST', path: anyCallbackPath }, discordErrors.internalServerError, 4);
    const failed = await click(hh, alice, questionId, optionOf(1, 'deeply').label);
    const edit = await hh.fake.waitForRequest(
      { method: 'PATCH', path: `/channels/${thread.id}/messages/${questionId}` },
      5000,
      failed.since,
    );
    expect(edit.status).toBe(200);
    expect(hh.fake.requestsMatching({ path: callbackPath(failed) }).map((r) => r.status)).toEqual([500, 500, 500, 500]);
    // The message shows what is stored, so the quiz is never stuck on a question already answered.
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(2));
    for (let step = 2; step < questionCount; step++) await answer(hh, alice, questionId, step, mlAnswers[step]!);
    const answers = ['models', 'deeply', ...mlAnswers.slice(2)];
    const c = countsOf(answers);
    const result = textOf(hh.fake.message(questionId));
    expect(result).toContain(`(${c.mle} of ${questionCount} answers leaned that way; ${c.de} toward Data Engineer, ${c.both} either way)`);
    for (let step = 0; step < questionCount; step++) expect(result.match(new RegExp(`^Q${step + 1} `, 'gm'))).toHaveLength(1);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('logs a 500 on an in-place quiz click, apologises privately, stays up, and the next click or /quiz carries on with nothing recorded twice', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    // In a DM the quiz runs in place: an ephemeral message only its token can edit.
    const opened = await slashQuiz(hh, alice, { channelId: hh.fake.dmChannelId });
    const questionId = hh.fake.replyMessageOf(opened.interactionId)!.id;
    await answer(hh, alice, questionId, 0, 'models');

    hh.fake.failNext({ method: 'POST', path: anyCallbackPath }, discordErrors.internalServerError, 4);
    const failed = await click(hh, alice, questionId, optionOf(1, 'deeply').label);
    await waitForLog(hh, /"level":"error".*interaction failed/);
    const apology = await hh.fake.waitForRequest((r) => r.path === callbackPath(failed) && r.status < 300, 5000, failed.since);
    expect(callbackOf(apology)).toMatchObject(ephemeralReply());
    expect(callbackOf(apology).data?.content).toMatch(/went wrong/);

    // The message still shows question 2, already answered: clicking it again brings it level with question 3.
    const retry = await click(hh, alice, questionId, optionOf(1, 'deeply').label);
    expect(callbackOf(retry.callback)).toMatchObject({ type: InteractionResponseType.UpdateMessage });
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(2));

    // /quiz also continues at question 3 in place, and finishing counts every answer once.
    const again = await slashQuiz(hh, alice, { channelId: hh.fake.dmChannelId });
    const current = hh.fake.replyMessageOf(again.interactionId)!;
    expect(textOf(current)).toMatch(questionTitle(2));
    for (let step = 2; step < questionCount; step++) await answer(hh, alice, current.id, step, mlAnswers[step]!);
    const answers = ['models', 'deeply', ...mlAnswers.slice(2)];
    const c = countsOf(answers);
    expect(textOf(hh.fake.message(current.id))).toContain(
      `(${c.mle} of ${questionCount} answers leaned that way; ${c.de} toward Data Engineer, ${c.both} either way)`,
    );
    expect(hh.errors()).toHaveLength(1);
    expect(hh.errors()[0]).toContain('interaction failed');
    expect(messageProblems(hh.fake.requests)).toEqual([]);
  });

  it("edits the message through the channel when a click's token is unusable (10062 Unknown interaction)", async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId, thread } = await openThreadQuiz(hh);
    hh.fake.failNext({ method: 'POST', path: anyCallbackPath }, discordErrors.unknownInteraction);
    const clicked = await answer(hh, alice, questionId, 0, 'models');
    expect(clicked.callback.status).toBe(404);
    const edit = await hh.fake.waitForRequest(
      { method: 'PATCH', path: `/channels/${thread.id}/messages/${questionId}` },
      5000,
      clicked.since,
    );
    expect(edit.status).toBe(200);
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(1));
    // And the quiz goes on with the next click as usual.
    const next = await answer(hh, alice, questionId, 1, 'deeply');
    expect(callbackOf(next.callback).type).toBe(InteractionResponseType.UpdateMessage);
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(2));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe("Discord's 3-second acknowledgement", () => {
  it('acknowledges /quiz within 3 s even when opening the thread takes 4 s, and the question comes later', async () => {
    const hh = await start();
    hh.fake.delayNext({ method: 'POST', path: /\/threads$/ }, 4000);
    const started = Date.now();
    const opened = await openThreadQuiz(hh, hh.fake.users.alice, 8000);
    expect(lateAcknowledgements(hh.fake.requests, [opened.interactionId])).toEqual([]);
    expect(opened.first && callbackOf(opened.first)).toMatchObject(ephemeralDeferral());
    const question = hh.fake.requestsMatching({ method: 'POST', path: `/channels/${opened.thread.id}/messages` })[0]!;
    expect(question.at - started).toBeGreaterThanOrEqual(3900);
    expect(opened.first!.at).toBeLessThan(question.at);
    expect(textOf(question.body)).toMatch(questionTitle(0));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('quizzes left alone, and buttons this bot did not make', () => {
  it('closes the message of a quiz idle past QUIZ_EXPIRY_HOURS when its owner clicks, and /quiz starts afresh', async () => {
    const clock = new FakeClock();
    h = await DiscordHarness.start({ clock });
    const hh = h;
    const { alice } = hh.fake.users;
    const { questionId, thread } = await openThreadQuiz(hh);
    await answer(hh, alice, questionId, 0, 'models');
    clock.advanceHours(25);
    const late = await click(hh, alice, questionId, optionOf(1, 'deeply').label);
    expect(callbackOf(late.callback).type).toBe(InteractionResponseType.UpdateMessage);
    const closed = hh.fake.message(questionId)!;
    expect(textOf(closed)).toContain('sat idle too long and has expired');
    expect(closed.components).toEqual([]);

    const again = await slashQuiz(hh, alice);
    // A new quiz, so a new thread (the old one belongs to the expired quiz).
    const fresh = hh.fake.threads.at(-1)!;
    expect(fresh.id).not.toBe(thread.id);
    expect(again.reply.body.content).toContain(`<#${fresh.id}>`);
    expect(textOf(hh.fake.lastMessageIn(fresh.id))).toMatch(questionTitle(0));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });

  it('answers a button id it does not know (another bot, an older version) privately and changes nothing', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId } = await openThreadQuiz(hh);
    const before = JSON.stringify(hh.fake.message(questionId));
    for (const customId of ['q:a:1:1:0:Models!', 'q:a:999999:1:0:models', 'something-else']) {
      const pressed = await press(hh, alice, questionId, customId);
      expect(callbackOf(pressed.callback)).toMatchObject(ephemeralReply());
      expect(callbackOf(pressed.callback).data?.content).toMatch(/older version of me|no longer have that quiz/);
    }
    expect(JSON.stringify(hh.fake.message(questionId))).toBe(before);
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});

describe('threads Discord will not give, or has archived', () => {
  it('leaves a thread it may not remove, and says so in the log, when posting in it is refused', async () => {
    const hh = await start();
    hh.fake.failNext(
      (r) =>
        r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.path !== `/channels/${hh.fake.channels.general}/messages`,
      discordErrors.missingPermissions,
    );
    const appPermissions = allPermissionsBut(PermissionFlagsBits.ManageThreads);
    const opened = await slashQuiz(hh, hh.fake.users.alice, { appPermissions });
    expect(textOf(opened.reply.body)).toMatch(questionTitle(0));
    expect(hh.fake.requestsMatching({ method: 'DELETE' })).toEqual([]);
    expect(hh.logs.some((line) => line.includes('left an empty quiz thread'))).toBe(true);
    expect(hh.errors()).toEqual([]);
  });

  it('unarchives the thread and moves the message on when a click lands in an archived thread (50083)', async () => {
    const hh = await start();
    const { alice } = hh.fake.users;
    const { questionId, thread } = await openThreadQuiz(hh);
    hh.fake.failNext(
      { method: 'POST', path: anyCallbackPath },
      { status: 400, body: { code: RESTJSONErrorCodes.InvalidActionOnArchivedThread, message: 'Thread is archived' } },
    );
    const clicked = await answer(hh, alice, questionId, 0, 'models');
    expect(clicked.callback.status).toBe(400);
    const unarchive = await hh.fake.waitForRequest({ method: 'PATCH', path: `/channels/${thread.id}` }, 5000, clicked.since);
    expect(unarchive.body.archived).toBe(false);
    const retried = await hh.fake.waitForRequest((r) => r.path === callbackPath(clicked) && r.status === 204, 5000, clicked.since);
    expect(callbackOf(retried).type).toBe(InteractionResponseType.UpdateMessage);
    expect(textOf(hh.fake.message(questionId))).toMatch(questionTitle(1));
    expect(messageProblems(hh.fake.requests)).toEqual([]);
    expect(hh.errors()).toEqual([]);
  });
});
