/**
 * `npm run chat` in process: transcripts typed line by line into a ConsoleSession over the real knowledge/
 * and SQLite, checked on what the person sees.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chatUsage, parseChatArgs } from '../src/console/chatArgs.js';
import { type Command, commandsFor } from '../src/commands/registry.js';
import { ConsoleSession, type LineOutcome } from '../src/console/consoleSession.js';
import { definitionOf } from '../src/discord/slashCommands.js';
import { openTestBot, type TestBot } from './support/testBot.js';
import { readCompareFacts } from '../src/eval/compareFacts.js';
import { normalizeForMatch } from '../src/eval/metrics.js';
import { loadCorpus } from '../src/knowledge/corpus.js';

/** How a footnote names an article when it cites the article's opening, before any heading. */
const articleNames = loadCorpus('knowledge').map((d) => (d.publisher ? `${d.publisher} — ${d.title}` : d.title));

const opened: TestBot[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const bot of opened.splice(0)) bot.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function bot(options: Parameters<typeof openTestBot>[0] = {}): TestBot {
  const made = openTestBot(options);
  opened.push(made);
  return made;
}

function tempDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'careerbot-console-'));
  dirs.push(dir);
  return join(dir, 'careerbot.sqlite');
}

interface Chat {
  testBot: TestBot;
  session: ConsoleSession;
  errors: unknown[];
  outcome: LineOutcome | undefined;
  /** Everything written since the session began, one entry per write. */
  written: string[];
  /** Types one line; returns what the console printed for it (writes separated by a blank line, as chat.ts does). */
  say(line: string): Promise<string>;
  /** Types several lines; returns what the last one printed. */
  sayAll(lines: string[]): Promise<string>;
  welcome(): Promise<string>;
}

/** The first line said back to `typed` in a quiz started afresh and answered with `lines` first. */
async function quizReplyTo(lines: string[], typed: string): Promise<string> {
  const c = chat();
  await c.sayAll(['/quiz', ...lines]);
  return (await c.say(typed)).split('\n')[0]!;
}

function chat(user = 'alice', testBot: TestBot = bot()): Chat {
  const written: string[] = [];
  const errors: unknown[] = [];
  const session = new ConsoleSession(
    testBot.bot,
    user,
    (text) => written.push(text),
    (error) => errors.push(error),
  );
  const c: Chat = {
    testBot,
    session,
    errors,
    outcome: undefined,
    written,
    async say(line) {
      const before = written.length;
      c.outcome = await session.handle(line);
      return written.slice(before).join('\n\n');
    },
    async sayAll(lines) {
      let last = '';
      for (const line of lines) last = await c.say(line);
      return last;
    },
    async welcome() {
      const before = written.length;
      await session.welcome();
      return written.slice(before).join('\n\n');
    },
  };
  return c;
}

const greeting = (name: string) =>
  `careerbot: Data Engineer or ML Engineer? Hi ${name}. Ask me anything about the two roles, or type /help.`;
const noQuiz = 'There is no quiz running. Type /quiz to start one.';
const rateHint = 'Rate this: /up or /down';
const question1 = [
  'Question 1 of 5 · model accuracy vs pipeline reliability',
  'Do you enjoy thinking about model accuracy more or pipeline reliability more?',
  '  1. Model accuracy',
  '  2. Pipeline reliability',
  '  3. Both equally / not sure',
  'Type 1-3 · back · restart · quit',
].join('\n');
const resumedNotice = 'You already have a quiz going here, so we carry on where you left off. (Type restart to begin again.)';
const diagnosticFootnote = 'DataDriven — Data Engineer vs ML Engineer › Which Role Fits You: A Diagnostic';

/**
 * Checks a text's citations: footnote lines are numbered 1..n in order, each names an article title and a
 * section ("Title › Section"), every [n] in the text has its footnote and every footnote is used.
 */
function expectFootnotes(text: string): string[] {
  const lines = text.split('\n');
  const notes = lines.filter((line) => /^\[\d+\] /.test(line));
  expect(notes.length).toBeGreaterThan(0);
  notes.forEach((note, i) => {
    expect(note.startsWith(`[${i + 1}] `)).toBe(true);
    // An article's opening, before its first heading, is cited by the article alone.
    if (note.includes(' › ')) expect(note).toMatch(/^\[\d+\] \S.* › \S.*$/);
    else expect(articleNames, note).toContain(note.replace(/^\[\d+\] /, ''));
  });
  const refs = new Set(
    lines.filter((line) => !/^\[\d+\] /.test(line)).flatMap((line) => [...line.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))),
  );
  expect([...refs].sort((a, b) => a - b)).toEqual(notes.map((_, i) => i + 1));
  return notes;
}

/** The result part of a quiz transcript, from "Your fit:" on. */
function resultOf(text: string): string {
  const start = text.indexOf('Your fit: ');
  expect(start).toBeGreaterThanOrEqual(0);
  return text.slice(start);
}

/** The lines between a heading line and the next blank line. */
function block(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line === '');
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

async function takeQuiz(c: Chat, answers: number[]): Promise<string> {
  await c.say('/quiz');
  return await c.sayAll(answers.map(String));
}

describe('the welcome', () => {
  it('greets the user by name and points at /help when no quiz is in progress', async () => {
    expect(await chat('alice').welcome()).toBe(greeting('alice'));
  });

  it('says where a quiz in progress stands when the user has one', async () => {
    const c = chat('alice');
    await c.sayAll(['/quiz', '1', '2']);
    expect(await c.welcome()).toBe(`${greeting('alice')}\nYou have a quiz in progress at question 3 of 5: type /quiz to carry on.`);
  });

  it('does not mention a quiz that sat idle past the expiry', async () => {
    const testBot = bot({ quizExpiryHours: 24 });
    const c = chat('alice', testBot);
    await c.sayAll(['/quiz', '1']);
    testBot.clock.advanceHours(25);
    expect(await c.welcome()).toBe(greeting('alice'));
    expect(await c.say('1')).toBe(noQuiz);
  });
});

describe('/help', () => {
  it('lists every command with a line each when /help is typed', async () => {
    const text = await chat().say('/help');
    expect(text.split('\n')[0]).toBe('careerbot helps you choose between Data Engineer and ML Engineer. Every answer quotes its sources.');
    for (const command of ['/ask QUESTION', '/compare [ASPECT]', '/quiz', '/sources', '/up, /down', '/forget-me', '/help', '/quit']) {
      expect(text.split('\n').some((line) => line.startsWith(`  ${command} `))).toBe(true);
    }
    expect(text).toContain("during the quiz: type an option's number or its words, or back, restart, quit");
  });
});

describe('/compare', () => {
  it('lists the aspects to choose from when no aspect is given', async () => {
    const c = chat();
    const lines = (await c.say('/compare')).split('\n');
    expect(lines[0]).toBe('Compare the two roles on one of these:');
    expect(lines).toContain('  /compare salary            Salary');
    expect(lines).toContain('  /compare day-to-day        Day-to-day work');
    expect(lines.slice(1)).toEqual(c.testBot.knowledge.comparisons.aspects.map((a) => `  /compare ${a.id.padEnd(17)} ${a.label}`));
  });

  it('says it does not know an unknown aspect and lists the aspects', async () => {
    const c = chat();
    const lines = (await c.say('/compare weather')).split('\n');
    expect(lines[0]).toBe('I don\'t know the aspect "weather". Try one of these:');
    expect(lines.slice(1).sort()).toEqual(
      c.testBot.knowledge.comparisons.aspects.map((a) => `  /compare ${a.id.padEnd(17)} ${a.label}`).sort(),
    );
  });

  it('shows both roles side by side with footnoted sources when the aspect is known', async () => {
    const text = await chat().say('/compare salary');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Data Engineer vs ML Engineer — Salary');
    expect(lines).toContain('Data Engineer');
    expect(lines).toContain('ML Engineer');
    expect(lines).toContain('Sources:');
    expect(text).toMatch(/⚠ Sources differ on Data Engineer pay, entry level: (.* vs )?\$85,000 \[\d+\]/);
    expect(lines.at(-1)).toBe(rateHint);
    expectFootnotes(text);
  });

  it('draws the salary figures as text bars before the Sources, one line per bar, with the figure and its footnote', async () => {
    const text = await chat().say('/compare salary');
    const lines = text.split('\n');
    const start = lines.indexOf('Chart — Salary: Data Engineer vs ML Engineer');
    const sources = lines.indexOf('Sources:');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(sources);
    const chart = lines.slice(start, sources);
    for (const title of ['Pay by level, US dollars a year', 'Pay by region, naira a month', 'Pay by region, US dollars a month'])
      expect(chart).toContain(title);
    const bars = chart.filter((line) => /^ {2}\S.*[█░]/.test(line));
    expect(bars.length).toBeGreaterThan(10);
    // A bar's line: what it is and whose, the bar, the figure as written and its footnote, listed under Sources.
    for (const bar of bars) expect(bar).toMatch(/^ {2}\S.* · (DE |MLE) +░*█+ +[$₦]?[\d,.]+.* \[\d+\]$/);
    expect(bars).toContainEqual(expect.stringMatching(/^ {2}Entry · DE +█+ +\$85,000 \[\d+\]$/));
    expect(bars).toContainEqual(expect.stringMatching(/^ {2}Nigeria \(Local\) · MLE +░+█+ +₦700k – ₦3\.5m \/ month \[\d+\]$/));
    // The entry figures the sources disagree on are both drawn: the footnote beside each is the one the text gives it.
    const entry = /^ {2}• Entry Salary: \$85,000 \[(\d+)\]$/m.exec(text)![1];
    expect(bars).toContainEqual(expect.stringMatching(new RegExp(`Entry · DE .* \\$85,000 \\[${entry}\\]$`)));
    expect(bars).toContainEqual(expect.stringMatching(/^ {2}Junior \(0-2 years\) · base · DE .* \$100K-\$135K \[\d+\]$/));
    expectFootnotes(text);
  });

  it('draws no chart for an aspect whose sources state no figures', async () => {
    expect(await chat().say('/compare skills')).not.toContain('Chart —');
  });

  it('prints the whole comparison, one side after the other, with every salary fact of the articles in its own section', async () => {
    const lines = (await chat().say('/compare salary')).split('\n');
    const de = lines.indexOf('Data Engineer');
    const mle = lines.indexOf('ML Engineer');
    const both = lines.indexOf('Both roles');
    const sources = lines.indexOf('Sources:');
    expect([de > 0, de < mle, mle < both, both < sources]).toEqual([true, true, true, true]);
    const section = { de: lines.slice(de, mle), mle: lines.slice(mle, both), both: lines.slice(both, sources) };
    expect(section.de).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^  • Comp at L5 \(US, FAANG\): \$280K - \$450K \[\d+\]$/),
        expect.stringMatching(/^  • Nigeria \(Local\): ₦500k – ₦3\.0m \/ month \[\d+\]$/),
      ]),
    );
    expect(section.mle).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^  • Comp at L6 \(US, FAANG\): \$500K - \$750K \[\d+\]$/),
        '    Staff (8+ years): $260K-$340K base. Total comp: $420K-$650K',
      ]),
    );
    // Every key fact but one: "…than DE comp at FAANG" repeats a sentence of another section, said once.
    const repeated = 'ML engineer comp is typically 10-20% higher than DE comp at FAANG';
    for (const fact of readCompareFacts().salary!.filter((f) => f.phrase !== repeated)) {
      expect(normalizeForMatch(section[fact.side].join('\n')), `${fact.side}: ${fact.phrase}`).toContain(normalizeForMatch(fact.phrase));
    }
    expect(lines.join('\n').match(/ML engineer comp is typically 10-20% higher/g)).toHaveLength(1);
    // A list's lead-in is the point, its items are under it; when a point is said on one line it runs into them.
    const lead = section.mle.findIndex((line) =>
      /^  • For a Machine Learning Engineer, certain sub-skills act as significant salary multipliers: \[\d+\]$/.test(line),
    );
    expect(section.mle.slice(lead + 1, lead + 3)).toEqual([
      '    – LLMOps / Generative AI: Increases base compensation by 40–60%.',
      '    – MLOps Mastery: Adds a 25–40% premium for engineers who can automate the model lifecycle.',
    ]);
    expect(section.both).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^  • "A newer hybrid role is emerging: AI Platform Engineer · LLMOps Engineer · Agentic AI Engineer" \[\d+\]$/,
        ),
      ]),
    );
  });

  it('takes an aspect in any case and with extra spaces', async () => {
    expect((await chat().say('/compare    SALARY')).split('\n')[0]).toBe('Data Engineer vs ML Engineer — Salary');
  });
});

