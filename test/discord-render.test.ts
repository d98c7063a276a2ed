/**
 * The Discord renderers at their extremes: whatever the knowledge or the person gives them, the payload
 * stays within Discord's limits, mentions stay off, and user text is said back without markdown tricks.
 */
import { commands } from '../src/commands/registry.js';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerPassage, Citation } from '../src/answer/types.js';
import type { Comparison, ComparisonPoint } from '../src/compare/types.js';
import { limitProblems } from '../src/discord/limits.js';
import { renderAnswer, renderClarify, renderDecline, renderMorePassages } from '../src/discord/render/answer.js';
import { decodeButton } from '../src/discord/customIds.js';
import { comparisonPageCount, renderAspects, renderComparison, renderComparisonPage } from '../src/discord/render/compare.js';
import { oneLine } from '../src/compare/text.js';
import { compareRoles } from '../src/compare/compare.js';
import { renderForgetConfirm, renderHelp, renderList, renderSources } from '../src/discord/render/info.js';
import type { DiscordMessage } from '../src/discord/render/message.js';
import { renderQuestion, renderResult, renderSharedResult } from '../src/discord/render/quiz.js';
import type { ResultExplanation } from '../src/quiz/explain.js';
import { openTestBot } from './support/testBot.js';

/** The payload as discord.js sends it: snake_case where the limits are checked. */
function problems(message: DiscordMessage): string[] {
  const sent = {
    ...message,
    allowed_mentions: message.allowedMentions,
    components: message.components?.map((row) => ({ components: row.components })),
  };
  const found = limitProblems(sent);
  if (JSON.stringify(message.allowedMentions) !== JSON.stringify({ parse: [], repliedUser: false })) found.push('mentions not disabled');
  return found;
}

