/**
 * Every citation listed: each "[n]" in a message the bot sends has its source "[n] …" in that same message,
 * whatever the message (answers, More sources, /compare pages, quiz results, list replies), and when room runs
 * out the points are left out, never the source of a point shown. The check is the one every fake-Discord test
 * runs over every message (`limitProblems`); here it runs over /compare for every aspect, the answers to every
 * question of the evaluation sets (sealed ones aside: they are never opened, and a failure would show them),
 * every quiz result, and the console's text of the same; and through the fake Discord, over /compare with every
 * page turned and /ask with More sources.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscordHarness, messageProblems } from '../scripts/support/discordHarness.js';
import { callbackPath, findButton, stringOption } from '../scripts/support/discordKit.js';
import type { FakeUser } from '../scripts/support/fakeDiscord.js';
import { unlistedCitations } from '../src/answer/footnotes.js';
import type { Answer, Citation } from '../src/answer/types.js';
import { shownInOrder } from '../src/answer/presentation.js';
import type { Comparison } from '../src/compare/types.js';
import { renderResult as consoleResult } from '../src/console/renderConsole.js';
import { answerDialog } from '../src/conversation/dialog.js';
import { limitProblems } from '../src/discord/limits.js';
import { renderAnswer, renderMorePassages } from '../src/discord/render/answer.js';
import { comparisonPageCount, renderComparisonPage } from '../src/discord/render/compare.js';
import { renderList } from '../src/discord/render/info.js';
import type { DiscordMessage } from '../src/discord/render/message.js';
import { renderResult, renderSharedResult } from '../src/discord/render/quiz.js';
import { readConversations } from '../src/eval/followups.js';
import { readQuestions } from '../src/eval/metrics.js';
import { readEvalSets } from '../src/eval/questionSets.js';
import * as plain from '../src/plaintext/render.js';
import { explainResult } from '../src/quiz/explain.js';
import { scoreQuiz } from '../src/quiz/scoring.js';
import { openMemoryTestBot, type TestBot } from './support/testBot.js';

/** What Discord would be sent for a rendered message, as the fake-Discord tests check it (snake_case). */
const problemsOf = (message: DiscordMessage): string[] =>
  limitProblems({ ...message, allowed_mentions: message.allowedMentions, components: message.components });

/** Every "[n]" of a message, sources included. */
const marks = (message: DiscordMessage): number[] =>
  [...JSON.stringify([message.content ?? '', message.embeds ?? []]).matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));

const asker = { user: '1058897343283200006', channel: '1058897343283200003' };
const context = { actor: { id: 'citations', name: 'citations' }, place: { key: 'citations', label: 'citations' } };

let opened: TestBot;
beforeAll(() => {
  opened = openMemoryTestBot();
});

/** An answer's Discord reply, its More sources and its console text: the problems of each, named by `where`. */
function answerProblems(where: string, answer: Answer): string[] {
  const reply = renderAnswer(answer, asker);
  const shown = shownInOrder(answer);
  const more = renderMorePassages(answer.passages.filter((p) => !shown.includes(p)).map((p) => ({ text: p.text, citation: p.citation })));
  const console = unlistedCitations(plain.renderAnswer(answer));
  return [
    ...problemsOf(reply).map((p) => `${where} reply: ${p}`),
    ...problemsOf(more).map((p) => `${where} More sources: ${p}`),
    ...(console.length > 0 ? [`${where} console: cites ${console.join(', ')} without listing the source`] : []),
  ];
}

describe('the check every fake-Discord test runs', () => {
  it('finds a citation whose source the message does not list, in its content or any part of an embed', () => {
    const listed = { name: 'Sources', value: '[1] AI Pulse — Compensation Gap\n[2] Skilldential — 2026 Salary Benchmarks' };
    const fine = { content: 'Pay [1]', embeds: [{ description: 'Entry $85,000 [2]', fields: [listed] }] };
    expect(limitProblems(fine)).toEqual([]);
    expect(limitProblems({ ...fine, content: 'Pay [1] and tools [8] [9]' })).toEqual(['cites [8] [9] without listing the source']);
    expect(limitProblems({ embeds: [{ title: 'Tools', fields: [{ name: 'Data Engineer', value: 'dbt [3]' }, listed] }] })).toEqual([
      'cites [3] without listing the source',
    ]);
    // "… and 2 more" lists nothing: the sources it stands for are not there.
    expect(
      limitProblems({ embeds: [{ description: 'x [7] y [8]', fields: [{ name: 'Sources', value: '[7] A\n… and 1 more' }] }] }),
    ).toEqual(['cites [8] without listing the source']);
  });

  it('tells a Sources line ("[n] what it names") from a footnote standing alone on its line', () => {
    expect(unlistedCitations('[1]\n> a quoted passage\n\n[1] Publisher — Title › Section')).toEqual([]);
    expect(unlistedCitations('[1]\n> a quoted passage\n[2]\n> another\n\n[1] Publisher — Title')).toEqual([2]);
    expect(unlistedCitations('no footnotes at all')).toEqual([]);
  });
});