describe('questions', () => {
  it('answers /ask QUESTION with cited passages and a rating hint', async () => {
    const text = await chat().say('/ask how much do ML engineers make?');
    expect(text).toContain('$115K-$150K base');
    expect(text).toContain('[1] AI Pulse — ML Engineer vs Data Engineer in 2026 › Compensation Gap › ML Engineer Salary (2026)');
    expect(text.split('\n').at(-1)).toBe(rateHint);
    expectFootnotes(text);
  });

  it('says it reads only English to a question in another language, rather than naming its words as missing', async () => {
    for (const question of ['¿cuánto gana un ingeniero de datos?', 'was verdient ein ml engineer in deutschland']) {
      const text = await chat().say(question);
      expect(text.split('\n')[0], question).toBe(
        'I can only read English for now: try asking in English, like "how much do data engineers make?"',
      );
    }
    // English that names a place the sources lack still says so.
    expect((await chat().say('what is the data engineer salary in germany')).split('\n')[0]).toMatch(/no pay figures for “germany”/);
  });

  it("opens a question about one level with that level's line of the salary list, not the list's heading", async () => {
    const text = await chat().say('how much do junior mles make');
    expect(text.split('\n')[0]).toBe('ML Engineer Salary (2026): Junior (0-2 years): $115K-$150K base. Total comp: $130K-$185K [1]');
  });

  it('treats any other line as a free-text question, answered as /ask would', async () => {
    const c = chat();
    const free = await c.say('how much do ML engineers make?');
    expect(free).toContain('$115K-$150K base');
    expect(free).toBe(await c.say('/ask how much do ML engineers make?'));
  });

  it('opens a list quoted whole with its heading and the label its items go by ("Data Engineer: Common tools")', async () => {
    const text = await chat().say('what tools do data engineers use');
    expect(text.split('\n')[0]).toMatch(/^Data Engineer: Common tools \[1\]$/);
    expect(text).toContain('> - Apache Spark');
  });

  it('names what the sources lack when part of the question is on them ("dbt or airflow?"), with the closest on the rest', async () => {
    const lines = (await chat().say('dbt or airflow?')).split('\n');
    expect(lines[0]).toBe("My sources don't cover “dbt”.");
    expect(lines[1]).toBe('The closest they have:');
    expect(lines[2]).toMatch(/Airflow/);
  });

  it('says the sources do not explain a term they name only as an example in brackets ("whats gradient descent lol")', async () => {
    const lines = (await chat().say('whats gradient descent lol')).split('\n');
    expect(lines[0]).toBe('My sources have no definition for “gradient descent”.');
    expect(lines[1]).toBe('The closest they have:');
  });

  it('says the sources do not define a word they use but never explain ("whats a pipeline"), and offers where they use it', async () => {
    const text = await chat().say('whats a pipeline');
    const lines = text.split('\n');
    expect(lines[0]).toBe('My sources have no definition for “pipeline”.');
    expect(lines[1]).toBe('The closest they have:');
    expect(lines[2]).toMatch(/^  • .*pipeline/i);
    // A word the articles never use is still off their subject.
    expect(await chat().say('what is a lakehouse')).toMatch(/^I couldn't find that in my sources\./);
  });

  it('declines politely with suggestions when the sources do not cover the question', async () => {
    const lines = (await chat().say('how do I bake sourdough?')).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("I couldn't find that in my sources. I know about Data Engineer and ML Engineer careers.");
    expect(lines[1]).toMatch(/^Try: \/compare [a-z-]+ · .+ · \/quiz$/);
    expect(lines.join('\n')).not.toContain(rateHint);
  });

  it("says the sources give no prices when a certification's or a bootcamp's price is asked, never a pay figure", async () => {
    for (const [question, thing] of [
      ['how much is the google data engineer cert', 'cert'],
      ['how much does the AWS ML specialty cert cost?', 'cert'],
      ['how much does a bootcamp cost', 'bootcamp'],
    ]) {
      const lines = (await chat().say(question!)).split('\n');
      expect(lines[0], question).toBe(`My sources have no prices for “${thing}”.`);
      expect(lines[1]).toBe('The closest they have:');
    }
    // ("how much do they cost?" after the certifications: the certification is what is priced, not "role".)
    expect(await chat().say("what's the top certification for each role? and how much do they cost?")).toContain(
      'You also asked: “how much do they cost?”\nMy sources have no prices for “certification”.',
    );
    // Pay in a year the figures are not given for (they are 2026's).
    expect((await chat().say('how much do mles make in 2027')).split('\n')[0]).toMatch(/^My sources have no .*figures for “2027”\./);
    expect((await chat().say('whats mle pay in 2026')).split('\n')[0]).toMatch(/^ML Engineer Salary \(2026\)/);
    // Pay asked with "how much is" is still pay.
    expect((await chat().say('how much is a senior mle paid')).split('\n')[0]).toMatch(/\$200K-\$270K base/);
  });

  it("says what the sources lack in the person's own word, then the closest they have, with footnotes", async () => {
    const lines = (await chat().say('data engineer salary in germany?')).split('\n');
    expect(lines[0]).toBe('My sources have no pay figures for “germany”.');
    expect(lines[1]).toBe('The closest they have:');
    const offered = lines.filter((line) => line.startsWith('  • '));
    // The closest to pay in a place they lack is their pay by place, every place they give it for.
    expect(offered.map((line) => line.split(':')[0])).toEqual(['  • United States', '  • Nigeria (Local)', '  • Remote (Global)']);
    for (const line of offered) expect(line).toMatch(/[$₦]\d.* \[1\]$/);
    expectFootnotes(lines.join('\n'));
    expect(lines.join('\n')).not.toContain(rateHint);
  });

  it('offers pay by place for any place the sources lack, but not for a company or for something other than pay', async () => {
    for (const question of ['how much do ml engineers make in canada', 'what do des earn in bangalore india', 'de pay in berlin?']) {
      const text = await chat().say(question);
      expect(text, question).toMatch(
        /^My sources have no pay figures for “(?:canada|bangalore india|berlin)”\.\nThe closest they have:\n {2}• United States: /,
      );
      expect(text, question).toContain('  • Remote (Global): ');
    }
    // A company is no place: the FAANG figures are the closest to it.
    expect(await chat().say('mle salary at netflix')).not.toContain('Nigeria (Local)');
    // Demand in a place is no pay: the closest is what they say of demand.
    const demand = await chat().say('is de demand high in germany');
    expect(demand).toMatch(/^My sources don't cover “germany”\./);
    expect(demand).not.toContain('United States: ');
  });

  it('answers the main question and says which word of a side question its sources never mention', async () => {
    const text = await chat().say('what do DE interviews focus on? is it leetcode heavy');
    // (The side question, of interviews too, is answered as its own: declined, naming leetcode, with the closest.)
    const [main, side] = text.split('\n\nYou also asked: “is it leetcode heavy”\n');
    expectFootnotes(main!);
    expect(side).toMatch(
      /^My sources don't cover “leetcode”\.\nThe closest they have:\n {2}• Data engineer interviews include SQL live coding/,
    );
  });

  it('answers a question that names someone in the asker\'s life ("…to my mom") without counting them as what the sources lack', async () => {
    const text = await chat().say('whats a simple analogy to explain the diff between a data engineer and an ml engineer to my mom 😅');
    expect(text).toContain('Think of an AI-powered food delivery app');
    expect(text).not.toContain('mom');
  });

  it('opens "whats the day to day like for a de" with how data engineers spend their time, not with incident response', async () => {
    const text = await chat().say('whats the day to day like for a de');
    expect(text.split('\n')[0]).toMatch(/^Data engineers spend most of their time building and debugging pipelines/);
  });

  it('answers "what tools should i learn for mle" with the tools list, not its one item that shares a word ("Scikit-learn")', async () => {
    const text = await chat().say('what tools should i learn for mle');
    expect(text.split('\n')[0]).not.toMatch(/Scikit-learn/);
    expect(text).toMatch(/> - TensorFlow\n> - PyTorch\n> - MLflow\n> - Scikit-learn/);
  });

  it('reads "is mle still doable" and "can i realistically become a data engineer" as how hard each is to get into', async () => {
    const c = chat();
    expect((await c.say('is mle still doable')).split('\n')[0]).toMatch(
      /^The Machine Learning Engineer path is more complex for beginners/,
    );
    const text = await c.say('accountant here, 35, zero coding. can i realistically become a data engineer');
    expect(text).not.toMatch(/^My sources/);
    expect(text.split('\n')[0]).toMatch(/Beginner Friendliness|beginner-friendly|accessible to career switchers|lower barrier to entry/);
  });

  it('answers "idk which to choose lol, i like math and coding. thoughts?" with what the sources say to choose, not one table row', async () => {
    const text = await chat().say('idk which to choose lol, i like math and coding. thoughts?');
    expect(text.split('\n')[0]).toMatch(/^Choose ML engineering if you're interested in model building, enjoy math and statistics/);
  });

  it('opens "is mle harder than de" with the sentence that settles it ("Yes, on average."), after the question it answers', async () => {
    expect((await chat().say('is mle harder than de')).split('\n')[0]).toMatch(
      /^Is ML engineer harder to break into than data engineer\? Yes, on average\. ML engineer roles are fewer/,
    );
  });

  it('reads "what does de turn into later, like career wise" as the career path', async () => {
    expect((await chat().say('what does de turn into later, like career wise')).split('\n')[0]).toMatch(
      /^Path to leadership: Data Engineer Senior -> Staff/,
    );
  });

  it('declines "best job boards for remote de jobs?" naming what its sources lack, rather than answering with remote shares', async () => {
    const text = await chat().say('best job boards for remote de jobs? linkedin is trash rn');
    expect(text.split('\n')[0]).toMatch(/^My sources (?:don't cover|have no).*“boards”/);
  });

  it('answers "besides salary whats the main difference between de and mle" leaving pay aside', async () => {
    const text = await chat().say('besides salary whats the main difference between de and mle');
    expect(text).not.toMatch(/^My sources/);
    expect(text).not.toContain('besides');
  });

  it('does not say a sentence naming data engineers is said of ML engineers ("how fast is de salary growing")', async () => {
    const text = await chat().say('how fast is de salary growing');
    expect(text.split('\n')[0]).toMatch(/data engineers have seen faster salary growth/);
    expect(text).not.toContain('My sources say this of');
  });

  it('says when what it quotes is said of the other role only ("do mles get paged at night?")', async () => {
    const c = chat();
    const text = await c.say('do mles get paged at night?');
    expect(text).toContain("My sources say this of data engineers; they don't say it of ML engineers.");
    expectFootnotes(text);
    expect(await c.say('do data engineers get paged at night?')).not.toContain('My sources say this of');
  });

  it('answers a casual question with typos and chat words as it answers the tidy one', async () => {
    const c = chat();
    expect(await c.say('tbh how much do mles make rn?')).toBe(await c.say('how much do ML engineers make?'));
  });

  it('takes thanks as thanks ("ok cool thx"), and still asks for a question', async () => {
    const c = chat();
    await c.say('how much do junior des make');
    const lines = (await c.say('ok cool thx')).split('\n');
    expect(lines[0]).toBe("You're welcome! Ask me anything else about the two careers: pay, skills, tools, switching, interviews…");
    expect(lines[1]).toMatch(/^Try: /);
  });

  it.each([['gracias'], ['merci'], ['dhanyavaad'], ['muchas gracias'], ['gracias amigo'], ['valeu mano']])(
    'takes "%s" as thanks, as it takes "thx"',
    async (thanks) => {
      expect((await chat().say(thanks)).split('\n')[0]).toBe(
        "You're welcome! Ask me anything else about the two careers: pay, skills, tools, switching, interviews…",
      );
    },
  );

  it.each([['oi'], ['bom dia'], ['oi tudo bem'], ['hola amigo']])('greets "%s" back, as it greets "hey"', async (greeting) => {
    expect((await chat().say(greeting)).split('\n')[0]).toMatch(/^Hi! Ask me something about Data Engineer or ML Engineer careers/);
  });

  it.each([['oops my bad'], ['haha sorry my english is bad']])(
    'takes "%s" as an apology that needs none: nothing noted, nothing declined',
    async (apology) => {
      const text = await chat().say(apology);
      expect(text.split('\n')[0]).toMatch(/^No worries! Ask me anything/);
      expect(text).not.toMatch(/Noted|couldn't find/);
    },
  );

  it.each([['nvm'], ['brb'], ['xD'], ['np']])('takes "%s" as chat asking nothing, not as a question the sources lack', async (word) => {
    expect(await chat().say(word)).not.toMatch(/couldn't find/);
  });

  it('asks for a question when /ask has none', async () => {
    const lines = (await chat().say('/ask')).split('\n');
    expect(lines[0]).toBe('Ask me something about Data Engineer or ML Engineer careers: pay, skills, tools, switching, interviews…');
    expect(lines[1]).toMatch(/^Try: /);
  });
});

describe('plain text output', () => {
  it('has no terminal escapes, markdown emphasis or links anywhere in a full transcript', async () => {
    const c = chat();
    await c.welcome();
    await c.sayAll([
      '/help',
      '/compare',
      '/compare skills',
      'what is airflow?',
      'how do I bake sourdough?',
      '/sources',
      '/quiz',
      '1',
      '2',
      '3',
      '1',
      '2',
    ]);
    const all = c.written.join('\n\n');
    expect(all).toContain('Your fit: ');
    expect(all).not.toMatch(/\u001b\[/);
    expect(all).not.toMatch(/\*\*|__|\]\(https?:|<\/?[a-z]+>/i);
  });

  it('names the article title and section in numbered footnotes of a quiz result', async () => {
    const notes = expectFootnotes(resultOf(await takeQuiz(chat(), [1, 2, 3, 1, 2])));
    expect(notes[0]).toBe(`[1] ${diagnosticFootnote}`);
    expect(notes).toContain('[2] DataDriven — Data Engineer vs ML Engineer › Where the Roles Genuinely Overlap');
  });
});

describe('/sources', () => {
  it('lists every article with its publisher, title, summary and passage count', async () => {
    const c = chat();
    const lines = (await c.say('/sources')).split('\n');
    expect(lines[0]).toBe('My sources (every answer quotes one of these):');
    const documents = c.testBot.knowledge.kb.documents;
    expect(lines).toHaveLength(1 + 2 * documents.length);
    // Each article in the order the bot loads them, named by its publisher and title.
    for (const [i, d] of documents.entries())
      expect(lines[1 + 2 * i]).toBe(`  ${i + 1}. ${d.publisher ? `${d.publisher} — ` : ''}${d.title}`);
    expect(lines).toContain(`  ${documents.findIndex((d) => d.publisher === 'DataDriven') + 1}. DataDriven — Data Engineer vs ML Engineer`);
    for (const summary of lines.filter((_, i) => i > 0 && i % 2 === 0))
      expect(summary).toMatch(/^ {5}\S.* \((?:updated [^,]+, )?\d+ passages\)$/);
    // When an article says it was updated, the list says so.
    expect(lines.join('\n')).toMatch(/DataDriven — Data Engineer vs ML Engineer\n.*\(updated April 2026, \d+ passages\)/);
  });
});

describe('unknown commands', () => {
  it('explains briefly when the /command is unknown', async () => {
    const c = chat();
    expect(await c.say('/frobnicate now')).toBe("I don't know the command /frobnicate. Type /help for the list.");
    expect(c.outcome).toBe('continue');
  });
});

describe('quiz words with no quiz running', () => {
  it.each(['2', 'back', 'restart', 'BACK'])('says there is no quiz when %j is typed before any quiz', async (line) => {
    expect(await chat().say(line)).toBe(noQuiz);
  });

  it('says there is no quiz when a number is typed after the quiz finished, and how to change an answer for "back"', async () => {
    const c = chat();
    await takeQuiz(c, [1, 1, 1, 1, 1]);
    expect(await c.say('1')).toBe(noQuiz);
    expect(await c.say('back')).toMatch(/^No quiz is running now, so its answers stay as they were\. .*what if I said 2 on question 5/);
  });
});

describe('/quiz', () => {
  it('shows the first question with numbered options and the keys when started', async () => {
    expect(await chat().say('/quiz')).toBe(question1);
  });

  it('moves to the next question when an option number is typed', async () => {
    const c = chat();
    await c.say('/quiz');
    const text = await c.say('2');
    expect(text.split('\n')[0]).toBe('Question 2 of 5 · statistics and probability');
    expect(text).toContain("  2. No, I'd rather learn distributed systems");
  });

  it.each([
    ['Model accuracy', 'model accuracy'],
    ['pipelines', 'pipeline reliability'],
    ['not sure', 'both equally / not sure'],
  ])('chooses the option whose words are typed (%j), as its number would', async (typed, chosen) => {
    const c = chat();
    const text = await c.sayAll(['/quiz', typed, 'back']);
    expect(text.split('\n')[0]).toBe('Question 1 of 5 · model accuracy vs pipeline reliability');
    expect(text.toLowerCase()).toContain(`${chosen}   (your answer before)`);
  });

  it('reads a chat aside beside an option\'s words ("pipelines tbh") and an option by its place ("the second one"), saying which option it took', async () => {
    const c = chat();
    const [taken, next] = (await c.sayAll(['/quiz', 'pipelines tbh'])).split('\n\n');
    expect(taken).toBe('Taken as 2. Pipeline reliability (type back to change it).');
    expect(next!.split('\n')[0]).toBe('Question 2 of 5 · statistics and probability');
    expect((await c.say('the second one')).split('\n')).toContain('Question 3 of 5 · models vs the substrate they run on');
  });

  it('reads an option\'s words typed in a hurry ("pipline", "yess", "hihg") and "dont know" as not sure', async () => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say('pipline')).toMatch(/^Taken as 2\. Pipeline reliability/);
    expect(await c.say('yess')).toMatch(/^Taken as 1\. Yes, deeply/);
    expect(await c.say('dont know')).toMatch(/^Taken as 3\. Both equally \/ not sure/);
    expect(await c.say('max money')).toMatch(/^Taken as 1\. Maximum comp is the priority/);
    expect(await c.say('hihg')).toMatch(/^Taken as 1\. High: I like not knowing if it will work/);
  });

  it('reads a degree said loosely ("pretty high") and "not rly into money" as the current question\'s options', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect(await c.say('nah not rly into money')).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
    expect(await c.say('pretty high')).toMatch(/^Taken as 1\. High: I like not knowing if it will work/);
    const middle = chat();
    await middle.sayAll(['/quiz', '1', '1', '1', '1']);
    expect(await middle.say('medium i guess')).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
    // (The comp-ceiling question's middle option is worded otherwise; "medium" still takes it.)
    const comp = chat();
    await comp.sayAll(['/quiz', '1', '1', '1']);
    expect(await comp.say('medium')).toMatch(/^Taken as 3\. It matters, but it won't decide/);
  });

  it('goes back when asked in words ("wait go back", "previous question") and never takes a question about an option for that option', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect((await c.say('wait go back')).split('\n')).toContain('Question 1 of 5 · model accuracy vs pipeline reliability');
    await c.say('1');
    const asked = await c.say('what does distributed systems mean');
    expect(asked).not.toMatch(/^Taken as/);
    expect(asked).toMatch(/question 2/i);
    expect(await c.say('not deeply but some')).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
    await c.say('back');
    // (A yes taken back by its degree is the in-between answer, not "Yes, deeply".)
    expect(await c.say('yes but not super deep')).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
    // "sure" agrees; it is not the "not sure" of an option.
    expect(await c.say('sure')).not.toMatch(/^Taken as/);
    expect((await c.say('previous question')).split('\n')).toContain('Question 2 of 5 · statistics and probability');
    expect(await c.say('ngl kinda')).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
  });

  it('takes an answer announced ("i\'ll go with yes", "im gonna say 2"), changed in the same line ("2 no wait 1"), or short of yes', async () => {
    const c = chat();
    await c.say('/quiz');
    await c.say('2 no wait 1');
    expect(await c.say('back')).toContain('1. Model accuracy   (your answer before)');
    await c.say('1');
    expect(await c.say("i'll go with yes")).toMatch(/^Taken as 1\. Yes, deeply/);
    await c.say('back');
    expect(await c.say('yes but only a little')).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
    // (A number among words is taken as the number is: the next question follows.)
    expect(await c.say('im gonna say 2')).toMatch(/^Question 4 of 5 · comp ceiling/);
  });

  it('takes "wait no 1", "actually 2" or "2 actually" just after an answer as that answer changed, and asks the next question again', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    const changed = (await c.say('wait no 2')).split('\n');
    expect(changed[0]).toBe('Changed your answer to question 1: 2. Pipeline reliability.');
    expect(changed).toContain('Question 2 of 5 · statistics and probability');
    expect((await c.say('actually 1')).split('\n')[0]).toBe('Changed your answer to question 1: 1. Model accuracy.');
    await c.say('2');
    expect((await c.say('3 actually')).split('\n')[0]).toBe('Changed your answer to question 2: 3. Somewhere in between / not sure.');
    expect(await c.say('back')).toContain('3. Somewhere in between / not sure   (your answer before)');
    // A question after "actually" is answered, and changes nothing.
    await c.say('3');
    expect(await c.say('actually what does substrate mean')).not.toMatch(/^Changed your answer/);
  });

  it('never takes an answer naming another question ("actually change q1 to pipelines") for this one: it changes that one and asks this one again, or says how', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1']);
    const changed = await c.say('actually change q1 to pipelines');
    expect(changed.split('\n')[0]).toBe('Changed your answer to question 1: 2. Pipeline reliability.');
    expect(changed).toMatch(/Question 3 of 5/);
    expect((await c.say('q2 should be no')).split('\n')[0]).toBe(
      "Changed your answer to question 2: 2. No, I'd rather learn distributed systems.",
    );
    expect(await c.say('q5 is high')).toBe("That's about question 5; this is question 3: type 1-3 for this one first.");
    expect(await c.say('back')).toMatch(/2\. No, I'd rather learn distributed systems\s+\(your answer before\)/);
    expect(await c.say('back')).toMatch(/2\. Pipeline reliability\s+\(your answer before\)/);
  });

  it('changes an earlier answer said as a correction ("wait i meant pipelines for q1") where the quiz stands, and keeps a supposition for the result', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    const changed = await c.say('wait i meant pipelines for q1');
    expect(changed.split('\n')[0]).toBe('Changed your answer to question 1: 2. Pipeline reliability.');
    expect(changed).toMatch(/Question 4 of 5/);
    expect(await c.say('what if q2 was no')).toMatch(/^I haven't taken that as an answer/);
    // (Four answers toward ML engineering and the changed one toward data engineering.)
    expect(await c.sayAll(['1', '1'])).toMatch(/Your fit: ML Engineer \(4 of 5 answers leaned that way; 1 toward Data Engineer/);
  });

  it('reads "i want to learn it" and "i kinda liked stats" at the stats question, and "id rather enjoy the job" at the comp one', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('i want to learn it')).toMatch(/^Taken as 1\. Yes, deeply/);
    await c.say('back');
    expect(await c.say('i kinda liked stats')).toMatch(/^Taken as 3\. Somewhere in between/);
    await c.say('1');
    expect(await c.say('id rather enjoy the job')).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
    await c.say('back');
    // Nice money, but liking the work more: no one option, so asked again rather than taken as maximum comp.
    expect(await c.say('i mean money is nice but i care more about liking the work')).not.toMatch(/^Taken as 1/);
  });

  it('says a line that chooses no option during the quiz was not understood, never notes it about the person, and says the result back later', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect(await c.say('pay is everything rn i have student loans')).toMatch(/^Taken as 1\. Maximum comp is the priority/);
    expect(await c.say('hmm let me think about it for a sec')).toMatch(/^I couldn't tell which option that is/);
    await c.say('1');
    expect(await c.say('what was my quiz result')).toMatch(
      /^Your latest quiz result: ML Engineer\. Your answers: 1\. Model accuracy · 2\. Yes, deeply/,
    );
    expect(await chat().say('remind me what i got')).toMatch(/^You have no quiz result yet/);
  });

  it('takes "y", "max tc pls" and a sentence that would not switch just for the money as answers', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('y')).toMatch(/^Taken as 1\. Yes, deeply/);
    await c.say('1');
    expect(await c.say('max tc pls')).toMatch(/^Taken as 1\. Maximum comp is the priority/);
    await c.say('back');
    expect(await c.say('i mean money matters but i wouldnt switch just for it')).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
  });

  it('says where the quiz stands on "how many questions left", and stays at the question', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('how many questions left')).toBe('This is question 2 of 5: 3 more after it, then your result.');
    expect(await c.say('1')).toMatch(/^Question 3 of 5/);
  });

  it('says why the question waiting is asked on "why?" during the quiz, in the diagnostic\'s words, and stays at it', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '2']);
    const text = await c.say('why?');
    expect(text).toMatch(
      /^Question 3 asks about models vs the substrate they run on because each answer leans toward one role or the other\. The diagnostic \(DataDriven\) says: "Models -> ML engineer\. Substrate -> data engineer\./,
    );
    expect(text).toMatch(/Your result comes after question 5\.$/);
    expect(await c.say('1')).toMatch(/^Question 4 of 5/m);
  });

  it('never takes a line for an option whose label says the opposite ("i like knowing it works", "i hate not knowing" are Low)', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1', '1']);
    expect(await c.say('i like knowing it works')).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
    const again = chat();
    await again.sayAll(['/quiz', '1', '1', '1', '1']);
    expect(await again.say('i hate not knowing')).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
    const other = chat();
    await other.say('/quiz');
    expect(await other.say('hmm idk, both i guess?')).toMatch(/^Taken as 3\. Both equally \/ not sure/);
  });

  it('reads yes, no, both and "dont know" in the languages people mix in ("haan", "nahi", "dono", "pata nahi", "sim")', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('haan')).toMatch(/^Taken as 1\. Yes, deeply/);
    expect(await c.say('dono')).toMatch(/^Taken as 3\. Both equally \/ not sure/);
    expect(await c.say('pata nahi')).toMatch(/^Taken as 3\. It matters, but it won't decide \/ not sure/);
    const again = chat();
    await again.sayAll(['/quiz', '1']);
    expect(await again.say('nahi yaar')).toMatch(/^Taken as 2\. No, I'd rather learn distributed systems/);
    const brazil = chat();
    await brazil.sayAll(['/quiz', '1']);
    expect(await brazil.say('sim')).toMatch(/^Taken as 1\. Yes, deeply/);
  });

  it('reads an option beside a chat hedge ("2 ig", "both lowkey", "kinda the first one")', async () => {
    const c = chat();
    await c.say('/quiz');
    expect((await c.say('2 ig')).split('\n')[0]).toBe('Question 2 of 5 · statistics and probability');
    expect(await c.say('kinda the first one')).toMatch(/^Taken as 1\. /);
    expect(await c.say('both lowkey')).toMatch(/^Taken as 3\. Both equally \/ not sure/);
    // A number written as a word is that option.
    expect(await c.say('two')).toMatch(/^Taken as 2\. /);
  });

  it('reads a dislike or a priority said in a sentence ("stats was my worst subject lol", "comp isnt my top priority tbh") as its option, never as something noted', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('stats was my worst subject lol')).toMatch(/^Taken as 2\. No, I'd rather learn distributed systems/);
    await c.say('1');
    expect(await c.say('comp isnt my top priority tbh')).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
    expect(await c.say('i like clear answers')).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
  });

  it('says it could not tell which option a few words meant ("the blue one"), and stays at the question', async () => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say('the blue one')).toBe(
      "I couldn't tell which option that is. Type a number from 1 to 3, or back · restart · quit; a question is answered as usual.",
    );
    expect((await c.say('1')).split('\n')[0]).toBe('Question 2 of 5 · statistics and probability');
  });

  it('says which earlier question a reply answers ("the substrate i guess" at question 4), and stays at the question', async () => {
    const c = chat();
    await c.sayAll(['im a data analyst, 3 yoe, mostly sql and tableau', '/quiz', '1', '1', '2']);
    expect(await c.say('the substrate i guess')).toBe(
      'That reads like an answer to question 3 (“The substrate models run on”). This is question 4: type 1-3, or back to change an earlier answer.',
    );
    expect((await c.say('1')).split('\n')[0]).toBe('Question 5 of 5 · research-y ambiguity');
  });

  it('reads a reply that opens with the word only one option opens with ("low, i hate ambiguity", "maximum, obviously")', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect((await c.say('maximum, obviously')).split('\n\n')[0]).toBe('Taken as 1. Maximum comp is the priority (type back to change it).');
    expect((await c.say('low, i hate ambiguity')).split('\n\n')[0]).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
  });

  it('reads a no in one clause as saying nothing of the next ("not really, i like stable stuff"), but a no straight after a word as its answer ("money? nah")', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect((await c.say('money? nah')).split('\n\n')[0]).toBe("Taken as 2. I wouldn't do ML just for the pay (type back to change it).");
    expect((await c.say('not really, i like stable stuff')).split('\n\n')[0]).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
  });

  it('reads a reply in a whole sentence by the phrase it says ("i care more about the model being accurate"), and answers a question', async () => {
    const c = chat();
    const taken = async (line: string) => (await c.say(line)).split('\n\n')[0];
    await c.say('/quiz');
    expect(await taken('i care more about the model being accurate')).toBe('Taken as 1. Model accuracy (type back to change it).');
    expect(await taken('i took one stats course, it was ok')).toBe('Taken as 3. Somewhere in between / not sure (type back to change it).');
    expect(await taken('honestly i want to build the models themselves')).toBe('Taken as 1. Directly on models (type back to change it).');
    // A question in a sentence is answered, and the quiz waits at its question.
    const asked = await c.say('what do data engineers actually do day to day at work?');
    expect(asked).not.toMatch(/^Taken as/);
    // (Money that is nice but not everything matters without deciding.)
    expect(await taken('money is nice but not everything')).toBe(
      "Taken as 3. It matters, but it won't decide / not sure (type back to change it).",
    );
    expect(await taken('i get anxious when i dont know if something will work')).toBe(
      'Taken as 2. Low: I prefer deterministic work (type back to change it).',
    );
  });

  it('reads the short replies a new user typed (thirty-fifth session): "the models themselves", "math isnt my thing", "not fine with it"', async () => {
    const c = chat();
    const taken = async (line: string) => (await c.say(line)).split('\n\n')[0];
    await c.say('/quiz');
    expect(await taken('making sure the data shows up on time')).toBe('Taken as 2. Pipeline reliability (type back to change it).');
    expect(await taken('math isnt my thing')).toBe("Taken as 2. No, I'd rather learn distributed systems (type back to change it).");
    // ("themselves" starts with "the", which the substrate's label holds: no word of it.)
    expect(await taken('the models themselves')).toBe('Taken as 1. Directly on models (type back to change it).');
    await c.say('1');
    // ("not" and "it" are in "I like not knowing if it will work", which "not fine with it" says the other way round.)
    expect(await taken('not fine with it')).toBe('Taken as 2. Low: I prefer deterministic work (type back to change it).');
  });

  it('takes a choice said with a doubt or a question mark inside ("stats? lol no", "the substrate then", "somewhere in the middle?"), never a question asked back', async () => {
    const c = chat();
    const taken = async (line: string) => (await c.say(line)).split('\n\n')[0];
    await c.say('/quiz');
    await c.say('i mean accuracy is cool but honestly i care more about the pipeline not breaking');
    expect(await taken('stats? lol no')).toBe("Taken as 2. No, I'd rather learn distributed systems (type back to change it).");
    expect(await taken('the substrate then')).toBe('Taken as 2. The substrate models run on (type back to change it).');
    // (A question about an option is answered, and the quiz waits at its question.)
    expect(await taken('is it about the money?')).not.toMatch(/^Taken as/);
    expect(await taken('somewhere in the middle?')).toBe(
      "Taken as 3. It matters, but it won't decide / not sure (type back to change it).",
    );
  });

  it('answers a bare "how long" after the quiz result and "why" with the time into that role, and "and the other one?" with the other', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '2', '2', '2']);
    await c.say('why');
    const long = await c.say('how long');
    expect(long.split('\n')[0]).toBe('The move into Data Engineer:');
    expect(long).toMatch(/2-3 months of focused learning/);
    expect((await c.say('and the other one?')).split('\n')[1]).toMatch(/6-12 months minimum/);
  });

  it('reads the vague replies a new user typed (thirty-sixth session): "maybe?", "depends?", "hate it"', async () => {
    const c = chat();
    const taken = async (line: string) => (await c.say(line)).split('\n\n')[0];
    await c.say('/quiz');
    expect(await taken('maybe?')).toBe('Taken as 3. Both equally / not sure (type back to change it).');
    expect(await taken('depends?')).toBe('Taken as 3. Somewhere in between / not sure (type back to change it).');
    // ("somewhere in the middle?", "kinda in between?": the middle option, said with a doubt.)
    expect(await taken('kinda in between?')).toBe('Taken as 3. Both equally / not sure (type back to change it).');
    await c.say('1');
    // ("it" is the ambiguity the question asks about.)
    expect(await taken('hate it')).toBe('Taken as 2. Low: I prefer deterministic work (type back to change it).');
  });

  it('answers "which role fits me then" right after the quiz with its result, whatever was told before it', async () => {
    const c = chat();
    await c.say('data analyst 3 yoe, i love sql and dashboards, hate on call');
    await c.sayAll(['/quiz', '2', '2', '2', '2', '2']);
    const text = await c.say('which role fits me then');
    expect(text.split('\n')[0]).toBe('Your quiz result: Data Engineer:');
    expect(text.split('\n')[1]).toMatch(/^Choose data engineering if/);
  });

  it("takes an option's whole label said in a sentence ('i want to build the substrate models run on'), never a loose phrase of another", async () => {
    const c = chat();
    const taken = async (line: string) => (await c.say(line)).split('\n\n')[0];
    await c.say('/quiz');
    // At the first question, the substrate is no option: "the models" in it chooses nothing.
    expect(await taken("i'd rather build the substrate the models run on")).not.toMatch(/^Taken as/);
    await c.sayAll(['1', '1']);
    expect(await taken('i want to build the substrate models run on')).toBe(
      'Taken as 2. The substrate models run on (type back to change it).',
    );
    // A "that" inside the label said, and words of choosing around a word of it, still choose it.
    await c.say('back');
    expect(await taken("Honestly I think I'd rather build the substrate that models run on.")).toBe(
      'Taken as 2. The substrate models run on (type back to change it).',
    );
    await c.say('back');
    expect(await taken("I'd rather build the substrate")).toBe('Taken as 2. The substrate models run on (type back to change it).');
  });

  it('never takes a word a reply denies for that option ("money isnt the main thing"), and reads a yes or no opening a sentence', async () => {
    const c = chat();
    const taken = async (line: string) => (await c.say(line)).split('\n\n')[0];
    await c.sayAll(['/quiz', '1']);
    expect(await taken('yeah i did a lot of stats in uni')).toBe('Taken as 1. Yes, deeply (type back to change it).');
    await c.say('back');
    // (The question asks whether they studied it or want to.)
    expect(await taken('i havent studied stats yet but i want to')).toBe('Taken as 1. Yes, deeply (type back to change it).');
    await c.say('1');
    expect(await taken('honestly money isnt the main thing for me')).toBe(
      "Taken as 2. I wouldn't do ML just for the pay (type back to change it).",
    );
    await c.say('back');
    expect(await taken('money isnt that important to me tbh')).toBe(
      "Taken as 2. I wouldn't do ML just for the pay (type back to change it).",
    );
    await c.say('back');
    expect(await taken('money matters but not everything')).toBe(
      "Taken as 3. It matters, but it won't decide / not sure (type back to change it).",
    );
  });

  it('reads "skip" as not sure, and "stop the quiz" or "cancel" as quitting it', async () => {
    const c = chat();
    expect((await c.sayAll(['/quiz', 'skip'])).split('\n\n')[0]).toBe('Taken as 3. Both equally / not sure (type back to change it).');
    expect(await c.say('stop the quiz')).toMatch(/^Quiz stopped\./);
    await c.say('/quiz');
    expect(await c.say('cancel')).toMatch(/^Quiz stopped\./);
  });

  it('reads "idk" as not sure and "the substrate ones" as the substrate', async () => {
    const c = chat();
    expect((await c.sayAll(['/quiz', 'idk'])).split('\n\n')[0]).toBe('Taken as 3. Both equally / not sure (type back to change it).');
    await c.say('1');
    expect((await c.say('the substrate ones')).split('\n\n')[0]).toBe('Taken as 2. The substrate models run on (type back to change it).');
  });

  it('reads a reply that opens with yes or no ("yes i did stats", "nah not really") as the option that opens so', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect((await c.say('yes i did stats')).split('\n\n')[0]).toBe('Taken as 1. Yes, deeply (type back to change it).');
    await c.say('back');
    expect((await c.say('nah not really')).split('\n\n')[0]).toBe(
      "Taken as 2. No, I'd rather learn distributed systems (type back to change it).",
    );
    await c.say('back');
    expect((await c.say('not sure')).split('\n\n')[0]).toBe('Taken as 3. Somewhere in between / not sure (type back to change it).');
  });

  it('reads an option said mostly in its own words ("i wouldnt do ml just for the money", "max comp obviously")', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect((await c.say('i wouldnt do ml just for the money')).split('\n\n')[0]).toBe(
      "Taken as 2. I wouldn't do ML just for the pay (type back to change it).",
    );
    await c.say('back');
    expect((await c.say('max comp obviously')).split('\n\n')[0]).toBe('Taken as 1. Maximum comp is the priority (type back to change it).');
    await c.say('back');
    // Asked as a question, the same words are answered, and the quiz waits at its question.
    expect(await c.say('is ml just for the money?')).not.toMatch(/^Taken as/);
  });

  it('never takes a "no" a few words before an option\'s words, or thanks, for that option ("he would not do it just for the money")', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect((await c.say('he would not do it just for the money')).split('\n\n')[0]).toBe(
      "Taken as 2. I wouldn't do ML just for the pay (type back to change it).",
    );
    await c.say('back');
    expect(await c.say('Thank you very much for your help!')).not.toMatch(/Taken as/);
    expect((await c.say('money is not the most important thing for him')).split('\n\n')[0]).toBe(
      "Taken as 2. I wouldn't do ML just for the pay (type back to change it).",
    );
    await c.say('back');
    // ("…matters but it's not the main thing": it matters, but it won't decide.)
    expect((await c.say("honestly comp matters but it's not the main thing for me")).split('\n\n')[0]).toBe(
      "Taken as 3. It matters, but it won't decide / not sure (type back to change it).",
    );
  });

  it('reads what people type in words no label has ("not really about money", "money matters ngl", "both")', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect((await c.say('not really about money')).split('\n\n')[0]).toBe(
      "Taken as 2. I wouldn't do ML just for the pay (type back to change it).",
    );
    await c.say('back');
    expect((await c.say('money matters ngl')).split('\n\n')[0]).toBe('Taken as 1. Maximum comp is the priority (type back to change it).');
    await c.say('back');
    // (Said with a doubt, the strongest answer is the milder one.)
    expect((await c.say('money matters i guess')).split('\n\n')[0]).toBe(
      "Taken as 3. It matters, but it won't decide / not sure (type back to change it).",
    );
    const d = chat();
    await d.sayAll(['/quiz', '1']);
    expect((await d.say('both')).split('\n\n')[0]).toBe('Taken as 3. Somewhere in between / not sure (type back to change it).');
  });

  it('reads the diagnostic\'s own questions answered in people\'s words ("reliability of pipelines for sure", "the infra tbh", "hate ambiguity ngl")', async () => {
    const c = chat();
    await c.say('/quiz');
    expect((await c.say('reliability of pipelines for sure')).split('\n\n')[0]).toBe(
      'Taken as 2. Pipeline reliability (type back to change it).',
    );
    await c.say('1');
    expect((await c.say('the infra tbh')).split('\n\n')[0]).toBe('Taken as 2. The substrate models run on (type back to change it).');
    await c.say('back');
    // The question's own words ("build the substrate models run on") echo it; the option's word chooses.
    expect((await c.say('build the substrate')).split('\n\n')[0]).toBe('Taken as 2. The substrate models run on (type back to change it).');
    await c.say('1');
    expect((await c.say('hate ambiguity ngl')).split('\n\n')[0]).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
  });

  it.each(['option 2', '2 i guess', '2.'])('reads %j as option 2', async (typed) => {
    const c = chat();
    await c.say('/quiz');
    expect((await c.say(typed)).split('\n')[0]).toBe('Question 2 of 5 · statistics and probability');
    expect((await c.say('back')).toLowerCase()).toContain('pipeline reliability   (your answer before)');
  });

  it('asks which option is meant when the words typed are in two of them ("work" at question 5), and stays at the question', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1', '1']);
    expect(await c.say('work')).toMatch(
      /^Did you mean 1\. High: I like not knowing if it will work or 2\. Low: I prefer deterministic work\?/,
    );
    expect(await c.say('2')).toMatch(/^Your fit/m);
  });

  it('takes "models" at question 3 as working on models, as the diagnostic says ("Models -> ML engineer")', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1']);
    expect(await c.say('models')).toMatch(/^Taken as 1\. Directly on models\b/);
  });

  it('takes "the models", a phrase people type for one of the two options with "models" in them, as that option', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1']);
    const text = await c.say('the models');
    expect(text.split('\n')[0]).toMatch(/^Taken as 1. Directly on models\b/);
  });

  it('answers a question typed during the quiz rather than reading it as an option, and keeps the quiz where it was', async () => {
    const c = chat();
    await c.say('/quiz');
    const text = await c.say('is model accuracy what ml engineers care about?');
    expect(text).not.toMatch(/^Question 2 of 5/);
    expect(text).toContain('question 1 of 5');
  });

  it.each(['4', '0', '99999999999999999999'])('explains the valid range and stays put when %s is typed', async (line) => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say(line)).toBe('Type a number from 1 to 3, or back · restart · quit.');
    expect((await c.say('1')).split('\n')[0]).toBe('Question 2 of 5 · statistics and probability');
  });

  it('goes back to the previous question and marks the earlier answer when back is typed', async () => {
    const c = chat();
    const text = await c.sayAll(['/quiz', '2', 'back']);
    expect(text.split('\n')[0]).toBe('Question 1 of 5 · model accuracy vs pipeline reliability');
    expect(text).toContain('  2. Pipeline reliability   (your answer before)');
    expect(text).not.toContain('  1. Model accuracy   (your answer before)');
  });

  it('says there is nothing before the first question when back is typed there', async () => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say('back')).toBe(`This is the first question; there is nothing before it.\n${question1}`);
  });

  it('starts over from question 1 when restart is typed', async () => {
    const c = chat();
    expect(await c.sayAll(['/quiz', '1', '2', 'restart'])).toBe(`Starting over from question 1.\n${question1}`);
  });

  it('stops the quiz when quit is typed, and the session goes on', async () => {
    const c = chat();
    expect(await c.sayAll(['/quiz', '1', 'quit'])).toBe('Quiz stopped. Type /quiz whenever you want to start a new one.');
    expect(c.outcome).toBe('continue');
    expect(await c.say('1')).toBe(noQuiz);
    expect(await c.say('/quiz')).toBe(question1);
  });

  it('continues at the current question and says how to restart when /quiz is typed during a quiz', async () => {
    const c = chat();
    const text = await c.sayAll(['/quiz', '1', '2', '/quiz']);
    const lines = text.split('\n');
    expect(lines[0]).toBe(resumedNotice);
    expect(lines[1]).toBe('Question 3 of 5 · models vs the substrate they run on');
    expect((await c.say('1')).split('\n')[0]).toBe('Question 4 of 5 · comp ceiling');
  });

  it('answers a free-text question during a quiz, then reminds where the quiz waits', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    const before = c.written.length;
    await c.say('how much do ML engineers make?');
    const [answer, reminder, ...more] = c.written.slice(before);
    expect(more).toEqual([]);
    expect(answer).toContain('$115K-$150K base');
    expect(answer?.split('\n').at(-1)).toBe(rateHint);
    expectFootnotes(answer ?? '');
    expect(reminder).toBe("(Your quiz is waiting at question 2 of 5: type an option's number, or back · restart · quit.)");
    expect((await c.say('1')).split('\n')[0]).toBe('Question 3 of 5 · models vs the substrate they run on');
  });

  it('declines an uncovered question during a quiz and still reminds where the quiz waits', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '3']);
    const text = await c.say('how do I bake sourdough?');
    expect(text).toContain("I couldn't find that in my sources.");
    expect(text.split('\n').at(-1)).toBe("(Your quiz is waiting at question 3 of 5: type an option's number, or back · restart · quit.)");
    // The quiz is already under way, so it is not offered again among the topics to try.
    expect(text).not.toContain('/quiz');
  });

  it('stops the quiz on exit, as on quit', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('exit')).toBe('Quiz stopped. Type /quiz whenever you want to start a new one.');
    expect(await c.say('2')).toBe('There is no quiz running. Type /quiz to start one.');
  });

  it('keeps a quiz apart per user in one database', async () => {
    const file = tempDatabase();
    const alice = chat('alice', bot({ databasePath: file }));
    const bob = chat('bob', bot({ databasePath: file }));
    await alice.sayAll(['/quiz', '1', '2']);
    expect(await bob.welcome()).toBe(greeting('bob'));
    expect(await bob.say('1')).toBe(noQuiz);
    expect(await bob.say('/quiz')).toBe(question1);
    expect((await bob.say('3')).split('\n')[0]).toBe('Question 2 of 5 · statistics and probability');
    expect((await alice.say('/quiz')).split('\n').slice(0, 2)).toEqual([
      resumedNotice,
      'Question 3 of 5 · models vs the substrate they run on',
    ]);
    await bob.say('quit');
    expect((await alice.say('1')).split('\n')[0]).toBe('Question 4 of 5 · comp ceiling');
  });
});

describe('a quiz across a restart', () => {
  it('resumes at the question it was left at when the console is reopened on the same SQLite file', async () => {
    const file = tempDatabase();
    const first = bot({ databasePath: file });
    const before = chat('alice', first);
    await before.sayAll(['/quiz', '1', '2']);
    first.close();
    opened.splice(opened.indexOf(first), 1);

    const after = chat('alice', bot({ databasePath: file }));
    expect(await after.welcome()).toBe(`${greeting('alice')}\nYou have a quiz in progress at question 3 of 5: type /quiz to carry on.`);
    const resumed = (await after.say('/quiz')).split('\n');
    expect(resumed.slice(0, 2)).toEqual([resumedNotice, 'Question 3 of 5 · models vs the substrate they run on']);
    const finished = resultOf(await after.sayAll(['3', '1', '2']));

    const uninterrupted = resultOf(await takeQuiz(chat('alice'), [1, 2, 3, 1, 2]));
    expect(finished).toBe(uninterrupted);
  });
});