const long = (n: number, word = 'pipeline ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);
const citation = (i: number): Citation => ({
  source: `source-${i}`,
  title: long(300, `Article ${i} `),
  publisher: long(100, 'Publisher '),
  section: long(300, `Section ${i} › `),
});
const passage = (i: number): AnswerPassage => ({
  id: `source-${i}#section-${i}`,
  source: `source-${i}`,
  title: `Article ${i}`,
  section: `Section ${i}`,
  text: long(5000),
  score: 10 - i,
  kind: i % 2 === 0 ? 'paragraph' : 'list',
  citation: citation(i),
  keySentence: long(3000, 'key sentence '),
});

describe('renderAnswer', () => {
  it('fits an answer of five 5,000-character passages with long citations into one embed', () => {
    const answer: Answer = {
      question: long(6000, '@everyone **bold** '),
      answered: true,
      passages: [0, 1, 2, 3, 4].map(passage),
      shown: 3,
      uncovered: [],
      suggestions: [],
    };
    const message = renderAnswer(answer);
    expect(problems(message)).toEqual([]);
    expect(message.components?.[0]?.components.map((b) => b.label)).toEqual(['More sources', '👍', '👎']);
  });

  it('renders a brief answer ("tldr?") as its opening sentence alone: no quote, no other passages', () => {
    const answer: Answer = {
      question: 'tldr?',
      answered: true,
      passages: [0, 1, 2].map((i) => ({ ...passage(i), text: long(400), keySentence: `Key sentence ${i}.` })),
      shown: 3,
      uncovered: [],
      suggestions: [],
    };
    const full = renderAnswer(answer).embeds?.[0]?.description ?? '';
    const brief = renderAnswer({ ...answer, brief: true }).embeds?.[0]?.description ?? '';
    expect(full).toMatch(/Also in my sources/);
    expect(brief).not.toMatch(/Also in my sources/);
    expect(brief).not.toMatch(/^> /m);
    expect(brief.length).toBeLessThan(full.length);
  });

  it('says a question back with its markdown escaped and its invisible characters removed', () => {
    const answer: Answer = {
      question: '**how** \u200bmuch\u202e do `ML` engineers _make_?',
      answered: true,
      passages: [passage(0)],
      shown: 1,
      uncovered: [],
      suggestions: [],
    };
    expect(renderAnswer(answer).embeds?.[0]?.title).toBe('“\\*\\*how\\*\\* much do \\`ML\\` engineers \\_make\\_?”');
  });

  it('says back a post title and its message as two sentences, and mentions as words, in the title', () => {
    const answer: Answer = {
      question: 'DE or MLE?\nhow much do <@&123456789012345678> ML engineers make, <@234567890123456789>?',
      answered: true,
      passages: [passage(0)],
      shown: 1,
      uncovered: [],
      suggestions: [],
    };
    expect(renderAnswer(answer).embeds?.[0]?.title).toBe('“DE or MLE? how much do @role ML engineers make, @someone?”');
  });

  it('offers /quiz under an answer to "which role fits me?" from someone who told nothing', () => {
    const answer: Answer = {
      question: 'which role would fit me?',
      answered: true,
      understood: 'which role to choose',
      passages: [passage(0)],
      shown: 1,
      uncovered: [],
      suggestions: [],
      invite: 'quiz',
    };
    const message = renderAnswer(answer);
    expect(message.content).toBe('Which one fits you depends on you: /quiz asks you five questions and tells you which, and why.');
    expect(problems(message)).toEqual([]);
    expect(renderAnswer({ ...answer, invite: undefined }).content).toBeUndefined();
  });

  it('starts a follow-up with what it understood, in italics, escaped, with no mention Discord would draw', () => {
    const answer: Answer = {
      question: 'and ML engineers?',
      answered: true,
      understood: 'ML Engineer pay, **senior** <@1058897343283200007> @everyone\u200b level',
      passages: [passage(0)],
      shown: 1,
      uncovered: [],
      suggestions: [],
    };
    const message = renderAnswer(answer);
    expect(message.embeds?.[0]?.description).toMatch(/^\*ML Engineer pay, \\\*\\\*senior\\\*\\\* @user everyone level:\*\n/);
    expect(problems(message)).toEqual([]);
    // A declined follow-up says what it understood too.
    const declined = renderDecline({ ...answer, answered: false, declineReason: 'off-topic', passages: [], shown: 0 });
    expect(declined.content).toMatch(/^\*ML Engineer pay, .* level:\*\n/);
  });

  it('asks back with one button per reading for the asker, clipped to 80 characters, five to a row', () => {
    const asker = { user: '1058897343283200006', channel: '1058897343283200003' };
    const choices = Array.from({ length: 30 }, (_, i) => `reading ${i} ${long(200)}`);
    const message = renderAnswer(
      {
        question: 'how long would the switch take me?',
        answered: false,
        declineReason: 'unclear',
        clarify: { prompt: 'Which move do you mean?', choices },
        passages: [],
        shown: 0,
        uncovered: [],
        suggestions: [],
      },
      asker,
    );
    expect(problems(message)).toEqual([]);
    expect(message.content).toBe('Which move do you mean?\nPick one, or ask it another way.');
    expect(message.components?.map((row) => row.components.length)).toEqual([5, 5, 5, 5, 5]);
    const buttons = message.components!.flatMap((row) => row.components);
    expect(buttons[0]?.label).toMatch(/^Reading 0 pipeline/);
    expect(buttons.every((b) => (b.label?.length ?? 0) <= 80)).toBe(true);
    expect(buttons.map((b) => decodeButton(b.custom_id))).toEqual(buttons.map((_, choice) => ({ kind: 'clarify', ...asker, choice })));
    // Without an asker (nobody to continue for), the readings are listed instead.
    expect(renderClarify({ prompt: 'Which move?', choices: ['a', 'b'] }).content).toBe(
      'Which move?\n• A\n• B\nPick one, or ask it another way.',
    );
  });

  it('declines in plain words with the suggestions as commands to try', () => {
    const message = renderDecline({
      question: 'sourdough?',
      answered: false,
      declineReason: 'off-topic',
      passages: [],
      shown: 0,
      uncovered: [],
      suggestions: [
        { kind: 'compare', aspect: 'salary', label: 'Salary' },
        { kind: 'question', text: 'Which Is Easier to Break Into?' },
      ],
    });
    expect(message.content).toBe(
      'I couldn\'t find that in my sources. I know about Data Engineer and ML Engineer careers.\nTry: `/compare aspect:salary` · "Which Is Easier to Break Into?" · `/quiz`',
    );
    expect(message.components).toEqual([]);
  });

  it('fits More sources of many long passages', () => {
    expect(problems(renderMorePassages([0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ text: long(5000), citation: citation(i) }))))).toEqual([]);
  });
});