describe('when room runs out', () => {
  const citation = (i: number): Citation => ({
    source: `source-${i}`,
    title: `Article ${i} `.repeat(30),
    publisher: `Publisher ${i}`,
    section: `Section ${i} `.repeat(30),
  });

  it('leaves out the points whose sources cannot be listed, and says how many, never a source of a point shown', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ text: `Point ${i} `.repeat(20), citation: citation(i) }));
    const message = renderList({ heading: 'Sixty points, each from its own source', items });
    expect(problemsOf(message)).toEqual([]);
    const embed = message.embeds![0]!;
    const shown = embed.description!.split('\n').filter((line) => line.startsWith('• '));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);
    expect(embed.description).toMatch(new RegExp(`\\n… and ${60 - shown.length} more$`));
    // The points shown are the first ones, in order, each with its own footnote, and each footnote is listed.
    for (const [i, line] of shown.entries()) expect(line).toMatch(new RegExp(`^• (Point ${i} )+ \\[${i + 1}\\]$`));
    const listed = (embed.fields ?? []).flatMap((f) => f.value.split('\n')).map((line) => Number(/^\[(\d+)\] /.exec(line)?.[1]));
    expect(listed).toEqual(shown.map((_, i) => i + 1));
  });

  it('lists every source of an answer whose five passages have very long citations, in more than one field if need be', () => {
    const passages = Array.from({ length: 5 }, (_, i) => ({
      id: `source-${i}#s`,
      source: `source-${i}`,
      title: `Article ${i}`,
      section: 'S',
      text: `Data engineers build pipelines ${i}.`,
      score: 10 - i,
      kind: 'paragraph' as const,
      citation: citation(i),
      keySentence: `Data engineers build pipelines ${i}.`,
    }));
    const answer: Answer = { question: 'what do data engineers do?', answered: true, passages, shown: 5, uncovered: [], suggestions: [] };
    const message = renderAnswer(answer, asker);
    expect(problemsOf(message)).toEqual([]);
    const fields = message.embeds![0]!.fields!;
    expect(fields.map((f) => f.name)).toEqual(['Sources', 'Sources (continued)']);
    expect(new Set(marks(message))).toEqual(new Set([1, 2, 3, 4, 5]));
  });
});

describe('/compare, every aspect', () => {
  it('lists on each page the source of every footnote it shows, within Discord limits, and the console lists them too', () => {
    const aspects = opened.bot.compare(undefined);
    expect(aspects.kind).toBe('aspects');
    const ids = aspects.kind === 'aspects' ? aspects.aspects.map((a) => a.id) : [];
    expect(ids.length).toBeGreaterThan(0);
    const found: string[] = [];
    let pages = 0;
    for (const id of ids) {
      const reply = opened.bot.compare(id);
      if (reply.kind !== 'comparison') {
        found.push(`${id}: no comparison`);
        continue;
      }
      const comparison: Comparison = reply.comparison;
      for (let page = 1; page <= comparisonPageCount(comparison); page += 1) {
        const message = renderComparisonPage(comparison, page)!;
        pages += 1;
        if (marks(message).length === 0) found.push(`${id} page ${page}: no footnote`);
        for (const problem of problemsOf(message)) found.push(`${id} page ${page}: ${problem}`);
      }
      const console = unlistedCitations(plain.renderComparison(comparison));
      if (console.length > 0) found.push(`${id} console: cites ${console.join(', ')} without listing the source`);
    }
    expect(found).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(ids.length);
  });
});

describe('answers to every question of the evaluation sets', () => {
  const sets = readEvalSets().present.filter((set) => set.use !== 'sealed');

  it('finds the sets under eval/ (and the shared development sets when they are beside the project)', () => {
    expect(sets.filter((set) => set.kind === 'questions').length).toBeGreaterThan(0);
    expect(sets.filter((set) => set.kind === 'followups').length).toBeGreaterThan(0);
  });

  for (const set of sets) {
    it(`lists every source each answer cites, within Discord limits: ${set.file}`, async () => {
      const found: string[] = [];
      let cited = 0;
      if (set.kind === 'questions') {
        for (const question of readQuestions(set.file)) {
          const answer = await opened.bot.ask(context, question.q, { recordDecline: false });
          if (answer.answered) cited += 1;
          found.push(...answerProblems(question.id, answer));
        }
      } else {
        for (const conversation of readConversations(set.file)) {
          const answer = await answerDialog(opened.bot, conversation.turns, `${set.file}#${conversation.id}`);
          if (answer.answered) cited += 1;
          found.push(...answerProblems(conversation.id, answer));
        }
      }
      // Only question ids are named, so a failure shows no question of a set that is not to be read one by one.
      expect(found).toEqual([]);
      expect(cited).toBeGreaterThan(0);
    });
  }
});