describe('quiz results', () => {
  it('answers "which role fits me?" after a result with that result, and "is that base?" from the pay it showed', async () => {
    const c = chat();
    await takeQuiz(c, [2, 2, 2, 2, 2]);
    const fit = await c.say('which role fits me?');
    expect(fit.split('\n')[0]).toBe('Your quiz result: Data Engineer:');
    expect(fit).toMatch(/Choose data engineering if you enjoy building reliable systems/);
    const other = chat();
    await takeQuiz(other, [2, 2, 2, 2, 2]);
    const base = await other.say('is that base?');
    expect(base.split('\n')[0]).toBe('Data Engineer pay: base:');
    expect(base).toMatch(/\$100K-\$135K base/);
  });

  it('names ML Engineer and shows each push, the why, what would change it and next steps for all-ML answers', async () => {
    const text = resultOf(await takeQuiz(chat(), [1, 1, 1, 1, 1]));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Your fit: ML Engineer (5 of 5 answers leaned that way; 0 toward Data Engineer, 0 either way)');
    expect(block(text, 'How your answers pushed it:')).toEqual([
      '  Q1 model accuracy vs pipeline reliability: Model accuracy ▶ ML Engineer: "Model accuracy -> ML engineer." [1]',
      '  Q2 statistics and probability: Yes, deeply ▶ ML Engineer: "Yes -> ML engineer is more aligned." [1]',
      '  Q3 models vs the substrate they run on: Directly on models ▶ ML Engineer: "Models -> ML engineer." [1]',
      '  Q4 comp ceiling: Maximum comp is the priority ▶ ML Engineer: "If maximum comp is the priority, ML engineer wins on average." [1]',
      '  Q5 research-y ambiguity: High: I like not knowing if it will work ▶ ML Engineer: "High -> ML engineer is fine." [1]',
    ]);
    expect(lines.find((l) => l.startsWith('Why: '))).toMatch(/^Why: "Choose ML engineering if .+" \[2\]$/);
    const change = lines.find((l) => l.startsWith('What would change it: '));
    expect(change).toMatch(/^What would change it: Changing 3 answers would make it (Data Engineer|ML data engineer .+): Q1 /);
    const steps = block(text, 'Next steps from the sources:');
    expect(steps.find((l) => l.startsWith('  • Pay: '))).toContain('"Junior (0-2 years): $115K-$150K base. Total comp: $130K-$185K"');
    expect(steps.find((l) => l.startsWith('  • Skills to learn: '))).toContain('"Deep learning frameworks (PyTorch, TensorFlow)"');
    const switching = steps.find((l) => l.startsWith('  • If you come from data engineering'));
    expect(switching).toContain('"Plan for 6-9 months of study."');
    expect(switching).toContain('Plan 12-18 months of focused learning');
    expect(expectFootnotes(text)[0]).toBe(`[1] ${diagnosticFootnote}`);
    expect(lines.at(-1)).toBe('Type /quiz to take it again, or /compare to look at one aspect side by side.');
  });

  it('names Data Engineer and shows each push, the why, what would change it and next steps for all-DE answers', async () => {
    const text = resultOf(await takeQuiz(chat(), [2, 2, 2, 2, 2]));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Your fit: Data Engineer (5 of 5 answers leaned that way; 0 toward ML Engineer, 0 either way)');
    const pushes = block(text, 'How your answers pushed it:');
    expect(pushes.map((l) => l.slice(0, 4))).toEqual(['  Q1', '  Q2', '  Q3', '  Q4', '  Q5']);
    for (const push of pushes) expect(push).toMatch(/ ▶ Data Engineer: ".+" \[1\]$/);
    expect(pushes[3]).toBe(
      "  Q4 comp ceiling: I wouldn't do ML just for the pay ▶ Data Engineer: \"If you don't want to do ML for the comp, that's a signal to stay in DE\" [1]",
    );
    expect(lines.find((l) => l.startsWith('Why: '))).toMatch(/^Why: "Choose data engineering if .+" \[2\]$/);
    expect(lines.find((l) => l.startsWith('What would change it: '))).toMatch(/^What would change it: Changing 3 answers would make it /);
    const steps = block(text, 'Next steps from the sources:');
    expect(steps.find((l) => l.startsWith('  • Pay: '))).toContain('"Junior (0-2 years): $100K-$135K base. Total comp: $110K-$160K"');
    expect(steps.find((l) => l.startsWith('  • Skills to learn: '))).toContain('"Apache Spark, Flink, or Beam for distributed processing"');
    expect(steps.find((l) => l.startsWith('  • If you come from ML engineering: '))).toContain('(3-4 months)');
    expect(expectFootnotes(text)[0]).toBe(`[1] ${diagnosticFootnote}`);
  });

  it('answers "what would change it?" right after a result with what the result said would, and "why?" still after it', async () => {
    const c = chat('gil');
    const result = resultOf(await takeQuiz(c, [1, 1, 1, 1, 1]));
    const shown = result.split('\n').find((l) => l.startsWith('What would change it: '));
    const changes = await c.say('what would change it?');
    expect(changes.startsWith(shown!)).toBe(true);
    expect(changes).toContain('would make it Data Engineer: ');
    expect((await c.say('why?')).split('\n')[0]).toBe('Why ML Engineer:');
    // Asked with no result just shown, it is a question like any other.
    expect(await chat('hal').say('what would change it?')).not.toMatch(/^What would change it: Changing/);
  });

  it('keeps "why?" and "what would change it?" about the result after its next steps ("what should i do next")', async () => {
    const c = chat('ivy');
    const shown = resultOf(await takeQuiz(c, [1, 1, 1, 1, 1]))
      .split('\n')
      .find((l) => l.startsWith('What would change it: '));
    expect((await c.say('what should i do next')).split('\n')[0]).toBe('Next steps for your quiz result, ML Engineer:');
    const why = (await c.say('why?')).split('\n');
    expect(why[0]).toBe('Why ML Engineer:');
    expect(why[1]).toMatch(/^Choose ML engineering if you're interested in model building/);
    expect((await c.say('what would change it')).startsWith(shown!)).toBe(true);
    // A few turns on, still about the result.
    await c.say('how long would that take');
    expect((await c.say('what would change it?')).startsWith(shown!)).toBe(true);
  });

  it('answers the role a question names, not the result: "how long would it take to become a de" after ML Engineer', async () => {
    const c = chat('jon');
    await takeQuiz(c, [1, 1, 1, 1, 1]);
    const become = (await c.say('how long would it take to become a de')).split('\n');
    expect(become[0]).toMatch(/^Data engineering has a lower barrier to entry\..*2-3 months/);
    const learn = await c.say('what should i learn first to be a de');
    expect(learn.split('\n')[0]).toMatch(/^If you choose Data Engineering, prioritize SQL and Distributed Systems/);
    // The role the conversation is about now, not the result.
    expect((await c.say('how long would it take me')).split('\n')[0]).toBe('The move into Data Engineer:');
  });

  it('answers "what would i make" after a result with the pay of the role it names, at the years told', async () => {
    const c = chat('kim');
    await takeQuiz(c, [1, 1, 1, 1, 1]);
    expect((await c.say('what would i make')).split('\n')[0]).toBe(
      'ML Engineer pay, your quiz result, level by level (tell me your years for yours):',
    );
    const told = chat('lou');
    await told.say('im a de, 6 yoe');
    await takeQuiz(told, [1, 1, 1, 1, 1]);
    const pay = (await told.say('what would i make')).split('\n');
    expect(pay[0]).toBe('ML Engineer pay, senior level:');
    expect(pay[1]).toMatch(/Senior \(5-8 years\): \$200K-\$270K base/);
  });

  it('answers "what does that mean for me" and "why?" after a hybrid result from what the result quoted, and "what would change it" five turns on', async () => {
    const c = chat('hugo');
    await c.say('im a data analyst, 3 yoe, mostly sql and tableau');
    const shown = resultOf(await takeQuiz(c, [1, 2, 3, 1, 2]))
      .split('\n')
      .find((l) => l.startsWith('What would change it: '));
    const means = (await c.say('what does that mean for me')).split('\n');
    expect(means[0]).toBe('Your quiz result: the hybrid (ML data engineer):');
    expect(means.join('\n')).toMatch(/the hybrid is the natural landing spot for people who like both/);
    expect((await c.say('why?')).split('\n')[0]).toBe('Why the hybrid (ML data engineer):');
    await c.say('what should i learn first');
    await c.say('how long would that take me');
    expect((await c.say('what would change it')).startsWith(shown!)).toBe(true);
  });

  it('leaves out the next step for coming from another role when the person said where they come from', async () => {
    const analyst = chat('dana');
    await analyst.say("i'm a data analyst, 2 yoe, mostly sql");
    const theirs = block(resultOf(await takeQuiz(analyst, [2, 2, 2, 2, 2])), 'Next steps from the sources:');
    expect(theirs.some((l) => l.startsWith('  • Skills to learn: '))).toBe(true);
    expect(theirs.some((l) => l.startsWith('  • Coming from'))).toBe(false);

    const engineer = chat('erin');
    await engineer.say('im an ml engineer, 3 years in');
    const fromThere = block(resultOf(await takeQuiz(engineer, [2, 2, 2, 2, 2])), 'Next steps from the sources:');
    expect(fromThere.find((l) => l.startsWith('  • Coming from ML engineering: '))).toContain('(3-4 months)');

    const dataEngineer = chat('finn');
    await dataEngineer.say('i work as a data engineer');
    const mlSteps = block(resultOf(await takeQuiz(dataEngineer, [1, 1, 1, 1, 1])), 'Next steps from the sources:');
    expect(mlSteps.some((l) => l.startsWith('  • Coming from data engineering'))).toBe(true);
  });

  it('names the hybrid and shows mixed pushes, the one answer that would tip it and next steps for tied answers', async () => {
    const text = resultOf(await takeQuiz(chat(), [1, 2, 3, 1, 2]));
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Your fit: ML data engineer / ML platform engineer (the hybrid), for people who like both equally (answers: 2 toward ML Engineer, 2 toward Data Engineer, 1 either way)',
    );
    expect(block(text, 'How your answers pushed it:').map((l) => l.replace(/:? ".*$| \[\d+\]$/, ''))).toEqual([
      '  Q1 model accuracy vs pipeline reliability: Model accuracy ▶ ML Engineer',
      "  Q2 statistics and probability: No, I'd rather learn distributed systems ▶ Data Engineer",
      '  Q3 models vs the substrate they run on: Both equally / not sure ▶ either way',
      '  Q4 comp ceiling: Maximum comp is the priority ▶ ML Engineer',
      '  Q5 research-y ambiguity: Low: I prefer deterministic work ▶ Data Engineer',
    ]);
    expect(lines.find((l) => l.startsWith('Why: '))).toContain(
      '"Both to ML data engineer: the hybrid is the natural landing spot for people who like both."',
    );
    expect(block(text, 'What would change it: ').length).toBe(1);
    expect(lines).toContain(
      'What would change it: Changing one answer would make it ML Engineer: Q3 models vs the substrate they run on, "Directly on models" instead of "Both equally / not sure".',
    );
    expect(lines).toContain(
      '  Changing one answer would make it Data Engineer: Q3 models vs the substrate they run on, "The substrate models run on" instead of "Both equally / not sure".',
    );
    const steps = block(text, 'Next steps from the sources:');
    expect(steps.find((l) => l.startsWith('  • Pay: '))).toContain('"they pay a 10-15% premium over either pure role"');
    expect(steps.find((l) => l.startsWith('  • Skills both roles share: '))).toContain('"Python programming"');
    expect(steps.find((l) => l.startsWith('  • A path through both: '))).toContain('start with Data Engineering and transition');
    expectFootnotes(text);
  });

  it('names the hybrid when every answer is "not sure"', async () => {
    const text = resultOf(await takeQuiz(chat(), [3, 3, 3, 3, 3]));
    expect(text.split('\n')[0]).toBe(
      'Your fit: ML data engineer / ML platform engineer (the hybrid), for people who like both equally (answers: 0 toward ML Engineer, 0 toward Data Engineer, 5 either way)',
    );
    for (const push of block(text, 'How your answers pushed it:')) expect(push).toContain(' ▶ either way');
  });

  it('gives the hybrid a switching next step with how many months it takes', async () => {
    const steps = block(resultOf(await takeQuiz(chat(), [1, 2, 3, 1, 2])), 'Next steps from the sources:');
    expect(steps.some((line) => /\d+(-\d+)? months/.test(line))).toBe(true);
  });

  it('starts a fresh quiz without the carry-on notice when /quiz is typed after a result', async () => {
    const c = chat();
    await takeQuiz(c, [2, 2, 2, 2, 2]);
    expect(await c.say('/quiz')).toBe(question1);
  });
});

describe('/up and /down', () => {
  it('says there is nothing to rate before any answer', async () => {
    const c = chat();
    expect(await c.say('/up')).toBe('There is nothing to rate yet: ask a question or /compare first.');
    expect(await c.say('/down')).toBe('There is nothing to rate yet: ask a question or /compare first.');
    expect((await c.testBot.bot.storedAbout({ id: 'console:alice', name: 'alice' })).feedback).toBe(0);
  });

  it('thanks and records the vote on the last answer', async () => {
    const c = chat();
    await c.say('how much do ML engineers make?');
    expect(await c.say('/down')).toBe('Thanks, noted 👎. That helps me find gaps.');
    expect((await c.testBot.storage.activity.report(10)).disliked).toEqual([
      { kind: 'answer', subject: 'how much do ML engineers make?', up: 0, down: 1 },
    ]);
    expect(await c.say('/up')).toBe('Thanks, noted 👍');
    expect((await c.testBot.storage.activity.report(10)).feedback).toEqual([{ kind: 'answer', up: 1, down: 0 }]);
  });

  it('rates a comparison when /compare ASPECT came last', async () => {
    const c = chat();
    await c.say('/compare salary');
    await c.say('/down');
    expect((await c.testBot.storage.activity.report(10)).disliked).toEqual([{ kind: 'compare', subject: 'salary', up: 0, down: 1 }]);
  });

  it('still rates the answer before after "thanks!" or "ok", which ask nothing', async () => {
    const c = chat();
    await c.say('how much do ML engineers make?');
    await c.say('thanks!');
    expect(await c.say('/down')).toBe('Thanks, noted 👎. That helps me find gaps.');
    expect((await c.testBot.storage.activity.report(10)).disliked.map((d) => d.subject)).toEqual(['how much do ML engineers make?']);
  });

  it('does not put a vote given after a decline on the answer before it', async () => {
    const c = chat();
    await c.say('how much do ML engineers make?');
    await c.say('how do I bake sourdough?');
    await c.say('/down');
    expect((await c.testBot.storage.activity.report(10)).disliked.map((d) => d.subject)).not.toContain('how much do ML engineers make?');
  });
});

describe('/forget-me', () => {
  const alice = { id: 'console:alice', name: 'alice' };

  it('says nothing is stored when there is nothing', async () => {
    expect(await chat().say('/forget-me')).toBe('I have nothing stored about you.');
  });

  it('asks for confirmation listing what is stored, and deletes it all on yes', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '2', 'how much do data engineers make in germany?']);
    expect(await c.say('/forget-me')).toBe(
      // The question asked is also a conversation remembered, so a follow-up ("and in the us?") could keep up with it.
      'I have stored: 1 quiz, 2 quiz answers, 1 question I could not answer, 1 record of our chats (your recent questions, what you told me about yourself). Delete all of it? This cannot be undone.\nType yes to delete, anything else to keep it.',
    );
    expect(await c.say('yes')).toBe(
      'Deleted 1 quiz, 2 quiz answers, 1 question I could not answer, 1 record of our chats (your recent questions, what you told me about yourself). I keep nothing else about you.',
    );
    expect(await c.testBot.bot.storedAbout(alice)).toEqual({ quizzes: 0, answers: 0, declinedQuestions: 0, feedback: 0, conversations: 0 });
    expect(await c.say('1')).toBe(noQuiz);
    expect(await c.say('/forget-me')).toBe('I have nothing stored about you.');
  });

  it('names what it remembers from what you said only when there is some, and deletes it too', async () => {
    const c = chat();
    const { conversations } = c.testBot.storage;
    await conversations.save({ key: 'console:alice', user: alice.id, turns: [], updatedAt: 0 });
    expect(await c.say('/forget-me')).toBe(
      'I have stored: 1 record of our chats (your recent questions, what you told me about yourself). Delete all of it? This cannot be undone.\nType yes to delete, anything else to keep it.',
    );
    expect(await c.say('no')).toBe('Nothing was deleted.');
    await conversations.saveProfile({ user: alice.id, role: 'de', likes: [], updatedAt: 0 });
    await c.sayAll(['how do I bake sourdough?']);
    expect(await c.say('/forget-me')).toBe(
      'I have stored: 1 question I could not answer, 2 records of our chats (your recent questions, what you told me about yourself). Delete all of it? This cannot be undone.\nType yes to delete, anything else to keep it.',
    );
    expect(await c.say('yes')).toBe(
      'Deleted 1 question I could not answer, 2 records of our chats (your recent questions, what you told me about yourself). I keep nothing else about you.',
    );
    expect(await conversations.get('console:alice')).toBeUndefined();
    expect(await conversations.profile(alice.id)).toBeUndefined();
    expect(await c.say('/forget-me')).toBe('I have nothing stored about you.');
  });

  it('keeps everything when the answer is no, in whatever words ("nah keep it", "cancel")', async () => {
    const c = chat();
    await c.sayAll(['/compare salary', '/up', '/forget-me']);
    expect(await c.say('no')).toBe('Nothing was deleted.');
    for (const refusal of ['nah keep it', 'cancel', 'no thanks']) {
      await c.say('/forget-me');
      expect(await c.say(refusal)).toBe('Nothing was deleted.');
    }
    expect((await c.testBot.bot.storedAbout(alice)).feedback).toBe(1);
  });

  it('answers a question about the deletion by asking again, still waiting for yes', async () => {
    const c = chat();
    await c.sayAll(['/compare salary', '/up', '/forget-me']);
    const again = /^I have stored: 1 rating.*Delete all of it\? This cannot be undone\.\nType yes to delete, anything else to keep it\.$/;
    expect(await c.say('wait what does that delete')).toMatch(again);
    expect(await c.say('is it permanent?')).toMatch(again);
    expect(await c.say('yes')).toMatch(/^Deleted 1 rating.* I keep nothing else about you\.$/);
  });

  it('deletes on yes however it is said ("Yes.", "yes please", "yep", "ok do it"), and asks again at "will it delete my quiz too?"', async () => {
    for (const yes of ['Yes.', 'yes please', 'yep', 'ok do it', 'yes delete everything']) {
      const c = chat();
      await c.sayAll(['/compare salary', '/up', '/forget-me']);
      expect(await c.say(yes)).toMatch(/^Deleted 1 rating/);
    }
    const c = chat();
    await c.sayAll(['/quiz', '1', '/forget-me']);
    expect(await c.say('will it delete my quiz result too?')).toMatch(/^I have stored: 1 quiz, 1 quiz answer/);
    expect(await c.say('wait what about my quiz')).toMatch(/^I have stored: 1 quiz/);
    expect(await c.say('nah')).toBe('Nothing was deleted.');
  });

  it('is pointed to when asked for in words mid-quiz, the quiz still waiting', async () => {
    const c = chat();
    await c.say('/quiz');
    const text = await c.say('forget me');
    expect(text).toMatch(/^Type \/forget-me to see what I keep about you and delete it\.\n\(Your quiz is waiting at question 1 of 5/);
  });

  it('is pointed to when asked for in words, and runs as "/forget me" too', async () => {
    const c = chat();
    await c.sayAll(['/compare salary', '/up']);
    for (const words of [
      'delete my data pls',
      'forget me',
      'forget everything about me',
      'how do i delete my data',
      'can u remove what u stored abt me',
    ])
      expect(await c.say(words)).toBe('Type /forget-me to see what I keep about you and delete it.');
    expect(await c.say('/forget me')).toMatch(/^I have stored: 1 rating\b.*Delete all of it\?/);
    expect(await c.say('no')).toBe('Nothing was deleted.');
    expect((await c.testBot.bot.storedAbout(alice)).feedback).toBe(1);
  });

  it('keeps everything and handles the line as usual when anything else is typed', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '/forget-me']);
    const text = await c.say('2');
    expect(text.split('\n\n')[0]).toBe('Nothing was deleted.');
    expect(text).toContain('Question 3 of 5 · models vs the substrate they run on');
    expect(await c.testBot.bot.storedAbout(alice)).toMatchObject({ quizzes: 1, answers: 2 });
    expect(await c.say('yes')).not.toContain('Deleted');
  });

  it('deletes only the data of the user who asked', async () => {
    const testBot = bot();
    const a = chat('alice', testBot);
    const b = chat('bob', testBot);
    await a.sayAll(['/quiz', '1']);
    await b.sayAll(['/quiz', '2', '2']);
    await a.sayAll(['/forget-me', 'yes']);
    expect((await b.say('/quiz')).split('\n').slice(0, 2)).toEqual([
      resumedNotice,
      'Question 3 of 5 · models vs the substrate they run on',
    ]);
  });
});

describe('/quit', () => {
  it('says bye and ends the session when /quit is typed with no quiz', async () => {
    const c = chat();
    expect(await c.say('/quit')).toBe('Bye.');
    expect(c.outcome).toBe('quit');
  });

  it('ends the session when quit or exit is typed with no quiz', async () => {
    const c = chat();
    await c.say('quit');
    expect(c.outcome).toBe('quit');
    await c.say('exit');
    expect(c.outcome).toBe('quit');
  });

  it('says where the saved quiz stands when /quit is typed during a quiz', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('/quit')).toBe('Bye. Your quiz is saved at question 2 of 5: /quiz picks it up next time.');
    expect(c.outcome).toBe('quit');
  });

  it('reports no unexpected errors across a whole session', async () => {
    const c = chat();
    await c.welcome();
    await c.sayAll(['/help', '/compare x', '/quiz', '5', '1', 'what is airflow?', 'back', '/sources', '/up', '/forget-me', 'yes', '/quit']);
    expect(c.errors).toEqual([]);
    expect(c.written.join('\n')).not.toContain('Sorry, something went wrong');
  });
});

describe('parseChatArgs', () => {
  const os = () => 'osname';

  it('uses --user NAME or --user=NAME, and the OS user name by default', async () => {
    expect(parseChatArgs(['--user', 'alice'], os)).toEqual({ kind: 'run', user: 'alice' });
    expect(parseChatArgs(['--user=bob'], os)).toEqual({ kind: 'run', user: 'bob' });
    expect(parseChatArgs([], os)).toEqual({ kind: 'run', user: 'osname' });
  });

  it('falls back to a default name when the OS user cannot be read', async () => {
    const args = parseChatArgs([], () => {
      throw new Error('no passwd entry');
    });
    expect(args).toEqual({ kind: 'run', user: 'you' });
  });

  it.each([[['--user']], [['--bogus']], [['--user', '']], [['--user', 'a\u0007b']], [['--user', 'x'.repeat(65)]]])(
    'rejects %j with the usage',
    (argv) => {
      const args = parseChatArgs(argv, os);
      expect(args.kind).toBe('error');
      if (args.kind === 'error') expect(args.text.endsWith(chatUsage)).toBe(true);
    },
  );

  it('shows the usage for --help', async () => {
    expect(parseChatArgs(['--help'], os)).toEqual({ kind: 'help', text: chatUsage });
  });
});

describe('what is said back', () => {
  it('clips a long unknown aspect or command and drops invisible characters before echoing it', async () => {
    const c = chat();
    const aspect = `gal\u200baxy-of-everyone-everywhere-${'x'.repeat(5000)}`;
    expect((await c.say(`/compare ${aspect}`)).split('\n')[0]).toBe(
      `I don't know the aspect "galaxy-of-everyone-everywhere-xxxxxxxxx…". Try one of these:`,
    );
    expect(await c.say(`/${'z'.repeat(300)}\u202e`)).toBe(`I don't know the command /${'z'.repeat(29)}…. Type /help for the list.`);
  });

  it('reads a tab or line break between the words of an aspect as a space, and an invisible character inside one as nothing', async () => {
    // Straight to the handler: the console itself splits typed words on any whitespace, Discord's option does not.
    const { bot, close } = openTestBot();
    const aspectOf = (input: string) => {
      const reply = bot.compare(input);
      return reply.kind === 'comparison' ? reply.comparison.aspect.id : `unknown "${reply.unknown ?? ''}"`;
    };
    expect(aspectOf('day\tto\tday')).toBe('day-to-day');
    expect(aspectOf('day\nto day')).toBe('day-to-day');
    expect(aspectOf('sal\u200bary')).toBe('salary');
    expect(aspectOf('sal\u0000ary')).toBe('salary');
    close();
  });
});

describe('a new command', () => {
  // One declaration with its handler into the core: the console routes it and lists it in /help, and Discord gets
  // a valid definition, with no other change.
  const about: Command = {
    name: 'about',
    description: 'Where my answers come from',
    help: 'where my answers come from',
    options: [{ kind: 'text', name: 'topic', description: 'a topic', required: false, maxLength: 100, placeholder: 'TOPIC' }],
    scope: 'everywhere',
    frontEnds: ['console', 'discord'],
    replies: 'list',
    // A list reply: every front end draws it, so the command needs no renderer of its own.
    run: async (bot) => ({ kind: 'list', heading: 'Where my answers come from:', items: bot.sources().map((s) => ({ text: s.title })) }),
  };

  it('is routed, listed in /help and defined for Discord from its declaration alone', async () => {
    const testBot = bot();
    const written: string[] = [];
    const session = new ConsoleSession(
      testBot.bot,
      'alice',
      (text) => written.push(text),
      () => {},
      [...commandsFor('console'), about],
    );
    await session.handle('/about pay');
    expect(written.at(-1)).toBe(['Where my answers come from:', ...testBot.bot.sources().map((s) => `  • ${s.title}`)].join('\n'));
    await session.handle('/help');
    expect(written.at(-1)).toContain('  /about [TOPIC]          where my answers come from');
    expect(definitionOf(about)).toMatchObject({
      name: 'about',
      description: 'Where my answers come from',
      options: [{ name: 'topic', required: false, max_length: 100 }],
    });
  });
});

describe('two roles’ pay lists side by side (twenty-sixth session)', () => {
  it('gives each role’s figures in its own line for "how much do des and mles make", not a bare heading', async () => {
    const lines = (await chat().say('how much do des and mles make')).split('\n');
    expect(lines[0]).toMatch(/^Data Engineer Salary \(2026\): Junior \(0-2 years\): \$100K-\$135K base/);
    expect(lines[1]).toMatch(/^ML Engineer Salary \(2026\): Junior \(0-2 years\): \$115K-\$150K base/);
    expect(lines[2]).not.toMatch(/^> /);
  });
});

describe('what new users typed (thirty-eighth session)', () => {
  it('starts the quiz when "quiz" or "take the quiz pls" is typed, as /quiz does, so the answers typed next are taken', async () => {
    for (const asked of [
      'quiz',
      'take the quiz pls',
      'can i do the quiz',
      'lemme take the quiz',
      'can i do the quiz thing',
      'give me the quiz',
      'ok quiz',
      'qiuz',
    ]) {
      const c = chat();
      await c.welcome();
      expect((await c.say(asked)).split('\n')[0], asked).toBe('Question 1 of 5 · model accuracy vs pipeline reliability');
      expect((await c.say('2')).split('\n')[0], asked).toMatch(/^Question 2 of 5/);
    }
  });

  it('takes what a person minds as the other end ("i get bored when things are predictable" is High), nor the models for what they run on', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1']);
    expect(await c.say("i'd rather build stuff the models use")).toMatch(/^Taken as 2\. The substrate models run on/);
    await c.say('not at all');
    expect(await c.say('i get bored when things are predictable')).toMatch(/^Taken as 1\. High: I like not knowing if it will work/);
  });

  it('reads "i like experimenting, not knowing is fun" as High', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1', '1']);
    expect(await c.say('i like experimenting, not knowing is fun')).toMatch(/^Taken as 1\. High: I like not knowing if it will work/);
  });

  it('takes a dislike said after the words ("predictable stuff is boring") as the other end, and asks back "i like predictable work"', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1', '1']);
    expect(await c.say('i like predictable work')).toMatch(
      /^Did you mean 1\. High: I like not knowing if it will work or 2\. Low: I prefer deterministic work\?/,
    );
    expect(await c.say('predictable stuff is boring')).toMatch(/^Taken as 1\. High: I like not knowing if it will work/);
  });

  it('reads a dislike of either end as the other ("i hate predictable stuff", "i hate not knowing"), and "not sure" as the middle', async () => {
    for (const [typed, taken] of [
      ['i hate predictable stuff', /^Taken as 1\. High/],
      ['i hate not knowing', /^Taken as 2\. Low/],
      ['i hate uncertainty', /^Taken as 2\. Low/],
      ['not sure tbh', /^Taken as 3\. Somewhere in between/],
    ] as const) {
      const c = chat();
      await c.sayAll(['/quiz', '1', '1', '1', '1']);
      expect(await c.say(typed), typed).toMatch(taken);
    }
  });

  it('reads what people typed for the other questions in their own words (t227)', async () => {
    for (const [before, typed, taken] of [
      [[], 'i dont care abt accuracy', /^Taken as 2\. Pipeline reliability/],
      [[], 'i hate when dashboards break', /^Taken as 2\. Pipeline reliability/],
      [[], 'models > pipelines', /^Taken as 1\. Model accuracy/],
      [['1'], 'math was my fav subject', /^Taken as 1\. Yes, deeply/],
      [['1'], 'i didnt study it but id like to', /^Taken as 1\. Yes, deeply/],
      [['1', '1'], 'whatever the models sit on', /^Taken as 2\. The substrate models run on/],
      [['1', '1'], 'i dont wanna touch models', /^Taken as 2\. The substrate models run on/],
      [['1', '1', '1'], 'i mean money is nice', /^Taken as 3\. It matters, but it won't decide/],
      [['1', '1', '1'], 'id take less pay for fun work', /^Taken as 2\. I wouldn't do ML just for the pay/],
    ] as const) {
      const c = chat();
      await c.sayAll(['/quiz', ...before]);
      expect(await c.say(typed), typed).toMatch(taken);
    }
  });

  it('takes "sorry i meant 2" just after an answer as that answer changed, not as the next question\'s', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('sorry i meant 2')).toMatch(/^Changed your answer to question 1: 2\. Pipeline reliability\./);
  });

  it('never sends "kinda both" or "not really" back to an earlier question: a degree alone is this question\'s, or not understood', async () => {
    const c = chat();
    await c.sayAll(['/quiz', 'kinda both', 'kinda both', 'kinda both']);
    expect(await c.say('kinda both')).toMatch(/^Taken as 3\. It matters, but it won't decide/);
    const atFive = await c.say('not really');
    expect(atFive).not.toMatch(/reads like an answer to question/);
    expect(atFive).toMatch(/^I couldn't tell which option that is/);
    expect(await c.say('kinda both')).toMatch(/^Taken as 3\. Somewhere in between/);
  });

  it('reads "not gonna lie money is the main reason" as money first, and "yes … but didnt like it" as no', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('yes i took stats in uni but didnt like it')).toMatch(/^Taken as 2\. No, I'd rather learn distributed systems/);
    await c.say('1');
    expect(await c.say('not gonna lie money is the main reason im here')).toMatch(/^Taken as 1\. Maximum comp is the priority/);
  });

  it('reads what follows a "but" as the answer: "never took stats but i wanna learn" is yes, not no', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    expect(await c.say('never took stats but i wanna learn')).toMatch(/^Taken as 1\. Yes, deeply/);
  });

  it('reads plain answers to each question ("making sure nothing breaks", "i suck at math", "not at all")', async () => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say('making sure nothing breaks')).toMatch(/^Taken as 2\. Pipeline reliability/);
    expect(await c.say('i suck at math')).toMatch(/^Taken as 2\. No, I'd rather learn distributed systems/);
    expect(await c.say('the stuff underneath')).toMatch(/^Taken as 2\. The substrate models run on/);
    expect(await c.say('not at all')).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
  });

  it('shows the question waiting again for "quiz" typed while a quiz waits, never restarting it', async () => {
    const c = chat();
    await c.welcome();
    await c.say('quiz');
    await c.say('2');
    const again = await c.say('quiz');
    expect(again).toMatch(/^You already have a quiz going here, so we carry on where you left off/);
    expect(again).toMatch(/Question 2 of 5/);
  });
});

describe('the quiz as new users typed it (fortieth session)', () => {
  it('reads "less" of one end as the other end, never as that end', async () => {
    for (const [before, typed, taken] of [
      [['1', '1', '1'], 'less money is fine', /^Taken as 2\. I wouldn't do ML just for the pay/],
      [['1', '1', '1'], 'id take less money for a chill job', /^Taken as 2\. I wouldn't do ML just for the pay/],
      [[], 'accuracy matters less to me', /^Taken as 2\. Pipeline reliability/],
      [[], 'less about models more about pipelines', /^Taken as 2\. Pipeline reliability/],
      [[], 'i care less about pipelines', /^Taken as 1\. Model accuracy/],
      [['1', '1'], 'less into the models', /^Taken as 2\. The substrate models run on/],
      [['1', '1'], 'models less so', /^Taken as 2\. The substrate models run on/],
      [['1', '1'], 'not so much the infra', /^Taken as 1\. Directly on models/],
      [['1', '1', '1', '1'], 'uncertainty scares me', /^Taken as 2\. Low/],
      [['1', '1', '1'], 'idc about money', /^Taken as 2\. I wouldn't do ML just for the pay/],
      [['1', '1'], 'idc about models', /^Taken as 2\. The substrate models run on/],
    ] as const) {
      const c = chat();
      await c.sayAll(['/quiz', ...before]);
      expect(await c.say(typed), typed).toMatch(taken);
    }
  });

  it('goes back on "no wait" and "wait no go back to 1", never taking them as "No" on the statistics question', async () => {
    const c = chat();
    await c.sayAll(['/quiz', 'accuracy']);
    const back = await c.say('no wait');
    expect(back.split('\n')[0]).toBe('Question 1 of 5 · model accuracy vs pipeline reliability');
    expect(back).not.toMatch(/Taken as/);
    await c.sayAll(['1', '1', '1']);
    const toOne = await c.say('wait no go back to 1');
    expect(toOne.split('\n')[0]).toBe('Question 1 of 5 · model accuracy vs pipeline reliability');
    expect(await c.say('go back to 3')).toMatch(/^There is no question 3 behind this one \(this is question 1\)/);
  });

  it('changes an answer named by its question ("change q1 to pipelines"), and starts over on "start over"', async () => {
    const c = chat();
    await c.sayAll(['/quiz', 'accuracy']);
    expect(await c.say('change q1 to pipelines')).toMatch(/^Changed your answer to question 1: 2\. Pipeline reliability\./);
    expect((await c.say('start over')).split('\n')).toContain('Question 1 of 5 · model accuracy vs pipeline reliability');
  });

  it('notes who the person says they are mid-quiz ("im in lagos btw"), keeps the question waiting, and uses it after', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2']);
    const told = await c.say('im in lagos btw');
    expect(told).toMatch(/^Noted: you are in Lagos\./);
    expect(told).toMatch(/Your quiz is waiting at question 2 of 5/);
    await c.sayAll(['1', '1', '1', '1']);
    expect(await c.say('what would i earn here')).toMatch(/Nigeria \(Local\)/);
  });

  it('after the result, says how to see another answer or retake it, and "lemme redo it" or "quizz pls" start it again', async () => {
    const c = chat();
    await takeQuiz(c, [1, 1, 1, 1, 1]);
    for (const line of ['wait change my last answer', 'undo', 'can i change q5'])
      expect(await c.say(line), line).toMatch(
        /^No quiz is running now, so its answers stay as they were\. .*what if I said 2 on question 5.*\/quiz/,
      );
    expect(await c.say('hmm ok lemme redo it')).toBe(question1);
    const d = chat('bob');
    expect(await d.say('quizz pls')).toBe(question1);
    expect(await chat('carol').say('gimme the quiz')).toBe(question1);
    expect(await chat('dan').say('i wanna take the test')).toBe(question1);
  });
});

describe('the quiz as new users typed it (forty-first session)', () => {
  it('never takes an option whose own words the line denies ("not high", "not max comp")', async () => {
    for (const [before, typed, taken] of [
      [['1', '1', '1', '1'], 'not high', /^Taken as 2\. Low/],
      [['1', '1', '1', '1'], 'not low', /^Taken as 1\. High/],
      [['1', '1', '1'], 'not max comp', /^Taken as 2\. I wouldn't do ML just for the pay/],
    ] as const) {
      const c = chat();
      await c.sayAll(['/quiz', ...before]);
      expect(await c.say(typed), typed).toMatch(taken);
    }
  });

  it('reads wanting the biggest paycheck as maximum comp, and a pay cut or "idc about comp" as not for the pay', async () => {
    for (const typed of ['i want the biggest paycheck tbh', 'whichever pays more', 'top dollar', 'i want to earn the most', 'paycheck']) {
      const c = chat();
      await c.sayAll(['/quiz', '1', '1', '1']);
      expect(await c.say(typed), typed).toMatch(/^Taken as 1\. Maximum comp is the priority/);
    }
    for (const typed of ['idc about comp', 'would take a pay cut for fun work']) {
      const c = chat();
      await c.sayAll(['/quiz', '1', '1', '1']);
      expect(await c.say(typed), typed).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
    }
  });

  it('takes "no clue", "never thought about it" and "no strong feelings" as not sure, never as "No"', async () => {
    for (const typed of ['honestly no clue', 'never thought about it', 'no strong feelings', 'math is ok i guess']) {
      const c = chat();
      await c.sayAll(['/quiz', '1']);
      expect(await c.say(typed), typed).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
    }
  });

  it('takes "i like not knowing, its fun" as High at question 5, and "idk tbh both sound cool" as both', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1', '1']);
    expect(await c.say('i kinda like not knowing, its fun')).toMatch(/^Taken as 1\. High/);
    const d = chat('bob');
    await d.say('/quiz');
    expect(await d.say('idk tbh both sound cool')).toMatch(/^Taken as 3\. Both equally \/ not sure/);
  });

  it('right after the result, "actually 2" or "sorry i meant low" says what the last answer changed would give', async () => {
    for (const [typed, instead] of [
      ['actually 2', /^With "Low: I prefer deterministic work" instead of "High: I like not knowing if it will work" on question 5/],
      ['wait no 3', /^With "Somewhere in between \/ not sure" instead of "High: I like not knowing if it will work" on question 5/],
      ['sorry i meant low', /^With "Low: I prefer deterministic work" instead of/],
    ] as const) {
      const c = chat();
      await takeQuiz(c, [1, 1, 1, 1, 1]);
      expect(await c.say(typed), typed).toMatch(instead);
    }
  });

  it('after the result, "wait actually 3" changes the last answer again, and "ok restart" takes the quiz again', async () => {
    const c = chat();
    await takeQuiz(c, [1, 1, 1, 1, 1]);
    await c.say('actually 2');
    expect(await c.say('wait actually 3')).toMatch(/^With "Somewhere in between \/ not sure" instead of/);
    expect(await c.say('ok restart')).toBe(question1);
  });

  it('starts the quiz on "ok nvm lets do the quiz", said after other questions', async () => {
    const c = chat();
    await c.say('what does a de do');
    expect(await c.say('ok nvm lets do the quiz')).toBe(question1);
  });

  it('takes it again after a result on "again", "retake", "one more time"', async () => {
    for (const typed of ['again', 'retake', 'one more time', 'can i try it again']) {
      const c = chat();
      await c.sayAll(['/quiz', '1', '1', '1', '1', '1']);
      expect((await c.say(typed)).split('\n'), typed).toContain('Question 1 of 5 · model accuracy vs pipeline reliability');
    }
  });

  it('reads one-letter and swapped-letter typos of an option or of what people type for it ("pipleines", "mony")', async () => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say('pipleines')).toMatch(/^Taken as 2\. Pipeline reliability/);
    await c.sayAll(['1', '2']);
    expect(await c.say('mony')).toMatch(/^Taken as 1\. Maximum comp is the priority/);
  });

  it('never takes "idk what that means" or "idc about money" at the statistics question for its "No"', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1']);
    for (const typed of ['idk what that means', 'i dunno what you mean by deeply', 'idc about money']) {
      expect(await c.say(typed), typed).not.toMatch(/^Taken as 2/);
    }
    // ("not knowing" is a thing that stresses them, not a "no" to it.)
    await c.sayAll(['3', '1', '1']);
    expect(await c.say('ngl not knowing stresses me out')).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
  });

  it('reads "the data being right" as pipeline reliability, not the model being right', async () => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say('i care more about the data being right')).toMatch(/^Taken as 2\. Pipeline reliability/);
  });

  it('starts over on "ok restart", "can i start over?", "lets redo the quiz", and goes back on "wait change that"', async () => {
    for (const typed of ['ok restart', 'restart pls', 'can i start over?', 'let me start again', 'new quiz', 'lets redo the quiz']) {
      const c = chat();
      await c.sayAll(['/quiz', '1', '2']);
      const text = await c.say(typed);
      expect(text, typed).toMatch(/^Starting over from question 1\./);
      expect(text.split('\n'), typed).toContain('Question 1 of 5 · model accuracy vs pipeline reliability');
    }
    for (const typed of ['wait change that', 'wait i messed up', 'change my answer', 'can i change q1', 'back 1']) {
      const c = chat();
      await c.sayAll(['/quiz', '1']);
      expect((await c.say(typed)).split('\n')[0], typed).toBe('Question 1 of 5 · model accuracy vs pipeline reliability');
    }
  });
});