describe('renderComparison', () => {
  const point = (i: number): ComparisonPoint => ({
    passageId: `p${i}`,
    label: long(200, 'Label '),
    text: `${long(2000)}\n${long(2000)}`,
    citation: citation(i),
    score: 1,
  });
  const comparison: Comparison = {
    aspect: { id: 'salary', label: long(100, 'Salary ') },
    dataEngineer: Array.from({ length: 30 }, (_, i) => point(i)),
    mlEngineer: Array.from({ length: 30 }, (_, i) => point(i + 30)),
    both: Array.from({ length: 10 }, (_, i) => point(i + 60)),
    disagreements: Array.from({ length: 20 }, (_, i) => ({
      topic: long(200, 'pay '),
      figures: [
        { value: long(500, '$1 '), passageId: 'a', citation: citation(i) },
        { value: long(500, '$2 '), passageId: 'b', citation: citation(i + 1) },
      ],
    })),
  };

  it('fits thirty long points a side, ten shared ones and twenty disagreements, on every page', () => {
    expect(problems(renderComparison(comparison))).toEqual([]);
    const count = comparisonPageCount(comparison);
    expect(count).toBeGreaterThan(1);
    for (let page = 2; page <= count; page += 1) expect(problems(renderComparisonPage(comparison, page)!), `page ${page}`).toEqual([]);
    expect(renderComparisonPage(comparison, count + 1)).toBeUndefined();
  });

  it('lists every footnote of a page in its Sources, even with very long citations', () => {
    for (let page = 1; page <= comparisonPageCount(comparison); page += 1) {
      const fields = renderComparisonPage(comparison, page)!.embeds![0]!.fields!;
      const sources = fields
        .filter((f) => /^Sources\b/.test(f.name))
        .flatMap((f) => f.value.split('\n'))
        .map((line) => Number(/^\[(\d+)\]/.exec(line)![1]));
      const used = new Set(
        fields.filter((f) => !/^Sources\b/.test(f.name)).flatMap((f) => [...f.value.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))),
      );
      expect(
        [...used].sort((a, b) => a - b),
        `page ${page}`,
      ).toEqual(sources);
    }
  });
  it('fits the aspect list, and says an unknown aspect back harmlessly', () => {
    const aspects = Array.from({ length: 25 }, (_, i) => ({ id: `aspect-${i}`, label: long(100, 'Label '), aliases: [], query: 'q' }));
    const message = renderAspects({ kind: 'aspects', aspects, unknown: `<@&123456789012345678> ${long(500)}` });
    expect(problems(message)).toEqual([]);
  });

  it('says an unknown aspect back as plain text, so a code fence or stars cannot reformat the list below it', () => {
    const message = renderAspects({
      kind: 'aspects',
      aspects: [{ id: 'salary', label: 'Salary', aliases: [], query: 'q' }],
      unknown: '```**pay**',
    });
    expect(message.content).toContain('"\\`\\`\\`\\*\\*pay\\*\\*"');
  });
});

describe('renderComparisonPage with the real articles', () => {
  const { knowledge } = openTestBot();

  it('shows every point of every aspect in full on its own side, page by page, within the limits', () => {
    for (const aspect of knowledge.comparisons.aspects) {
      const comparison = compareRoles(knowledge.kb, aspect, knowledge.comparisons.aspects);
      const pages = Array.from({ length: comparisonPageCount(comparison) }, (_, i) => renderComparisonPage(comparison, i + 1)!);
      for (const page of pages) expect(problems(page), aspect.id).toEqual([]);
      const fields = pages.flatMap((page) => page.embeds![0]!.fields!);
      const shown = (name: string) =>
        fields
          .filter((f) => f.name === name)
          .map((f) => f.value)
          .join('\n');
      const sides = [
        [comparison.dataEngineer, shown('Data Engineer')],
        [comparison.mlEngineer, shown('ML Engineer')],
        [comparison.both, shown('Both roles')],
      ] as const;
      for (const [points, text] of sides) {
        for (const point of points) expect(text, `${aspect.id}: ${point.text}`).toContain(oneLine(point.text));
      }
    }
  });

  it('starts with the two roles side by side and 👍/👎, with More ▸ only when there is more', () => {
    const certification = compareRoles(
      knowledge.kb,
      knowledge.comparisons.aspects.find((a) => a.id === 'certification')!,
      knowledge.comparisons.aspects,
    );
    expect(comparisonPageCount(certification)).toBe(1);
    const only = renderComparison(certification);
    expect(only.embeds![0]!.fields!.slice(0, 2).map((f) => [f.name, f.inline])).toEqual([
      ['Data Engineer', true],
      ['ML Engineer', true],
    ]);
    expect(only.components?.[0]?.components.map((b) => b.label)).toEqual(['👍', '👎']);
    expect(only.embeds![0]!.footer).toBeUndefined();
  });
});