describe('quiz results', () => {
  it('list every source of every possible result, on Discord, shared in the channel, and in the console', () => {
    const { kb, quiz } = opened.knowledge;
    // Every combination of answers: a few hundred for a quiz of five questions of three options.
    let combinations: string[][] = [[]];
    for (const question of quiz.questions) combinations = combinations.flatMap((so) => question.options.map((o) => [...so, o.id]));
    const found: string[] = [];
    for (const answers of combinations) {
      const explanation = explainResult(kb, quiz, scoreQuiz(quiz, answers));
      const where = answers.join(',');
      const result = renderResult(explanation, 1, []);
      if (marks(result).length === 0) found.push(`${where}: no footnote`);
      for (const problem of problemsOf(result)) found.push(`${where} result: ${problem}`);
      for (const problem of problemsOf(renderSharedResult('Alice', explanation))) found.push(`${where} shared: ${problem}`);
      const console = unlistedCitations(consoleResult(explanation));
      if (console.length > 0) found.push(`${where} console: cites ${console.join(', ')} without listing the source`);
    }
    expect(found).toEqual([]);
    expect(combinations.length).toBeGreaterThan(1);
  });
});

describe('through the fake Discord', () => {
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  /** Sends an interaction and resolves to the message the bot answered it with, and the id it has on Discord. */
  async function answered(send: () => { interactionId: string; token: string }): Promise<{ data: any; messageId: string }> {
    const since = h!.fake.requests.length;
    const sent = send();
    const callback = await h!.fake.waitForRequest({ method: 'POST', path: callbackPath(sent) }, 5000, since);
    const messageId = h!.fake.replyMessageOf(sent.interactionId)?.id;
    if (!messageId) throw new Error(`no message for interaction ${sent.interactionId}`);
    return { data: callback.body?.data, messageId };
  }
  const slash = (user: FakeUser, name: string, option: string, value: string) =>
    answered(() => h!.fake.slashCommand({ user, name, options: [stringOption(option, value)] }));
  const click = (user: FakeUser, messageId: string, customId: string) => answered(() => h!.fake.clickButton({ user, messageId, customId }));
  const labelled = (data: any, label: RegExp) =>
    (data?.components ?? []).flatMap((row: any) => row.components).find((b: any) => label.test(b.label));

  it('/compare on every aspect, every page turned: each message lists the source of every footnote it shows', async () => {
    h = await DiscordHarness.start();
    const { alice, bob } = h.fake.users;
    const aspects = opened.bot.compare(undefined);
    const ids = aspects.kind === 'aspects' ? aspects.aspects.map((a) => a.id) : [];
    let pages = 0;
    for (const id of ids) {
      const reply = await slash(alice, 'compare', 'aspect', id);
      pages += 1;
      if (!labelled(reply.data, /^More ▸/)) continue;
      // More ▸ opens page 2 privately; ▸ turns that message to the last page.
      let page = await click(bob, reply.messageId, findButton(reply.data, /^More ▸/).custom_id);
      pages += 1;
      const pageMessage = page.messageId;
      while (labelled(page.data, /▸$/)) {
        page = await click(bob, pageMessage, findButton(page.data, /▸$/).custom_id);
        pages += 1;
      }
    }
    expect(messageProblems(h.fake.requests)).toEqual([]);
    expect(pages).toBeGreaterThan(ids.length);
    expect(h.errors()).toEqual([]);
  });

  it('/ask on every question of the first evaluation set, and More sources of each answer: every footnote listed', async () => {
    h = await DiscordHarness.start();
    const { alice } = h.fake.users;
    // The shared development questions when they are beside the project, else the first set under eval/.
    const set = readEvalSets().present.find((s) => s.kind === 'questions' && s.use === 'tuned')!;
    let more = 0;
    for (const question of readQuestions(set.file)) {
      const reply = await slash(alice, 'ask', 'question', question.q);
      const button = labelled(reply.data, /^More sources$/);
      if (!button) continue;
      await click(alice, reply.messageId, button.custom_id);
      more += 1;
    }
    expect(messageProblems(h.fake.requests)).toEqual([]);
    expect(more).toBeGreaterThan(0);
    expect(h.errors()).toEqual([]);
  });
});