describe('the quiz as new users typed it (forty-second session)', () => {
  it('starts the quiz asked for beside who they are ("im a backend dev 2 yoe. quiz pls"), noting who they are first', async () => {
    const text = await chat().say('im a backend dev 2 yoe. quiz pls');
    expect(text).toMatch(/^Noted: you work as a backend developer \(2 years in\)\./);
    expect(text.endsWith(question1)).toBe(true);
    for (const typed of ['quiz me pls im a fresher', 'hi! can i do the quiz?', "i'd like to do the diagnostic"])
      expect(await chat('bob').say(typed), typed).toMatch(/Question 1 of 5 · model accuracy vs pipeline reliability/);
  });

  it('starts it on "im confused, give me the quiz" with nothing noted, and not on a question beside it', async () => {
    expect(await chat().say('im confused, give me the quiz')).toBe(question1);
    expect(await chat('bob').say('how much do des make, quiz me')).not.toMatch(/^Question 1 of 5/);
  });

  it('reads answers people typed: "yes and no", "uhh 2", "who doesnt want money", "not the main thing", "kinda scary"', async () => {
    const c = chat();
    await c.say('/quiz');
    expect(await c.say('uhh 2')).toMatch(/^Question 2 of 5/);
    expect(await c.say('yes and no')).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
    await c.say('1');
    expect(await c.say('i mean who doesnt want money lol')).toMatch(/^Taken as 1\. Maximum comp is the priority/);
    expect(await c.say('kinda scary tbh')).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
    const d = chat('bob');
    await d.sayAll(['/quiz', '1', '1', '1']);
    expect(await d.say('not the main thing but nice')).toMatch(/^Taken as 3\. It matters, but it won't decide/);
    const e = chat('carol');
    await e.sayAll(['/quiz', '1']);
    expect(await e.say('im a math grad')).toMatch(/^Taken as 1\. Yes, deeply/);
  });

  it('after the result, "what if i hated stats" and "what if money didnt matter" are what-ifs on those questions', async () => {
    const c = chat();
    await takeQuiz(c, [1, 1, 3, 1, 3]);
    expect(await c.say('what if i hated stats')).toMatch(
      /^With "No, I'd rather learn distributed systems" instead of "Yes, deeply" on question 2/,
    );
    expect(await c.say('what if money didnt matter')).toMatch(
      /^With "I wouldn't do ML just for the pay" instead of "Maximum comp is the priority" on question 4/,
    );
    // (A what-if no answer of the quiz speaks of is a question like any other.)
    expect(await c.say('what if i fail the interview')).not.toMatch(/^With "/);
  });

  it('takes the quiz again on "ok restart" after questions asked about the result', async () => {
    const c = chat();
    await takeQuiz(c, [1, 2, 1, 2, 3]);
    await c.sayAll(['why?', 'what would change it']);
    expect(await c.say('ok restart')).toBe(question1);
  });
});

describe('the quiz as new users typed it (forty-fourth session)', () => {
  it('reads everyday answers: a word in another form, "both" opening a sentence, what the hybrid builds, "scares me"', async () => {
    for (const [before, typed, taken] of [
      [[], 'i like when the model gets better', /^Taken as 1\. Model accuracy/],
      [[], 'both tbh, i like tuning models but also building the infra', /^Taken as 3\. Both equally/],
      [['1', '1'], 'i wanna build feature stores', /^Taken as 3\. Both equally/],
      [['1', '1', '1', '1'], 'ngl it scares me a bit', /^Taken as 2\. Low/],
    ] as const) {
      const c = chat();
      await c.sayAll(['/quiz', ...before]);
      expect(await c.say(typed), typed).toMatch(taken);
    }
  });

  it('changes the answer just given when corrected by its number ("can i change q1 to pipelines", "wait i meant 2 for q1" at question 2)', async () => {
    for (const typed of ['can i change q1 to pipelines', 'wait i meant 2 for q1', 'change my answer to q1, i meant pipelines']) {
      const c = chat();
      await c.sayAll(['/quiz', 'accuracy']);
      const changed = await c.say(typed);
      expect(changed.split('\n')[0], typed).toBe('Changed your answer to question 1: 2. Pipeline reliability.');
      expect(changed, typed).toMatch(/Question 2 of 5/);
    }
  });

  it('reads more everyday answers ("i want to get paid" at the comp question, "i like when stuff just works", "id take less for a chill job")', async () => {
    for (const [before, typed, taken] of [
      [['1', '1', '1'], 'tbh i want to get paid', /^Taken as 1\. Maximum comp is the priority/],
      [[], 'i like when stuff just works', /^Taken as 2\. Pipeline reliability/],
      [['1', '1', '1'], 'id take less for a chill job', /^Taken as 2\. I wouldn't do ML just for the pay/],
      [['1', '1', '1', '1'], 'i like trying stuff and seeing what happens', /^Taken as 1\. High/],
      [['1'], 'i was ok at math in school', /^Taken as 3\. Somewhere in between/],
    ] as const) {
      const c = chat();
      await c.sayAll(['/quiz', ...before]);
      expect(await c.say(typed), typed).toMatch(taken);
    }
  });

  it('starts the quiz asked for as "can we do the quiz thing", and says how many questions there are', async () => {
    const c = chat();
    expect(await c.say('can we do the quiz thing')).toMatch(/^Question 1 of 5/);
    expect(await c.say('how many questions r there')).toBe('This is question 1 of 5: 4 more after it, then your result.');
  });

  it('answers a change asked after the result in other words ("wait can i change q4 to max comp", "actually change my answer to q2, i loved stats") as a what-if', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '2', '2', '1']);
    expect(await c.say('wait can i change q4 to max comp')).toMatch(
      /^With "Maximum comp is the priority" instead of "I wouldn't do ML just for the pay" on question 4/,
    );
    expect(await c.say('actually change my answer to q2, i loved stats')).toMatch(
      /^With "Yes, deeply" instead of "No, I'd rather learn distributed systems" on question 2/,
    );
  });
});

describe('the quiz as new users typed it (forty-fifth session)', () => {
  it('never takes a "no" inside a sentence, or a "not" of something else, for "No" at the statistics question', async () => {
    for (const typed of ['i like not knowing tbh its fun', 'not about the money for me']) {
      const c = chat();
      await c.sayAll(['/quiz', '1']);
      expect(await c.say(typed), typed).not.toMatch(/^Taken as 2\. No/);
    }
  });

  it('reads a favourite class as yes, and one class taken as in between', async () => {
    for (const [typed, taken] of [
      ['stats was my favourite class', /^Taken as 1\. Yes, deeply/],
      ['i took a stats class, liked it', /^Taken as 3\. Somewhere in between/],
      ['its fine', /^Taken as 3\. Somewhere in between/],
    ] as const) {
      const c = chat();
      await c.sayAll(['/quiz', '1']);
      expect(await c.say(typed), typed).toMatch(taken);
    }
  });

  it('starts the quiz asked for in other words ("test me", "i wanna do the personality test thing", "can we do the questionnaire")', async () => {
    for (const typed of ['test me', 'i wanna do the personality test thing', 'do the quiz with me', 'can we do the questionnaire']) {
      expect(await chat().say(typed), typed).toMatch(/^Question 1 of 5/);
    }
  });

  it('says what the question waiting means when asked ("what does this question mean", "explain this one", "wdym")', async () => {
    for (const typed of ['what does this question mean', 'explain this one', 'wdym']) {
      const c = chat();
      await c.sayAll(['/quiz', '1']);
      expect(await c.say(typed), typed).toMatch(/^Question 2 asks about statistics and probability because/);
    }
  });

  it('understands talk about the quiz itself: back to it, how many, skip, the result, stop', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', 'how much do des make rn']);
    expect(await c.say('ok back to the quiz')).toMatch(/Question 2 of 5/);
    expect(await c.say('how many questions is this')).toBe('This is question 2 of 5: 3 more after it, then your result.');
    expect(await c.say('can i skip this one')).toMatch(/^Taken as 3\. Somewhere in between \/ not sure/);
    expect(await c.say('ok so whats the result')).toBe('This is question 3 of 5: 2 more after it, then your result.');
    for (const typed of [
      'can we stop',
      'im done with this quiz',
      'nvm i dont wanna do this rn',
      'nah im done with the quiz',
      'nah forget it',
      'enough',
    ]) {
      const d = chat();
      await d.sayAll(['/quiz', '1']);
      expect(await d.say(typed), typed).toMatch(/^Quiz stopped/);
    }
  });
});

describe('what new users typed (forty-fifth session)', () => {
  it('answers "so why did the quiz say de", later too, with why that role, not with pay', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '2', '2', '2']);
    expect((await c.say('so why did the quiz say de')).split('\n')[0]).toBe('Why Data Engineer:');
    await c.say('whats the pay for junior des');
    expect((await c.say('how come it gave me de')).split('\n')[0]).toBe('Why Data Engineer:');
  });

  it('names a programming language the sources never mention, however short its name ("go", "r", "c++", "java")', async () => {
    for (const [asked, named] of [
      ['is go useful for de', '“go”'],
      ['is c++ good for mle', '“c++”'],
      ['do mle use r', '“r”'],
      ['is java useful for de', '“java”'],
      ['is rust useful for mle', '“rust”'],
    ] as const) {
      expect((await chat().say(asked)).split('\n')[0], asked).toBe(`My sources don't cover ${named}.`);
    }
  });

  it('leaves "go" and "r" alone where they are no language ("how do i go into de", "r u sure")', async () => {
    expect(await chat().say('how do i go into de')).not.toMatch(/don't cover/);
    expect(await chat().say('r u sure')).not.toMatch(/don't cover/);
  });

  it('answers "…data analyst w 3 yoe in canada, thinking de or mle" as which role suits an analyst, not a decline for Canada', async () => {
    const text = await chat().say('hey so im a data analyst w 3 yoe in canada, thinking de or mle');
    expect(text.split('\n')[0]).toBe('Which role suits you, coming from data analyst:');
  });
});

describe('typos people make (forty-fifth session)', () => {
  it('reads "dose", "acualy", "dayto", "day2day" as meant, never declining for them', async () => {
    for (const asked of ['wat dose a mle do', 'what does a mle acualy do', 'what does a mle do dayto day', 'what does an mle do day2day']) {
      expect(await chat().say(asked), asked).not.toMatch(/don't cover/);
    }
  });
});

describe('what new users typed (forty-sixth session)', () => {
  it('reads a question closed by chat ("tbh", "ngl", "lol") as it reads it without', async () => {
    for (const asked of ['wat skils r needed for mle', 'what skills r needed for mle']) {
      const alone = (await chat().say(asked)).split('\n')[0];
      for (const closer of ['tbh', 'ngl', 'lol', 'pls'])
        expect((await chat().say(`${asked} ${closer}`)).split('\n')[0], closer).toBe(alone);
    }
    expect((await chat().say('wat skils r needed for mle tbh')).split('\n')[0]).toBe('ML Engineer Skills [1]');
  });

  it('keeps a reaction made only of chat whole ("wait fr?" then "why tho" still asks why)', async () => {
    const c = chat();
    await c.say('are de salaries growing faster than mle ones');
    await c.say('wait fr?');
    expect(await c.say('why tho')).not.toMatch(/couldn't find/);
  });

  it('answers "mle back to de, how long?" with the time that move takes', async () => {
    expect((await chat().say('mle back to de, how long?')).split('\n')[0]).toMatch(/^The transition is faster \(3-4 months\)/);
  });
});

describe('the quiz as new users typed it (forty-sixth session)', () => {
  const taken = quizReplyTo;

  it('reads an option said only to be denied, or dismissed, as the other end', async () => {
    expect(await taken([], 'i dont really care about model accuracy')).toMatch(/^Taken as 2\. Pipeline reliability/);
    expect(await taken([], 'pipelines bore me')).toMatch(/^Taken as 1\. Model accuracy/);
    expect(await taken(['3', '3'], 'anything but models')).toMatch(/^Taken as 2\. The substrate/);
    expect(await taken(['3', '3'], 'anything but infra lol')).toMatch(/^Taken as 1\. Directly on models/);
  });

  it('takes pipelines that do not fail as reliability, not as the option they seem to deny', async () => {
    for (const typed of ['when pipelines dont fail overnight', 'the pipelines not failing at night', 'when my pipeline doesnt crash'])
      expect(await taken([], typed), typed).toMatch(/^Taken as 2\. Pipeline reliability/);
  });

  it('reads stories and hedges as the option they say ("never touched stats", "no but id be down to learn", "both r cool")', async () => {
    expect(await taken(['1'], 'im self taught, never touched stats')).toMatch(/^Taken as 2\. No, I'd rather learn/);
    expect(await taken(['1'], 'no but id be down to learn')).toMatch(/^Taken as 3\. Somewhere in between/);
    expect(await taken(['3', '3'], 'both r cool')).toMatch(/^Taken as 3\. Both equally/);
    expect(await taken(['3', '3', '3'], 'i just want to be comfortable')).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
    expect(await taken(['3', '3', '3', '3'], 'not great tbh')).toMatch(/^Taken as 2\. Low/);
  });

  it('changes an earlier answer to the option named after a "no" that takes back, not to the other one', async () => {
    for (const typed of ['no change q1 to accuracy', 'no i mean change q1 to accuracy'])
      expect(await taken(['2'], typed), typed).toBe('Changed your answer to question 1: 1. Model accuracy.');
  });

  it('answers a question opened by "wait" right after the result, never reading it as a changed last answer', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '2', '1', '2']);
    const pay = await c.say('wait how much do mle make');
    expect(pay).not.toMatch(/On question 5/);
    expect(pay.split('\n')[0]).toBe('ML Engineer Salary (2026) [1]');
    const d = chat();
    await d.sayAll(['/quiz', '1', '1', '1', '1', '3']);
    expect((await d.say('wait why')).split('\n')[0]).toBe('Why ML Engineer:');
  });

  it('starts when asked to be asked questions, or when the quiz it offered is taken up ("sure lets do the 5 questions")', async () => {
    expect(await chat().say('can u ask me some questions to figure out which fits')).toMatch(/^Question 1 of 5/);
    for (const yes of ['sure lets do the 5 questions', 'ok do that', 'yes']) {
      const c = chat();
      expect(await c.say('which one should i pick')).toMatch(/\/quiz asks you five questions/);
      expect(await c.say(yes), yes).toMatch(/^Question 1 of 5/);
    }
    // (Offered, and then something else asked: that is answered.)
    const c = chat();
    await c.say('which one should i pick');
    expect(await c.say('how much do mle make')).toMatch(/^ML Engineer Salary/);
  });
});

describe('the quiz as mid-session testers typed it (forty-sixth session)', () => {
  it('starts on "hey can u quiz me or smth", "ok fine ill do the quiz", "ok yes quiz" and "i\'ll take the quiz"', async () => {
    for (const asked of ['hey can u quiz me or smth', 'ok fine ill do the quiz', 'ok yes quiz', "i'll take the quiz"])
      expect(await chat().say(asked), asked).toMatch(/^Question 1 of 5/);
  });

  it("says a line is an earlier question's answer only when it names something of that question", async () => {
    const c = chat();
    await c.sayAll(['/quiz', '3', '3']);
    expect(await c.say('money matters a lot ngl')).toMatch(/^I couldn't tell which option that is\./);
    expect(await c.say('3')).toMatch(/Question 4 of 5/);
    expect(await c.say('the substrate i guess')).toMatch(/^That reads like an answer to question 3 \(“The substrate models run on”\)/);
  });

  it('reads "anything but research" at the ambiguity question as low', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '3', '3', '3', '3']);
    expect((await c.say('anything but research')).split('\n')[0]).toBe(
      'Taken as 2. Low: I prefer deterministic work (type back to change it).',
    );
  });
});