describe('the quiz and info renderers', () => {
  const { knowledge } = openTestBot();
  const question = knowledge.quiz.questions[0]!;
  const quiz = {
    id: 12345678,
    version: 99,
    owner: 'discord:1',
    ownerName: long(300, '@everyone '),
    place: { key: 'discord:dm/1', label: 'channel 1 (direct messages)' },
  };

  it('draws a question with one button per option, then Back, Restart and Quit', () => {
    const message = renderQuestion({ kind: 'question', quiz, step: 0, total: 5, question, earlier: [], notices: ['resumed'] });
    expect(problems(message)).toEqual([]);
    expect(message.components?.map((row) => row.components.map((b) => b.label))).toEqual([
      question.options.map((o) => o.label),
      ['◀ Back', '↺ Restart', '✖ Quit'],
    ]);
    // Nothing to go back to, or restart, on question 1.
    expect(message.components?.[1]?.components.slice(0, 2).every((b) => b.disabled)).toBe(true);
  });

  it('fits a result whose quotes are all very long, and its shared summary', () => {
    const cite = { text: long(2000, 'quote '), citation: citation(1) };
    const result: ResultExplanation = {
      outcome: 'mle',
      label: long(200, 'ML Engineer '),
      counts: { mle: 3, de: 1, both: 1 },
      total: 5,
      pushes: Array.from({ length: 8 }, (_, step) => ({
        step,
        topic: long(60),
        answer: long(80),
        lean: 'mle' as const,
        quote: cite,
        citation: citation(step),
      })),
      why: [cite, cite, cite],
      whatIfs: [
        {
          outcome: 'de',
          label: 'Data Engineer',
          changes: Array.from({ length: 5 }, (_, step) => ({ step, topic: long(60), from: long(80), to: long(80) })),
        },
      ],
      nextSteps: Array.from({ length: 6 }, () => ({ label: long(100), quotes: [cite, cite] })),
    };
    expect(problems(renderResult(result, 12345678, ['expired-started-new']))).toEqual([]);
    expect(problems(renderSharedResult(long(300, '@here '), result))).toEqual([]);
  });

  it('fits /help, /sources and /forget-me', () => {
    expect(problems(renderHelp(commands))).toEqual([]);
    expect(
      problems(
        renderSources(
          Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, title: long(300), publisher: 'P', summary: long(1000), passages: i })),
        ),
      ),
    ).toEqual([]);
    expect(problems(renderForgetConfirm({ quizzes: 1, answers: 5, declinedQuestions: 2, feedback: 1, conversations: 2 }))).toEqual([]);
  });

  it('fits a list reply of any length, each line with its footnote and the footnotes under Sources', () => {
    const reply = { heading: long(400), items: Array.from({ length: 60 }, (_, i) => ({ text: long(500), citation: citation(i % 12) })) };
    expect(problems(renderList(reply))).toEqual([]);
    const short = renderList({ heading: 'Two roles:', items: [{ text: 'Data Engineer', citation: citation(0) }, { text: 'ML Engineer' }] });
    expect(short.embeds![0]!.description).toBe('• Data Engineer [1]\n• ML Engineer');
    expect(short.embeds![0]!.fields).toEqual([{ name: 'Sources', value: expect.stringMatching(/^\[1\] /) }]);
  });
});