describe('what new users typed (forty-seventh session)', () => {
  const opening = async (asked: string) => (await chat().say(asked)).split('\n')[0];

  it('reads "safer from ai" and "ai proof" as how future-proof a role is, not as AI in the economy', async () => {
    for (const asked of ['is de safer from ai', 'which role is more ai proof'])
      expect(await opening(asked), asked).toMatch(/^Data Engineer: This role is foundational/);
  });

  it('reads "what should i switch into, de or mle?" as which to choose, not as a move between them', async () => {
    expect(await opening('what should i switch into, de or mle?')).toMatch(/^Choose ML engineering if/);
  });

  it('hears how long a story has gone on as the story, not as a duration asked', async () => {
    const answer = await opening('job hunting for 3 months, is the de market dead?');
    expect(answer).toMatch(/Data Engineering remains one of the fastest-growing tech sectors/);
    expect(answer).not.toMatch(/months of focused learning/);
  });

  // (Since the fiftieth session the place declined is not declined again: the level's figures answer, with the line
  // that the place is still not covered.)
  it('answers the level asked after a place it lacks was declined ("in the uk?" then "ok what about seniors")', async () => {
    const c = chat();
    await c.sayAll(['de salary', 'in the uk?']);
    const seniors = await c.say('ok what about seniors');
    expect(seniors).toMatch(/^Data Engineer pay, senior level:\nData Engineer Salary \(2026\): Senior \(5-8 years\)/);
    expect(seniors).toContain("My sources don't cover “uk”.");
    expect(await c.say('and mle?')).toMatch(/ML Engineer Salary \(2026\): Senior \(5-8 years\)/);
  });

  it('answers a day in the life asked as "walk me through…" or by a weekday ("a typical friday"), never noting it as a fact', async () => {
    for (const asked of ['walk me through a typical day as an mle', 'what does a monday look like for an mle irl'])
      expect(await opening(asked), asked).toMatch(/^Daily work includes coding training pipelines/);
    for (const asked of ['take me thru a day in the life of a de', "what do de's do on a typical friday"])
      expect(await opening(asked), asked).toMatch(/^Data engineers spend most of their time building and debugging pipelines/);
  });

  it('reads "a de onsite" as the interview loop, not as working in an office', async () => {
    for (const asked of [
      'whats the de onsite like',
      'i have a de onsite at a bank next month and im super nervous, what do they usually test?',
    ])
      expect(await opening(asked), asked).toMatch(/^Data engineer interviews include SQL live coding/);
  });

  it("answers whether a role will last when ChatGPT or Copilot is named, with the role's outlook", async () => {
    expect(await opening('ngl chatgpt writes most of my sql now at work, is de even gonna be a job in 5 yrs?')).toMatch(
      /^Data Engineer: This role is foundational/,
    );
    const mle = await opening('chatgpt writes half my code at work, is mle gonna survive?');
    expect(mle).not.toMatch(/^My sources don't cover/);
    expect(mle).not.toMatch(/compensation/);
  });

  it('hears "he\'d pay for one cert this year" as a certification asked about, not as pay', async () => {
    expect(await opening("my manager said he'd pay for one cert this year, im aiming for de, which one should i get?")).toMatch(
      /^Top Certification: Data Engineer Google Professional Data Engineer/,
    );
  });

  it('answers a bare "so which one" after a comparison with which role to choose, not the comparison again', async () => {
    for (const typed of ['so which one', 'ok so which', 'which one then?']) {
      const c = chat();
      await c.say('which has more jobs');
      expect((await c.say(typed)).split('\n')[0], typed).toBe('Which role to choose:');
    }
  });
});

describe('which role fits, judged by what they told (forty-seventh session)', () => {
  const fitAfter = async (told: string[], asked: string) => {
    const c = chat();
    await c.sayAll(told);
    return (await c.say(asked)).split('\n').slice(0, 2);
  };

  it("says which role what they like and mind points to, and leads with the sources' reason for it", async () => {
    const [header, lead] = await fitAfter(['im a backend dev', 'i like building reliable systems', 'i hate math'], 'which fits me');
    expect(header).toBe('Which role fits you, who likes building reliable systems and minds math — my sources point to Data Engineer:');
    expect(lead).toMatch(/-> data engineer|Choose data engineering/);
    const [mle] = await fitAfter(['i love running experiments and stats'], 'which fits me');
    expect(mle).toMatch(/my sources point to ML Engineer:$/);
  });

  it('weighs a thing liked that the diagnostic does not name by the passages about it ("airflow and dbt")', async () => {
    const [header, lead] = await fitAfter(['i love airflow and dbt'], 'which path makes more sense for me');
    expect(header).toMatch(/who likes airflow and dbt — my sources point to Data Engineer:$/);
    expect(lead).toMatch(/^(?:Choose data engineering if|The Data Engineer Persona:)/);
  });

  it('points to neither role for someone who likes both ends, and to the hybrid instead', async () => {
    for (const told of ['i like models and infra equally tbh', 'i like both models and pipelines']) {
      const [header] = await fitAfter([told], 'which fits me');
      expect(header, told).not.toMatch(/my sources point to/);
    }
  });

  it('reads the two roles alone, "so de or mle? just tell me", from someone who told their likes as the same fit', async () => {
    const [header] = await fitAfter(['im a backend dev', 'i love databases and hate stats'], 'so de or mle? just tell me');
    expect(header).toMatch(/^Which role fits you, who likes databases and minds statistics — my sources point to Data Engineer:$/);
  });

  it('weighs what is liked, not how much nor what it is liked over ("sql a lot", "models more than pipelines", "ml")', async () => {
    expect((await fitAfter(['i like sql a lot'], 'which fits me'))[0]).not.toMatch(/point to ML Engineer/);
    expect((await fitAfter(['honestly i like models more than pipelines'], 'which fits me'))[0]).toMatch(/point to ML Engineer:$/);
    expect((await fitAfter(['i love ml'], 'which fits me'))[0]).toMatch(/point to ML Engineer:$/);
  });

  it('answers "pick one for me" from someone who told their likes with the role they point to', async () => {
    const [header] = await fitAfter(['i love building stuff that doesnt break, hate math tbh'], 'pick one for me');
    expect(header).toMatch(/my sources point to Data Engineer:$/);
  });

  it('keeps "ambiguity kinda stresses me out" as a thing they mind, which weighs the fit', async () => {
    const [header, lead] = await fitAfter(['i like clear engineering problems, ambiguity kinda stresses me out'], 'so de or mle for me');
    expect(header).toMatch(/minds ambiguity — my sources point to Data Engineer:$/);
    expect(lead).toBe('Low -> data engineer is more comfortable. [1]');
  });
});

describe('the quiz as new users typed it (forty-seventh session)', () => {
  const taken = quizReplyTo;

  it('starts on a quiz asked for in a sentence that names the roles ("can you quiz me on de vs mle", "i want a quiz to see…")', async () => {
    for (const asked of [
      'can you quiz me on de vs mle',
      'i want a quiz to see which role fits me',
      'quiz me, de or mle?',
      'do the quiz for mle vs de',
    ])
      expect(await chat().say(asked), asked).toMatch(/^Question 1 of 5/);
    expect(await chat().say('is the quiz accurate')).not.toMatch(/^Question 1 of 5/);
  });

  it('takes the thing preferred in "X over Y", "more X than Y" and "rather X than Y", never the one set aside', async () => {
    expect(await taken(['1', '1'], 'infra over models')).toMatch(/^Taken as 2\. The substrate models run on/);
    expect(await taken(['1', '1'], "i'd rather build the infra than the models")).toMatch(/^Taken as 2\. The substrate/);
    expect(await taken([], 'i care more about pipelines not breaking than model accuracy')).toMatch(/^Taken as 2\. Pipeline reliability/);
    expect(await taken(['1', '1', '1', '1'], 'i prefer predictable work over research stuff')).toMatch(/^Taken as 2\. Low/);
    expect(await taken(['1', '1', '1', '1'], 'experimenting over predictable stuff any day')).toMatch(/^Taken as 1\. High/);
    expect(await taken(['1', '1', '1'], "i'd take stable pay over max pay")).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
  });

  it('reads "idc about tc" and "i dont care about math" as the question\'s low end', async () => {
    expect(await taken(['1', '1', '1'], 'idc about tc')).toMatch(/^Taken as 2\. I wouldn't do ML just for the pay/);
    expect(await taken(['1'], 'i dont care about math')).toMatch(/^Taken as 2\. No, I'd rather learn distributed systems/);
  });

  it('answers a question asked mid-quiz ("idk whats research-y ambiguity", "which pays more rn"), never taking it as an answer', async () => {
    const ambiguity = await taken(['1', '1', '1', '1'], 'idk whats research-y ambiguity');
    expect(ambiguity).not.toMatch(/^Taken as/);
    const pay = await taken(['1', '1', '1'], 'which pays more rn');
    expect(pay).not.toMatch(/^Taken as/);
    expect(pay).toMatch(/ML engineers earn more than data engineers/);
  });
});

describe('what the bot keeps about you, as mid-session testers said it (forty-seventh session)', () => {
  it('keeps "im gonna try de" and "im gonna go for mle i think" as where they head, never as a job', async () => {
    const c = chat();
    expect(await c.say('im gonna try de')).toMatch(/^Noted: you are heading for data engineering\./);
    const d = chat();
    await d.say('im a backend dev');
    expect(await d.say('im gonna go for mle i think')).toMatch(
      /^Noted: you work as a backend developer and you are heading for ML engineering\./,
    );
  });

  it('keeps "stats was my worst class" as minded, and weighs it in "so de or mle for me?"', async () => {
    const c = chat();
    await c.say('hey im a data analyst 2 yoe');
    expect(await c.say('i love sql and building dashboards but stats was my worst class')).toMatch(/you'd rather avoid statistics/);
    expect((await c.say('so de or mle for me?')).split('\n')[0]).toMatch(/minds statistics — my sources point to Data Engineer:$/);
  });

  it('keeps where they live when they say they "actually moved" there', async () => {
    const c = chat();
    await c.sayAll(['im a backend dev in nigeria', 'how much would a de make here', 'oh wait i actually moved to germany last month']);
    expect(await c.say('what do u know about me')).toMatch(/you are in Germany/);
  });
});

describe('pushing back on which role fits (forty-eighth session)', () => {
  const firstLines = async (messages: string[]) => {
    const c = chat();
    const replies: string[] = [];
    for (const message of messages) replies.push((await c.say(message)).split('\n')[0]!);
    return replies;
  };

  it('answers "not convinced", "so?" and "what would u do" after a verdict with why that role, never the greeting', async () => {
    for (const pushBack of ['hmm not convinced tbh', 'so?', 'ugh idk. what would u do', 'idk man']) {
      const [, verdict, reply] = await firstLines(['i like sql and i hate math', 'which fits me', pushBack]);
      expect(verdict).toMatch(/my sources point to Data Engineer:$/);
      expect(reply).toBe('Why Data Engineer:');
    }
  });

  it('gives the verdict again, from what they told, when they push back on its why', async () => {
    const replies = await firstLines(['i love stats and models', 'which fits me', 'why?', 'are you sure']);
    expect(replies.slice(1)).toEqual([
      'Which role fits you, who likes statistics and models — my sources point to ML Engineer:',
      'Why ML Engineer:',
      'Which role fits you, who likes statistics and models — my sources point to ML Engineer:',
    ]);
  });

  it('keeps the verdict for "so which one" after it, and for "which one should i do" or "just tell me which one"', async () => {
    const [, , again] = await firstLines(['i like building reliable systems and i hate ambiguity', 'which fits me', 'so which one']);
    expect(again).toMatch(/my sources point to Data Engineer:$/);
    for (const ask of ['which one should i do', 'just tell me which one']) {
      const [, reply] = await firstLines(['i like building reliable systems and i hate ambiguity', ask]);
      expect(reply).toBe(
        'Which role fits you, who likes building reliable systems and minds ambiguity — my sources point to Data Engineer:',
      );
    }
  });

  it('times "how long would it take me" after a verdict as getting into the role it pointed to', async () => {
    const c = chat();
    await c.sayAll(['i love stats and experimenting w models', 'which fits me']);
    const text = await c.say('how long would it take me');
    expect(text.split('\n')[0]).toBe('The move into ML Engineer:');
    expect(text).toMatch(/6-12 months minimum/);
  });

  it('judges what they like, told as the answer to "which fits me", and names each thing once', async () => {
    const c = chat();
    await c.say('i love sql and building pipelines, i hate math. which role fits me?');
    expect((await c.say('i love sql and hate math')).split('\n')[0]).toBe(
      'Which role fits you, who likes sql and building pipelines and minds math — my sources point to Data Engineer:',
    );
  });
});

describe('what the bot keeps about you when you change your mind (forty-eighth session)', () => {
  it('drops a thing minded when they take it back ("actually ambiguity doesnt bother me")', async () => {
    const c = chat();
    await c.say('i like building reliable systems and i hate ambiguity');
    expect(await c.say('actually ambiguity doesnt bother me')).toMatch(/^Noted: you like building reliable systems\. /);
    const d = chat();
    await d.say('i like sql and i hate ambiguity');
    expect(await d.say('hmm actually i dont mind ambiguity')).toMatch(/^Noted: you like sql\. /);
  });

  it('turns only the thing they changed their mind on ("actually i love stats now"), keeping what else they like', async () => {
    const c = chat();
    await c.say('i hate stats and i like pipelines');
    expect(await c.say('actually i love stats now')).toMatch(/^Noted: you like statistics and pipelines\. /);
  });

  it('welcomes back "hey im back" and "ok im back", keeping nothing of them', async () => {
    for (const back of ['hey im back', 'ok im back']) {
      const c = chat();
      const reply = await c.say(back);
      expect(reply).not.toMatch(/^Noted/);
      expect(reply).toMatch(/^Welcome back! Ask me something about Data Engineer or ML Engineer careers/);
    }
  });

  it('reads "idk, i just want a stable job" after "which one fits me" as wanting job security, not as minding ambiguity', async () => {
    const c = chat();
    await c.say('which one fits me');
    const text = await c.say('idk, i just want a stable job');
    expect(text).toMatch(/As long as companies collect data, they will need engineers/);
    expect(text).not.toMatch(/we don't know if this will work/);
  });
});

describe('after a verdict, what to learn is for the role it pointed to (forty-eighth session)', () => {
  it('answers "what should i learn first" with that role\'s first steps, and "how much does it pay" next with its pay', async () => {
    const c = chat();
    await c.say('i love sql and building pipelines, i hate math. which role fits me?');
    expect((await c.say('what should i learn first')).split('\n')[0]).toBe('What to learn first to become a Data Engineer:');
    expect(await c.say('how much does it pay')).toMatch(/^Data Engineer\b.*\nData Engineer Salary \(2026\)/);
  });
});

describe('the quiz as new users typed it (forty-eighth session)', () => {
  it('reads a complaint about a thing as minding it ("ambiguity drives me nuts", "models? ugh no", "babysitting pipelines sucks")', async () => {
    expect(await quizReplyTo(['3', '3', '3', '3'], 'ambiguity drives me nuts')).toMatch(/^Taken as 2\. Low: I prefer deterministic work/);
    expect(await quizReplyTo(['3', '3', '3', '3'], 'the uncertainty kills me')).toMatch(/^Taken as 2\. Low/);
    expect(await quizReplyTo(['3', '3'], 'models? ugh no')).toMatch(/^Taken as 2\. The substrate models run on/);
    expect(await quizReplyTo(['3', '3', '3'], 'money is the worst reason to pick a job')).toMatch(
      /^Taken as 2\. I wouldn't do ML just for the pay/,
    );
    expect(await quizReplyTo([], 'babysitting pipelines sucks')).toMatch(/^Taken as 1\. Model accuracy/);
  });

  it('takes what they feel now from "i used to X but now Y", and dashboards being right as reliability', async () => {
    expect(await quizReplyTo([], 'i used to like pipelines but now im more into models')).toMatch(/^Taken as 1\. Model accuracy/);
    expect(await quizReplyTo(['3', '3', '3', '3'], 'i used to hate ambiguity but now im fine with it')).toMatch(/^Taken as 1\. High/);
    expect(await quizReplyTo([], 'i care about the dashboards being right')).toMatch(/^Taken as 2\. Pipeline reliability/);
  });

  it('changes the question a correction names by its place ("actually for the first question i meant the models")', async () => {
    expect(await quizReplyTo(['pipelines', '3', '2'], 'actually for the first question i meant the models')).toBe(
      'Changed your answer to question 1: 1. Model accuracy.',
    );
    expect(await quizReplyTo(['1', '1', 'infra'], 'actually the first one was pipelines')).toBe(
      'Changed your answer to question 1: 2. Pipeline reliability.',
    );
    expect(await quizReplyTo(['1'], 'the first one')).toMatch(/^Taken as 1\./);
  });

  it('starts on "ok quiz again", "another quiz", "lets go quiz" and "quiz me pls which role fits me"', async () => {
    for (const asked of ['ok quiz again', 'another quiz', 'lets go quiz', 'quiz me pls which role fits me'])
      expect(await chat().say(asked), asked).toMatch(/^Question 1 of 5/);
  });

  it('greets "hii" mid-quiz and says why "why does this question matter", never "I couldn\'t tell which option"', async () => {
    const hello = await chat();
    await hello.sayAll(['/quiz', '1']);
    const greeted = await hello.say('hii');
    expect(greeted).toMatch(/^Hi!/);
    expect(greeted).toMatch(/Your quiz is waiting at question 2 of 5/);
    expect(await quizReplyTo(['1'], 'why does this question matter')).toMatch(/^Question 2 asks about statistics and probability because/);
  });
});

describe('pay stories as new users told them (forty-eighth session)', () => {
  it('answers "does mle pay more?" from a data engineer with the comparison, and "would de pay more or less" from a senior ML engineer at their level', async () => {
    const de = await chat().say("i'm a data engineer in chicago. does mle pay more?");
    expect(de.split('\n').slice(0, 2)).toEqual([
      'ML Engineer pay against Data Engineer pay:',
      expect.stringMatching(/^ML engineers earn more than data engineers at every level/),
    ]);
    const c = chat();
    await c.say('im a senior mle');
    const mle = await c.say('would de pay more or less');
    expect(mle.split('\n').slice(0, 2)).toEqual([
      'Data Engineer pay against ML Engineer pay, senior level:',
      expect.stringMatching(/^Senior Salary: Data Engineer \$270,000 · Machine Learning Engineer \$350,000/),
    ]);
  });

  it('answers "would switching to mle pay more" with the move into ML engineering, never the move out of it', async () => {
    const text = await chat().say('would switching to mle pay more');
    expect(text.split('\n')[0]).toMatch(/ML engineer comp is typically 10-20% higher than DE comp/);
    expect(text.split('\n')[0]).not.toMatch(/MLE to DE pivot/);
  });

  it('keeps a level corrected in words ("correction, im actually senior", "actually im staff now, got promoted lol") for the pay asked next', async () => {
    const c = chat();
    await c.say('im a mid level de');
    expect(await c.say('correction, im actually senior')).toMatch(/^Noted: you work as a data engineer \(senior\)/);
    expect((await c.say('how much would i make as an mle')).split('\n')[0]).toBe('ML Engineer pay, senior level:');
    const d = chat();
    await d.say('im a senior de with 6 yoe');
    expect(await d.say('wait actually im staff now, got promoted lol')).toMatch(/data engineer \(6 years in, staff\)/);
  });
});

describe('long conversations as new users held them (forty-eighth session)', () => {
  const firstLine = async (messages: string[]) => {
    const c = chat();
    await c.sayAll(messages.slice(0, -1));
    return (await c.say(messages.at(-1)!)).split('\n')[0]!;
  };

  it('keeps the role turned to after "but" as where they head ("i was leaning de but tbh mle sounds more fun")', async () => {
    expect(await chat().say('i was leaning de but tbh mle sounds more fun')).toMatch(/^Noted: you are heading for ML engineering\./);
    expect(await firstLine(['i used to want mle but now im more into de', 'what should i learn first'])).toBe(
      'What to learn first to become a Data Engineer:',
    );
  });

  it('reads "there" right after where they live as that place ("based in nigeria" → "what would a mle make there")', async () => {
    expect(await firstLine(['im a data analyst based in nigeria', 'what would a mle make there'])).toBe('ML Engineer pay, in Nigeria:');
  });

  it('sets both roles side by side for "the pay diff between them" after a question on one role', async () => {
    const c = chat();
    await c.say('do de need much math');
    const text = await c.say('whats the pay diff between them at senior');
    expect(text).toMatch(/Data Engineer Salary \(2026\): Senior/);
    expect(text).toMatch(/ML Engineer Salary \(2026\): Senior/);
  });

  it('answers "why?" after an answer that followed a decline, not the declined question', async () => {
    const c = chat();
    await c.sayAll(['which is more chill', 'anyway which one has better job security']);
    expect(await c.say('why?')).not.toMatch(/^I couldn't find that/);
  });

  it('reads "i dont really like math" as minding it, and "how long to get there" after the fit as the move into that role', async () => {
    const c = chat();
    await c.say('been a sysadmin for 5 yrs');
    expect(await c.say('i dont really like math ngl')).toMatch(/you'd rather avoid math/);
    expect((await c.say('so which fits me better')).split('\n')[0]).toMatch(/my sources point to Data Engineer:$/);
    expect((await c.say('how long to get there')).split('\n')[0]).toBe('The move from sysadmin to Data Engineer:');
  });

  it('answers "and for the other one" after a move between the roles with the move back', async () => {
    expect(await firstLine(['how long does it take to go from de to mle', 'and for the other one'])).toBe(
      'How long the move from ML Engineer to Data Engineer takes:',
    );
  });
});

describe('newcomers telling their stories (forty-eighth session)', () => {
  it('notes "gonna go mle, de needs too much sql" as where they head, keeping the job they told', async () => {
    const c = chat();
    await c.say('im an accountant in lagos');
    expect(await c.say('gonna go mle, de needs too much sql')).toBe(
      'Noted: you work as an accountant, you are in Lagos and you are heading for ML engineering. I\'ll keep it in mind: ask me something like "which role fits me?" or "what do data engineers do all day?".',
    );
    expect((await c.say('how long would it take me')).split('\n')[0]).toBe('The move from accountant to ML Engineer:');
  });

  it('reads "math was never my strong suit", "i barely passed algebra" and "i failed calc" as minding math, which points to DE', async () => {
    for (const told of ['math was never my strong suit', 'i barely passed algebra in school', 'i failed calc in college lol']) {
      const c = chat();
      expect(await c.say(told), told).toMatch(/^Noted: you'd rather avoid (?:math|algebra|calculus)\./);
      expect((await c.say('so which is better for me')).split('\n')[0], told).toMatch(/my sources point to Data Engineer:$/);
    }
  });

  it('keeps what they are good at, said without "i" ("data analyst 2 yoe, good at sql n tableau")', async () => {
    const c = chat();
    expect(await c.say('data analyst 2 yoe, good at sql n tableau')).toMatch(/you know sql and tableau/);
  });

  it('takes "yes for sure" and "substrate for sure" in the quiz as the options they name', async () => {
    expect(await quizReplyTo(['1'], 'yes for sure')).toMatch(/^Taken as 1\. Yes, deeply/);
    expect(await quizReplyTo(['1', '1'], 'substrate for sure')).toMatch(/^Taken as 2\. The substrate models run on/);
  });
});

describe('near-miss topics as new users asked them (forty-eighth session)', () => {
  it('heads for the role kept after dropping the other ("forget mle, im going de", "i was thinking mle but nah, de it is")', async () => {
    expect((await chat().say('forget mle, im going de. what should i learn first')).split('\n')[0]).toBe(
      'What to learn first to become a Data Engineer:',
    );
    const c = chat();
    expect((await c.say('ok i was thinking mle but nah, de it is. where do i start')).split('\n')[0]).toBe(
      'What to learn first to become a Data Engineer:',
    );
    expect(await c.say('what do u remember about me')).toMatch(/^What I keep about you: you are heading for data engineering\./);
  });

  it('answers "do they make u come to the office" on remote work, never on pay', async () => {
    const text = await chat().say('what about mle, do they make u come to office');
    expect(text).toMatch(/remote/i);
    expect(text.split('\n')[0]).not.toMatch(/\bpremium|\bsalary|\bcomp\b/i);
  });

  it('keeps "i work in mlops" as their work, never as where they live', async () => {
    expect(await chat().say('i work in mlops')).toMatch(/^Noted: you work as an? mlops engineer\./);
  });
});

describe('a place set aside (forty-eighth session)', () => {
  it('asks "ok forget uk, what about senior" and "nvm london, what about senior" of the question before, without the place', async () => {
    const c = chat();
    await c.sayAll(['which pays more de or mle', 'and in the uk?']);
    expect((await c.say('ok forget uk, what about senior')).split('\n')[0]).toBe('Both roles pay, senior level:');
    expect((await c.say('and staff?')).split('\n')[0]).toBe('Both roles pay, staff level:');
    const d = chat();
    await d.sayAll(['how much do mles make', 'and in london?']);
    expect((await d.say('nvm london, what about senior')).split('\n')[0]).toBe('ML Engineer pay, senior level:');
  });
});

describe('pay asked in the unit people want (forty-ninth session)', () => {
  it('opens "in %?" after "which pays more" with a sentence that gives the gap in percent', async () => {
    const c = chat();
    await c.say('how much do data engineers make vs mle');
    const lines = (await c.say('in %?')).split('\n');
    expect(lines[0]).toBe('Both roles pay:');
    expect(lines[1]).toMatch(/\d+-\d+%/);
  });

  it('opens "which pays more, percentage wise" with the percentage, not only which pays more', async () => {
    expect((await chat().say('at the same level how big is the comp gap between mle and de, in %')).split('\n')[0]).toMatch(/\d+-\d+%/);
  });
});

describe('places left out, reactions and corrections (forty-ninth session)', () => {
  it('answers "what about outside the us" after US pay with the figures the sources give elsewhere, never the US ones', async () => {
    const c = chat();
    await c.say('what do senior des make');
    const text = await c.say('what about outside the us');
    expect(text.split('\n')[0]).toBe('Data Engineer pay, senior level, outside the US:');
    expect(text.split('\n')[1]).toMatch(/^(?:Remote \(Global\)|Nigeria \(Local\))/);
    expect(text).not.toMatch(/in the US:/);
  });

  it('takes "ngl thats wild" and "tbh thats a lot" as reactions, never repeating the answer before', async () => {
    const c = chat();
    await c.say('what do senior mles make');
    for (const reaction of ['ngl thats wild', 'tbh thats a lot']) expect(await c.say(reaction)).not.toMatch(/\$\d/);
  });

  it('answers "so now how long" right after they told their job and goal with the time of their move', async () => {
    const c = chat();
    await c.say('im a de, want to move to mle');
    expect((await c.say('so now how long')).split('\n')[0]).toBe('How long the move from Data Engineer to ML Engineer takes:');
    const d = chat();
    await d.sayAll(['im a data analyst, 1 yoe', 'wait sorry i meant im a backend dev not analyst']);
    expect((await d.say('ok so now how long')).split('\n')[0]).toBe('Which move do you mean?');
  });

  it('notes "actually wait i meant 5 yoe not 3" as the corrected years, never as a question its sources lack', async () => {
    const c = chat();
    await c.say('i have 3 yoe as a data analyst');
    expect(await c.say('actually wait i meant 5 yoe not 3')).toMatch(/^Noted: you work as a data analyst \(5 years in\)\./);
    const d = chat();
    await d.say('im a backend dev with 2 yoe');
    expect(await d.say('oops i meant 4 yoe not 2')).toMatch(/^Noted: you work as a backend developer \(4 years in\)\./);
  });
});

describe('the quiz read as people type their answers (forty-ninth session)', () => {
  it('reads "i dont love not knowing" as the low end, never as liking not knowing', async () => {
    expect(await quizReplyTo(['1', '1', '1', '1'], 'i dont love not knowing tbh')).toMatch(/^Taken as 2\. Low/);
    expect(await quizReplyTo(['1', '1', '1', '1'], 'dont really like not knowing')).toMatch(/^Taken as 2\. Low/);
  });

  it('reads "i\'m cool with it" as the high end and an answer opened with "ugh" by what follows', async () => {
    expect(await quizReplyTo(['1', '1', '1', '1'], "i'm cool with it")).toMatch(/^Taken as 1\. High/);
    expect(await quizReplyTo(['2'], 'ugh no')).toMatch(/^Taken as 2\. No/);
    expect(await quizReplyTo(['2'], 'ugh stats was my worst subject')).toMatch(/^Taken as 2\. No/);
  });

  it('answers "r pipelines hard to maintain?" and "u think models r harder?" with the quiz waiting, never as answers', async () => {
    for (const asked of ['r pipelines hard to maintain?', 'u think models r harder?']) {
      const c = chat();
      await c.say('/quiz');
      const text = await c.say(asked);
      expect(text).not.toMatch(/^Taken as/);
      expect(text).toMatch(/quiz is waiting at question 1 of 5/);
    }
  });

  it('takes "what i enjoy is when data shows up on time" and "why not both lol" as answers', async () => {
    expect(await quizReplyTo([], 'what i enjoy is when data shows up on time')).toMatch(/^Taken as 2\. Pipeline reliability/);
    expect(await quizReplyTo([], 'why not both lol')).toMatch(/^Taken as 3\./);
  });
});

describe('forgetting one thing, and what is minded (forty-ninth session)', () => {
  it('forgets where they live on "forget where i live", says what it still keeps, and no longer says the place back', async () => {
    const c = chat();
    await c.say('im a nurse in toronto');
    expect(await c.say('forget where i live')).toBe(
      'Done: I no longer keep where you live. What I still keep about you: you work as a nurse. Our conversation starts afresh too, so nothing said before carries on. /forget-me shows everything and deletes it.',
    );
    const kept = await c.say('what do u know about me');
    expect(kept).toMatch(/^What I keep about you: you work as a nurse\./);
    expect(kept).not.toMatch(/toronto/i);
  });

  it('forgets their job on "dont remember my job please", and points "forget me" to /forget-me', async () => {
    const c = chat();
    await c.say('im an accountant, 5 yoe');
    expect(await c.say('dont remember my job please')).toMatch(
      /^Done: I no longer keep your job\. What I still keep about you: you have 5 years of experience\./,
    );
    expect(await c.say('forget me')).toBe('Type /forget-me to see what I keep about you and delete it.');
  });

  it('never notes a remark about nothing a career knows ("my cat just knocked over my coffee lol") as something to weigh', async () => {
    expect(await chat().say('my cat just knocked over my coffee lol')).not.toMatch(/^Noted/);
  });

  it('reads "i hate sql" and "pipelines bore me" as pointing away from data engineering', async () => {
    const c = chat();
    await c.say('i hate sql tbh');
    expect((await c.say('which role fits me')).split('\n')[0]).toBe(
      'Which role fits you, who minds sql — my sources point to ML Engineer:',
    );
    const d = chat();
    expect(await d.say('ngl pipelines bore me to death')).toMatch(/^Noted: you'd rather avoid pipelines\./);
    expect((await d.say('which one fits me')).split('\n')[0]).toMatch(/my sources point to ML Engineer:$/);
  });
});

describe('follow-ups the testers asked (forty-ninth session)', () => {
  it('answers "by how much" after "mle pays more right?" with the gap between the roles, not a skill\'s premium', async () => {
    for (const first of ['mle pays more right?', 'ml engineers get paid more yeah?']) {
      const c = chat();
      await c.say(first);
      const lines = (await c.say('by how much')).split('\n');
      expect(lines[0]).toBe('Both roles pay:');
      expect(lines[1]).toMatch(/10-20%/);
    }
  });

  it('answers "can i become a manager instead" after the career path with the path that ends in manager', async () => {
    const c = chat();
    await c.say('whats the career path for mle');
    expect((await c.say('can i become a manager instead')).split('\n')[1]).toMatch(/ML Engineering Manager/);
    const d = chat();
    await d.sayAll(['whats the career path for a de', 'what about at staff level']);
    expect((await d.say('can i become a manager instead')).split('\n')[1]).toMatch(/Data Engineering Manager/);
  });
});

describe('the second testers of the forty-ninth session', () => {
  it('never labels "outside the us?" after "senior de salary" as the US', async () => {
    const c = chat();
    await c.say('senior de salary');
    expect((await c.say('outside the us?')).split('\n')[0]).toBe('Data Engineer pay, senior level, outside the US:');
  });

  it('answers "in %?" after one role\'s pay, or after a level\'s gap, with the gap in percent', async () => {
    const c = chat();
    await c.say('mle pay');
    expect((await c.say('in %?')).split('\n')[1]).toMatch(/10-20%/);
    const d = chat();
    await d.sayAll(['senior mle salary?', 'vs de?', 'by how much']);
    const lines = (await d.say('in %?')).split('\n');
    expect(lines[0]).toBe('Both roles pay, senior level:');
    expect(lines[1]).toMatch(/10-20%/);
  });

  it('forgets one thing minded on "forget that i hate math", and a degree told on "forget my degree"', async () => {
    const c = chat();
    await c.say('i like python and i hate math');
    expect(await c.say('forget that i hate math')).toMatch(
      /^Done: I no longer keep that you mind math\. What I still keep about you: you like python\./,
    );
    await c.say('my degree is in math');
    expect(await c.say('forget my degree')).toMatch(/^Done: I no longer keep your degree\./);
    expect(await c.say('what do u know about me')).not.toMatch(/degree/);
  });

  it('never names a forgotten place again, though pay was asked there before', async () => {
    const c = chat();
    await c.sayAll(['im a backend dev, 4 yoe, based in london', 'how much would i make as de where i live']);
    expect(await c.say('forget where i live')).toMatch(/Our conversation starts afresh too/);
    expect(await c.say('how much would i make as de')).not.toMatch(/london/i);
  });

  it('reads hedged quiz answers: "liked stats but not like deeply", "not really sure", "i care but its not everything", "i like knowing what im doing"', async () => {
    expect(await quizReplyTo(['3'], 'i mean i liked stats in uni but not like deeply')).toMatch(/^Taken as 3\./);
    expect(await quizReplyTo(['3'], 'not really sure')).toMatch(/^Taken as 3\./);
    expect(await quizReplyTo(['3', '3', '3'], 'i mean i care but its not everything')).toMatch(/^Taken as 3\./);
    expect(await quizReplyTo(['3', '3', '3', '3'], 'i dont mind it but i like knowing what im doing')).toMatch(/^Taken as 2\. Low/);
  });
});

describe('years and jobs told as people tell them (forty-ninth session)', () => {
  it('keeps "1.5 yoe" as a year and a half, never five years, and asks pay at the entry level', async () => {
    const c = chat();
    expect(await c.say('im a sde, 1.5 yoe')).toMatch(/^Noted: you work as a software engineer \(1\.5 years in\)\./);
    expect((await c.say('how much would i make as mle')).split('\n')[0]).toMatch(/^ML Engineer pay, entry level/);
  });

  it('keeps none of the old job\'s years when they say they now do another ("now im a data analyst, started 3 months ago")', async () => {
    const c = chat();
    await c.say('teacher, 7 yoe');
    expect(await c.say('now im a data analyst, started 3 months ago')).toMatch(/^Noted: you work as a data analyst\./);
  });

  it('drops a thing minded on "i dont hate math anymore"', async () => {
    const c = chat();
    await c.say('i hate math');
    await c.say('i dont hate math anymore');
    expect(await c.say('what do u know about me')).not.toMatch(/avoid math/);
  });
});

describe('short introductions (forty-ninth session)', () => {
  it('notes "teacher with a math degree" and "accountant with an econ degree, 8 yrs, in denver" as their job, years and place', async () => {
    expect(await chat().say('teacher with a math degree')).toMatch(/^Noted: you work as a teacher\./);
    expect(await chat().say('accountant with an econ degree, 8 yrs, in denver')).toMatch(
      /^Noted: you work as an accountant \(8 years in\) and you are in Denver\./,
    );
  });
});

describe('choosing said casually (forty-ninth session)', () => {
  it('answers "idk what to pick" with when to choose each role, never a decline', async () => {
    const text = await chat().say('idk what to pick');
    expect(text).toMatch(/Choose ML engineering if/);
    expect(text).toMatch(/Choose data engineering if/);
  });
});

describe('a remark before the follow-up (forty-ninth session)', () => {
  it('answers "cool, how long tho" and "sounds fun. how long tho" after a role\'s day as "how long tho" would be', async () => {
    for (const turn of ['cool, how long tho', 'sounds fun. how long tho']) {
      const c = chat();
      await c.say('what does a de do all day');
      const text = await c.say(turn);
      expect(text.split('\n')[0]).toMatch(/^Data Engineer/);
      expect(text).toMatch(/2-3 months/);
    }
  });
});

describe('forgetting a job keeps the years (forty-ninth session)', () => {
  it('forgets only the job on "forget my job", keeping the years told with it', async () => {
    const c = chat();
    await c.say('accountant, 8 yrs');
    expect(await c.say('forget my job')).toMatch(
      /^Done: I no longer keep your job\. What I still keep about you: you have 8 years of experience\./,
    );
  });
});

describe('lists that open with what they say (fiftieth session)', () => {
  it('answers "is mle hard to learn?" with the lead-in that says why and what its items are called, not one item', async () => {
    const text = await chat().say('is mle hard to learn?');
    expect(text.split('\n')[0]).toBe(
      'The role of a Machine Learning Engineer is often considered more difficult for beginners because it requires simultaneous mastery of three distinct disciplines: Software Engineering; Mathematical Foundations; MLOps. [1]',
    );
    // One item quoted beneath would read as the only one.
    expect(text).not.toMatch(/^> - MLOps/m);
  });

  it('keeps a list whose items go by the roles answering with its items, not with its lead-in', async () => {
    expect((await chat().say('which is more secure long term')).split('\n')[0]).toMatch(/^Data Engineer: This role is foundational\./);
  });
});

describe('places declined once, and jobs told with "rn" (fiftieth session)', () => {
  it('notes "i have 6 yoe as a de rn" as the job with its years, so "how long would it take me" is the move out of it', async () => {
    const c = chat();
    expect(await c.say('i have 6 yoe as a de rn')).toMatch(/^Noted: you work as a data engineer \(6 years in\)/);
    expect((await c.say('how long would it take me')).split('\n')[0]).toBe('How long the move from Data Engineer to ML Engineer takes:');
  });

  it('notes a kind of developer told after its years without the noun ("3 yoe as backend")', async () => {
    expect(await chat().say('im in berlin, 3 yoe as backend')).toMatch(
      /^Noted: you work as a backend developer \(3 years in\) and you are in Berlin\./,
    );
  });

  it('answers the next follow-up after a place was declined without that place, saying it is still not covered', async () => {
    const c = chat();
    await c.sayAll(['how much do de make', 'in europe?']);
    const staff = await c.say('what about staff level');
    expect(staff.split('\n')[0]).toBe('Data Engineer pay, staff level:');
    expect(staff).toMatch(/Staff \(8\+ years\): \$235K-\$310K base/);
    expect(staff).toContain("My sources don't cover “europe”.");
    expect((await c.say('and mle?')).split('\n')[0]).toBe('ML Engineer pay, staff level:');
  });

  it('reads "staff at meta?" after DE pay as that pay at that level there, and answers with the FAANG staff row', async () => {
    const c = chat();
    await c.say('de pay');
    const text = await c.say('staff at meta?');
    expect(text.split('\n')[0]).toBe('Data Engineer pay, staff level, in Meta:');
    expect(text.split('\n')[1]).toMatch(/^Comp at L6 \(US, FAANG\)/);
  });

  it('takes "sf" as a US place: the US figures, and a line saying the sources have none for it', async () => {
    const c = chat();
    await c.say('mle pay in the us');
    const text = await c.say('sf?');
    expect(text.split('\n')[0]).toBe('ML Engineer pay, in the US:');
    expect(text).toContain("My sources don't cover “sf”.");
  });

  it('answers where one must live beside remote work with the remote answer, naming the city it lacks', async () => {
    const text = await chat().say('do i need to move to seattle to work as an mle at openai or can i stay remote');
    expect(text).toMatch(/^Both have strong remote options\./m);
    expect(text).toContain("My sources don't cover “seattle”.");
  });

  it('hears a place they refuse to move to as no wish for its pay ("i wont relocate to nyc")', async () => {
    const text = await chat().say('i wont relocate to nyc lol. which role is easier to get remote');
    expect(text.split('\n').find((line) => !line.endsWith(':'))).toMatch(/^Both have strong remote options\./);
  });
});

describe('single words, typos and changes of mind (fiftieth session)', () => {
  it('answers a tool typed alone ("kafka", "pytorch", "snowflake") with what the sources say of it, not the help text', async () => {
    for (const tool of ['kafka', 'pytorch', 'snowflake', 'mlflow']) {
      const text = await chat().say(tool);
      expect(text, tool).not.toMatch(/^Ask me something/);
      expect(text, tool).toMatch(/\[1\]/);
    }
    expect(await chat().say('lol ok')).not.toMatch(/\[1\]/);
  });

  it('reads "al day" and "everyday" as the day in the life, never a word its sources lack', async () => {
    expect((await chat().say('waht does a mle do al day')).split('\n')[0]).toMatch(/^Daily work includes coding training pipelines/);
    expect((await chat().say('what do mles do everydy')).split('\n')[0]).toMatch(/^Daily work includes coding training pipelines/);
  });

  it('answers "sql or python which matters more" instead of noting it as something about them', async () => {
    const text = await chat().say('sql or python which matters more');
    expect(text).not.toMatch(/^Noted/);
    expect(text).toMatch(/SQL/);
  });

  it('keeps "nvm i think de" as the role they now lean to, and answers "whats better for me" with what to choose each for', async () => {
    const c = chat();
    await c.say('im leaning mle');
    expect(await c.say('nvm i think de')).toMatch(/^Noted: you are heading for data engineering\./);
    expect(await c.say('what do you know about me')).toMatch(/you are heading for data engineering/);
    const text = await c.say('whats better for me');
    expect(text.split('\n')[0]).toBe('Which role to choose:');
    expect(text).toMatch(/^Choose data engineering if/m);
  });
});

describe('AI taking the work (fiftieth session)', () => {
  it("answers whether AI takes a role's work with what the sources say of its future, never a skill's pay premium", async () => {
    for (const asked of [
      'will llms make mle obsolete',
      'is ai gonna take my job as a de',
      'can chatgpt do a data engineers job',
      'kinda scared llms will take de jobs ngl',
      'is de gonna be automated tho',
    ]) {
      const first = (await chat().say(asked)).split('\n')[0]!;
      expect(first, asked).not.toMatch(/compensation|premium|Yes, increasingly/);
      expect(first, asked).toMatch(/foundational|grows in tandem|headcount|growth|demand/i);
    }
  });

  it('still answers how generative AI changes a role from the passage on the GenAI boom', async () => {
    expect((await chat().say('how will genai change mle work')).split('\n')[0]).toMatch(/^ML engineer demand grew significantly/);
  });
});

describe('pay after a move, in percent, and between them (fiftieth session)', () => {
  it('answers "how much would i make if i switched to mle" with ML engineer pay, at their level when their years are known', async () => {
    expect((await chat().say('how much would i make if i switched to mle')).split('\n')[0]).toMatch(/^ML Engineer Salary \(2026\)/);
    const c = chat();
    await c.say('i have 6 yoe as a de rn');
    const text = await c.say('how much would i make if i switched to mle');
    expect(text.split('\n')[0]).toBe('ML Engineer pay, senior level:');
    expect(text.split('\n')[1]).toMatch(/^ML Engineer Salary \(2026\): Senior \(5-8 years\)/);
    // "in % more" next is the gap in percent.
    expect((await c.say('whats that in % more')).split('\n')[1]).toMatch(/10-20%/);
  });

  it('keeps the level of the pay just compared for "whats the diff in tc between them"', async () => {
    const c = chat();
    await c.sayAll(['senior de tc?', 'and mle?']);
    const text = await c.say('whats the diff in tc between them');
    expect(text.split('\n')[0]).toBe('Both roles pay, senior level:');
    expect(text).not.toMatch(/Junior \(0-2 years\)/);
  });
});

describe('the quiz read when both ends are said (fiftieth session)', () => {
  it('takes an answer that opens with "both", or says one end and grants the other "too", as both', async () => {
    expect(await quizReplyTo([], 'honestly both, i like pipelines but models are fun too')).toMatch(/^Taken as 3\. Both equally/);
    expect(await quizReplyTo([], 'idk tbh, i like when stuff doesnt break but models r cool too')).toMatch(/^Taken as 3\. Both equally/);
    // One end said and the other turned down is that one end.
    expect(await quizReplyTo([], 'i like pipelines but models are boring')).toMatch(/^Taken as 2\. Pipeline reliability/);
  });
});

describe('pay follow-ups after a place was declined (fiftieth session)', () => {
  it('keeps the level their years make beside a US city they live in ("6 yoe, live in austin" → "at my level")', async () => {
    const c = chat();
    await c.say('hey i have 6 yoe, live in austin');
    const text = await c.say('whats the tc for mle at my level');
    expect(text.split('\n')[0]).toBe('ML Engineer pay, senior level:');
    expect(text.split('\n')[1]).toMatch(/^ML Engineer Salary \(2026\): Senior \(5-8 years\)/);
  });

  it('reads "what would i get as an mle" as pay, at the level of the years told', async () => {
    const c = chat();
    await c.say('i have 5 yoe as a de');
    expect((await c.say('what would i get as an mle')).split('\n')[0]).toBe('ML Engineer pay, senior level:');
  });

  it('answers "in %?", "by how much" and "ok nvm, what about senior" after a place it lacks, never the help text', async () => {
    const c = chat();
    await c.sayAll(['how much do mles make', 'in europe?']);
    expect((await c.say('in %?')).split('\n')[1]).toMatch(/10-20%/);
    const d = chat();
    await d.sayAll(['how much do des make', 'in europe?']);
    expect(await d.say('ok nvm, what about senior')).toMatch(/\$270,000|Senior \(5-8 years\)/);
  });

  it('asks the level named after "ok back to pay", not the level before', async () => {
    const c = chat();
    await c.sayAll(['how much does a senior de make', 'what about london']);
    expect((await c.say('ok back to pay, whats a junior make')).split('\n')[1]).toMatch(
      /^Data Engineer Salary \(2026\): Junior \(0-2 years\)/,
    );
  });
});

describe('the quiz as people end and answer it, and pay of the role they would become (fiftieth session)', () => {
  it('stops the quiz on "i quit", "no thanks" and "nvm"', async () => {
    for (const typed of ['i quit', 'no thanks', 'nvm']) expect(await quizReplyTo([], typed), typed).toMatch(/^Quiz stopped\./);
  });

  it('reads a letter ("b", "option c") as the option in that place', async () => {
    expect(await quizReplyTo([], 'b')).toMatch(/^Taken as 2\. Pipeline reliability/);
    expect(await quizReplyTo([], 'option c')).toMatch(/^Taken as 3\. Both equally/);
  });

  it('answers "how much does it pay" after how long becoming an ML engineer takes with ML engineer pay', async () => {
    const c = chat();
    await c.say('how long does it take to become an mle');
    expect((await c.say('how much does it pay')).split('\n')[1]).toMatch(/^ML Engineer Salary \(2026\)/);
  });
});

describe('what they tell, taken back or supposed (fiftieth session)', () => {
  it('forgets the job on "forget that im a data analyst" and the years on "ignore my yoe pls"', async () => {
    const c = chat();
    await c.say('im a data analyst with 3 yoe in chicago');
    expect(await c.say('forget that im a data analyst')).toMatch(/^Done: I no longer keep your job\./);
    expect(await c.say('ignore my yoe pls')).toMatch(/^Done: I no longer keep/);
    expect(await c.say('what do u know about me')).toMatch(/^What I keep about you: you are in Chicago\./);
  });

  it('keeps where they live when a move is only supposed ("if i moved to nigeria what would a de make"), and answers the pay there', async () => {
    const c = chat();
    await c.say('im a backend engineer in berlin, 3 yoe');
    const text = await c.say('if i moved to nigeria what would a de make');
    expect(text).toMatch(/Nigeria \(Local\)/);
    expect(text).not.toMatch(/2-3 months/);
    expect(await c.say('what do u know about me')).toMatch(/you are in Berlin\./);
  });
});

describe('what they tell, corrected, and a level they will reach (fifty-first session)', () => {
  it('takes "sorry typo, 3 not 5" and "i meant boston not austin" as their years and place corrected', async () => {
    const c = chat();
    await c.say('im a backend dev with 5 yoe in austin');
    expect(await c.say('sorry typo, 3 not 5')).toMatch(/^Noted: you work as a backend developer \(3 years in\) and you are in Austin\./);
    expect(await c.say('i meant boston not austin')).toMatch(/you are in Boston\./);
    expect(await c.say('what do u know about me')).toMatch(
      /^What I keep about you: you work as a backend developer \(3 years in\) and you are in Boston\./,
    );
  });

  it('keeps "i lean towards de" as where they head', async () => {
    const c = chat();
    await c.say('im a data analyst, 2 yoe');
    expect(await c.say('i lean towards de')).toMatch(/you are heading for data engineering/);
  });

  it('answers "how long till im a senior de" with the years of the senior level, and keeps no job from it', async () => {
    const c = chat();
    const text = await c.say('how long till im a senior de');
    expect(text.split('\n')[0]).toMatch(/^Data Engineer Salary \(2026\): Senior \(5-8 years\)/);
    expect(text).not.toMatch(/move from/i);
    expect((await c.say('and mle?')).split('\n')[1]).toMatch(/^ML Engineer Salary \(2026\): Senior \(5-8 years\)/);
    expect(await c.say('what do u know about me')).not.toMatch(/data engineer/);
  });

  it('answers "how long till senior" and "how long until im staff", asked of no role, with the level\'s years', async () => {
    expect((await chat().say('how long till senior')).split('\n')[0]).toMatch(/Senior \(5-8 years\)/);
    expect((await chat().say('how long until im staff')).split('\n')[0]).toMatch(/Staff \(8\+ years\)/);
  });

  it('does not head an answer "with what you told me" when what they told leads to the same passages', async () => {
    const c = chat();
    await c.say('im a backend dev, 3 yoe');
    const text = await c.say('how long till im senior');
    expect(text).not.toMatch(/with what you told me/);
    expect(text.split('\n')[0]).toMatch(/Senior \(5-8 years\)/);
  });
});

describe('"why?" gives a reason not yet said (fifty-first session)', () => {
  it('answers each "why" in a run with a sentence no answer before it opened with', async () => {
    const c = chat();
    const first = (await c.say('is mle harder than de')).split('\n')[0]!;
    const opened = [first];
    for (const ask of ['why?', 'why tho', 'but why']) {
      const line = (await c.say(ask)).split('\n')[1]!;
      for (const before of opened) expect(before).not.toContain(line.replace(/ \[\d+\]$/, ''));
      opened.push(line);
    }
    expect(opened[1]).toMatch(/because/);
  });

  it('answers "why" after the choice without setting the other role\'s sentence, already shown, beside it again', async () => {
    const c = chat();
    await c.say('which should i choose de or mle');
    const text = await c.say('why');
    expect(text.split('\n')[1]).not.toMatch(/^Choose (?:ML|data) engineering if/);
    expect(text).not.toMatch(/^Choose data engineering if/m);
  });

  it('gives the cause after a figure the answer opened with ("are de salaries growing faster" → "why tho")', async () => {
    const c = chat();
    await c.say('are de salaries growing faster than mle ones');
    expect((await c.say('why tho')).split('\n')[1]).toMatch(/^As companies realize that bad data infrastructure kills AI projects/);
  });
});

describe('"more" after "more" (fifty-first session)', () => {
  it('opens each "more" with what none of the answers before it opened with', async () => {
    const c = chat();
    const opened = [(await c.say('which one has better remote work')).split('\n')[0]!];
    for (const ask of ['more', 'more']) {
      const line = (await c.say(ask)).split('\n')[1]!.replace(/ \[\d+\]$/, '');
      for (const before of opened) expect(before).not.toContain(line);
      opened.push(line);
    }
  });

  it('keeps a "why" after the reason was given as the reason, never a decline', async () => {
    const c = chat();
    await c.say('are de salaries growing faster than mle rn?');
    await c.say('huh');
    expect(await c.say('why is that')).not.toMatch(/have no explanation/);
  });
});

describe('reactions, and "which is more …" asked afresh (fifty-first session)', () => {
  it('owns a complaint ("this bot is useless lol") and takes "wow thats so boring lmao" as a reaction, neither answered as a question', async () => {
    const c = chat();
    await c.say('what does a de do');
    expect(await c.say('this bot is useless lol')).toMatch(/^Sorry that didn't help\./);
    const boring = await c.say('wow thats so boring lmao');
    expect(boring).not.toMatch(/\[1\]/);
    // The reaction is no topic the next follow-up carries.
    expect((await c.say('ok and mle?')).split('\n')[0]).toBe('ML Engineer:');
  });

  it('still answers "that is wrong" as a doubt of the answer, with what the sources say', async () => {
    const c = chat();
    await c.say('what does a de do');
    expect((await c.say('that is wrong')).split('\n')[0]).toMatch(/^What my sources say/);
  });

  it('answers "ok fine which is more remote friendly" after one role, and "which is more remote" after on-call, of remote work for both roles', async () => {
    const c = chat();
    await c.say('what does a mle do');
    const remote = await c.say('ok fine which is more remote friendly');
    expect(remote.split('\n')[0]).toMatch(/^Both have strong remote options\./);
    expect(remote).toMatch(/Remote availability is higher at 48% of postings/);
    const d = chat();
    await d.say('which has more on call');
    expect((await d.say('which is more remote')).split('\n')[0]).toMatch(/^Both have strong remote options\./);
  });

  it('answers "which is more stressful de or mle" with the on-call sentence, not the list of what data engineers do', async () => {
    expect((await chat().say('which is more stressful de or mle')).split('\n')[0]).toMatch(
      /^Incident response for data pipeline failures can be urgent and disruptive/,
    );
  });
});

describe('the day, and pay set against the other role (fifty-first session)', () => {
  it('answers "whats a day like for them" after how long becoming an ML engineer takes with their day, not the time again', async () => {
    const c = chat();
    await c.say('how long to become an mle');
    expect((await c.say('whats a day like for them')).split('\n')[1]).toMatch(/^Daily work includes coding training pipelines/);
  });

  it('answers "more than de?" after ML engineer pay with the comparison, not data engineer pay alone', async () => {
    const c = chat();
    await c.say('whats mle pay like');
    expect((await c.say('more than de?')).split('\n')[1]).toMatch(/^ML engineers earn more than data engineers at every level/);
  });

  it('answers "by how much" after one role\'s pay with the gap between the roles, not a skill\'s premium', async () => {
    const c = chat();
    await c.say('how much do mle make');
    const text = await c.say('by how much');
    expect(text).toMatch(/10-20%/);
    expect(text.split('\n')[1]).not.toMatch(/LLMOps|MLOps/);
  });
});

describe('a mind changed on what they like (fifty-first session)', () => {
  it('takes "wait actually i hate math now after my last class lol" after a fit as the fit again, the liking of stats taken back', async () => {
    const c = chat();
    expect(await c.say('i love stats, what should i go for')).toMatch(/my sources point to ML Engineer/);
    expect((await c.say('wait actually i hate math now after my last class lol')).split('\n')[0]).toMatch(/^Which role fits you/);
    expect((await c.say('so which one then')).split('\n')[0]).toMatch(/my sources point to Data Engineer/);
    expect(await c.say('what do u remember about me')).toMatch(/^What I keep about you: you'd rather avoid math\./);
  });

  it('keeps what they mind without what made it so ("since my professor failed me" is never said back as the bot\'s)', async () => {
    expect(await chat().say('tbh i hate math since my professor failed me')).not.toMatch(/my professor/);
  });
});

describe('"their day" after any answer (fifty-first session)', () => {
  it('answers "whats a day like for them" after pay of both roles with the day, not the pay again', async () => {
    const c = chat();
    await c.say('which pays more de or mle');
    const text = await c.say('whats a day like for them');
    expect(text.split('\n')[0]).toBe('Both roles day:');
    expect(text).not.toMatch(/earn more than data engineers/);
  });
});

describe('what is theirs no more, and a mind changed with "actually" (fifty-first session)', () => {
  it('forgets the place on "not in london anymore, moved home" and the job on "actually im not a teacher anymore"', async () => {
    const c = chat();
    await c.say('im in london, 2 yoe data analyst');
    expect(await c.say('not in london anymore, moved home')).toMatch(/^Done: I no longer keep where you live\./);
    expect(await c.say('what do u know about me')).not.toMatch(/London/);
    const d = chat();
    await d.say('im a teacher, 10 yoe');
    expect(await d.say('actually im not a teacher anymore, quit last week')).toMatch(/^Done: I no longer keep your job\./);
  });

  it('keeps "nvm i think mle actually" after "i lean towards de" as the role they now head for', async () => {
    const c = chat();
    await c.say('i lean towards de');
    expect(await c.say('nvm i think mle actually')).toMatch(/^Noted: you are heading for ML engineering\./);
  });

  it('does not say a correction back as something else they told ("sorry typo, 3 not 5")', async () => {
    const c = chat();
    await c.say('im a swe, 5 yoe');
    await c.say('sorry typo, 3 not 5');
    expect(await c.say('what do u know about me')).not.toMatch(/also told me/);
  });
});

describe('as a new user typed it, read once more at the end (fifty-first session)', () => {
  it('reads "sorry typo 3 not 5" without a comma, and "oops i meant boston not austin" after a question, as corrections', async () => {
    const c = chat();
    await c.say('backend dev 3 yoe in austin');
    await c.say('how long would the switch take me');
    expect(await c.say('oops i meant boston not austin')).toMatch(/^Noted: .*you are in Boston\./);
    const d = chat();
    await d.say('hey im a bakend dev w 5 yoe in austin tbh');
    expect(await d.say('sorry typo 3 not 5')).toMatch(/backend developer \(3 years in\)/);
  });

  it('answers "how long till im senior" after "why" on which is harder with the senior years, not the difficulty again', async () => {
    const c = chat();
    await c.say('wich is harder de or mle');
    await c.say('y tho');
    expect((await c.say('how long till im senior')).split('\n')[0]).toMatch(/Senior \(5-8 years\)/);
  });

  it('owns "this bot is kinda useless lol" as a complaint', async () => {
    const c = chat();
    await c.say('wich is harder de or mle');
    expect(await c.say('this bot is kinda useless lol')).toMatch(/^Sorry that didn't help\./);
  });
});

describe('what a new user tells and asks, as typed (fifty-second session)', () => {
  it('keeps the job said after an age or a "background:" label, and not a place they learn from', async () => {
    const c = chat();
    expect(await c.say('29 ex bartender, i know sql basics, no python, hate math')).toMatch(
      /^Noted: you used to work as a bartender, you'd rather avoid math and you know sql basics\./,
    );
    const d = chat();
    expect(await d.say('ok so background: data analyst 4 yoe, i do kaggle on weekends')).toMatch(/data analyst/);
    const e = chat();
    expect(await e.say('so background: java backend in berlin 5 yoe')).toMatch(/java backend developer/);
    const f = chat();
    expect(await f.say('im a bartender rn, 29, learning sql from youtube')).not.toMatch(/Youtube/i);
  });

  it('answers "how long from bartender to de" typed instead of a choice asked back as the move from that job', async () => {
    const c = chat();
    await c.say('i know sql basics');
    await c.say('how long would the switch take me?');
    const text = await c.say('how long from bartender to de');
    expect(text.split('\n')[0]).toBe('The move from bartender to Data Engineer:');
    expect(text).toMatch(/My sources say nothing of moving from bartender to data engineering/);
  });

  it('reads "do they both need sql" after how future-proof each is as a question of its own about SQL', async () => {
    const c = chat();
    await c.say('which 1 is more future proof');
    const text = await c.say('do they both need sql');
    expect(text).toMatch(/SQL/);
    expect(text).not.toMatch(/^Outlook/);
  });

  it('asks "which is more remote" after "spark or pytorch first" of the roles, not of the tools', async () => {
    const c = chat();
    await c.say('should i learn spark or pytorch first');
    const text = await c.say('which is more remote');
    expect(text).not.toMatch(/spark or pytorch/i);
    expect(text).toMatch(/remote/i);
  });

  it('owns "thats useless", answers "wait what" as something unclear, and takes in "lol ok"', async () => {
    const c = chat();
    await c.say('how much do senior de make');
    expect(await c.say('thats useless')).toMatch(/^Sorry that didn't help\./);
    expect(await c.say('wait what')).toMatch(/^Sorry, that wasn't clear\./);
    expect(await c.say('lol ok')).toMatch(/^Got it\. Ask me anything else/);
  });
});

describe('questions as people run them on, and what the sources never weigh in on (fifty-second session)', () => {
  it('answers "why do mles get paid more its literally the same python lol" with why they earn more, the remark set aside', async () => {
    const text = await chat().say('why tf do ml engineers get paid more its literally the same python lol');
    expect(text.split('\n')[0]).toMatch(/^The premium comes from two factors\./);
  });

  it('answers whether the premium lasts "once every bootcamp pumps out ml ppl": bootcamps in general, not one to review', async () => {
    const text = await chat().say('will the mle pay premium dissapear once every bootcamp pumps out ml ppl');
    expect(text.split('\n')[0]).toMatch(/more bootcamps, more applied programs\), the comp gap may narrow/);
  });

  it('declines "how much should i counter" on an offer, naming the negotiation the sources never cover', async () => {
    const text = await chat().say('got a de offer how much should i counter, like 10%?');
    expect(text.split('\n')[0]).toMatch(/^My sources have no .*“negotiating an offer”/);
    expect(text).toMatch(/The closest they have:/);
  });
});

describe('"is it …" asked of the job after another topic (fifty-second session)', () => {
  it('answers "is it stressful tho" after mid-level DE pay with the on-call sentence, not the pay again', async () => {
    const c = chat();
    await c.say('how much do des make mid level');
    const text = await c.say('is it stressful tho');
    expect(text.split('\n')[0]).toBe('Data Engineer job: is it stressful:');
    expect(text.split('\n')[1]).toMatch(/^Incident response for data pipeline failures/);
  });
});

describe('"didnt know that" and "any others besides …" (fifty-second session)', () => {
  it('takes "ngl didnt know that" in, and answers "any others besides the llm stuff" with more on the list just given', async () => {
    const c = chat();
    await c.say('fastest growing mle subspecialties?');
    expect(await c.say('ngl didnt know that')).toMatch(/^Got it\./);
    const text = await c.say('any others besides the llm stuff');
    expect(text.split('\n')[0]).toBe('More on ML Engineer fastest growing subspecialties:');
    expect(text).toMatch(/MLOps/);
  });
});

describe('chat abbreviations asked about, and a role asked after a currency check (fifty-second session)', () => {
  it('says what "tc", "yoe" and "swe" are short for, rather than a salary table', async () => {
    expect(await chat().say('what is tc')).toMatch(/^“tc” is short for total compensation/);
    expect(await chat().say('whats yoe mean')).toMatch(/^“yoe” is short for years of experience/);
    expect(await chat().say('what does swe stand for')).toMatch(/^“swe” is short for software engineer/);
  });

  it('answers "and mle?" after "in euros?" on DE pay in Germany with ML engineer pay', async () => {
    const c = chat();
    await c.say('what would i make as a de in germany');
    await c.say('in euros?');
    const text = await c.say('and mle?');
    expect(text.split('\n')[0]).toBe('ML Engineer pay:');
    expect(text).toMatch(/ML Engineer Salary \(2026\)/);
  });
});

describe('why others say so, and a hesitation (fifty-second session)', () => {
  it('answers "why ppl keep saying start w de then go mle" with the reason the sources give for that path', async () => {
    const text = await chat().say('why ppl keep saying start w de then go mle');
    expect(text.split('\n')[0]).toMatch(/^Logic: Technical friction in AI projects is rarely caused by the model itself/);
  });

  it('does not answer "hmm" as if something were taken in', async () => {
    const c = chat();
    await c.say('how much do de make');
    expect(await c.say('hmm')).not.toMatch(/^Got it/);
  });
});

describe('what new users told and asked, mid-session (fifty-second session)', () => {
  it('keeps "been teaching math for 10 yrs" as a teacher, so pay is the entry level, not staff', async () => {
    const c = chat();
    expect(await c.say('so im 34 been teaching math for 10 yrs')).toMatch(/^Noted: you work as a teacher \(10 years in\)\./);
    expect((await c.say('what would i make as a de')).split('\n')[0]).toBe('Data Engineer pay, entry level:');
  });

  it('keeps "lagos" as the place in "im 1.5 yoe de in lagos tryna move to mle", and the role in "de in lagos 1.5 yoe"', async () => {
    const c = chat();
    const noted = await c.say('im 1.5 yoe de in lagos tryna move to mle');
    expect(noted).toMatch(/you are in Lagos\b/);
    expect(noted).not.toMatch(/Tryna/i);
    expect(await chat().say('de in lagos 1.5 yoe')).toMatch(/data engineer/i);
  });

  it('declines Germany after a pay question closed by an emoji, as without it', async () => {
    const c = chat();
    await c.say('yo **de vs mle** which pays more rn 💸');
    expect((await c.say('what about in germany tho')).split('\n')[0]).toBe('My sources have no pay figures for “germany”.');
  });

  it('owns "ok thx but thats useless lol" as a complaint, and answers "what do u know about me now"', async () => {
    const c = chat();
    await c.say('im a dev');
    expect(await c.say('ok thx but thats useless lol')).toMatch(/^Sorry that didn't help\./);
    expect(await c.say('what do u know about me now')).toMatch(/^What I keep about you: you work as a developer\./);
  });
});

describe('a corrected role to head for, and a liking corrected (fifty-second session)', () => {
  it('answers "sorry i meant de not mle" with the move into DE and keeps DE as the role they head for', async () => {
    const c = chat();
    await c.say('im a dba w 5 yoe how long to switch to mle');
    expect((await c.say('sorry i meant de not mle')).split('\n')[0]).toBe('The move from database administrator to Data Engineer:');
    expect((await c.say('what would i need to learn')).split('\n')[0]).toBe('What to learn first to become a Data Engineer:');
  });

  it('keeps "uncertainty" as what they like in "i actually like uncertainty its the routine i hate"', async () => {
    const c = chat();
    await c.say('i hate uncertainty, i like when things are clear cut');
    const noted = await c.say('wait no sorry i actually like uncertainty its the routine i hate');
    expect(noted).toMatch(/you like uncertainty/);
    expect(noted).not.toMatch(/routine i\b/);
  });
});

describe('pay where they live, at the level their years give (fifty-second session)', () => {
  it('says the Nigerian figures are for mid-senior engineers when a DE of 1.5 years in Lagos asks what they would make as an MLE', async () => {
    const c = chat();
    await c.say('im 1.5 yoe de in lagos');
    const text = await c.say('how much will i make as mle here');
    expect(text.split('\n')[0]).toBe('ML Engineer pay, entry level, in Nigeria:');
    expect(text).toMatch(/My sources give these figures for mid-senior engineers only\./);
  });
});

describe('"do they both …" after a comparison (fifty-second session)', () => {
  it('reads "do they both need sql" after "which pays more" → "and remote?" as of both roles, not the one that pays more', async () => {
    const c = chat();
    await c.say('which pays more');
    await c.say('and remote?');
    const text = await c.say('do they both need sql');
    expect(text.split('\n')[0]).not.toMatch(/^ML Engineer/);
    expect(text).toMatch(/deeper for DE/);
  });
});

describe('a job and its years told apart, then the choice (fifty-third session)', () => {
  it('answers "which role should i aim for" after "im a dba" and "been doing it like 6 yrs" as a database administrator, not with pay tables', async () => {
    const c = chat();
    await c.say('im a dba');
    await c.say('been doing it like 6 yrs');
    const text = await c.say('which role should i aim for');
    expect(text.split('\n')[0]).toBe('Which role suits you, coming from database administrator:');
    expect(text).not.toMatch(/Salary \(2026\)/);
  });
});

describe('a move named after a remark (fifty-third session)', () => {
  it('answers "what about going mle to de" after "tbh sounds hard" with the move from ML engineer to data engineer, not how hard both roles are', async () => {
    const c = chat();
    await c.say('what gaps do i need to fill going de -> mle');
    await c.say('tbh sounds hard');
    const text = await c.say('what about going mle to de');
    expect(text.split('\n')[0]).not.toBe('Both roles:');
    expect(text).toMatch(/3-4 months|MLE to DE pivot/);
  });
});

describe('which of the pay-raising skills raises pay most (fifty-third session)', () => {
  it.each(['which of those matters most', 'which of those gives the biggest bump', 'which of those adds the most'])(
    'answers "%s" after the skills that boost ML engineer pay with the biggest raise, LLMOps at 40–60%%',
    async (ask) => {
      const c = chat();
      await c.say('what skills boost mle pay');
      const text = await c.say(ask);
      expect(text.split('\n')[1]).toMatch(/^LLMOps \/ Generative AI: Increases base compensation by 40–60%\./);
    },
  );
});

describe('a job or a place corrected (fifty-third session)', () => {
  it('asks "which should i pick" again as a backend developer after "wait actually i meant backend not frontend", and keeps backend', async () => {
    const c = chat();
    await c.say('im a frontend dev 4 yoe, react mostly. which should i pick');
    const text = await c.say('wait actually i meant backend not frontend');
    expect(text.split('\n')[0]).toBe('Which role suits you, coming from backend developer:');
    expect(await c.say('what do u know about me')).toMatch(/you work as a backend developer \(4 years in\)/);
  });

  it('keeps Toronto and 3 years from "sorry i meant toronto not montreal, and 3 yoe"', async () => {
    const c = chat();
    await c.say('yo im an analyst in montreal, 2 yoe');
    expect(await c.say('sorry i meant toronto not montreal, and 3 yoe')).toMatch(/\(3 years in\) and you are in Toronto\./);
  });
});

describe('what their years count for, asked in slang (fifty-third session)', () => {
  it('answers "is 6 yoe backend gonna count for anything there" from a backend engineer heading for ML with what counts in ML engineering', async () => {
    const c = chat();
    await c.sayAll(['im a backend eng 6 yoe', 'im leaning mle']);
    const text = await c.say('is 6 yoe backend gonna count for anything there');
    expect(text.split('\n')[0]).toBe('What your backend engineer background counts for in ML Engineer:');
    expect(text).not.toMatch(/^You can transition from backend engineering/m);
  });
});

describe('a subject they lack, told (fifty-third session)', () => {
  it.each(['i dont have a stats background', 'i never studied stats', 'no stats background tbh'])(
    'keeps "%s" as statistics minded',
    async (told) => {
      const c = chat();
      await c.say(told);
      expect(await c.say('what do u know about me')).toMatch(/you'd rather avoid statistics/);
    },
  );

  it('answers "thats useless lol i told u i dont have a stats background" after "which role fits me" with the data engineer the diagnostic points to', async () => {
    const c = chat();
    await c.say('which role fits me');
    const text = await c.say('thats useless lol i told u i dont have a stats background');
    expect(text.split('\n')[0]).toMatch(/my sources point to Data Engineer:$/);
  });
});

describe('FAANG pay asked by someone just starting (fifty-third session)', () => {
  it('says the FAANG figures are for L5 when a fresher asks "at faang?" after junior pay', async () => {
    const c = chat();
    await c.sayAll(['im a fresher graduating next yr. what would i make as a de', 'and mle?']);
    const text = await c.say('at faang?');
    expect(text).toMatch(/Comp at L5 \(US, FAANG\)/);
    expect(text).toMatch(/My sources give this figure for L5; they have none for the level asked\./);
  });
});

describe('"and for de?" after what they miss for the other role (fifty-third session)', () => {
  it('answers "and for de?" after a story that asks "what am i missing to be an mle" with data engineer skills', async () => {
    const c = chat();
    await c.say('so im a data analyst in toronto 3 yoe, sql tableau some pandas, my team just got reorged. what am i missing to be an mle');
    const text = await c.say('and for de?');
    expect(text.split('\n')[1]).toMatch(/^Data Engineer Skills\b/);
  });
});

describe('a job and a place told without commas (fifty-third session)', () => {
  it.each([
    ['im a database admin, 7 yrs', /you work as a database administrator \(7 years in\)/],
    ['dba here 7 yoe oracle/postgres lagos', /you work as a database administrator \(7 years in\) and you are in Lagos/],
    ['im a dba 7yoe lagos', /you work as a database administrator \(7 years in\) and you are in Lagos/],
    ['swe 3 yoe new york', /you are in New York/],
  ])('keeps what "%s" tells', async (told, kept) => {
    const c = chat();
    await c.say(told);
    expect(await c.say('what do u know about me')).toMatch(kept);
  });

  it('answers "which one fits me better tbh" from a database admin as the choice from that job, not a decline of "admin"', async () => {
    const c = chat();
    await c.say('im a database admin, 7 yrs');
    expect((await c.say('which one fits me better tbh')).split('\n')[0]).toBe('Which role suits you, coming from database administrator:');
  });
});

describe('thanks and complaints after an answer (fifty-third session)', () => {
  it.each([
    ['thanks thats actually helpful', /^You're welcome!/],
    ['thats not an answer', /^Sorry that didn't help\./],
    ['ngl thats kinda mid', /^Sorry that didn't help\./],
  ])('answers "%s" kindly, never with the answer before again', async (said, reply) => {
    const c = chat();
    await c.say('which is faster to get into');
    const text = await c.say(said);
    expect(text).toMatch(reply);
    expect(text).not.toMatch(/lower barrier to entry/);
  });
});

describe('pay asked by someone who lives where the sources give no figures (fifty-fourth session)', () => {
  it.each(['how much do de make', 'whats the pay for mid level de'])(
    'answers "%s" from a data analyst in Toronto with the figures, saying they are not for Toronto',
    async (asked) => {
      const c = chat();
      await c.say('im a data analyst 3 yoe in toronto');
      const text = await c.say(asked);
      expect(text).toMatch(/\$\d/);
      expect(text).toMatch(/My sources have no pay figures for Toronto: these are the figures they give in general, in US dollars\./);
    },
  );

  it('answers pay asked with the place told in the same message, and the years corrected after it, the same way', async () => {
    const c = chat();
    const note = /My sources have no pay figures for Toronto: these are the figures they give in general, in US dollars\./;
    const junior = await c.say('de in toronto 1.5 yoe here. whats a junior de make');
    expect(junior).toMatch(/Junior \(0-2 years\): \$100K-\$135K base/);
    expect(junior).toMatch(note);
    const mid = await c.say('sorry i meant 3 yoe');
    expect(mid.split('\n')[1]).toMatch(/Mid-level \(3-5 years\)/);
    expect(mid).toMatch(note);
    expect(await c.say('and mle?')).toMatch(note);
  });

  it('still says it has no figures there when asked "how much can i make here"', async () => {
    const c = chat();
    await c.say('im a data analyst 3 yoe in toronto');
    expect((await c.say('how much can i make here')).split('\n')[0]).toBe('My sources have no pay figures for “toronto”.');
  });

  it('gives Nigerian figures to someone in Lagos, with no such note', async () => {
    const c = chat();
    await c.say('im a dba 7 yoe in lagos');
    const text = await c.say('how much do de make');
    expect(text).toMatch(/₦/);
    expect(text).not.toMatch(/have no pay figures/);
  });
});

describe('years in another job, and years corrected (fifty-fourth session)', () => {
  it('keeps a job held before, and the years in tech they then correct, so pay is asked at entry level', async () => {
    const c = chat();
    expect(await c.say('i was a teacher for 10 yrs before this, now learning python')).toMatch(
      /you used to work as a teacher \(10 years\)/,
    );
    await c.say('no i mean 10 yrs teaching not coding lol, i have 0 yoe in tech');
    const text = await c.say('whats the tc for someone at my level in de');
    expect(text.split('\n')[0]).toBe('Data Engineer pay, entry level:');
    expect(text).not.toMatch(/Staff \(8\+ years\)/);
  });

  it('asks pay at the years they corrected to, not the years they first said', async () => {
    const c = chat();
    await c.sayAll(['i have 10 yoe', 'sorry i meant 0 yoe, 10 yrs was teaching']);
    const opening = (await c.say('whats the tc for me as a de')).split('\n')[1];
    expect(opening).toMatch(/Junior \(0-2 years\)/);
  });
});

describe('"which of those first" after what a role uses (fifty-fourth session)', () => {
  it('answers "which of those first" after data engineering tools with what to prioritise, and "and for mle?" with the ML engineer\'s', async () => {
    const c = chat();
    await c.say('what tools do i need for de');
    const first = await c.say('which of those first');
    expect(first.split('\n')[0]).toBe('Data Engineer tools: what to learn first:');
    expect(first.split('\n')[1]).toMatch(/prioritize SQL and Distributed Systems/);
    expect((await c.say('ok cool and for mle?')).split('\n')[1]).toMatch(/prioritize Python and MLOps/);
  });
});

describe('complaints that the answer missed (fifty-fourth session)', () => {
  it.each(['that didnt answer my q', 'that doesnt help me', "it doesn't make sense"])(
    'answers "%s" with an apology, never the answer before under an echo of the complaint',
    async (said) => {
      const c = chat();
      await c.say('which is faster to get into');
      const text = await c.say(said);
      expect(text).toMatch(/^Sorry that didn't help\./);
      expect(text).not.toMatch(/lower barrier to entry/);
    },
  );
});

describe('"compare that" after one role\'s answer (fifty-fourth session)', () => {
  it('answers "compare that" after mid-level data engineer pay with both roles\' mid-level pay side by side', async () => {
    const c = chat();
    await c.say('how much do de make at mid level');
    const text = await c.say('compare that');
    expect(text.split('\n')[0]).toBe('Both roles pay, mid level:');
    expect(text).toMatch(/Data Engineer Salary \(2026\): Mid-level/);
    expect(text).toMatch(/ML Engineer Salary \(2026\): Mid-level/);
    expect(text).not.toMatch(/compare that:/);
  });
});

describe('where they live, said again or corrected (fifty-fourth session)', () => {
  it.each([
    [['im in sydney', 'i meant melbourne'], /you are in Melbourne\b/],
    [['im a data analyst in toronto', 'actually im in montreal not toronto'], /you are in Montreal\b/],
    [['im a data analyst in toronto', 'actually im in montreal does that change anything'], /you are in Montreal\b/],
    [['4 yoe data scientist in seattle here, physics phd'], /you are in Seattle\./],
    [['im 35 and live in sydney'], /you are in Sydney\b/],
  ])('keeps the place of %j', async (told, kept) => {
    const c = chat();
    await c.sayAll(told);
    expect(await c.say('what do u know about me')).toMatch(kept);
  });
});

describe('a claim checked after a clause about themselves (fifty-fourth session)', () => {
  it('answers "im an ex teacher learning python, my mate says de is the way to go for switchers. is he right" on switchers', async () => {
    const text = await chat().say('im an ex teacher learning python, my mate says de is the way to go for switchers. is he right');
    expect(text.split('\n')[0]).toMatch(/^Data engineer roles are higher-volume and more accessible to career switchers\./);
  });
});

describe('which role is closer to what they know (fifty-fourth session)', () => {
  it('answers "rn which one is closer to what i already know" from someone who knows sklearn and pytorch with the ML engineer\'s libraries', async () => {
    const c = chat();
    await c.say('im a ds, 4 yoe, seattle. i know python sklearn and a bit of pytorch but zero spark or airflow');
    const text = await c.say('rn which one is closer to what i already know');
    expect(text.split('\n')[0]).toBe('Which role uses what you know (python sklearn and pytorch):');
    expect(text.split('\n')[1]).toMatch(/^MLE: numpy heavy, scikit-learn, PyTorch/);
  });

  it('leaves out tools the sources never name: "which role fits my skills better" after sql, tableau and excel is about SQL', async () => {
    const c = chat();
    await c.say('im a data analyst, i know sql and tableau and excel');
    const text = await c.say('which role fits my skills better');
    expect(text.split('\n')[0]).toBe('Which role uses what you know (sql):');
    expect(text.split('\n')[1]).toMatch(/Data engineers go deep on SQL/);
  });
});

describe('a plea, an age and a year of study (fifty-fourth session)', () => {
  it('answers "ok so shud i do masters or not sir kindly advise" on the degree, the plea no part of what is asked', async () => {
    expect((await chat().say('ok so shud i do masters or not sir kindly advise')).split('\n')[0]).toMatch(/Helpful but not required\./);
  });

  it.each(['im 35 is that too old to switch', 'is 38 too late to start mle', 'do companies hire ppl in their late 30s for de'])(
    'says the sources do not speak of age when asked "%s"',
    async (asked) => {
      expect((await chat().say(asked)).split('\n')[0]).toBe("My sources don't cover “age”.");
    },
  );

  it('corrects the year of study: "sorry i meant i am 3rd year not 2nd"', async () => {
    const c = chat();
    await c.sayAll(['hi sir, i am 2nd year cse student in bangalore', 'sorry i meant i am 3rd year not 2nd']);
    expect(await c.say('wat do u remember about me')).toMatch(/you are a 3rd year CSE student/);
  });
});

describe('a figure said back to check it (fifty-fourth session)', () => {
  it('answers "so like 100k?" after entry pay asked by an ex-nurse in Toronto with the figures again, said to be general', async () => {
    const c = chat();
    expect(await c.say('hey im an ex nurse in toronto learning python on weekends')).toMatch(/you are in Toronto/);
    await c.say('how much would i make as a de');
    const text = await c.say('so like 100k?');
    expect(text.split('\n')[0]).toBe('Data Engineer pay, entry level, against 100k:');
    expect(text).toMatch(/\$100K-\$135K base/);
    expect(text).toMatch(/My sources have no pay figures for Toronto/);
  });

  it('answers "so like 6 months?" after how long a move takes with the sources\' figures and how they differ, not a decline', async () => {
    const c = chat();
    await c.sayAll(['im a de with 2 yoe', 'how long would it take me to become an mle']);
    const text = await c.say('so like 6 months?');
    expect(text.split('\n')[0]).toBe('How long the move from Data Engineer to ML Engineer takes, against 6 months:');
    expect(text).toMatch(/Plan for 6-9 months of study/);
    expect(text).toMatch(/My sources differ/);
  });
});

describe('Nigerian Pidgin, as people in Lagos type it (fifty-fifth session)', () => {
  it.each([
    ['sir kindly advise which one i go choose', /^Choose ML engineering if/],
    ['abeg how much mle dey earn', /^ML Engineer Salary \(2026\)/],
    ['abeg which one easier to get job', /^Data engineering has a lower barrier to entry\./],
    ['abeg which cert i fit do for de', /^Top Certification: Data Engineer Google Professional Data Engineer/],
    ['how long e go take me to be job ready for de', /2-3 months of focused learning/],
  ])('answers "%s" as its English would be, naming nothing it lacks', async (asked, lead) => {
    const text = await chat().say(asked);
    expect(text).not.toMatch(/My sources (?:don't cover|have no)/);
    expect(text.split('\n').find((line) => !line.endsWith(':'))).toMatch(lead);
  });

  it('takes "ok tnx" as thanks, and a currency asked in ("in naira abeg") as no place of theirs', async () => {
    const c = chat();
    await c.say('how much do mle make in nigeria');
    expect(await c.say('ok tnx')).toMatch(/^You're welcome!/);
    await c.say('in naira abeg');
    expect(await c.say('what do u know about me')).not.toMatch(/naira/i);
  });
});

describe('where they live, told again after their pay (fifty-fifth session)', () => {
  it('gives the pay again with the new place said to lack figures, for "actually im in vancouver" and "i meant calgary"', async () => {
    const c = chat();
    await c.sayAll(['im a junior de in toronto 1.5 yoe', 'how much would i make as mle']);
    const vancouver = await c.say('actually im in vancouver');
    expect(vancouver.split('\n')[0]).toBe('ML Engineer pay, entry level:');
    expect(vancouver).toMatch(/My sources have no pay figures for Vancouver: these are the figures they give in general, in US dollars\./);
    expect(await c.say('i meant calgary')).toMatch(/My sources have no pay figures for Calgary:/);
    expect(await c.say('what do u know about me')).toMatch(/you are in Calgary\./);
  });
});

describe('the tools of their work, and which role is closer to them (fifty-fifth session)', () => {
  it.each([
    ['been a business analyst for 3 yrs, mostly excel + tableau + some sql, no coding degree', 'you know excel, tableau and some sql'],
    ['im a de with 2 yoe, mostly airflow dbt snowflake', 'you know airflow dbt snowflake'],
    ['i use python and sklearn daily', 'you know python and sklearn'],
  ])('keeps what "%s" says they use', async (told, kept) => {
    expect(await chat().say(told)).toContain(kept);
  });

  it.each(['data analyst with 3 yoe', 'i work with a bank in lagos', 'im a de with my team of 4'])(
    'keeps no tools from "%s"',
    async (told) => {
      expect(await chat().say(told)).not.toMatch(/you know/);
    },
  );

  it('answers "which is closer to my current work" from the tools told, and "… closer to what i already know" in one message', async () => {
    const c = chat();
    await c.say('been a business analyst for 3 yrs, mostly excel + tableau + some sql, no coding degree');
    const text = await c.say('which is closer to my current work');
    expect(text.split('\n')[0]).toBe('Which role uses what you know (sql):');
    expect(text.split('\n')[1]).toMatch(/^SQL depth\. Data engineers go deep on SQL/);
    const once = await chat().say(
      'im a business analyst 3 yoe mostly excel tableau and basic sql. which one is closer to what i already know de or mle',
    );
    expect(once.split('\n')[0]).toBe('Which role uses what you know (sql):');
  });
});

describe('the quiz result asked for later, and a move to the US (fifty-fifth session)', () => {
  it('answers "which role fits me?" with their quiz result after other questions, though they told their job before it', async () => {
    const c = chat();
    await c.sayAll(['im a BA with 4 yoe in bangalore', '/quiz', 'b', 'b', 'b', 'b', 'b', 'how much do de make']);
    expect((await c.say('which role fits me?')).split('\n')[0]).toBe('Your quiz result: Data Engineer:');
  });

  it('answers "lol ok so which should i actually pick" right after the quiz with its result', async () => {
    const c = chat();
    await c.sayAll(['/quiz', 'b', 'b', 'b', 'b', 'b']);
    expect((await c.say('lol ok so which should i actually pick')).split('\n')[0]).toBe('Your quiz result: Data Engineer:');
  });

  it('reads "if i move to the us" after pay as pay in the US, not as a move between the roles', async () => {
    const c = chat();
    await c.say('how much would i make as a de');
    const text = await c.say('what about if i move to the us later');
    expect(text.split('\n')[0]).toMatch(/^Data Engineer pay.*, in the US:$/);
    expect(text).not.toMatch(/Which move do you mean/);
  });
});

describe('what the articles do and do not speak of, said in a clause before the ask (fifty-fifth session)', () => {
  it('declines "first marathon in 12 weeks, is a 4 day a week running plan enough" as off-topic', async () => {
    expect(await chat().say('first marathon in 12 weeks, is a 4 day a week running plan enough')).not.toMatch(/\[1\]/);
  });

  it('answers "which one has the steeper learning curve" on how hard each is to get into', async () => {
    const text = await chat().say('which one has the steeper learning curve');
    expect(text).toMatch(/\[1\]/);
    expect(text).toMatch(/barrier to entry|beginner-friendly/);
  });
});

describe('experiments and productionizing, however they are written (fifty-fifth session)', () => {
  it('answers "how much time do mles spend on experiments vs productionizing" with the FAANG split', async () => {
    const text = await chat().say('how much time do mles spend on experiments vs productionizing');
    expect(text).toMatch(/50% experimentation \(training, evaluation\), 30% productionization/);
  });
});

describe('what they are bored of, and the role it points to (fifty-fifth session)', () => {
  it('points an ML engineer bored of model tuning who likes building infra to Data Engineer', async () => {
    const c = chat();
    expect(await c.say('so im an mle, 3 yoe, honestly bored of model tuning and i like building infra more')).toMatch(
      /you'd rather avoid model tuning/,
    );
    const fit = await c.say('which role fits me');
    expect(fit.split('\n')[0]).toMatch(/my sources point to Data Engineer:$/);
    expect(fit.split('\n')[1]).toMatch(/^Substrate -> data engineer\./);
  });

  it('keeps the tools and the place apart in "i use pytorch and sagemaker based in london"', async () => {
    const c = chat();
    await c.say('3 yoe mle, i use pytorch and sagemaker based in london');
    expect(await c.say('what do u know about me')).toMatch(/you are in London and you know pytorch and sagemaker\./);
  });
});

describe('Taglish and Portuguese words around an English question (fifty-fifth session)', () => {
  it.each([
    ['magkano po sahod ng de', /^Data Engineer Salary \(2026\)/],
    ['what about remote for us companies po', /^Remote \(Global\):/],
    ['mano qual paga mais, de ou mle?', /^ML engineers earn more than data engineers at every level/],
  ])('answers "%s"', async (asked, lead) => {
    const text = await chat().say(asked);
    expect(text.split('\n').find((line) => !line.endsWith(':'))).toMatch(lead);
  });

  it('thanks back "ok salamat po", and names Brazil, not the language, in "quanto ganha a de in brazil? like in reais"', async () => {
    expect(await chat().say('ok salamat po')).toMatch(/^You're welcome!/);
    expect((await chat().say('quanto ganha a de in brazil? like in reais')).split('\n')[0]).toMatch(/“brazil”/);
    expect(await chat().say('¿cuánto gana un ingeniero de datos?')).toMatch(/^I can only read English for now/);
  });
});

describe('pay of both roles, each ladder beside the other (fifty-fifth session)', () => {
  it('shows the ML engineer ladder beside the data engineer one for "which pays more"', async () => {
    const text = await chat().say('which pays more');
    const de = text.indexOf('• Data Engineer Salary (2026)');
    const mle = text.indexOf('• ML Engineer Salary (2026)');
    expect(de).toBeGreaterThan(0);
    expect(mle).toBeGreaterThan(de);
  });

  it('reads "tbh i dont get what a pipeline is" as asking what a pipeline is', async () => {
    expect(await chat().say('tbh i dont get what a pipeline is')).not.toMatch(/^Pipeline reliability -> data engineer/m);
  });
});

describe('years of another job, corrected (fifty-fifth session)', () => {
  it('keeps "i meant 9 yrs" as their years, and asks a nurse\'s pay at entry level still after "sorry i meant 9 yrs nursing not 8"', async () => {
    const c = chat();
    await c.say('im a nurse 8 yrs, learning python');
    expect(await c.say('i meant 9 yrs')).toMatch(/you work as a nurse \(9 years in\)/);
    const d = chat();
    await d.sayAll(['im a nurse here in manila 8 yrs, learning python at night', 'how much would i make as a de']);
    const text = await d.say('sorry i meant 9 yrs nursing not 8');
    expect(text.split('\n')[0]).toBe('Data Engineer pay, entry level:');
    expect(text).not.toMatch(/Staff \(8\+ years\)/);
  });
});

describe('what getting into the role they head for asks (fifty-fifth session)', () => {
  it('answers an ML engineer heading for DE on the skills and interviews of data engineering', async () => {
    const c = chat();
    await c.say('im an mle 3 yoe thinking of moving to de');
    expect((await c.say('what would i be missing skill wise')).split('\n')[0]).toBe('Data Engineer skill:');
    const interview = await c.say('what does the interview look like for someone like me');
    expect(interview.split('\n')[1]).toMatch(/^Data engineer interviews include SQL live coding/);
  });
});

describe('bored of their own job (fifty-fifth session)', () => {
  it('keeps "kinda bored of my job tbh" as told, not as a kind of work to avoid', async () => {
    const text = await chat().say('kinda bored of my job tbh');
    expect(text).not.toMatch(/rather avoid my job/);
    expect(text).toMatch(/^Noted: “kinda bored of my job tbh”\./);
  });
});

describe('doubt and pushback on an answer (fifty-sixth session)', () => {
  it('answers "u sure" with the sentence it opened with and that source alone, not the whole answer again', async () => {
    const c = chat();
    const answer = await c.say('is de easier to get into than mle');
    const doubted = await c.say('u sure');
    expect(doubted.split('\n')[0]).toBe('What my sources say: both roles:');
    expect(doubted.split('\n')[1]).toBe(answer.split('\n')[0]);
    expect(doubted).not.toMatch(/Also in my sources/);
  });

  it('says what it can vouch for when doubted again, and still follows the answer doubted with "and mle?"', async () => {
    const c = chat();
    await c.sayAll(['how much do data engineers make', 'u sure']);
    const again = await c.say('thats not what i read elsewhere');
    expect(again).toMatch(/^That is what my sources say, and I can only quote them, not check them against others\./);
    expect(again).not.toMatch(/\[1\]/);
    expect((await c.say('and mle?')).split('\n')[0]).toBe('ML Engineer pay:');
  });

  it('hears "ur wrong" as doubt too: the sentence again first, then what it can vouch for', async () => {
    const c = chat();
    await c.say('which pays more de or mle');
    expect((await c.say('ur wrong')).split('\n')[0]).toBe('What my sources say: both roles pay:');
    expect(await c.say('ur wrong')).toMatch(/^That is what my sources say, and I can only quote them/);
  });

  it('answers "that contradicts what u said before" with what each source says of the answer just given', async () => {
    const c = chat();
    await c.sayAll(['how much do data engineers make', 'is de easier to get into than mle']);
    const text = await c.say('that contradicts what u said before');
    expect(text.split('\n')[0]).toBe('Both roles: what each source says:');
    expect(text).toMatch(/lower barrier to entry/);
  });
});

describe('small asks of a busy server (fifty-sixth session)', () => {
  it('reads "moar" as "more", and "whats my yoe again" as what it keeps', async () => {
    const c = chat();
    await c.sayAll(['im a backend dev 3 yoe', 'tools for de?']);
    expect((await c.say('moar')).split('\n')[0]).toBe('More on Data Engineer tools:');
    expect(await c.say('whats my yoe again')).toMatch(/^What I keep about you: you work as a backend developer \(3 years in\)\./);
  });

  it('keeps "BA" as a business analyst and Power BI as a tool they use', async () => {
    const c = chat();
    expect(await c.say('im a BA in toronto, 4 yoe, mostly sql and power bi')).toMatch(
      /you work as a business analyst \(4 years in\), you are in Toronto and you know sql and powerbi\./,
    );
    expect((await c.say('which role is closer to what i do')).split('\n')[0]).toBe('Which role uses what you know (sql):');
    expect(await chat().say('i have a BA in economics')).not.toMatch(/business analyst/);
  });
});

describe('a move the sources never describe, said before what they say of getting in (fifty-sixth session)', () => {
  it('says first that the sources give an accountant no time, so "2-3 months" from backend work is not read as theirs', async () => {
    const text = await chat().say(
      'so im an accountant (cpa) 18 yrs in, basic sql selects and joins. how long would it take me to become a data engineer realistically',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('The move from accountant to Data Engineer:');
    expect(lines[1]).toBe(
      'My sources say nothing of moving from accountant to data engineering; this is what they say of getting into it.',
    );
    expect(lines[2]).toMatch(/2-3 months of focused learning\. \[1\]$/);
  });
});

describe('a question run on after what they told, with no mark (fifty-sixth session)', () => {
  it('answers "i have some kafka exp at work does that count for de" instead of noting it as told', async () => {
    const text = await chat().say('i have some kafka exp at work does that count for de');
    expect(text).not.toMatch(/^Noted/);
    expect(text.split('\n')[0]).toMatch(/Streaming systems \(Kafka, Kinesis, Pub\/Sub\)/);
  });

  it('declines "be honest do companies hire 44 yr old juniors" as age, not noting it as told', async () => {
    expect(await chat().say('be honest do companies hire 44 yr old juniors')).toMatch(/^My sources don't cover “age”\./);
  });

  it('answers "does my kafka exp count" of Kafka, not of the job they came from, and keeps "some kafka" whole', async () => {
    const c = chat();
    const text = await c.say('im a backend dev with some kafka, does my kafka exp count');
    expect(text.split('\n')[0]).toBe('What your kafka experience counts for in Data Engineer and ML Engineer:');
    expect(text.split('\n')[1]).toMatch(/Spark, Kafka, S3/);
    expect(await c.say('what do u know about me')).toMatch(/you know some kafka\. It is kept/);
  });

  it('keeps the city, not the field, of "18 yoe in accounting in toronto"', async () => {
    expect(await chat().say('im 44, cpa, 18 yoe in accounting in toronto, excel vba and a little sql')).toMatch(
      /you work as a cpa \(18 years in\) and you are in Toronto\./,
    );
  });
});

describe('another question of the quiz, asked after a what-if (fifty-sixth session)', () => {
  it('answers "and q1?" and "ok what about q5" after "what if i changed q3" as what-ifs of those questions', async () => {
    const c = chat();
    await c.sayAll(['/quiz', 'a', 'a', 'b', 'a', 'b', 'what if i changed q3']);
    expect(await c.say('and q1?')).toMatch(/^On question 1 \(model accuracy vs pipeline reliability\): /);
    expect(await c.say('ok what about q5')).toMatch(/^On question 5 \(research-y ambiguity\): /);
  });
});

describe('Hinglish a Bangalore developer types (fifty-sixth session)', () => {
  it('reads "pehle" as first and "bakwas" as a complaint', async () => {
    const c = chat();
    expect(await c.say('kya sikhu pehle')).not.toMatch(/don't cover/);
    await c.say('how much do des make in india');
    expect(await c.say('bakwas yaar these are usd')).toMatch(/^Sorry that didn't help\./);
    expect(await c.say('useless')).toMatch(/^Sorry that didn't help\./);
  });
});

describe('two tools set one above the other, which the articles never do (fifty-sixth session)', () => {
  it.each(['pytorch or tensorflow which is easier for a beginner to learn first', 'spark or flink which is better'])(
    'declines "%s", naming the comparison, with the closest passages',
    async (asked) => {
      const text = await chat().say(asked);
      expect(text).toMatch(/^My sources don't cover “(?:pytorch versus tensorflow|spark versus flink)”\.\nThe closest they have:/);
    },
  );

  it('still answers "airflow or dagster" and "do de use spark or flink" from the lists that name them', async () => {
    expect((await chat().say('airflow or dagster')).split('\n')[0]).toMatch(/Airflow, Dagster, or Prefect/);
    expect(await chat().say('do de use spark or flink')).not.toMatch(/don't cover/);
  });
});

describe('why they ask, closing the question (fifty-sixth session)', () => {
  it('answers junior pay of both for "… vs a junior mle, tryna figure out if the pay diff is worth the extra grind"', async () => {
    const text = await chat().say(
      'just graduated cs last month lol what does a junior de actually make vs a junior mle, tryna figure out if the pay diff is worth the extra grind',
    );
    expect(text.split('\n')[0]).toMatch(/^ML Engineer Salary \(2026\): Junior \(0-2 years\)/);
  });

  it('reads "did i pick wrong" after a story of what they enjoy as which role fits them', async () => {
    const text = await chat().say(
      'been grinding mle courses for a year, feel totaly stuck and burnt out and i actually enjoy the data plumbing parts more. did i pick wrong',
    );
    expect(text.split('\n')[0]).toMatch(/^Which role fits you, .* my sources point to Data Engineer:$/);
  });
});

describe('a role in between, and hired in spite of a degree (fifty-sixth session)', () => {
  it('answers "is there a role in between de and mle" with the hybrid role', async () => {
    expect((await chat().say('is there a role in between de and mle')).split('\n')[0]).toMatch(/^ML data engineer is the hybrid role/);
  });

  it('answers "so can i still get hired" after "i only have a bs in cs" of ML engineering, by degree', async () => {
    const c = chat();
    await c.sayAll(['do i need a masters for mle', 'i only have a bs in cs']);
    const text = await c.say('so can i still get hired');
    expect(text.split('\n')[0]).toBe('Your question, with what you just said:');
    expect(text.split('\n')[1]).toMatch(/^Education: /);
  });
});

describe('years corrected after how long a move takes (fifty-sixth session)', () => {
  it('notes "sorry i meant 3 yoe" after "how long would that take me to become a de", not asking the move at a level', async () => {
    const c = chat();
    await c.sayAll(['im 30 w 2 yoe backend rn', 'how long would that take me to become a de']);
    expect(await c.say('sorry i meant 3 yoe')).toMatch(/^Noted: you work as a backend developer \(3 years in\)\./);
    expect((await c.say('and mle?')).split('\n')[0]).toBe('The move from backend developer to ML Engineer:');
  });
});

describe('Nigerian Pidgin: where they are, and a greeting (fifty-sixth session)', () => {
  it('keeps "i be for nigeria" as where they live, and gives pay there next', async () => {
    const c = chat();
    expect(await c.say('i be for nigeria')).toMatch(/^Noted: you are in Nigeria\./);
    expect((await c.say('wetin be salary for de')).split('\n')[0]).toBe('Data Engineer pay, in Nigeria:');
  });

  it('greets "how far" back, and still answers "how far can a de go"', async () => {
    expect(await chat().say('how far')).toMatch(/^Hi! /);
    expect((await chat().say('how far can a de go')).split('\n')[0]).toMatch(/^Terminal roles include VP of Data Engineering/);
  });
});

describe('someone else asked of, with nothing told of them (fifty-sixth session)', () => {
  it('answers "what would he make" with both roles pay level by level, asking for their years', async () => {
    const text = await chat().say('what would he make');
    expect(text.split('\n')[0]).toBe('Both roles pay, level by level (tell me their years for theirs):');
  });

  it('answers "how long till shes hireable as a de" with what the sources say of getting into data engineering', async () => {
    const text = await chat().say('how long till shes hireable as a de');
    expect(text).not.toMatch(/My sources have no timelines/);
    expect(text).toMatch(/2-3 months of focused learning/);
  });
});

describe('what a quiz result says of the person, and what the sources order (fifty-seventh session)', () => {
  it('does not tell someone who said no to statistics that they enjoy math and statistics', async () => {
    const c = chat();
    const result = await c.sayAll(['/quiz', 'a', 'b', 'a', 'b', 'a']);
    expect(result).toMatch(/^Your fit: ML Engineer/m);
    expect(result).not.toMatch(/enjoy math and statistics/);
    expect(result).toMatch(/^Why: "The Machine Learning Engineer path is the optimal long-term bet for those who thrive on building/m);
  });

  it('still gives the statistics reason to someone who said yes to it', async () => {
    const result = await chat().sayAll(['/quiz', 'a', 'a', 'a', 'b', 'a']);
    expect(result).toMatch(/^Why: "Choose ML engineering if you're interested in model building, enjoy math and statistics/m);
  });

  it('does not tell someone at ease with ambiguity that they prefer clear problems over ambiguous research', async () => {
    const result = await chat().sayAll(['/quiz', 'b', 'b', 'b', 'b', 'a']);
    expect(result).toMatch(/^Your fit: Data Engineer/m);
    expect(result).not.toMatch(/over ambiguous research questions/);
    expect(result).toMatch(/^Why: "The Data Engineer path is superior for those who prefer the structural rigors/m);
  });

  it('says the sources rank no certifications for "which of those first" after the certifications', async () => {
    const c = chat();
    await c.say('are certs worth it for mle');
    expect((await c.say('which of those first')).split('\n')[0]).toBe(
      "ML Engineer certs: which of those first (my sources don't rank these; here is what they say again):",
    );
  });

  it('reads Pidgin "how far," opening a question as a greeting, not as how far a career goes', async () => {
    const text = await chat().say('how far, im a student in lagos what should i learn first');
    expect(text).not.toMatch(/Terminal roles/);
    expect(text.split('\n')[0]).toMatch(/prioritize SQL and Distributed Systems|prioritize Python and MLOps/);
  });
});

describe('British chat: thanks, "innit", "mate" and "proper" (fifty-seventh session)', () => {
  it('thanks "k ta" and "ta mate", and keeps neither as where they live', async () => {
    const c = chat();
    await c.say('what do de make');
    expect(await c.say('k ta')).toMatch(/^You're welcome!/);
    expect(await c.say('ta mate')).toMatch(/^You're welcome!/);
    expect(await c.say('what do you know about me')).toMatch(/^I keep nothing about you yet\./);
  });

  it('owns "useless mate" as a complaint', async () => {
    expect(await chat().say('useless mate')).toMatch(/^Sorry that didn't help\./);
  });

  it('answers "mle is just hype innit" and "is mle just hype tbh or is it proper" with the outlook', async () => {
    for (const typed of ['mle is just hype innit', 'is mle just hype tbh or is it proper'])
      expect((await chat().say(typed)).split('\n')[0]).toMatch(/^ML engineering headcount has exploded since 2022/);
  });
});

describe('Indian English a Bangalore developer types (fifty-seventh session)', () => {
  it('reads "bcoz" as because, "mtech" as a master\'s and "diff btw" as the difference between', async () => {
    expect(await chat().say('is de dying bcoz of ai?')).not.toMatch(/don't cover/);
    expect((await chat().say('is mtech worth it for mle')).split('\n')[0]).toMatch(/^Helpful but not required\./);
    expect((await chat().say('wat is diff btw de n mle')).split('\n')[0]).toMatch(/^The short answer: data engineer owns data pipelines/);
  });
});

describe('a question asked after what they told, with no mark between (fifty-seventh session)', () => {
  it('answers "sir i know java and some sql what to learn first for de" and keeps the tools', async () => {
    const c = chat();
    expect((await c.say('sir i know java and some sql what to learn first for de')).split('\n')[0]).toMatch(
      /prioritize SQL and Distributed Systems/,
    );
    expect(await c.say('what do you know about me')).toMatch(/you know java and some sql/);
  });

  it('answers "given all that which is a better fit for me" after a background, not noting it as told', async () => {
    const c = chat();
    await c.say('im a mech engineer, 17 yoe, matlab and excel');
    const text = await c.say('given all that which is a better fit for me');
    expect(text).not.toMatch(/^Noted/);
    expect(text.split('\n')[0]).toBe('Which role suits you, coming from mech engineer:');
  });

  it('answers "ok given that which is easier for me to break into" with the lower barrier of data engineering', async () => {
    const c = chat();
    await c.say('im a mech engineer, 17 yoe, matlab and excel');
    expect(await c.say('ok given that which is easier for me to break into')).toMatch(/^Data engineering has a lower barrier to entry\./);
  });

  it('says the sources do not speak of "my notice period is 90 days will that affect de switch", not noting it', async () => {
    const text = await chat().say('my notice period is 90 days will that affect de switch');
    expect(text).not.toMatch(/^Noted/);
    expect(text).toMatch(/^My sources don't/);
  });
});

describe('what they told, taken back and said again (fifty-seventh session)', () => {
  it('forgets all that "im a de w 3 yoe" told on "actually forget that, i\'m a student", and keeps the student', async () => {
    const c = chat();
    await c.say('im a de w 3 yoe');
    expect(await c.say("actually forget that, i'm a student")).toMatch(
      /^Done: I no longer keep what you told me\. What I still keep about you: you are a student\./,
    );
    expect(await c.say('what do u know about me now')).toMatch(/^What I keep about you: you are a student\. /);
  });

  it('keeps what was told before the message taken back on "scratch that, …"', async () => {
    const c = chat();
    await c.sayAll(['im in berlin', 'im a de w 3 yoe']);
    await c.say('scratch that, im a student');
    expect(await c.say('what do u know about me')).toMatch(/^What I keep about you: you are a student and you are in Berlin\. /);
  });

  it('keeps "im a hs junior" and "senior in college" as students, not as a junior or senior level', async () => {
    expect(await chat().say('im a hs junior')).toMatch(/^Noted: you are a high school student\./);
    const c = chat();
    await c.say('senior in college, which pays more');
    expect(await c.say('what do u know about me')).toMatch(/^What I keep about you: you are a college student\. /);
  });
});

describe('quiz answers said the way a wordy career changer says them (fifty-seventh session)', () => {
  it('takes "hmm prob pipeline reliability? ive spent my career…" as pipeline reliability, its question mark a hedge', async () => {
    expect(await quizReplyTo([], 'hmm prob pipeline reliability? ive spent my career making test rigs not break lol')).toBe(
      'Taken as 2. Pipeline reliability (type back to change it).',
    );
  });

  it('takes "honestly not really, stats was my worst class" as no to statistics', async () => {
    expect(await quizReplyTo(['a'], 'honestly not really, stats was my worst class')).toBe(
      "Taken as 2. No, I'd rather learn distributed systems (type back to change it).",
    );
  });

  it('reads "wait i meant q2 not q3" after a what-if on q3 as the what-if on q2', async () => {
    const c = chat();
    await c.sayAll(['/quiz', 'a', 'b', 'b', 'b', 'b', 'what if i said yes to q3']);
    expect(await c.say('wait i meant q2 not q3')).toMatch(/^On question 2 \(statistics and probability\): /);
  });
});

describe('whose figure each bullet is (fifty-seventh session)', () => {
  it('names the role of "Remote availability is higher at 48% of postings" beside the other role\'s 44%', async () => {
    const text = await chat().say('remote?');
    expect(text).toMatch(/^ {2}• Data Engineer: Remote availability is higher at 48% of postings\. \[\d\]$/m);
    expect(text).toMatch(/^ {2}• ML Engineer: Remote availability sits at 44% of postings\. \[\d\]$/m);
  });

  it('adds no role to a bullet that names its roles already', async () => {
    expect(await chat().say('remote?')).toMatch(/^ {2}• Remote \(Global\): Machine Learning Engineer/m);
  });
});

describe('Portuguese and Taglish words in an English question (fifty-seventh session)', () => {
  it('answers "…sql and power bi. qual é melhor for me de or mle?", its few Portuguese words no bar to reading it', async () => {
    const text = await chat().say('i am data analyst 1 yoe in sao paulo, sql and power bi. qual é melhor for me de or mle?');
    expect(text).not.toMatch(/I can only read English/);
    expect(text.split('\n')[0]).toBe('Which role suits you, coming from data analyst:');
  });

  it('still says it reads only English of a question all in Spanish', async () => {
    expect(await chat().say('¿cuánto gana un ingeniero de datos?')).toMatch(/^I can only read English for now/);
  });

  it('answers "ano po mas madali pasukin, de or mle? 🙏" with the lower barrier of data engineering', async () => {
    expect(await chat().say('ano po mas madali pasukin, de or mle? 🙏')).toMatch(/^Data engineering has a lower barrier to entry\./);
  });
});

describe('asked the way a learner asks (fifty-seventh session)', () => {
  it('answers "what should i learn next" with what to prioritise', async () => {
    expect((await chat().say('what should i learn next')).split('\n')[0]).toMatch(/prioritize Python and MLOps/);
  });

  it('answers "mlops meaning?" with what MLOps is', async () => {
    expect(await chat().say('mlops meaning?')).toMatch(/MLOps: The specialized skill set needed to manage the model lifecycle/);
  });

  it('says it shorter on "explain simple" and "i not understand", as on "explain simpler"', async () => {
    for (const typed of ['explain simple', 'i not understand']) {
      const c = chat();
      await c.say('is de hard to learn');
      expect((await c.say(typed)).split('\n')[0]).toBe('In short: Data Engineer:');
    }
  });
});

describe('reactions in Taglish and Portuguese (fifty-seventh session)', () => {
  it('takes "grabe 😳 ok po" after pay as a reaction, and "and de?" still follows the pay', async () => {
    const c = chat();
    await c.say('how much do mle make');
    expect(await c.say('grabe 😳 ok po')).toMatch(/^Got it\./);
    expect((await c.say('and de?')).split('\n')[0]).toBe('Data Engineer pay:');
  });

  it('thanks "obrigado vc ajudou" back', async () => {
    expect(await chat().say('obrigado vc ajudou')).toMatch(/^You're welcome!/);
  });
});

describe('base asked, comp given (fifty-seventh session)', () => {
  it('says DataDriven does not say whether its L6 comp is base when base is asked', async () => {
    const text = await chat().say('whats the base at l6 for mle');
    expect(text.split('\n')[0]).toMatch(/^Comp at L6 \(US, FAANG\)/);
    expect(text).toMatch(/^DataDriven doesn't say whether these figures are base\.$/m);
  });

  it('says nothing of it when the figure says it is base', async () => {
    expect(await chat().say('whats the base for senior mle')).not.toMatch(/doesn't say whether/);
  });
});

describe('greetings, reactions and half-sentences typed the way a server types (fifty-eighth session)', () => {
  it('greets back "bom dia gente" and welcomes back "oi again", whatever words the articles lack', async () => {
    expect(await chat().say('bom dia gente')).toMatch(/^Hi!/);
    expect(await chat().say('oi again')).toMatch(/^Welcome back!/);
  });

  it('takes "ok thats fire", "W" and "ts is so long 😭" as reactions, not as the last question asked again', async () => {
    for (const typed of ['ok thats fire 🔥', 'W', 'ts is so long 😭']) {
      const c = chat();
      await c.say('how much do mle make');
      expect(await c.say(typed)).toMatch(/^Got it\./);
    }
  });

  it('keeps nothing of "but like" or "ok so", typed while the rest of the thought is coming', async () => {
    const c = chat();
    expect(await c.say('ok so')).toMatch(/^Got it\./);
    expect(await c.say('but like')).toMatch(/^Got it\./);
    expect(await c.say('what do u know about me')).toMatch(/^I keep nothing about you yet/);
  });

  it('keeps "im 19 first year cs" as a student, and "my first year as a de" as a data engineer', async () => {
    expect(await chat().sayAll(['im 19 first year cs', 'what do u know about me'])).toMatch(/you are a student/);
    const de = await chat().sayAll(['im in my first year as a de', 'what do u know about me']);
    expect(de).toMatch(/you work as a data engineer/);
    expect(de).not.toMatch(/student/);
  });
});

describe('what to learn, asked without a question mark (fifty-eighth session)', () => {
  it('answers "what should i learn" and "i dont know what to learn" with what each role prioritizes', async () => {
    for (const typed of ['what should i learn', 'i dont know what to learn', 'not sure what i should study first'])
      expect((await chat().say(typed)).split('\n')[0]).toMatch(/prioritize Python and MLOps/);
  });

  it('answers "what does mlops mean in ur sources" as "what does mlops mean"', async () => {
    expect(await chat().say('what does mlops mean in ur sources')).toMatch(/MLOps: The specialized skill set/);
  });

  it('says where an answer came from on "which source?"', async () => {
    const c = chat();
    await c.say('how much do mle make');
    expect((await c.say('which source?')).split('\n')[0]).toMatch(/^Where those figures come from/);
  });
});

describe('a story told the way chat tells it, without "i" (fifty-eighth session)', () => {
  it('answers "was a dba for 5 yoe at a bank. which is faster for me to get into" for a DBA, and keeps the job', async () => {
    const c = chat();
    const text = await c.say(
      'so i got laid off last week ngl its rough. was a dba for 5 yoe at a bank. which is faster for me to get into',
    );
    expect(text.split('\n')[0]).toMatch(/^Data engineering has a lower barrier to entry\./);
    expect(text).toMatch(/database administration with 2-3 months/);
    expect(await c.say('what do u know about me')).toMatch(/database administrator \(5 years\)/);
  });

  it('does not take "was a masters worth it" for a job told', async () => {
    const c = chat();
    await c.say('was a masters worth it for mle');
    expect(await c.say('what do u know about me')).toMatch(/^I keep nothing about you yet/);
  });
});

describe('Gen-Z words around what is told and asked (fifty-eighth session)', () => {
  it('keeps "im lowkey bad at stats 💀" as statistics to avoid', async () => {
    expect(await chat().say('im lowkey bad at stats 💀')).toMatch(/^Noted: you'd rather avoid statistics\./);
  });

  it('answers through "istg", "ykwim" and "ts" (this)', async () => {
    expect((await chat().say('istg i hate math which one needs less math')).split('\n')[0]).toMatch(/Statistics and math/);
    const c = chat();
    await c.say('im lowkey bad at stats');
    expect((await c.say('is ts gonna be a problem')).split('\n')[0]).toMatch(/^Statistics/);
  });

  it('answers "what would i still lack for mle" as "what would i lack"', async () => {
    expect(await chat().say('what would i still lack for mle')).toMatch(/Machine learning algorithms/);
  });
});

describe('asking for someone else: a parent for a son (fifty-eighth session)', () => {
  it("keeps nothing a parent tells of their son as the parent's own", async () => {
    const c = chat();
    await c.say('I am a nurse in Toronto. I am asking for my son. He is 21, second year computer science.');
    await c.say('How long would that take HIM? He is a second year student.');
    const kept = await c.say('what do you know about me');
    expect(kept).toMatch(/you work as a nurse/);
    expect(kept).not.toMatch(/you are a student|you are a second year/);
  });

  it('weighs what was told of him when asked of him: the fit, how long, and pay at his level', async () => {
    const c = chat();
    expect(await c.say('my son likes math and hates on call')).toMatch(/try "which role fits him\?"/);
    expect(await c.say('He is a second year cs student.')).toMatch(/^Noted: “He is a second year cs student\.”/);
    expect((await c.say('which role fits him?')).split('\n')[0]).toBe(
      'Which role fits them, who likes math and minds on call — my sources point to ML Engineer:',
    );
    expect((await c.say('how long would it take him?')).split('\n')[0]).toMatch(/second year computer science student/);
    expect((await c.say('how much would he make')).split('\n')[0]).toBe('Both roles pay, entry level:');
  });

  it('answers "My son likes math and hates on call. Which role fits him?" in one message', async () => {
    expect((await chat().say('My son likes math and hates on call. Which role fits him?')).split('\n')[0]).toMatch(
      /^Which role fits them, who likes math and minds on call/,
    );
  });

  it('says what it keeps when asked "what do you know about my son?"', async () => {
    expect(await chat().say('What do you know about my son?')).toMatch(
      /^I keep only what you tell me about yourself, nothing about your son\. .*\/quiz/,
    );
  });
});

describe('quiz answers typed around the number, or for someone else (fifty-eighth session)', () => {
  it('takes "nah 1", "1 i guess" and "ok option 2 pls" as the numbers they say', async () => {
    expect(await quizReplyTo([], 'nah 1')).toBe('Question 2 of 5 · statistics and probability');
    expect(await quizReplyTo([], '1 i guess')).toBe('Question 2 of 5 · statistics and probability');
    const c = chat();
    await c.sayAll(['/quiz', 'ok option 2 pls', 'back']);
    expect(await c.say('1')).toMatch(/^Question 2 of 5/);
  });

  it('says a number beyond the options is one, whatever words are around it', async () => {
    expect(await quizReplyTo([], 'option 4')).toBe('Type a number from 1 to 3, or back · restart · quit.');
  });

  it('reads "he likes both I think" and "not sure, I am his mother", typed by a parent for a son', async () => {
    expect(await quizReplyTo([], 'he likes both I think')).toBe('Taken as 3. Both equally / not sure (type back to change it).');
    expect(await quizReplyTo([], 'not sure, I am his mother')).toBe('Taken as 3. Both equally / not sure (type back to change it).');
  });
});

describe('a counselor asking for students, and Pidgin typed in Lagos (fifty-eighth session)', () => {
  it('never keeps "asking for a student" or "ok next student" as the counselor\'s job', async () => {
    const c = chat();
    await c.say("asking for a student. he's 23, business degree, knows excel and some sql");
    await c.say('ok next student');
    expect(await c.say('what do you know about me')).not.toMatch(/you are an? (?:asking|ok)/);
  });

  it('says back what was told of her in this conversation on "what do you know about her"', async () => {
    const c = chat();
    await c.say('my student is a math major who hates coding interviews');
    await c.say('she also did a stats internship last summer');
    expect(await c.say('what do you know about her')).toMatch(
      /^In this conversation you told me: “my student is a math major who hates coding interviews”, “she also did a stats internship last summer”\. I weigh it in what you ask about her/,
    );
  });

  it('says back a story of a daughter opened with a greeting ("hi, my daughter is 17…")', async () => {
    const c = chat();
    await c.say('hi, my daughter is 17 and loves math but hates coding');
    expect(await c.say('what do you know about her')).toMatch(/^In this conversation you told me: “hi, my daughter is 17/);
  });

  it('keeps Lagos from "i dey lagos", and no place from "na phone i dey use"', async () => {
    const c = chat();
    await c.say('i dey lagos');
    await c.say('i no get laptop na phone i dey use');
    expect(await c.say('what do you know about me')).toMatch(/you are in Lagos/);
  });

  it('takes "omo", "e choke ngl" and "omo no be small thing" as reactions', async () => {
    for (const typed of ['omo', 'e choke ngl', 'omo no be small thing']) {
      const c = chat();
      await c.say('how much do mle make in nigeria');
      expect(await c.say(typed)).toMatch(/^Got it\./);
    }
  });
});

describe('pay asked as what it costs or takes home (fifty-eighth session)', () => {
  it('answers "why is mle more expensive" with why ML engineers earn more', async () => {
    expect((await chat().say('why is mle more expensive')).split('\n')[0]).toMatch(/The premium comes from two factors/);
  });

  it('answers "which is cheaper to hire" and "how much does an mle cost to hire" with pay, never as a price', async () => {
    expect((await chat().say('which is cheaper to hire')).split('\n')[0]).toMatch(
      /ML engineers earn more than data engineers at every level/,
    );
    expect(await chat().say('how much does an mle cost to hire')).toMatch(/ML Engineer Salary \(2026\)/);
  });

  it('reads "whats mle take home" as pay, and a take-home in an interview as the exercise', async () => {
    expect(await chat().say('k so whats mle take home')).toMatch(/ML Engineer Salary \(2026\)/);
    expect((await chat().say('what do they ask in ml engineer interviews? take home?')).split('\n')[0]).toMatch(
      /take-home or live model training/,
    );
  });
});

describe('Aussie ways of asking (fifty-eighth session)', () => {
  it('answers "im an analyst 3 yoe. de pays what at mid level" rather than only noting the analyst', async () => {
    expect(await chat().say('im an analyst 3 yoe. de pays what at mid level')).toMatch(/Mid-level \(3-5 years\): \$135K-\$180K base/);
  });

  it('answers "reckon i could work remote for a us company…" with remote pay, saying the sources lack Sydney', async () => {
    const text = await chat().say('reckon i could work remote for a us company from sydney as a de');
    expect(text).toMatch(/Remote \(Global\)/);
    expect(text).toMatch(/sydney/i);
  });
});

describe('coming back, and asking what was kept (fifty-ninth session)', () => {
  it('welcomes back "hiya im back", "morning! me again, chloe" and "its sam again", keeping none of it as told', async () => {
    for (const typed of ['hiya im back', 'morning! me again, chloe', 'its sam again', 'back. slept on it', 'hiii im back 🙋‍♀️']) {
      const c = chat();
      expect(await c.say(typed)).toMatch(/^Welcome back!/);
      expect(await c.say('what do u know about me')).toMatch(/^I keep nothing about you yet/);
    }
  });

  it('sees off "cheers mate, ta ra", "take care" and "see ya later" with a goodbye', async () => {
    for (const typed of ['cheers mate, ta ra', 'take care', 'see ya later', 'ok thanks, gotta go'])
      expect(await chat().say(typed)).toMatch(/^Bye!/);
  });

  it('still answers a question typed after "im back"', async () => {
    expect(await chat().say('im back, how much do mles make?')).toMatch(/ML Engineer Salary \(2026\)/);
  });

  it('says the kept quiz result back however it is asked for, and a what-if is still a what-if', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1', '1', '1']);
    for (const typed of [
      'remind me what my quiz result was',
      'do u remember what my quiz said',
      'and my quiz result?',
      'what did my quiz say again',
      'what did i get on the quiz',
    ])
      expect(await c.say(typed)).toMatch(/^Your latest quiz result: ML Engineer\. Your answers: 1\. Model accuracy/);
    expect(await c.say('what if i had said no on q2')).not.toMatch(/^Your latest quiz result/);
  });

  it('says back what was told when asked "what did i tell u about myself" or "do you even remember me"', async () => {
    for (const typed of [
      'what did i tell u about myself?',
      'and what did i tell u about me, like do u remember',
      'what do i remember telling u',
      'do you even remember me',
    ]) {
      const c = chat();
      await c.say('im a data analyst with 2 yoe');
      expect(await c.say(typed)).toMatch(/you work as a data analyst/);
    }
  });

  it('answers "what did i tell you about pay" as a question about pay', async () => {
    expect(await chat().say('what did i tell you about pay')).not.toMatch(/What I keep about you|I keep nothing/);
  });
});

describe('pay asked of oneself with a level named (fifty-ninth session)', () => {
  it('answers "ok so like how much would i make straight out of college 💰" with entry pay', async () => {
    expect((await chat().say('ok so like how much would i make straight out of college 💰')).split('\n')[0]).toMatch(
      /Entry Salary: Data Engineer \$85,000/,
    );
  });

  it('still says the sources lack a place: "how much would i make in berlin"', async () => {
    expect(await chat().say('how much would i make in berlin')).toMatch(/berlin/i);
  });
});

describe("a follow-up to a story, never declined for the story's words (fifty-ninth session)", () => {
  it('answers "is that dumb" and "why" after a story of Berlin and burn-out, without saying the sources lack them', async () => {
    for (const next of ['is that dumb', 'why']) {
      const c = chat();
      await c.say('im an mle with 4 yoe in berlin, burnt out, thinking of moving to de for stability');
      const reply = await c.say(next);
      expect(reply).not.toMatch(/don't cover|couldn't find/);
      expect(reply).toMatch(/\[1\]/);
    }
  });

  it('still says the sources lack Berlin when pay is asked of the person who lives there', async () => {
    const c = chat();
    await c.say('im a de in berlin with 3 yoe');
    expect(await c.say('so what would i make as an mle')).toMatch(/berlin/i);
  });
});

describe('quiz answers said with their reasons (fifty-ninth session)', () => {
  it('takes "yes deeply actually, ive been doing a stats course on the side" as "Yes, deeply", not as in between', async () => {
    expect(await quizReplyTo(['1'], 'yes deeply actually, ive been doing a stats course on the side')).toMatch(/^Taken as 1\. Yes, deeply/);
  });

  it('takes "money matters but its not everything" as the middle answer on comp', async () => {
    expect(await quizReplyTo(['1', '1', '1'], 'oh ok money matters but its not everything')).toMatch(
      /^Taken as 3\. It matters, but it won't decide/,
    );
  });

  it('takes the number that closes a line of reasons: "…wouldnt do it JUST for pay. 3"', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1']);
    expect(await c.say('id like good pay but wouldnt do it JUST for pay. 3')).toMatch(/^Question 5 of 5/);
    await c.say('1');
    expect(await c.say('what was my quiz result')).toMatch(/4\. It matters, but it won't decide/);
  });
});

describe('Indian English, and a background said as where one comes from (fifty-ninth session)', () => {
  it('reads "what is the scope of ML engineer vs data engineer?" as job prospects', async () => {
    const text = await chat().say('what is the scope of ML engineer vs data engineer?');
    expect(text).not.toMatch(/Course Completion/);
    expect(text).toMatch(/foundational|growth|future-proof|demand/i);
  });

  it('answers "python is must aa?" without asking about "aa"', async () => {
    expect(await chat().say('python is must aa?')).toMatch(/^Python depth/);
  });

  it('answers "what to learn first for ML coming from java backend", naming java as uncovered rather than declining', async () => {
    const text = await chat().say('what to learn first for ML coming from java backend');
    expect(text.split('\n')[0]).toMatch(/prioritize Python and MLOps/);
  });

  it('still declines pay for a place one comes from: "how much would i make coming from india"', async () => {
    expect(await chat().say('how much would i make coming from india')).toMatch(/india/i);
  });
});

describe('follow-ups that point home, or past a line that asked nothing (fifty-ninth session)', () => {
  it('answers "and back home?" after US pay, from someone from Nigeria, with Nigeria\'s figures', async () => {
    const c = chat();
    await c.sayAll(['im from nigeria, looking at ml eng', 'what do mid senior mles make in the us']);
    expect(await c.say('and back home?')).toMatch(/Nigeria \(Local\)/);
  });

  it('answers "what about in my country" after US pay from someone in Lagos with Nigeria\'s figures', async () => {
    const c = chat();
    await c.sayAll(['im in lagos, a de', 'what do mid senior mles make in the us']);
    expect(await c.say('what about in my country')).toMatch(/Nigeria \(Local\)/);
  });

  it('answers "why tho" of the last answer when the line between asked nothing', async () => {
    const c = chat();
    await c.sayAll(['do mles actually earn more than des', 'like at every level?']);
    expect(await c.say('why tho')).toMatch(/The premium comes from two factors/);
  });
});

describe('initials of a school or an exam (fifty-ninth session)', () => {
  it('declines "does cmu require the gre for their ml masters", naming cmu', async () => {
    expect(await chat().say('does cmu require the gre for their ml masters')).toMatch(/My sources don't cover “cmu”/);
  });
});

describe('an age told before the ask, leave taken politely, and Portuguese small talk (fifty-ninth session)', () => {
  it('says the sources lack age for "I am 45 years old. Is it too late for me to make this kind of career change?"', async () => {
    const text = await chat().say('I am 45 years old. Is it too late for me to make this kind of career change?');
    expect(text).toMatch(/age/);
    expect(text).not.toMatch(/^MLE to DE pivot/);
  });

  it('sees off "Thank you very much. I will think about this and return later." and "thanks, ill think about it"', async () => {
    for (const typed of [
      'Thank you very much. I will think about this and return later.',
      'thanks, ill think about it',
      'let me sleep on it',
    ])
      expect(await chat().say(typed)).toMatch(/^Bye!/);
  });

  it('still answers "ill think about what you said on pay" as a question about pay', async () => {
    expect(await chat().say('ill think about what you said on pay')).not.toMatch(/^Bye!/);
  });

  it('greets "eai mano, tudo bem?", thanks "vlw" and "obrigado mano, ajudou muito", sees off "tks bot, flw"', async () => {
    expect(await chat().say('eai mano, tudo bem?')).toMatch(/^Hi!/);
    expect(await chat().say('vlw')).toMatch(/^You're welcome!/);
    expect(await chat().say('obrigado mano, ajudou muito')).toMatch(/^You're welcome!/);
    expect(await chat().say('tks bot, flw')).toMatch(/^Bye!/);
    expect(await chat().say('opa, back again')).toMatch(/^Welcome back!/);
  });
});

describe('what a power user and an intern typed (fifty-ninth session)', () => {
  it('takes "idk the second one i guess" and "idk, the first one" by the place named', async () => {
    expect(await quizReplyTo(['1'], 'idk the second one i guess')).toMatch(/^Taken as 2\. No, I'd rather learn distributed systems/);
    expect(await quizReplyTo(['1'], 'idk, the first one')).toMatch(/^Taken as 1\. Yes, deeply/);
  });

  it('says back what is kept for "do u remember where i live and what my background is?"', async () => {
    const c = chat();
    await c.say('im a backend dev in berlin, 4 yoe');
    expect(await c.say('do u remember where i live and what my background is?')).toMatch(
      /^What I keep about you: you work as a backend developer \(4 years in\) and you are in Berlin/,
    );
  });

  it('answers "are you chatgpt? what model r u running" once, as a question about the bot', async () => {
    const text = await chat().say('are you chatgpt? what model r u running');
    expect(text).toMatch(/^I'm careerbot/);
    expect(text).not.toMatch(/You also asked/);
    expect(text).not.toMatch(/Models -> ML engineer/);
  });
});

describe('what a move needs, asked after the move and a quiz result (fifty-ninth session)', () => {
  it('answers "and what would i need to learn" after "how long to switch from de to mle" with the move, not the result\'s steps', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '2', '2', '2', 'how long would it take me to switch from de to mle after']);
    const text = await c.say('and what would i need to learn');
    expect(text).toMatch(/^What to learn first for the move from Data Engineer to ML Engineer/);
    expect(text).not.toMatch(/Next steps for your quiz result/);
  });
});

describe('leave taken after an answer (fifty-ninth session, the console try after the wrap)', () => {
  it('sees off "thanks, ill think about it" after an answer or a quiz result, and a follow-up after it still follows', async () => {
    const c = chat();
    await c.say('how much do mles make');
    expect(await c.say('thanks, ill think about it')).toMatch(/^Bye!/);
    expect(await c.say('and for des?')).toMatch(/Data Engineer Salary \(2026\)/);
    const q = chat();
    await q.sayAll(['/quiz', '1', '1', '1', '1', '1']);
    expect(await q.say('thanks, ill think about it')).toMatch(/^Bye!/);
  });
});

describe('"forget" is no ask for the quiz result (fifty-ninth session, the reading of the whole change)', () => {
  it('says the result back for "i forgot my quiz result", never for "forget my quiz result"', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '1', '1', '1', '1', '1']);
    expect(await c.say('i forgot my quiz result')).toMatch(/^Your latest quiz result: ML Engineer/);
    expect(await c.say('forget my quiz result')).not.toMatch(/^Your latest quiz result/);
  });
});

describe('how to say it, leave taken, apologies and decisions said in passing (sixtieth session)', () => {
  it('answers "wats the main diff btw them in simple words" and "…in one sentence" as the difference between the roles', async () => {
    for (const typed of ['wats the main diff btw them in simple words', 'whats the diff between the two in one sentence'])
      expect(await chat().say(typed)).toMatch(/^(?:Both roles difference:\n)?The short answer: data engineer owns data pipelines/);
  });

  it('answers that same question after a person said who and where they are, naming nothing as missing', async () => {
    const c = chat();
    await c.say('im kofi, final yr cs student in accra ghana');
    const reply = await c.say('wats the main diff btw them in simple words');
    expect(reply).toMatch(/The short answer: data engineer owns data pipelines/);
    expect(reply).not.toMatch(/don't cover/);
  });

  it('sees off "ok thx, gonna sleep on it" and "ok cool ty, gonna think about whether to add u to the server"', async () => {
    const c = chat();
    await c.say('how much do DEs make');
    expect(await c.say('ok thx, gonna sleep on it')).toMatch(/^Bye!/);
    expect(await chat().say('ok cool ty, gonna think about whether to add u to the server')).toMatch(/^Bye!/);
  });

  it('welcomes back "morning. slept on it lol"', async () => {
    expect(await chat().say('morning. slept on it lol')).toMatch(/^Welcome back!/);
  });

  it('takes an apology as one, "also sorry for the wall of text" and "sorry for all the dumb questions lol"', async () => {
    for (const typed of ['also sorry for the wall of text', 'sorry for all the dumb questions lol'])
      expect(await chat().say(typed)).toMatch(/^No worries!/);
    expect(await chat().say('this bot is dumb')).toMatch(/^Sorry that didn't help/);
  });

  it('keeps "kk ill go with DE first. gn" as the role they head for, the goodbye set aside', async () => {
    const c = chat();
    expect(await c.say('kk ill go with DE first. gn')).toMatch(/^Noted: you are heading for data engineering/);
    expect(await c.say('which pays more? thx, bye')).toMatch(/^ML engineers earn more than data engineers/);
  });
});

describe('what we talked about, asked back (sixtieth session)', () => {
  it('lists the questions kept, oldest first, a follow-up with what it was taken as', async () => {
    const c = chat();
    await c.sayAll(['how much do DEs make', 'and mles?']);
    for (const typed of [
      'what did we talk about so far',
      'what were we talking about',
      'can u summarize what we discussed so far',
      'recap our chat pls',
    ]) {
      const reply = await c.say(typed);
      expect(reply).toMatch(/^So far you asked me \(the last 2 questions I keep, oldest first\):/);
      expect(reply).toContain('• "how much do DEs make"');
      expect(reply).toContain('• "and mles?" (taken as "how much do ML engineers make")');
    }
  });

  it('says so when there is nothing kept yet', async () => {
    expect(await chat().say('what did we talk about last time?')).toMatch(/^I have no earlier questions of yours/);
  });
});

describe('the quiz result, asked about in the middle and explained after (sixtieth session)', () => {
  it('says where the quiz stands when "so wat did i get" or "am i DE or MLE so far?" is typed mid-quiz', async () => {
    for (const typed of ['so wat did i get', 'am i DE or MLE so far?', 'results?']) {
      const c = chat();
      await c.sayAll(['/quiz', '2']);
      expect(await c.say(typed)).toBe('This is question 2 of 5: 3 more after it, then your result.');
    }
  });

  it('explains a result from the answers given, marking the one the person speaks of', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '1', '2', '2']);
    const explained = await c.say('explain my quiz result');
    expect(explained).toMatch(
      /^Your quiz result, Data Engineer, comes from your five answers: 4 leaned Data Engineer, 1 ML Engineer, 0 either way/,
    );
    expect(explained).toContain('Q3 models vs the substrate they run on: "Directly on models" ▶ ML Engineer');
    const money = await c.say('wait why DE, i said i kinda wanted money');
    expect(money).toContain(`Q4 comp ceiling: "I wouldn't do ML just for the pay" ▶ Data Engineer  ← the one you mean`);
    expect(money).toContain(`Your answer on Q4, "I wouldn't do ML just for the pay", is one of those that pushed it to Data Engineer.`);
    expect(await c.say('wait so DE? but i said directly on models for q3')).toContain(
      'Your answer on Q3, "Directly on models", did count toward ML Engineer, but the others outweighed it.',
    );
    expect(await c.say('how did i get that')).toMatch(/^Your quiz result, Data Engineer/);
  });

  it('still answers "why?" after a result from the sources, and "why DE?" from nobody\'s quiz as a question', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '1', '2', '2']);
    expect(await c.say('why?')).toMatch(/^Why Data Engineer:\nChoose data engineering if/);
    expect(await chat().say('why DE?')).not.toMatch(/^Your quiz result/);
  });

  it('gives the next steps of the result for "ok so hw do i start then"', async () => {
    const c = chat();
    await c.sayAll(['/quiz', '2', '2', '1', '2', '2']);
    expect(await c.say('ok so hw do i start then')).toMatch(
      /^Next steps for your quiz result, Data Engineer:\nIf you choose Data Engineering, prioritize SQL and Distributed Systems\./,
    );
  });
});

describe('what a person makes now, kept as said (sixtieth session)', () => {
  it('notes "i make like 95k CAD rn" and "im on 32/hr cad", says it back later, and forgets it when asked', async () => {
    const c = chat();
    expect(await c.say('i make like 95k CAD rn')).toMatch(/^Noted: you make 95k CAD now\./);
    expect(await c.say('what did i tell u about myself')).toMatch(/^What I keep about you: you make 95k CAD now\./);
    expect(await c.say('im on 32/hr cad')).toMatch(/^Noted: you make 32\/hr cad now\./);
    expect(await c.say('forget my salary')).toMatch(/^Done: I no longer keep what you make\./);
    expect(await c.say('what do you know about me')).toMatch(/^I keep nothing about you yet/);
  });

  it('keeps pay told with "did u save that?" and says so at once', async () => {
    expect(await chat().say('btw i make 95k cad, did u save that?')).toMatch(/^What I keep about you: you make 95k cad now\./);
  });

  it('reads no pay into years or into a question of pay', async () => {
    const c = chat();
    expect(await c.say('i am on 3 yoe')).toMatch(/^Noted: you have 3 years of experience\./);
    expect(await c.say('how much would i make as a DE')).toMatch(/Data Engineer Salary \(2026\)/);
    expect(await c.say('what do you know about me')).not.toMatch(/you make/);
  });
});

describe('a term asked to be defined, with a remark after it (sixtieth session)', () => {
  it('defines MLOps for "what is mlops actually, ppl keep throwing it arround" from where the sources define it', async () => {
    expect((await chat().say('what is mlops actually, ppl keep throwing it arround')).split('\n')[0]).toMatch(
      /MLOps: The specialized skill set needed to manage the model lifecycle/,
    );
  });

  it('still says the sources never define a feature store, however it is asked', async () => {
    expect(await chat().say('whats a feature store, saw it on reddit')).toMatch(/^My sources/);
  });
});

describe('a person described after "for someone who…" (sixtieth session)', () => {
  it('answers "which is more beginner freindly for someone who only knows a bit of python" with which is beginner-friendly', async () => {
    expect((await chat().say('which is more beginner freindly for someone who only knows a bit of python')).split('\n')[0]).toMatch(
      /^Data Engineering is generally considered more beginner-friendly/,
    );
  });
});

describe('both sides liked alike (sixtieth session)', () => {
  it('points "i genuinely like modeling and pipelines about the same, is there a role for ppl like me" to the hybrid', async () => {
    expect(
      (await chat().say('i genuinely like modeling and pipelines about the same, is there a role for ppl like me')).split('\n')[0],
    ).toMatch(/The hybrid role \(ML data engineer\) is the answer for people who like both equally/);
  });
});

describe("a teammate's move (sixtieth session)", () => {
  it('keeps "my teammate is an mle and wants to move into de" as said of them, not as where the person heads', async () => {
    const c = chat();
    expect(await c.say('my teammate is an mle and wants to move into de')).toMatch(/^Noted: “my teammate is an mle/);
    expect(await c.say('what do you know about me')).not.toMatch(/heading for/);
  });
});

describe('what mid-session testers typed (sixtieth session)', () => {
  it('keeps pay said as "on about 55k eur atm" and "i earn 55k euro a year", and says it back when asked "do u remember what i earn?"', async () => {
    const c = chat();
    expect(await c.say('on about 55k eur atm')).toMatch(/^Noted: you make 55k eur now\./);
    expect(await c.say('i earn 55k euro a year')).toMatch(/^Noted: you make 55k euro a year now\./);
    expect(await c.say('do u remember what i earn?')).toMatch(/^What I keep about you: you make 55k euro a year now\./);
  });

  it('sees off "ok thanks a mil, gotta run. bye!"', async () => {
    expect(await chat().say('ok thanks a mil, gotta run. bye!')).toMatch(/^Bye!/);
  });

  it('says a list of skills once when a later list holds it', async () => {
    const c = chat();
    await c.sayAll(['i know sql and tableau', 'i know sql, tableau and some python']);
    expect(await c.say('what do u remember about me')).toMatch(/^What I keep about you: you know sql, tableau and some python\./);
  });

  it('shortens the answer before for "in simple words pls" and "explain that in one sentence"', async () => {
    for (const next of ['in simple words pls', 'explain that in one sentence']) {
      const c = chat();
      await c.say('what is mlops');
      expect(await c.say(next)).toMatch(/^In short: mlops:\n.*MLOps: The specialized skill set needed to manage the model lifecycle/);
    }
  });

  it('answers "remind me what mlops was, in one sentence" as the question it is', async () => {
    expect((await chat().say('remind me what mlops was, in one sentence')).split('\n')[0]).toMatch(/MLOps: The specialized skill set/);
  });
});

describe('a recap asked for in other words, and Spanish small talk (sixtieth session)', () => {
  it('recaps for "can u give me a recap of what we talked about last time", leaving out what was only told', async () => {
    const c = chat();
    await c.sayAll(['im a data analyst', 'how much do DEs make']);
    const recap = await c.say('can u give me a recap of what we talked about last time');
    expect(recap).toMatch(/^So far you asked me \(the last question I keep, oldest first\):\n {2}• "how much do DEs make"\n/);
    expect(recap).not.toMatch(/data analyst/);
  });

  it('sees off "gracias bot, nos vemos" and answers "ok bueno next q: how much do DEs make"', async () => {
    expect(await chat().say('gracias bot, nos vemos')).toMatch(/^Bye!/);
    expect(await chat().say('ok bueno next q: how much do DEs make')).toMatch(/^Data Engineer Salary \(2026\)/);
  });
});
