/**
 * How a question is read before it is searched: Discord markup removed, chat abbreviations spelled out, the
 * ask told apart from the person's context, misspelt words corrected, and the ask's words the articles never
 * use sorted by how much they matter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { asksAnything, expandAbbreviations, splitQuestion } from '../src/question/chat.js';
import { EnglishLexicon } from '../src/question/lexicon.js';
import { stripMarkup } from '../src/question/markup.js';
import { KnowledgeBase } from '../src/search/knowledgeBase.js';
import { questionIntent } from '../src/search/intent.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.load('knowledge');
});

describe('stripMarkup', () => {
  it.each([
    ['a link', 'how much do data engineers earn? https://example.com/claim', 'how much do data engineers earn?'],
    ['a link in angle brackets', 'see <https://example.com> how much do DEs earn', 'see how much do DEs earn'],
    ['a masked link keeps its words', 'is [this chart](https://example.com/x) right about DE pay?', 'is this chart right about DE pay?'],
    ['a header', '# salary of data engineers', 'salary of data engineers'],
    ['a subtext line', '-# salary of data engineers', 'salary of data engineers'],
    ['a spoiler keeps its words', '||how much do data engineers earn||', 'how much do data engineers earn'],
    ['a spoiler inside a sentence is part of it', 'is ||this book|| worth reading', 'is this book worth reading'],
    ['a spoiler opening a sentence that goes on is part of it', '||de or mle|| for a fresh grad??', 'de or mle for a fresh grad??'],
    [
      'a spoiler after the question is a piece of its own',
      'which role is that ||asking for a friend||',
      'which role is that\nasking for a friend',
    ],
    ['bold, italic, underline and strike', '**how** *much* __do__ ~~data~~ _engineers_ earn', 'how much do data engineers earn'],
    ['an inline code span keeps its words', 'how much do `data engineers` earn?', 'how much do data engineers earn?'],
    [
      'a code block beside the question',
      'why does this fail? ```py\nraise ValueError()\n``` is it a DE thing',
      'why does this fail? is it a DE thing',
    ],
    ['a whole message in one code block', '```\nhow much do ML engineers make?\n```', 'how much do ML engineers make?'],
    ['a whole message in a one-line code block, which has no language tag', '```should i do a masters```', 'should i do a masters'],
    ['a whole message in a code block with a language tag', '```txt\nshould i do a masters\n```', 'should i do a masters'],
    ['a timestamp', 'DE salary <t:1767225600:R>', 'DE salary'],
    ['custom and shortcode emoji', 'DE salary <:pepe:123456789012345678> :moneybag:', 'DE salary'],
    ['pictographic emoji', 'DE salary 💰🤔', 'DE salary'],
    ['terminal colour codes', '\x1b[31mDE salary\x1b[0m', 'DE salary'],
    [
      'an emoji between sentences, as a sentence break',
      'do i need a phd 😭 i only have a bachelors',
      'do i need a phd\ni only have a bachelors',
    ],
    ['user, role and channel mentions', '<@123456789012345678> <@&123456789012345678> DE salary in <#123456789012345678>', 'DE salary in'],
    ['a block quote', '> someone said DEs earn less\nis that true?', 'someone said DEs earn less\nis that true?'],
  ])('removes %s', (_name, text, plain) => {
    expect(stripMarkup(text)).toBe(plain);
  });
});

describe('expandAbbreviations', () => {
  const table = { yoe: 'years of experience', 'w/': 'with', tc: 'total compensation', ds: 'data scientist' };

  it('spells out chat forms as whole words, in any case', () => {
    expect(expandAbbreviations('DA w/ 2 YOE, what TC can i expect', table)).toBe(
      'DA with 2 years of experience, what total compensation can i expect',
    );
  });

  it('leaves words that only contain an abbreviation alone', () => {
    expect(expandAbbreviations('tcp and dsl and toyota', table)).toBe('tcp and dsl and toyota');
  });
});

describe('splitQuestion', () => {
  it('reads a request named by what is wanted ("roadmap for de pls") as the ask, and who they are after it as the story', () => {
    expect(splitQuestion('roadmap for de pls, im a backend dev w 2 yoe')).toMatchObject({
      ask: 'roadmap for de pls',
      context: 'im a backend dev w 2 yoe',
    });
  });

  it('splits off a premise said after the pay asked about ("…paid more than de\'s for basically the same python work")', () => {
    expect(splitQuestion("why tf do ml ppl get paid more than de's for basically the same python work")).toMatchObject({
      ask: "why tf do ml ppl get paid more than de's",
      context: 'for basically the same python work',
    });
  });

  it('does not end a sentence at a parenthesis inside it ("a junior mle (0-2 yrs) expect…"), only after a smiley', () => {
    // ("fresh grad here," says who asks: context.)
    expect(splitQuestion('fresh grad here, what tc should a junior mle (0-2 yrs) expect in 2026?')).toMatchObject({
      ask: 'what tc should a junior mle (0-2 yrs) expect in 2026?',
      context: 'fresh grad here',
    });
    expect(splitQuestion('i love sql :) what about mles').context).toBe('i love sql :)');
  });

  it('keeps the story as context and the question as the ask', () => {
    expect(
      splitQuestion("i've been a DE for 3 yrs at a fintech, mostly airflow + snowflake. how long would it take me to move into ML eng?"),
    ).toEqual({
      ask: 'how long would it take me to move into ML eng?',
      mainAsk: 'how long would it take me to move into ML eng?',
      context: "i've been a DE for 3 yrs at a fintech, mostly airflow + snowflake.",
    });
  });

  it('finds the ask at the end of a post that tells a story first', () => {
    const parts = splitQuestion(
      '27, business degree, self taught python. i want to get into data stuff. which of the two is easier to start from nothing?',
    );
    expect(parts.ask).toBe('which of the two is easier to start from nothing?');
    expect(parts.context).toBe('27, business degree, self taught python. i want to get into data stuff.');
  });

  it('reads the two roles named as where the person stands ("torn between mle or de.") as story beside a question asked outright', () => {
    const parts = splitQuestion(
      'im a data scientist w 3 yoe, kinda torn between moving to mle or de. how many interview rounds are there for mle?',
    );
    expect(parts.ask).toBe('how many interview rounds are there for mle?');
    expect(parts.context).toBe('im a data scientist w 3 yoe kinda torn between moving to mle or de.');
    // Alone, or beside nothing asked outright, the two roles named still ask which.
    expect(splitQuestion('love stats and math. so mle or de').ask).toBe('so mle or de');
  });

  it('reads a remark about oneself after the question ("… ngl im rusty af") as context, not as something asked', () => {
    expect(splitQuestion('how much stats do data engineers need ngl im so rusty')).toMatchObject({
      ask: 'how much stats do data engineers need',
      context: 'ngl im so rusty',
    });
    expect(splitQuestion('explain de vs mle like im 5').ask).toBe('explain de vs mle like im 5');
  });

  it('finds the ask after ", so" at the end of a story told in one long sentence', () => {
    const parts = splitQuestion(
      'been doing php for years at an agency, lots of wordpress, kinda burnt out and want something with data, so which one is more realistic for me?',
    );
    expect(parts.ask).toBe('which one is more realistic for me?');
    expect(parts.context).toMatch(/^been doing php/);
  });

  it('keeps "been a de for 3 years," before the question as who asks', () => {
    expect(splitQuestion("i've been a data analyst for 3 years, what would i need to learn for de?")).toMatchObject({
      ask: 'what would i need to learn for de?',
      context: "i've been a data analyst for 3 years",
    });
  });

  it('takes the first of two questions as the main one and keeps both in the ask', () => {
    const parts = splitQuestion('what do DE interviews focus on? is it leetcode heavy');
    expect(parts).toEqual({
      ask: 'what do DE interviews focus on? is it leetcode heavy',
      mainAsk: 'what do DE interviews focus on?',
      context: '',
    });
  });

  it('separates a second question joined by a comma ("…, is it just DS work?")', () => {
    expect(splitQuestion('what does an MLE do all day, is it just DS work with extra steps').mainAsk).toBe('what does an MLE do all day');
  });

  it('reads a text with no question in it as the ask', () => {
    expect(splitQuestion('salary of data engineers')).toEqual({
      ask: 'salary of data engineers',
      mainAsk: 'salary of data engineers',
      context: '',
    });
  });

  it('asks the claim of a post that reports one and checks it, leaving out who said it and where', () => {
    expect(splitQuestion('someone on reddit said mle is dead because of ai, is that true').ask).toBe('mle is dead because of ai?');
    expect(splitQuestion('im a junior de. my manager says mle is a dead end, should i listen?')).toEqual({
      ask: 'mle is a dead end?',
      mainAsk: 'mle is a dead end?',
      context: 'im a junior de.',
    });
    // No check of the claim, or too short a claim: nothing is reported.
    expect(splitQuestion('what do ppl say about mle interviews?').ask).toBe('what do ppl say about mle interviews?');
    expect(splitQuestion('my friend said what?').ask).toBe('my friend said what?');
  });

  it('asks a claim quoted before "my senior said this, is it true?", leaving out who said it', () => {
    const read = kb.read('> debugging ml is way worse than debugging pipelines\nmy senior said this, is it true?');
    expect(read.ask).toBe('debugging ml is way worse than debugging pipelines?');
  });

  it('takes the alternative a question offers after its ask ("… or is that devops work") for a foil, not the main question', () => {
    expect(splitQuestion('should mles learn terraform or is that the platform team').mainAsk).toBe('should mles learn terraform');
    expect(splitQuestion('is the 400k senior figure real or just hype').mainAsk).toBe('is the 400k senior figure real');
    // Two things to choose between are no foil.
    expect(splitQuestion('is de or mle better for me').mainAsk).toBe('is de or mle better for me');
  });

  it('takes the options a full question closes with ("…, leetcode or ml theory?") for a side, not the main question', () => {
    expect(splitQuestion('what are mle interviews like, leetcode or ml theory questions?').mainAsk).toBe('what are mle interviews like');
    expect(splitQuestion('would i need to know which model to pick, like xgboost vs neural nets?').mainAsk).toBe(
      'would i need to know which model to pick',
    );
    // "or nah" offers nothing, and a message that asks nothing in full closes with no options.
    expect(splitQuestion('python for de vs python for mle, same libraries or nah').mainAsk).toBe(
      'python for de vs python for mle, same libraries or nah',
    );
    expect(splitQuestion('best mechanical keyboard switches for gaming, reds or browns?').mainAsk).toBe(
      'best mechanical keyboard switches for gaming, reds or browns?',
    );
  });

  it('answers an interview question whose closing options name something the sources lack, naming it as uncovered', () => {
    const answer = answerQuestion(kb, 'what are mle interviews like, leetcode or ml theory questions?');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^ML engineer interviews include/);
    expect(answer.uncovered).toEqual(['leetcode']);
  });

  it('declines a choice said before a bare "which…" between things the articles never name ("dbt or dataform, which should i learn first")', () => {
    expect(answerQuestion(kb, 'dbt or dataform, which should i learn first')).toMatchObject({
      answered: false,
      declineReason: 'missing',
      uncovered: ['dbt', 'dataform'],
    });
    const polars = answerQuestion(kb, 'polars or pandas, which should i learn first');
    expect(polars.answered).toBe(false);
    expect(polars.uncovered).toContain('polars');
    // Two things the articles name are theirs to speak of.
    expect(answerQuestion(kb, 'python or sql, which should i learn first').answered).toBe(true);
  });

  it('does not split "DE vs. MLE" at the abbreviation\'s period', () => {
    expect(splitQuestion('DE vs. MLE pay?').ask).toBe('DE vs. MLE pay?');
  });
});

describe('the roles a question is about', () => {
  it('takes the one role the rest names when the ask names none ("# staff DE comp" over "how high does it go?")', () => {
    expect(kb.read('# staff DE comp\nhow high does it actually go once ur 8+ yoe').roles).toEqual(['de']);
  });

  it("keeps the ask's own role over the story's (\"i'm a DE. what do ML engineers make?\")", () => {
    expect(kb.read("i'm a DE. what do ML engineers make?").roles).toEqual(['mle']);
  });

  it.each([
    ["what skills does a DE need that an MLE doesn't?", ['de'], 'mle'],
    ['which tools do ml engineers use which data engineers dont', ['mle'], 'de'],
    ['what do data engineers worry about, unlike ML engineers?', ['de'], 'mle'],
  ])('reads "%s" as about one role, set against the other', (question, roles, contrasted) => {
    const read = kb.read(question);
    expect(read.roles).toEqual(roles);
    expect(read.contrasted).toBe(contrasted);
  });

  it('keeps both roles of a comparison that sets neither against the other ("is DE harder than MLE?")', () => {
    expect(kb.read('is DE harder than MLE?').roles).toEqual(['de', 'mle']);
    expect(kb.read("what do DEs and MLEs both need that analysts don't?").roles).toEqual(['de', 'mle']);
  });

  it('reads the field a career question ends on ("do u need math for ml") as the ML engineer role', () => {
    expect(kb.read('do u need math for ml').roles).toEqual(['mle']);
    expect(kb.read('is ML harder').roles).toEqual(['mle']);
    expect(answerQuestion(kb, 'do u need math for ml').lead?.sentence).toMatch(/^(?:Statistics and math|Math Intensity):/);
  });

  it.each([
    'is ML more stressful than DE?',
    'de or ml, which pays more',
    'data engineering vs machine learning for a beginner',
    'how long from de to ml',
  ])('reads "ML" set against the data engineer role ("%s") as the ML engineer role', (question) => {
    expect([...kb.read(question).roles].sort()).toEqual(['de', 'mle']);
  });

  it.each(['data engineering for ml', 'de or ml data engineer, which is the stepping stone', 'learning the de and ml stacks at once'])(
    'leaves "ML" that is no role against another ("%s") as the field',
    (question) => {
      expect(kb.read(question).roles).not.toContain('mle');
    },
  );
});

describe('what a question points back at', () => {
  const asides = (question: string) =>
    kb
      .read(question)
      .terms.filter((t) => t.aside)
      .map((t) => t.from);

  it('reads "is it better to …" as asking something of its own, not about the story before it', () => {
    expect(asides('tried to learn pytorch and spark at once and burned out. is it better to pick one track first?')).toEqual([]);
  });

  it('hears "apparently", "supposedly" as how the person feels, not as something the sources lack', () => {
    for (const question of ['de salaries are growing faster than mle ones apparently', 'mles supposedly need a phd?']) {
      expect(kb.read(question).unknown, question).toEqual([]);
      expect(answerQuestion(kb, question).answered, question).toBe(true);
    }
  });

  it('reads "which makes more sense for me" as a choice, not a question about what someone makes', () => {
    const groups = kb.read('which of the two paths makes more sense for someone with my background?').terms.map((t) => t.term);
    expect(groups).toContain('syn:choose');
    expect(groups).not.toContain('syn:salary');
    expect(kb.read('how much do mles make').terms.map((t) => t.term)).toContain('syn:salary');
  });

  it('reads "which way should i lean" after a story as a choice whose criteria are in the story', () => {
    const question = 'never liked stats in uni but distributed systems are super cool to me. which way should i lean';
    expect(kb.read(question).fromContext).toBe(true);
    const answer = answerQuestion(kb, question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/distributed systems/i);
  });

  it('answers a question whose alternative names a job the sources never cover, naming it as uncovered', () => {
    const answer = answerQuestion(kb, 'do ml engineers have to know kubernetes or is that sre work');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered.join(' ')).toMatch(/reliability engineer/);
  });

  it('reads "coming from a … background" inside the ask as who asks, not as another job asked about', () => {
    const question = 'coming from a data analyst background, do data engineers need python?';
    expect(kb.read(question).unknown).toEqual([]);
    expect(kb.read(question).context).toMatch(/data analyst background/);
    expect(answerQuestion(kb, question).answered).toBe(true);
  });

  it('reads "can i move to de?" after a story as a move asked about, the story staying context', () => {
    const read = kb.read('worked as a dba for 8 years with postgres and mysql. can i switch to de?');
    expect(read.fromContext).toBeUndefined();
    expect(read.ask).toBe('can i switch to de?');
    expect(
      answerQuestion(kb, 'worked as a dba for 8 years with postgres and mysql. how long would the jump to de take?').lead?.sentence,
    ).toMatch(/database administration with 2-3 months/);
  });

  it('reads "if i grind" as the effort meant, not as how hard the move is', () => {
    const answer = answerQuestion(kb, 'data engineer for 3 years, realistically how long until im an mle if i grind hard');
    // (From nowhere said, the time to get in is the time to break in: inferred, never read from "grind".)
    const read = kb.read('how long until im an mle if i grind').terms;
    expect(read.filter((t) => t.term === 'syn:difficulty' && t.from !== '')).toEqual([]);
    expect(answer.lead?.sentence).toMatch(/DE to MLE|6-9 months|12-18 months/);
  });

  it('reads the years told before a pay question as the level asked ("7 yoe in ml eng. what should i be earning")', () => {
    expect(answerQuestion(kb, 'ive got 7 yoe in ml engineering. what should i be earning').lead?.sentence).toMatch(/Senior \(5-8 years\)/);
    expect(answerQuestion(kb, 'senior mle here (5-8 yrs), what do people like us make').lead?.sentence).toMatch(/Senior \(5-8 years\)/);
    // A pay question that asks about something else names no level of the person's.
    expect(answerQuestion(kb, '3 yoe de. which skills pay the most?').lead?.sentence).not.toMatch(/Mid-level \(3-5 years\)/);
  });

  it('reads "us" after a word that takes a pronoun ("people like us") as no place, and "in the us" as the United States', () => {
    const terms = (q: string) => kb.read(q).terms.map((t) => t.term);
    expect(terms('do companies even hire people like us without a degree')).not.toContain('syn:us');
    expect(terms('would they pay us more as data engineers')).not.toContain('syn:us');
    expect(terms('data engineer pay in the us')).toContain('syn:us');
    expect(terms('us salaries for ml engineers')).toContain('syn:us');
  });

  it.each([
    ['how much math does data engineering need', /^Math Intensity:/],
    ['how much sql do mles need', /^SQL depth:/],
  ])('opens "%s" (a degree, not a figure) with the row that names the degree', (question, lead) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(lead);
  });

  it('answers "which companies hire ml engineers with phds?" from the passage naming them, not the row on employers in general', () => {
    expect(answerQuestion(kb, 'which companies hire ml engineers with phds?').lead?.sentence).toMatch(
      /^PhD opens doors at research-leaning teams \(DeepMind, OpenAI, Anthropic\)/,
    );
  });

  it('opens "what\'s the hybrid role?" with the sentence that defines it ("The hybrid role: …"), not an FAQ\'s yes or no', () => {
    expect(answerQuestion(kb, "what's the hybrid role?").lead?.sentence).toBe(
      'The hybrid role: ML data engineer (or ML platform engineer) lives on the boundary.',
    );
  });

  it('opens a question about a term the person quotes ("the \'modeling round\'") with the passage that names it whole', () => {
    expect(answerQuestion(kb, "my de loop has a 'modeling round', is that ml stuff?").lead?.sentence).toMatch(/^Modeling round:/);
  });

  it('reads "doing a good job" as how the work is judged, not as a job', () => {
    expect(answerQuestion(kb, 'how do you know if a de is doing a good job compared to an mle').lead?.sentence).toMatch(
      /^Performance Measured By:/,
    );
  });

  it('answers "what do you mean by silent failures": a pair of plain words the articles write together is theirs', () => {
    expect(answerQuestion(kb, 'what do you mean by silent failures').lead?.sentence).toMatch(/“silent failures” where code runs perfectly/);
  });

  it('answers "what do ML engineers need that data engineers dont" with ML engineer skills', () => {
    expect(answerQuestion(kb, 'what do ML engineers need that data engineers dont').lead?.sentence).toMatch(
      /^ML Engineer (?:Unique )?Skills/,
    );
  });

  it('hears "a fancier de" as a judgement, not a word the sources lack', () => {
    const answer = answerQuestion(kb, 'is mle basically just a fancier de or are they different jobs');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/they solve fundamentally different problems/);
  });

  it('answers "is de demand high in nigeria" from what the sources say in general, saying they give only pay for Nigeria', () => {
    const answer = answerQuestion(kb, 'is de demand high in nigeria');
    expect(answer).toMatchObject({ answered: true, placeUnsaid: 'Nigeria', question: 'is de demand high in nigeria' });
    expect(answer.lead?.sentence).not.toMatch(/₦/);
    // Pay there is what they give.
    expect(answerQuestion(kb, 'how much do data engineers make in lagos').lead?.sentence).toMatch(/^Nigeria \(Local\)/);
  });

  it('answers "which one has better job security" from the section on which role is more future-proof, not with pay', () => {
    const answer = answerQuestion(kb, 'which one has better job security');
    expect(answer.passages[0]?.section).toMatch(/future-proof/);
    expect(answer.lead?.sentence).not.toMatch(/compensation|salary/i);
  });

  it('declines which school to go to, naming it, but answers whether a college degree is needed', () => {
    expect(answerQuestion(kb, 'what college should i go to for this')).toMatchObject({ answered: false, uncovered: ['college'] });
    expect(answerQuestion(kb, 'do i need a college degree for de').answered).toBe(true);
    expect(answerQuestion(kb, 'what courses should i take to become a data engineer?')).toMatchObject({
      answered: false,
      uncovered: ['courses'],
    });
  });

  it('declines whether a book is worth reading, naming the book, but answers whether it is worth reading up on a topic', () => {
    expect(answerQuestion(kb, 'is the pragmatic programmer worth reading as a de?')).toMatchObject({
      answered: false,
      uncovered: ['pragmatic programmer'],
    });
    expect(answerQuestion(kb, 'should i read spark the definitive guide before applying')).toMatchObject({
      answered: false,
      uncovered: ['spark the definitive guide'],
    });
    // A spoiler inside the sentence is part of it.
    expect(answerQuestion(kb, 'is ||the pragmatic programmer|| a good read for mles')).toMatchObject({ answered: false });
    expect(answerQuestion(kb, 'should i read about statistics? is it needed for mle').answered).toBe(true);
  });

  it('opens with the sentence before a lead that starts with "they" or "their", so the opening never points at nothing', () => {
    expect(answerQuestion(kb, 'whats a feature store').lead?.sentence).toMatch(
      /^The hybrid role: ML data engineer .+ They build feature stores/,
    );
  });

  it('reads "will ai make data engineers obsolete" as the roles\' future, not as pay ("make")', () => {
    expect(answerQuestion(kb, 'will ai make data engineers obsolete').lead?.sentence).not.toMatch(/\$|premium|compensation/i);
  });

  it.each([
    ['can i do both', /hybrid/],
    ["what's the easiest way to start as a beginner", /beginner-friendly|lower barrier to entry|Data Engineering first/],
  ])('answers "%s" rather than declining it', (question, lead) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(lead);
  });

  it.each(["isn't ML engineering just a hype bubble", 'is mle overrated'])('answers "%s" (a role judged) from its outlook', (question) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(/BLS projecting 40% growth|grows in tandem with AI adoption|postings grew/);
  });

  it('reads a ceiling "title wise" as the top of the career ladder, not a pay ceiling', () => {
    const answer = answerQuestion(kb, 'de long term, whats the ceiling title wise? do u just become a manager');
    expect(answer.lead?.sentence).toMatch(/^Terminal roles include VP of Data Engineering/);
  });

  it('reads "max tc" as the maximum pay and "in english" as how to say it, not as what is asked about', () => {
    expect(answerQuestion(kb, 'which role if i want max comp').uncovered).toEqual([]);
    expect(answerQuestion(kb, 'which role if i want max comp').answered).toBe(true);
    expect(answerQuestion(kb, 'in plain english: what does a data engineer do').uncovered).toEqual([]);
    expect(answerQuestion(kb, 'in plain english: what does a data engineer do').answered).toBe(true);
  });

  it('reads the items of a list under "An ML Engineer builds…:" as said of ML engineers, so a data engineer question skips them', () => {
    expect(answerQuestion(kb, 'in that food delivery app example, what does the data engineer do').lead?.sentence).not.toMatch(
      /Predicts delivery times/,
    );
  });

  it('opens with the sentence that names the job asked about in the articles\' own words ("AI Program Managers coordinate…")', () => {
    expect(answerQuestion(kb, 'what does an ai program manager actually do all day').lead?.sentence).toMatch(
      /^AI Program Managers coordinate/,
    );
  });

  it('opens "what % …" with a close passage that gives a share ("Remote availability sits at 44% of postings.")', () => {
    expect(answerQuestion(kb, 'whats the remote % like for mles').lead?.sentence).toMatch(/\d+% of postings/);
  });

  it('opens "how much more do ML engineers earn" with the size of the gap, not with the claim that there is one', () => {
    expect(answerQuestion(kb, 'how much more do mles make than des').lead?.sentence).toMatch(/10-20%/);
  });

  it('reads where someone lives ("i live in a small town") as no "live" coding round', () => {
    const answer = answerQuestion(kb, 'i live in a village with no tech jobs so i need remote. which role has more remote openings?');
    expect(answer.lead?.sentence).not.toMatch(/live model training/);
    expect(answer.passages[0]?.text).not.toMatch(/live model training/);
  });

  it('reads "are these paid more…?" as asking about what was named before, which then counts as a side', () => {
    const question = 'my company hires ML data engineers and feature platform engineers. are these paid more than pure DE roles?';
    expect(asides(question)).toContain('feature platform engineers');
  });
});

describe('typo correction', () => {
  const wordsMeant = (question: string) =>
    kb
      .read(question)
      .terms.filter((t) => t.kind === 'word')
      .map((t) => t.from);

  it('corrects a content word to the word of the articles it was meant to be', () => {
    expect(wordsMeant('best certifcation for data engineering?')).toContain('certification');
    expect(wordsMeant('salry of a senoir mle')).toEqual(expect.arrayContaining(['salary', 'senior']));
  });

  it('corrects a typo that happens to be a surname, one letter from a word the articles use all the time ("carrer")', () => {
    expect(wordsMeant('where does a de carrer even top out?')).toContain('career');
    // A place or a company is what is asked about, and is never respelt.
    expect(kb.read('data engineer salary in germany?').unknown).toEqual([expect.objectContaining({ word: 'germany', kind: 'name' })]);
  });

  it('reads a workday as the day-to-day, misspelt or not ("wrokday"), and answers it from a day in the life', () => {
    const answer = answerQuestion(kb, 'what does a normal wrokday look like for an mle?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.section).toMatch(/Day in the Life|day-to-day/i);
  });

  it('corrects a misspelt question word, so the form of the question is read ("whcih pays more")', () => {
    expect(kb.read('whcih pays more, de or mle?').intent.form).toBe('comparison');
  });

  it('corrects a misspelling that only looks like a form of another word ("beter" is no "bet" + "er")', () => {
    const meant = (question: string) => kb.read(question).terms.map((t) => t.typed ?? t.from);
    expect(kb.read('which one pays beter for juniors').spelled).toBe('which one pays better for juniors');
    expect(meant('which one pays beter for juniors')).not.toContain('beter');
  });

  it('leaves a compound of two common words as typed ("frontend" is no "frosted"), and still corrects one letter off ("stressfull")', () => {
    expect(kb.read('how long from frontend').spelled).toBe('how long from frontend');
    expect(kb.read('is mle stressfull').spelled).toBe('is mle stressful');
    expect(kb.read('fullstack dev').spelled).toBe('full stack developer');
  });

  it('reads a four-letter word it cannot place as typed unless one of the commonest words or the articles\' staples is meant ("pune", "wich")', () => {
    expect(kb.read('how much do de make in pune').spelled).toBe('how much do de make in pune');
    expect(kb.read('wich one pays more').spelled).toBe('which one pays more');
  });

  it('reads another language\'s fillers mixed into English as fillers, never as a place or a topic ("naja", "ehrlich gesagt", "mera", "vale a pena")', () => {
    const naja = answerQuestion(kb, 'naja, honestly is mle just hype or will it stay? thinking long term, like 10 years');
    expect(naja.lead?.sentence).not.toMatch(/Nigeria/);
    const gesagt = answerQuestion(
      kb,
      'genau. and whats the difference in day to day work, ehrlich gesagt i dont know what mles do all day',
    );
    expect(gesagt).toMatchObject({ answered: true, uncovered: [] });
    expect(answerQuestion(kb, 'is a masters worth it for mle? vale a pena?').lead?.sentence).toMatch(/^Helpful but not required/);
    const mera = answerQuestion(
      kb,
      'bhai mera bs is in commerce not cs, i learned pyton and sql from youtube, can i become machin learning engineer without degree or i need masters',
    );
    expect(mera).toMatchObject({ answered: true });
    expect(mera.lead?.sentence).toMatch(/master's degree|Helpful but not required/);
  });

  it('asks about a misspelt or singular salient word as typed: "what bootcamp should i do" is declined naming the bootcamp', () => {
    const answer = answerQuestion(kb, 'what bootcamp should i do for de');
    expect(answer).toMatchObject({ answered: false, declineReason: 'missing', uncovered: ['bootcamp'] });
  });

  it('reads "how do i negotiate my tc offer" as asking for instructions, whatever it says about pay', () => {
    expect(kb.read('how do i negotiate my tc offer').intent.form).toBe('how-to');
    expect(answerQuestion(kb, 'how do i negotiate my tc offer')).toMatchObject({ answered: false, missingKind: 'instructions' });
    expect(kb.read('how do i get paid more as a de').intent.form).not.toBe('how-to');
  });

  it('corrects a typo of an English word the articles never use, so it is not taken for jargon', () => {
    const read = kb.read('will DE jobs dissapear bc of AI?');
    expect(read.terms.map((t) => t.from)).toContain('disappear');
    expect(read.unknown).toEqual([expect.objectContaining({ word: 'disappear', kind: 'common' })]);
  });

  it('splits two known words run together ("toolstack")', () => {
    expect(wordsMeant('whats the standard MLE toolstack')).toEqual(expect.arrayContaining(['tool', 'stack']));
  });

  it('reads a rare dictionary word one edit from a word the articles use often as that word ("beginer")', () => {
    expect(wordsMeant('which one is more beginer friendly?')).toContain('beginner');
  });

  it('reads a British spelling as the American one the articles use ("specialising", "prioritise")', () => {
    expect(wordsMeant('what premiums can mles get from specialising')).toContain('specializing');
    expect(wordsMeant('what should i prioritise as a DE')).toContain('prioritize');
    // Not a British spelling of anything: "four" stays four, "expertise" stays expertise.
    expect(wordsMeant('four years of expertise')).toEqual(expect.arrayContaining(['four', 'expertise']));
    const answer = answerQuestion(kb, 'what premiums can mles get from specialising');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.section).toMatch(/Specialist.? Premium/);
  });

  it('leaves a real English word alone ("germany" is a place, not a typo)', () => {
    expect(wordsMeant('data engineer salary in germany')).toContain('germany');
  });
});

describe('words the articles never use', () => {
  const unknown = (question: string) => kb.read(question).unknown.map((u) => `${u.word}:${u.kind}`);

  it('knows places and companies as names', () => {
    expect(unknown('data engineer salary in germany?')).toEqual(['germany:name']);
    expect(unknown('mle pay at netflix')).toContain('netflix:name');
  });

  it('knows another job title, even one the articles mention in passing', () => {
    expect(unknown("what's the average data scientist salary")).toContain('data scientist:title');
    expect(unknown('how much does a nurse make?')).toEqual(['nurse:title']);
  });

  it('takes another name given for the job just named ("aka ML platform engineer") for no other job', () => {
    expect(unknown('what does an ml data engineer aka ml platform engineer actually do')).toEqual([]);
    expect(unknown('diff question: what does an ML data engineer do')).toEqual([]);
    expect(kb.read('diff q: what do DEs do').plain).toMatch(/^different question/);
  });

  it("takes the person's own job for context, not for the subject", () => {
    expect(unknown("I'm a data analyst, how do I become an ML engineer?")).not.toContain('data analyst:title');
  });

  it('knows jargon that is neither English nor in the articles', () => {
    expect(unknown('does amazon sponsor h1b visas for ml engineers')).toContain('h1b:jargon');
  });

  it('takes "my flat in leeds" for where the person lives, not for a place asked about', () => {
    const read = kb.read('dream is anthropic as an mle. can i do that from my flat in leeds or do they want u in the office');
    expect(read.unknown.find((u) => u.word === 'leeds')).toMatchObject({ kind: 'name', inMainAsk: false });
  });

  it('reads chat idioms as the topics they name ("carry over to both", "blowing up")', () => {
    const terms = (q: string) => kb.read(q).terms.map((t) => t.term);
    expect(terms('which skills carry over to both')).toContain('syn:overlap');
    expect(terms('which mle subspecialty is blowing up the most rn')).toContain('syn:growth');
  });

  it('reads "prod", "l5s", "in the office" and "subspeciality" as the words the articles use', () => {
    const terms = (q: string) => kb.read(q).terms.map((t) => t.term);
    expect(terms('do mles actually touch prod')).toContain('product');
    expect(terms('what are faang l5s pulling')).toEqual(expect.arrayContaining([expect.stringMatching(/l5/)]));
    expect(terms('do they want u in the office')).toContain('syn:remote');
    expect(kb.read('which mle subspeciality is growing').unknown).toEqual([]);
  });

  it('takes "i read that…" for a report of something read, and "should i read <a book>" for a book', () => {
    expect(unknown('i read that des have had faster salary grwoth than mles lately')).not.toContain('read:name');
    expect(unknown('should i read designing data-intensive applications before my first DE job')).toContain(
      'designing data intensive applications:name',
    );
  });

  it('never counts chat filler or a word that judges the claim', () => {
    expect(unknown('tbh is there actually a shortage of ML engineers or is that hype lol')).toEqual([]);
  });
});

describe('the form of a question', () => {
  it.each([
    ['which role pays more?', 'comparison', 'money'],
    ['de vs mle salary', 'comparison', 'money'],
    ['whats the pay difference at senior level', 'comparison', 'money'],
    ['how much do ML engineers earn?', 'amount', 'money'],
    ['how long does it take to switch from DE to MLE?', 'duration', 'duration'],
    ['how fast could i pivot into DE?', 'duration', 'duration'],
    ['why do MLEs get paid more?', 'reason', 'reason'],
    ['what skills do data engineers need?', 'list', undefined],
    ['is getting good at MLOps worth it comp-wise?', 'yes-no', 'money'],
    ['how do I set retries on an Airflow task?', 'how-to', undefined],
    ['how do I become an ML engineer?', 'open', undefined],
    ['whats a junior de make in the us', 'amount', 'money'],
  ])('reads "%s" as %s (wanting %s)', (question, form, wanted) => {
    const careerVerbs = ['become', 'get into', 'switch', 'move'];
    expect(questionIntent(question, careerVerbs)).toEqual({ form, ...(wanted ? { wanted } : {}) });
  });
});

describe('a choice between the roles asked as yes or no', () => {
  it('reads "is de or mle better tc wise long term?" as a comparison of pay', () => {
    expect(questionIntent('is de or mle better tc wise long term?')).toMatchObject({ form: 'comparison', wanted: 'money' });
  });
});

describe('EnglishLexicon', () => {
  const lexicon = EnglishLexicon.shared();

  it('tells names, words and unknown strings apart', () => {
    expect(['germany', 'toronto', 'visa', 'rebranded', 'zoomcamp'].map((w) => lexicon.classify(w))).toEqual([
      'name',
      'name',
      'word',
      'word',
      'unknown',
    ]);
  });

  it('weighs the commonest words of speech least', () => {
    expect(lexicon.specificity('work')).toBeLessThan(lexicon.specificity('certification'));
    expect(lexicon.specificity('certification')).toBe(1);
  });
});

describe('who is asking, said in the ask, is not what it asks about', () => {
  it('splits a story run into its question with no mark between ("self taught web dev (react/node) how do i get into de")', () => {
    expect(splitQuestion('self taught web dev (react/node) how do i get into de')).toMatchObject({
      ask: 'how do i get into de',
      context: 'self taught web dev (react/node)',
    });
    const answer = answerQuestion(kb, 'self taught web dev (react/node) how do i get into de');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Data engineering has a lower barrier to entry/);
  });

  it('reads "as an econ major" inside the ask as the person, and "how cooked am i" as how hard it is', () => {
    const answer = answerQuestion(kb, 'how cooked am i as an econ major wanting mle');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
    expect(answer.lead?.sentence).toMatch(/Machine Learning Engineer path is more complex for beginners/);
  });

  it('leaves out a setting ruled out after a comma ("whats a normal day for an mle, not faang, just in general")', () => {
    const answer = answerQuestion(kb, 'whats a normal day for an mle, not faang, just in general');
    expect(answer.lead?.sentence).not.toMatch(/Generative/);
    expect(kb.read('whats a normal day for an mle, not faang, just in general').terms.some((t) => t.term === 'syn:faang')).toBe(false);
  });

  it('asks how to decide, not for instructions, when an adverb comes first ("how do i even decide between de and mle")', () => {
    expect(questionIntent('how do i even decide between de and mle', ['decide'])).not.toEqual({ form: 'how-to' });
    expect(answerQuestion(kb, 'how do i even decide between de and mle').answered).toBe(true);
  });

  it('reads a labelled question ("**serious q**: is mle harder than de") as the yes or no after the label', () => {
    expect(questionIntent('serious question: is mle harder than de').form).toBe('comparison');
    expect(questionIntent('serious question: is mle harder than de').yesNo).toBe(true);
    expect(answerQuestion(kb, '**serious q**: is mle harder than de').lead?.sentence).toMatch(/^Yes, on average\./);
  });

  it('reads the hardest part of a role as its hurdles, not as words the sources lack', () => {
    const answer = answerQuestion(kb, "what's the hardest part of being an mle");
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
  });
});

describe('an age is the person, never a figure', () => {
  it('declines "can i become an mle at 40" naming age, rather than quoting a 40–60% premium', () => {
    for (const question of [
      'can i become an mle at 40',
      'is 40 too old to become a data engineer',
      'is it hard to get a de job over 40',
      'im 35 is that too late for mle',
    ]) {
      const answer = answerQuestion(kb, question);
      expect(answer.answered, question).toBe(false);
      expect(answer.uncovered, question).toEqual(['age']);
    }
  });

  it('keeps years of experience and percentages as they are ("whats the pay at 5 years")', () => {
    expect(answerQuestion(kb, 'whats the pay at 5 years').uncovered).toEqual([]);
    expect(answerQuestion(kb, 'do des work over 40 hours a week').uncovered).not.toContain('age');
    expect(answerQuestion(kb, 'is over 50% of de work sql').uncovered).not.toContain('age');
  });
});

describe('what the person says around the ask', () => {
  it('reads what is coming up for them ("first onsite soon,") as context, so the rounds asked about are answered', () => {
    expect(splitQuestion('first onsite soon, what rounds should i expect in a de loop?')).toMatchObject({
      ask: 'what rounds should i expect in a de loop?',
      context: 'first onsite soon',
    });
    const answer = answerQuestion(kb, '# de interview prep\nfirst onsite soon, what rounds should i expect in a de loop?');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Data engineer interviews include SQL live coding/);
  });

  it('reads "…what i make now which is not a lot" as a clause of the story, and the question after it as the ask', () => {
    const parts = splitQuestion(
      'i need something that pays at least what i make now which is not a lot tbh, so which one is the more realistic move for someone like me',
    );
    expect(parts.ask).toBe('which one is the more realistic move for someone like me');
    expect(parts.context).toMatch(/^i need something that pays/);
  });

  it('keeps a time inside the question itself ("what do des make in a few years, is it more than mles")', () => {
    expect(splitQuestion('what do des make in a few years, is it more than mles').context).toBe('');
  });

  it('reads "random q but", "quick question:" and "dumb q" as no part of the ask', () => {
    const answer = answerQuestion(kb, 'random q but what are these ai platform engineer / llmops engineer roles ppl keep posting');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
    // The list they name, introduced, rather than one of its items quoted back.
    expect(answer.lead?.sentence).toBe('A newer hybrid role is emerging: AI Platform Engineer; LLMOps Engineer; Agentic AI Engineer');
  });

  it('asks "at that level" of the level named around the ask ("an L5 role at a faang")', () => {
    const answer = answerQuestion(kb, 'got a recruiter call next week for an L5 role at a faang. de vs mle tc at that level?');
    expect(answer.lead?.sentence).toMatch(/^Comp at L5 \(US, FAANG\): Data Engineer \$280K/);
    expect(answerQuestion(kb, 'im a senior de. what do mles make at that level?').lead?.sentence).toMatch(/Senior \(5-8 years\)/);
  });

  it('reads where they keep seeing something ("seeing … everywhere on linkedin,") as context, and a company typed as typed', () => {
    const answer = answerQuestion(kb, 'seeing titles like agentic ai engineer everywhere on linkedin, what even are these hybrid roles');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^A newer hybrid role is emerging: AI Platform Engineer/);
    expect(kb.read('how do i get noticed on linkedin').unknown.map((u) => u.typed ?? u.word)).toContain('linkedin');
  });

  it('asks "here" of the place named around the ask, so a place the sources lack is said ("based in toronto. what do des make here")', () => {
    for (const [question, place] of [
      ['based in toronto. what do des make here', 'toronto'],
      ['im in DE (germany lol) how much would an mle make here', 'germany'],
    ] as const) {
      const answer = answerQuestion(kb, question);
      expect(answer.answered, question).toBe(false);
      expect(answer.uncovered, question).toEqual([place]);
    }
    expect(answerQuestion(kb, 'from lagos 🇳🇬 what do des make here').lead?.sentence).toMatch(/^Nigeria \(Local\)/);
  });

  it('reads examples closing a question ("…, like banks and retail") as no part of its main ask', () => {
    const answer = answerQuestion(kb, 'which has more demand at normal non-tech companies, like banks and retail');
    expect(answer.answered).toBe(true);
    // (Non-tech companies are what the sources call enterprise: either sentence says which role they hire more.)
    expect(answer.lead?.sentence).toMatch(
      /^Most-likely employer: Data Engineer Every company with data|^Data Engineering has broader enterprise demand/,
    );
    // ("like the main stack" is no list of examples: it says which tools.)
    expect(splitQuestion('what tools should i learn for mle, like the main stack').mainAsk).toBe(
      'what tools should i learn for mle, like the main stack',
    );
  });

  it('reads a quoted line and where it was seen as context, and "wtf is" as "what is"', () => {
    const answer = answerQuestion(kb, '> monitor and mitigate model drift\nsaw this in a job post, wtf is model drift');
    expect(answer.lead?.sentence).toMatch(/Model Drift: Detecting when the statistical properties of target variables change/);
  });
});

describe('a foil offered after the ask', () => {
  it('names nothing in "…or am i overthinking" as something the sources lack', () => {
    const answer = answerQuestion(kb, 'is mle harder than de or am i overthinking');
    expect(answer.uncovered).toEqual([]);
  });
});

describe('the words people use for what the articles say', () => {
  it.each([
    ['senior in hs, heard ml engineers make crazy money. why do mles get paid more than des?', /^The premium comes from two factors/],
    ['hs student here, I keep seeing "MLOps" on tiktok. wat even is mlops??', /MLOps: The specialized skill set/],
    ['mech eng w/ 6 yoe. whats the top of the path for a de, like where does it end?', /^Terminal roles include VP of Data Engineering/],
    ['r ther more mle jobs than ppl to fill them?', /outstrips supply by a ratio of 3\.2:1/],
    [
      "how much of an mle's week is actually training models vs deploying stuff? at a big tech co specifically",
      /^Varies wildly by company\. At FAANG: 50% experimentation/,
    ],
    [
      'data analyst, 2 yoe. at my level, is mle even realistic or should i go de first?',
      /^The Machine Learning Engineer path is more complex for beginners/,
    ],
    // ("Yes, on average." answers the passage's own yes-or-no question, not this one.)
    ['downsides of mle tho', /^ML engineer roles are fewer, more competitive/],
    ['whats the worst part of being a de', /^Incident response for data pipeline failures can be urgent and disruptive/],
    ['what are the pros and cons of de', /^Incident response for data pipeline failures/],
    ['what are the disadvantages of mle', /ML engineer roles are fewer, more competitive/],
    ['wait is mle just a fancy de? my manager uses the titles interchangeably', /^No\. While both roles collaborate closely/],
    ['whats good about being an mle', /^Choosing to become a Machine Learning Engineer is a high-leverage move/],
    [
      'ppl say ml bugs r way worse than pipeline bugs, why tho',
      /troubleshoot both the code and the underlying mathematical logic|“silent failures” where code runs perfectly/,
    ],
    [
      '2 months in, trying to learn pytorch spark kafka airflow all at once and burning out. should i just narrow down?',
      /Reducing the scope of initial learning/,
    ],
    // Who is asking, in fragments before the comma, is context: its job title is not what the question lacks.
    ['analyst 🙃 2 yoe, what tools do des use', /^Data Engineer: The Data Backbone: Primary Stack: SQL, Spark/],
    ['swe 4 yoe, which role pays more at faang L5', /^Comp at L5 \(US, FAANG\)/],
    ['bootcamp grad, no job yet, is de easier to get hired', /^Data engineering has a lower barrier to entry/],
    ['3yoe analyst, would i even get hired as mle without a degree', /^Helpful but not required/],
    // Safe from layoffs is job security, which the sources weigh; layoffs elsewhere they never count.
    ['Is it safe from layoffs?', /As long as companies collect data, they will need engineers|resilient/],
    // A title the articles use, misspelt, is that title, not another job; "bumped to senior" is a promotion.
    ['whats an ml platfrom engineer, i keep seeing it in job posts', /ML platform engineer/i],
    ['mid level mle here, what do i need to show to get bumped to senior', /^Mid to senior requires evidence of production deployment/],
    // No move asked: a move between the roles ("MLE to DE pivot: easier than the reverse") is one person's case.
    [
      'which role is easier to get into',
      /^Data engineer roles are higher-volume|^Data engineering has a lower barrier|^Data Engineering is generally considered more beginner-friendly/,
    ],
    // Getting a job is getting in: which is faster to get into, not which grows faster.
    ['which one faster to get job', /^Data engineering has a lower barrier to entry/],
    // A level beside a topic the sources give by no level (interviews) narrows nothing: no promotion, no pay.
    ['what do interviews test at senior level for MLE?', /^ML engineer interviews include Python live coding/],
    // Hinglish fillers are chat, "kitna" asks how much; "hs" is high school, who is asking.
    ['bro salary kitna hai for de fresher', /^Data Engineer Salary \(2026\): Junior \(0-2 years\)/],
    ['career switcher from teaching hs math, which one is easier to actually get hired in', /more accessible to career switchers/],
    // "does that point me to one of these" asks which role fits, by what was told.
    ['loved my stats and probability classes in uni, does that point me to one of these', /^Yes -> ML engineer is more aligned\./],
    // "what fits" asks which role fits, by what was told before it.
    ['i dont really care about stats, id rather get into distributed systms. what fits', /you like distributed systems -> data engineer/],
    // "…or am i overthinking" is a foil the question offers: neither asked nor named as something the sources lack.
    ['is mle harder than de or am i overthinking', /^Yes, on average\. ML engineer roles are fewer/],
    // "which is harder?" is settled by the sources' "Is ML engineer harder to break into than data engineer?", both
    // sides of it, without a "Yes" that answered no question asked; "which is easier?" is not that question.
    ['which is harder', /^ML engineer roles are fewer, more competitive.*Data engineer roles are higher-volume/],
    ['which one is harder to break into tbh', /^ML engineer roles are fewer, more competitive/],
    // "what am i missing" asks the skills a role needs, as "what skills am i missing" does.
    ['what am i missing to be a data engineer', /^Data Engineer Skills: SQL mastery/],
    // What the work is said to come down to ("just writing sql") is checked against the day's work, which answers it.
    ['isnt de basically just writing sql all day', /^Data engineers spend most of their time building and debugging pipelines/],
    // Learning both "at the same time" is what the split-track audit weighs against narrowing one's focus.
    [
      'should i learn de and mle at the same time or pick one first',
      /Reducing the scope of initial learning|choosing the right starting point|^Commit to a Core Stack/,
    ],
    ['trying to learn pytorch and spark and kafka at the same time and im drowning lol', /Reducing the scope of initial learning/],
    // The roles compared ("harder to get into than"), each entered from anywhere: no move between them.
    ['is mle harder to get into than de', /^Yes, on average\. ML engineer roles are fewer, more competitive/],
    // Asked of neither role, a sentence on one role and its parallel on the other lead together.
    [
      'what should i learn first',
      /If you choose Machine Learning Engineer, prioritize Python and MLOps\. If you choose Data Engineering, prioritize SQL/,
    ],
    [
      'latency vs freshness... how do the two roles think about time budgets differently',
      /p99 < 100ms .*\. Data engineers think in terms of pipeline freshness budgets/,
    ],
    // The two roles alone, set against each other, ask which to choose, by what was told around them.
    ['i love stats and math. mle or de?', /^Choose ML engineering if you're interested in model building/],
    [
      'ngl im 2 yoe data analyst, love sql, hate math, which one should i go for',
      /emphasizes SQL, pipeline design|^Choose data engineering/,
    ],
    // Who is asking, in the first person, before a question about a role; and a level asked beside years told.
    [
      'i only have a bootcamp, is ml engineering realistic or am i cooked',
      /^If you have ML aptitude and motivation, ML engineer is achievable/,
    ],
    // "quickest to get hired": how hard getting in is.
    ['which is quickest to get hired in, de or mle', /^Data engineering has a lower barrier to entry\./],
    // "use day to day": how often the tools are used; the tools are what is asked.
    ['what tools do data engineers actually use day to day', /^Common tools: Apache Spark/],
    // "make" with a person and what they become ("make u better") is no pay.
    [
      'does doing de first actually make u better at mle later or is it wasted time',
      /^Yes\. This is one of the most successful career transitions/,
    ],
    ["4 yoe-ish soon 8, what's staff de base pay", /^Data Engineer Salary \(2026\): Staff \(8\+ years\)/],
    ['senior mle w ~6 yoe, whats a realistc total comp', /^ML Engineer Salary \(2026\): Senior \(5-8 years\)/],
    // A question asked as what the person does not get; a duration asked as "how long am i looking at".
    [
      'ngl i dont get why mles get paid more, we all write python and sql lol. whats the actual reason',
      /^The premium comes from two factors/,
    ],
    ['3 yoe as a de, want to move over to mle. realistically how long am i looking at', /^Plan for 6-9 months of study/],
    // "pop" is a name by how it is said, but a verb here: no name the sources lack.
    ['is mle gonna keep growing or is the ai bubble about to pop and take it down', /grows in tandem with AI adoption/],
    // A sentence on the other role ("demand for this role…" after one on ML engineers) does not open a DE answer.
    // (Nor does the market's size in dollars, now that a sum of money weighs less where no figure is asked.)
    ['de demand 2026', /^(?:Data engineer job postings grew 18%|Conversely, Data Engineering remains one of the fastest-growing)/],
    // A paragraph that opens on data engineers under "Why ML Engineers Earn More" speaks of both roles.
    ['whats the salary growth for data engineers', /^That said, data engineers have seen faster salary growth/],
    // What one role needs is not which role to choose: no diagnostic option opens it.
    ['how much statistics does a de need', /^Statistics and math: Data Engineer Light/],
    // A programming language is the one the articles name (Python), never an "AI program".
    ['what programming language do both data engineers and ml engineers need', /Python/],
    ['which coding languages do mles use', /Python/],
    // "which is chiller": a comparative asked of "which", with nothing else named, chooses between the two roles.
    // (The diagnostic's option that fits what they mind, on its own: "Low -> data engineer is more comfortable.")
    ['i cant stand not knowing whether my stuff will work. which is chiller', /^Low -> data engineer is more comfortable/],
    // "use day to day" says how often the tools are used: the tools are asked, so the tool lists rank above the
    // passages on a day's work.
    [
      'what tools does a de actually use day to day? spark? kafka? smth else',
      /^Data Engineer: The Data Backbone: Primary Stack: SQL, Spark/,
    ],
    // "whts", "de n mle": chat spellings of "whats" and "de and mle", never a place the sources lack; Hindi "milegi"
    // (will i earn) asks pay.
    ['whts the diffrence in salry btw de n mle', /^ML engineers earn more than data engineers at every level/],
    // Remote work from a place the sources lack is remote work they give figures for anywhere; the place is named.
    ['can i work remotely from india as a de', /^Remote \(Global\)/],
    // Of pay, "average" or "typical" says how normal a figure is: the figures, not "ML engineer wins on average".
    ['whats the avg de salary', /^Data Engineer Salary \(2026\)/],
    // "ned" is need, never a topic the sources lack.
    ['wat skils do i ned for de', /^Data Engineer Skills/],
    // A raise from moving into a role is that role's pay, not how fast salaries grow.
    ['would i get a raise going mle?', /^ML Engineer Salary \(2026\)/],
    ['do des get raises faster than mles', /faster salary growth/],
    // A typical week is the day-to-day the sources describe (it was declined).
    ['what would a typical week look like for an ml engineer', /^Daily work includes coding training pipelines/],
    ['whats a typical week like for a de', /^Data engineers spend most of their time building and debugging pipelines/],
    // "more stable" is the outlook the sources give each role (declined as "stable" before).
    ['which is more stable', /^Data Engineer: This role is foundational/],
    // "engg" is engineer: a senior data engineer's pay, never the ML engineer's.
    ['hw much do sr data engg make rn, base pls not tc', /^Data Engineer Salary \(2026\): Senior \(5-8 years\)/],
    // Hinglish "ya" between the roles is "or": the choice, never a person told "you".
    ['de ya mle, kaunsa better hai bhai', /^Choose ML engineering if/],
    // "which path", "which track": a path or a track is one of the two careers.
    // (The diagnostic's option that fits what they mind, on its own: "Low -> data engineer is more comfortable.")
    ['i like clear problems, not open ended research. which path is chiller for me', /^Low -> data engineer is more comfortable/],
    // "whats the smartest route" asks for a way in, never what "smartest route" means.
    ['no clue about ml yet, whats the smartest route to mle', /start in whichever role|start with Data Engineering/],
    ['whats the best way to become an mle', /start with Data Engineering|fundamentals in Data Engineering first/],
    // How common remote work is: the share of postings, not the remote pay row.
    ['is remote work common for data engineers', /^Remote availability is higher at 48% of postings/],
    // "what breaks", "what problems": the role's key problems, never "break into".
    ['what kind of stuff breaks for data engineers', /^Data Engineer: The Data Backbone: /],
    ['what problems do mles deal with', /^Machine Learning Engineer: The Model Interface: /],
    // What someone minds, told in the ask, is never answered by advice for who enjoys it ("Choose ML engineering if you
    // … enjoy math and statistics"); what they like is.
    ['i hate math. which one should i pick', /^Math Intensity: .*Data Engineer Moderate/],
    ['||i kinda hate math|| so which one should i pick', /^Math Intensity: .*Data Engineer Moderate/],
    ['im bad at stats which should i choose', /^Math Intensity: .*Data Engineer Moderate/],
    ['i love stats, which one should i pick', /^Choose ML engineering if you're interested in model building, enjoy math/],
    ['i hate vague research problems. which path should i pick', /^Choose data engineering if you enjoy building reliable systems/],
    // What one role needs, measured by the other ("like des do", "as much … as mles"), is asked of the one.
    ['do data engineers need to know as much statistics as ML engineers', /^Statistics and math: Data Engineer Light/],
    ['do mles need to go deep on sql?', /^SQL depth: Data Engineer Deep · ML Engineer Moderate/],
    // What someone likes is never answered by advice for who prefers something over it.
    ['im ok with not knowing if stuff works. what should i do next', /This path is optimal if you possess a high tolerance for ambiguity/],
    // A list's lead-in that states something before it introduces the items: the statement is quotable.
    [
      'coming from it helpdesk/sysadmin stuff, which is more realistic for me',
      /^Data Engineering is frequently seen as a more accessible entry point/,
    ],
    // "how long": a close passage that gives the time it takes opens before a closer one that gives none.
    ['how long does it take to break into ML engineering', /\(6-12 months minimum\)/],
    // Whether a skill pays off ("worth it money wise", "bump my salary") is answered by its premium.
    ['is going deep on mlops worth it money wise', /^MLOps Mastery: Adds a 25–40% premium/],
    ['would learning mlops bump my salary', /25–40% premium/],
    // "what is X pipeline": the definition of X ("ETL/ELT Development: Extracting data…"), not a task that names it.
    ['whats an etl pipeline', /ETL\/ELT Development: Extracting data from disparate sources/],
    // An onsite is an interview ("my first onsite"), and "what should i expect" asks what the story is about.
    ['got my first onsite next week for a de job, what should i expect', /^Data engineer interviews include SQL live coding/],
    // "which parts would de do": the parts of what the story names (a RAG chatbot), each role's.
    ['my company is building a rag chatbot thing, which parts would de do and which mle', /RAG|vector/],
    // A term the articles explain in brackets right after it ("the inference pipeline (where ML output flows back…)").
    ['what is the inference pipeline', /the inference pipeline \(where ML output flows back into application data\)/],
    ["what's the feature pipeline part mean", /the feature pipeline \(where data engineering becomes ML input\)/],
    // "in 10 yrs": a time ahead, the future asked about; never a level of experience nor a figure to search.
    ['which one is less likely to get automated away in 10 yrs', /As long as companies collect data, they will need engineers/],
    // "the path from backend to data engineering": a move from a field into the role.
    [
      'whats the path from backend to data engineering?',
      /^You can transition from backend engineering or database administration with 2-3 months/,
    ],
    // "till" is "until"; teaching oneself is self-study.
    ['how long till im job ready as an ml engineer if im self teaching', /equivalent self-study \(6-12 months minimum\)/],
    // Getting in, of no role named, is getting into the roles this bot is about: how long it takes.
    ['how long to get in', /\d+-\d+ months/],
    ['how long to get hired tho', /\d+-\d+ months/],
    // "to be an mle" is where a move ends, as "to become" is: the time of the gaps to fill from a data engineer.
    ['i am a de. how long will that take what is the gap i need to fill to be an mle', /6-9 months/],
    // "what's the play" asks what to do, not what a play is; what the person wants ("if i want the highest tc") is
    // the condition of the ask, not a figure asked for.
    ["long game, i want the highest pay eventually. what's the play", /^The best long-term play: start in whichever role/],
    ['22, cs grad, no job yet. long term whats the play if i want the highest tc eventually', /overlap zone|maximum comp|highest-paid/],
    // Why a passage says what it says: the "Logic: …" list right after it, though it shares no word with the question.
    ['why start with de first tho', /^Logic: Technical friction in AI projects is rarely caused by the model itself/],
    // "Better", of the roles alone, or "the smarter choice", is which to choose.
    ['is mle better than de', /^Choose (?:ML|data) engineering if/],
    ['ok whatever. is mle better?', /^Choose ML engineering if/],
    ['is de the smarter choice', /^Choose data engineering if/],
    // A time given for getting into a role ("in a year", "6 months enough", "enough runway") asks how long it takes.
    ['can i become an mle in a year?', /6-12 months minimum/],
    ['is 6 months enough to become a de?', /2-3 months/],
    ['i have 1 year of savings. is that enough runway to become a de?', /2-3 months/],
    ['im a de, can i become an mle in a year?', /6-9 months|12-18 months/],
    // "The hybrid role: ML data engineer (or ML platform engineer) lives on the boundary" defines both names.
    ['whats an ml data engineer', /^The hybrid role: ML data engineer \(or ML platform engineer\) lives on the boundary/],
    ['what is an ml platform engineer', /^The hybrid role: ML data engineer/],
    // A bump in pay from a skill is a premium: of the role asked, its own.
    ['what skills bump de pay', /^(?:For Data Engineers, the highest premiums|Modern premiums)/],
    ['which mle skills get u a salary bump', /LLMOps \/ Generative AI: Increases base compensation by 40–60%/],
    // How the roles work together, or depend on each other, is how one builds on what the other provides.
    ['do des and mles work together', /foundation|consumer of the infrastructure/],
    ['de and mle - who depends on who', /foundation|consumer of the infrastructure/],
    // "dat" before "engineer" is a dropped letter of "data", however the rest is spelt.
    ['hw much do dat enginers mak in teh us', /^United States: .*Data Engineer \(Mid-Senior\) \$160,000/],
    // The bot asked to choose for the person ("in my shoes", "if you were me") is a choice between the roles.
    ['which would you pick if you were me', /^Choose (?:ML|data) engineering if/],
    ['what would u pick in my shoes', /^Choose (?:ML|data) engineering if/],
    [
      'i like the modelling part but i hate not knowing if something will work. what would u pick in my shoes?',
      /^Choose data engineering if/,
    ],
    // Being ready for a role is getting into it: a time asked for it is the time to get there.
    ['how long would it take me to be ready for mle', /\d+-\d+ months/],
    ['how long until im ready for a de job', /\d+-\d+ months/],
    // What to learn first is a priority among skills.
    ['what should i learn first', /prioritize/],
    // Openings are jobs to be had: "higher-volume" roles are more of them.
    ['which role has more junior openings?', /data engineer is more realistic|higher-volume/],
    // A ballpark is a rough figure: of pay, where nothing else is asked.
    ['ballpark for mid-senior ppl in the us, both roles?', /^United States: .*Mid-Senior/],
    // Whether a team needs both roles is a topic the articles speak to.
    ['do companies actually need both or can they get by with one', /A mature AI program generally needs both/],
    // Of pay, a new grad asking is the entry level asked.
    ['what would i earn as a new grad', /^Entry Salary: Data Engineer \$85,000/],
    // A pipeline that fails, and a model that fails silently, are what debugging is about.
    ['are pipeline bugs easier to debug than model bugs?', /^If a pipeline fails, it is usually due to a clear structural error/],
    ['do ml models fail silently?', /silent failures/],
    // What one role needs that the other "never touches" is that role's own skills.
    ['what would i need to lern for mle that a de never touches', /^Machine Learning Engineer/],
  ])('%s', (question, lead) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(lead);
  });
});

describe('an opening sentence that points back', () => {
  it('comes after the sentence it points back to ("Understanding it…" after what "it" is)', () => {
    const answer = answerQuestion(kb, 'does knowing both roles help with career transitions');
    expect(answer.lead?.sentence).toBe(
      'The Venn diagram between these roles has a meaningful overlap zone. Understanding it helps with career transitions.',
    );
  });
});

describe('a move asked in one direction', () => {
  it('shows nothing of the reverse move ("The transition is faster (3-4 months)…" is the ML engineer\'s move into DE)', () => {
    const answer = answerQuestion(kb, 'im a de, how long would the switch to mle take me');
    expect(answer.lead?.sentence).toMatch(/12-18 months|6-9 months/);
    expect(answer.passages.map((p) => p.text).join('\n')).not.toMatch(/3-4 months/);
  });
});

describe('a choice between the two roles', () => {
  it.each(['de or mle', 'should i go de or mle'])('"%s" sets both halves of the advice side by side', (question) => {
    const answer = answerQuestion(kb, question);
    expect([answer.lead?.sentence, answer.counterpart?.sentence].join(' ')).toMatch(
      /^Choose ML engineering if .* Choose data engineering if |^Choose data engineering if .* Choose ML engineering if /,
    );
  });

  it('never shows one sentence twice, though two parts of a list carry the same lead-in', () => {
    const shown = answerQuestion(kb, 'de or mle').passages.map((p) => p.keySentence);
    expect(new Set(shown).size).toBe(shown.length);
  });
});

describe('a start from nothing', () => {
  it.each(['how long to become mle from scratch', 'how long to become a data engineer with no background'])(
    '"%s" is no move from the other role: never answered with the time a move between the roles takes',
    (question) => {
      const answer = answerQuestion(kb, question);
      expect(answer.lead?.sentence ?? '').not.toMatch(/12-18 months|6-9 months|3-4 months/);
      expect(kb.read(question).terms.some((t) => t.term === 'syn:switch')).toBe(false);
    },
  );
});

describe('titles of the vocabulary and slang', () => {
  it('knows "ml platform eng" as the hybrid role the articles name, never a title they lack', () => {
    const answer = answerQuestion(kb, 'is ml platform eng hiring actually growing or is it a niche');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/ML data engineer hiring is growing faster/);
  });

  it('reads "mid" as a level where it names one ("whats a mid de salary"), as slang where it judges ("de seems mid")', () => {
    expect(kb.read('whats a mid de salary').terms.some((t) => t.term === 'syn:midlevel')).toBe(true);
    expect(kb.read('ngl de seems mid').terms.some((t) => t.term === 'syn:midlevel')).toBe(false);
    expect(kb.read('mle is kinda mid tbh').terms.some((t) => t.term === 'syn:midlevel')).toBe(false);
  });

  it('answers what a role needs asked in the first person ("how much stats would i need for de") from the role, not the quiz', () => {
    expect(answerQuestion(kb, 'how much stats would i need for de?').lead?.sentence).toMatch(/^Statistics and math: Data Engineer Light/);
  });
});

describe('a time asked of one thing is not a time said of another', () => {
  it.each(['how long do interviews take for new grads', 'how long does the de interview process take'])(
    '"%s" is declined: the sources time a move ("2-3 months" from backend), never an interview',
    (question) => {
      const answer = answerQuestion(kb, question);
      expect(answer.answered).toBe(false);
      expect(answer.missingKind).toBe('duration');
    },
  );

  it('still answers a time the sources give for what is asked ("how long to become a de from backend")', () => {
    expect(answerQuestion(kb, 'how long to become a de from backend').lead?.sentence).toMatch(/2-3 months of focused learning/);
  });
});

describe('what a term asks', () => {
  it.each([
    ['wait what does the inference pipeline part mean', 'inference pipeline'],
    ['what do u mean by the inference pipeline', 'inference pipeline'],
    ['wdym silent failures', 'silent failures'],
  ])('reads "%s" as asking what "%s" is', (question, term) => {
    expect(kb.read(question).intent.defines).toBe(term);
  });
});

describe('what a title asks', () => {
  it('reads "whats the hybrid ml data engineer role" as what the role is, not a comparison ("engineer role" is no "easier role")', () => {
    const read = kb.read('whats the hybrid ml data engineer role');
    expect(read.intent.form).not.toBe('comparison');
    expect(read.intent.defines).toBe('hybrid ml data engineer');
    expect(kb.read('which is the easier role').intent.form).toBe('comparison');
  });

  it('hears "a middle step" as a stepping stone, and "job prospects" as the outlook', () => {
    expect(kb.read('is there a middle step i could do first').terms.some((t) => t.term === 'syn:steppingstone')).toBe(true);
    expect(kb.read('how are the job prospects for mle').terms.some((t) => t.term === 'syn:outlook')).toBe(true);
  });
});

describe('asked of the sources themselves', () => {
  it('reads "what pays more" as the two roles compared on pay', () => {
    expect(kb.read('what pays more').intent.form).toBe('comparison');
    expect(kb.read('what pays better?').intent.form).toBe('comparison');
  });

  it('never searches "your sources" as a topic ("do your sources say anything about dbt")', () => {
    expect(kb.read('do your sources say anything about dbt').terms.map((t) => t.term)).toEqual(['dbt']);
  });
});

describe('a retirement plan and a company size', () => {
  it('never reads "401k" as a sum of pay, nor "mid size" as a level: "whats a normal 401k match…" is declined, naming it', () => {
    const question = 'whats a normal 401k match for de roles at mid size compnaies';
    expect(kb.read(question).terms.some((t) => t.term === 'syn:salary' || t.term === 'syn:midlevel')).toBe(false);
    const answer = answerQuestion(kb, question);
    expect(answer.answered).toBe(false);
    expect(answer.uncovered).toContain('retirement');
  });
});

describe('what to study', () => {
  it.each(['what should she study?', 'what should i study in college for de'])('reads "%s" as a question of education', (question) => {
    expect(kb.read(question).terms.some((t) => t.term === 'syn:education')).toBe(true);
    expect(answerQuestion(kb, question).answered).toBe(true);
  });

  it('reads "what should i study for de", a role named and no school, as what to learn for it', () => {
    const terms = kb.read('what should i study for de').terms.map((t) => t.term);
    expect(terms).toContain('syn:skill');
    expect(terms).not.toContain('syn:education');
  });
});

describe('a choice made on one measure', () => {
  it('answers "which one should i go for if i want to get hired fast" with which is easier to get into, not what each role suits', () => {
    const answer = answerQuestion(kb, 'which one should i go for if i want to get hired fast');
    expect(answer.lead?.sentence).toBe('Data engineering has a lower barrier to entry.');
  });

  it('reads "which is faster to get hired in" as how hard each role is to get into', () => {
    expect(kb.read('which is faster to get hired in').terms.some((t) => t.term === 'syn:difficulty')).toBe(true);
    expect(answerQuestion(kb, 'which is faster to get hired in').answered).toBe(true);
  });

  it('still answers "which should i pick if i like math" with whom each role suits', () => {
    expect(answerQuestion(kb, 'which should i pick if i like math').lead?.sentence).toMatch(/^Choose ML engineering if/);
  });
});

describe('who asks, told with brackets', () => {
  it('reads "backend swe here (node + postgres), how quick can i pivot into de" as a backend developer asking, and answers', () => {
    const question = 'backend swe here (node + postgres), how quick can i pivot into de';
    expect(kb.read(question).ask).toBe('how quick can i pivot into de');
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(/transition from backend engineering/);
  });

  it('keeps years in brackets with what is asked about: "senior de pay (5-8 yoe), is 250k realistic" is no story', () => {
    expect(kb.read('senior de pay (5-8 yoe), is 250k realistic').context).toBe('');
  });

  it('never corrects a tool the articles lack into a word they use: "postgres" is said to be missing, not read as "posters"', () => {
    const answer = answerQuestion(kb, 'should i learn postgres for de');
    expect(answer.answered).toBe(false);
    expect(answer.uncovered).toContain('postgres');
  });
});

describe('the top of one role’s pay', () => {
  it.each([
    ['whats the highest mle pay in ur sources', /^ML Engineer Salary \(2026\): Staff \(8\+ years\)/],
    ['whats the max a de can earn', /^Data Engineer Salary \(2026\): Staff \(8\+ years\)/],
    ['whats the highest paying level for de', /^Data Engineer Salary \(2026\): Staff \(8\+ years\)/],
  ])('answers "%s" with the top level’s figures', (question, lead) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(lead);
  });

  it('still answers "which pays the most" with the roles compared, and "which skills pay the most for de" with the premiums', () => {
    expect(answerQuestion(kb, 'which pays the most').lead?.sentence).toMatch(/^ML engineers earn more than data engineers/);
    expect(answerQuestion(kb, 'which skills pay the most for de').lead?.sentence).toMatch(/highest premiums/);
  });
});

describe('numbers written into words', () => {
  it.each(['anyone got a good 5x5 strength program for beginners', 'what should i set the shuffle partitions to for a 200gb join'])(
    'declines "%s", naming the thing with a number in its name',
    (question) => {
      const answer = answerQuestion(kb, question);
      expect(answer.answered).toBe(false);
      expect(answer.uncovered.some((u) => /\d/.test(u))).toBe(true);
    },
  );

  it('answers "is 200k realistic for a 5yoe mle": "5yoe" is how long they have worked, not a word to find', () => {
    const answer = answerQuestion(kb, 'is 200k realistic for a 5yoe mle');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
  });
});

describe('what makes a role safe', () => {
  it('reads "what makes the de one safe tho" as a cause asked of the outlook, never as pay ("makes")', () => {
    const read = kb.read('what makes the de one safe tho');
    expect(read.terms.some((t) => t.term === 'syn:salary')).toBe(false);
    expect(answerQuestion(kb, 'what makes the de one safe tho').lead?.sentence).toMatch(/As long as companies collect data/);
  });

  it('still reads "what does a de make" and "what makes more, de or mle" as pay', () => {
    expect(kb.read('what does a de make').terms.some((t) => t.term === 'syn:salary')).toBe(true);
    expect(kb.read('what makes more, de or mle').terms.some((t) => t.term === 'syn:salary')).toBe(true);
  });
});

describe('a choice asked for a job the sources never describe', () => {
  it.each(['which one is better for a data analyst', 'data analyst 3yoe here, which should i pick de or mle'])(
    'answers "%s" with whom each role suits, not a passage that names analysts in passing',
    (question) => {
      const answer = answerQuestion(kb, question);
      expect(answer.answered).toBe(true);
      expect(answer.lead?.sentence).toMatch(/^Choose (?:ML|data) engineering if/);
    },
  );

  it('still asks about a job named as the topic: "how much do data analysts make" is declined, naming it', () => {
    const answer = answerQuestion(kb, 'how much do data analysts make');
    expect(answer.answered).toBe(false);
  });

  it('reads "meh at stats" as a weakness told, not a liking: the data engineering verdict opens for it', () => {
    const answer = answerQuestion(
      kb,
      'im a data analyst w 2 yoe, good at sql, meh at stats, like building reliable stuff more than research. de or mle?',
    );
    expect(answer.lead?.sentence).toMatch(/^Choose data engineering if/);
  });
});

describe('management as a career path', () => {
  it.each(['which has better growth to management', 'can a de become an engineering manager'])(
    'answers "%s" with the career path to a manager, not "Managing the volume…"',
    (question) => {
      expect(answerQuestion(kb, question).lead?.sentence).toMatch(/Engineering Manager/);
    },
  );
});

describe('Hinglish moves', () => {
  it('answers "mle ke liye kitna time lagega agar main de hoon" with the DE → MLE time', () => {
    const answer = answerQuestion(kb, 'mle ke liye kitna time lagega agar main de hoon');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/12-18 months|6-9 months/);
  });
});

describe('more chat spellings', () => {
  it('reads "hw long wud it take to become a de" as how long it would take, naming nothing missing', () => {
    const answer = answerQuestion(kb, 'hw long wud it take to become a de');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
  });
});

describe('the years a level asks', () => {
  it.each(['how many yoe is staff', 'how long to get to staff as a de'])(
    'answers "%s" with "Staff (8+ years)", not "no timelines"',
    (question) => {
      const answer = answerQuestion(kb, question);
      expect(answer.answered).toBe(true);
      expect(answer.lead?.sentence).toMatch(/Staff \(8\+ years\)/);
    },
  );
});

describe('their own experience in a job', () => {
  it('answers "is my dba experience useful for de at all?" (it was declined, naming "database administrator" and "useful")', () => {
    const answer = answerQuestion(kb, 'is my dba experience useful for de at all?');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).toEqual([]);
  });
});

describe('what another job is', () => {
  it('declines "what does a data scientist do day to day", naming the job, though a passage names data scientists in passing', () => {
    const answer = answerQuestion(kb, 'what does a data scientist do day to day');
    expect(answer.answered).toBe(false);
    expect(answer.uncovered).toContain('data scientist');
  });

  it('still answers "how do data engineers work with data scientists" from the passage that says so', () => {
    expect(answerQuestion(kb, 'how do data engineers work with data scientists').answered).toBe(true);
  });
});

describe('a claim reported, a story, then a bare check', () => {
  it('asks the claim of "my cousin says … de is where the money is. tbh im 26, … is he right?", the story as who asks', () => {
    const question =
      'my cousin says mle is just hype and de is where the money is. tbh im 26, did a stats degree, working as a data analyst rn. is he right?';
    expect(kb.read(question).ask).toBe('mle is just hype and de is where the money is?');
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(/ML engineer comp is typically 10-20% higher/);
  });
});

describe('leetcode, declined with the interviews closest', () => {
  it('declines "ok do des need leetcode", naming it, and offers the interview passage first', () => {
    const answer = answerQuestion(kb, 'ok do des need leetcode');
    expect(answer.answered).toBe(false);
    expect(answer.uncovered).toContain('leetcode');
    expect(answer.passages[0]?.id).toMatch(/interview-differences/);
  });
});

describe('how long to get a role’s job', () => {
  it('answers "how long would it take me to get an mle job" with the time to get into ML engineering, not job postings', () => {
    expect(answerQuestion(kb, 'how long would it take me to get an mle job').lead?.sentence).toMatch(/6-12 months minimum/);
  });
});

describe('underpaid', () => {
  it('answers "i make 120k as a de with 4 yoe, am i underpaid?" with DE pay (it was declined as off-topic)', () => {
    const answer = answerQuestion(kb, 'i make 120k as a de with 4 yoe, am i underpaid?');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Data Engineer Salary \(2026\)/);
  });
});

describe('how hard a move between the roles is', () => {
  it.each([
    ['how hard is the move from de to mle', /^DE to MLE pivot: achievable but requires substantial upskilling/],
    ['is it hard to switch from de to mle', /^DE to MLE pivot: achievable but requires substantial upskilling/],
    // ("the data side" is data engineering: the move is the ML engineer's into it.)
    [
      'kinda burnt out on model training as an mle tbh, would moving to the data side be hard?',
      /^MLE to DE pivot: easier than the reverse/,
    ],
  ])('%s', (question, lead) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(lead);
  });

  it('never opens with a "Yes" that answered another question (the FAQ asked whether ML engineering is harder)', () => {
    expect(answerQuestion(kb, 'is mle achievable for me').lead?.sentence).not.toMatch(/^Yes\b/);
    expect(answerQuestion(kb, 'is ml engineer harder to break into than de').lead?.sentence).toMatch(/^Yes, on average\./);
  });
});

describe('words set aside, and misspellings that look like names', () => {
  it('sets aside what a line opens with ("besides sql and python …") under a markdown heading', () => {
    const answer = answerQuestion(kb, '# de skills\nbesides sql and python what should a data engineer actually know?');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Data Engineer Skills:/);
  });

  it('reads "poping" as a misspelt word, not as a form of the name "Pope" the sources lack', () => {
    const answer = answerQuestion(kb, 'what new hybrid titles are poping up that mix de and ml stuff');
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).not.toContain('poping');
  });
});

describe('pay asked in few words', () => {
  it.each([
    ['what would a senior mle get', /\$350,000|\$200K-\$270K/],
    ['how much at staff level', /^Data Engineer Salary \(2026\): Staff \(8\+ years\)/],
    ['how much for a staff mle', /^ML Engineer Salary \(2026\): Staff \(8\+ years\): \$260K-\$340K/],
  ])('%s', (question, lead) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(lead);
  });
});

describe('promotions and premiums asked in other words', () => {
  it.each([
    ['what does it take to get to senior', /^Mid to senior requires evidence of production deployment/],
    [
      'been a mid-level mle for 2 yrs, shipped a few models but none really moved the needle. what does it take to get to senior?',
      /^Mid to senior requires/,
    ],
    ['how do i make staff as a de', /^Staff data engineers typically own the data architecture/],
  ])('"%s" opens with the promotion ladder', (question, lead) => {
    const answer = answerQuestion(kb, question);
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(lead);
  });

  it('answers "how long to get to senior as a de" with the senior row\'s years, not how long a switch takes', () => {
    expect(answerQuestion(kb, 'how long to get to senior as a de').lead?.sentence).toMatch(/Senior \(5-8 years\)/);
  });

  it("reads a premium of one role over the other as the gap between them, not a skill's premium", () => {
    const answer = answerQuestion(kb, 'roughly what % premuim does an mle get over a de at the same level');
    expect(answer.lead?.sentence).toMatch(/10-20% at the same level/);
  });
});

describe('years spent elsewhere, told with a pay question', () => {
  it.each([['5 yoe in accounting, what would i make as a de'], ['been in nursing 9 yrs, what would i make as a de']])(
    '"%s" is not answered at the senior or staff level',
    (question) => {
      expect(answerQuestion(kb, question).lead?.sentence).toMatch(/^Data Engineer Salary \(2026\): Junior/);
    },
  );

  it('still reads "5 yoe in software" as years of the trade', () => {
    expect(answerQuestion(kb, '5 yoe in software, what would i make as a de').lead?.sentence).toMatch(/Senior \(5-8 years\)/);
  });
});

describe('which of the two is better paid, asked without naming them', () => {
  it.each([['whats better for money'], ['which is better money wise'], ['ok so bot, whats better for money']])(
    'answers "%s" with the pay comparison',
    (question) => {
      const answer = answerQuestion(kb, question);
      expect(answer.answered).toBe(true);
      expect(answer.lead?.sentence).toMatch(/^ML engineers earn more than data engineers at every level/);
    },
  );

  it('still declines "whats better for my cat"', () => {
    expect(answerQuestion(kb, 'whats better for my cat').answered).toBe(false);
  });
});

describe('"de" in Portuguese and Spanish', () => {
  it('never reads the "de" of "engenheiro de ml" as the data engineer', () => {
    const answer = answerQuestion(kb, 'oi tudo bem? quanto ganha um engenheiro de ml junior?');
    expect(answer.lead?.sentence ?? '').not.toMatch(/^Data Engineer Salary/);
  });
});

describe('a Nigerian city named with a level', () => {
  it('answers "staff de pay in lagos" with the Nigerian figures, not the US staff row', () => {
    expect(answerQuestion(kb, 'staff de pay in lagos').lead?.sentence).toMatch(/^Nigeria \(Local\)/);
  });
});

describe('a story told before a comma, then the ask', () => {
  it('answers "so ive been a QA tester for 7 yrs and im sick of manual testing, what would my tc be as a de" with DE pay, not a decline for "qa" or "manual"', () => {
    const answer = answerQuestion(kb, 'so ive been a QA tester for 7 yrs and im sick of manual testing, what would my tc be as a de');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Data Engineer Salary \(2026\)/);
  });
});

describe('loaded premises and reasons for choosing', () => {
  it('answers "is de just a cope until u can land a real ml job?" with what the sources judge of DE', () => {
    const answer = answerQuestion(kb, 'is de just a cope until u can land a real ml job?');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Data Engineer: This role is foundational/);
  });

  it('hears "i just want the bigger paycheck" as choosing for the pay', () => {
    const answer = answerQuestion(kb, "ngl i don't really like ml, i just want the bigger paycheck. going mle anyway, smart move right?");
    expect(answer.lead?.sentence).toMatch(/^If you don't want to do ML for the comp/);
  });
});

describe('a FAANG grade the sources do not give', () => {
  it('answers "l4 mle pay?" with L5, the nearer of the grades they give, not L6', () => {
    expect(answerQuestion(kb, 'l4 mle pay?').lead?.sentence).toMatch(/^Comp at L5 \(US, FAANG\)/);
  });
});

describe('"idk if this is the right place" before a story and a question', () => {
  it('answers the question, not declining for the city and age the story told', () => {
    const answer = answerQuestion(
      kb,
      'idk if this is the right place but im a marketing manager in chicago, 10 yrs, 35yo. i want to pivot into tech and everyone says ai. whats the difference between de and mle in plain english? which is more beginner friendly',
    );
    expect(answer.answered).toBe(true);
    expect(answer.uncovered).not.toContain('chicago');
  });
});

describe("one's own chances, asked in an idiom", () => {
  it('hears "can i still make it as an mle" as a question of getting in, not of pay', () => {
    const answer = answerQuestion(kb, 'can i still make it as an mle');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).not.toMatch(/\$/);
    expect(answer.lead?.sentence).toMatch(/beginners|barrier|entry|accessible/i);
  });

  it('judges "am i cooked for ml eng?" on the degree the person just told of', () => {
    const answer = answerQuestion(kb, 'i only have a bachelors in cs, no phd. am i cooked for ml eng?');
    expect(answer.answered).toBe(true);
    expect(
      answer.passages
        .slice(0, 3)
        .map((p) => p.text)
        .join(' '),
    ).toMatch(/PhD|BS \+ strong portfolio|master's degree/);
  });
});

describe('an age and a place told in passing', () => {
  it('hears "im 24" at the start of a story as who asks, but an age asked about as asked', () => {
    expect(answerQuestion(kb, 'im 24, backend dev 2 yrs, thinking mle or de, which one should i pick').answered).toBe(true);
    expect(answerQuestion(kb, 'im 45 and a nurse, can i still become a de').answered).toBe(true);
    const old = answerQuestion(kb, 'im 38, too old to switch to mle?');
    expect(old.answered).toBe(false);
    expect(old.uncovered).toContain('age');
  });

  it('counts where the person lives against pay only ("i\'m in berlin")', () => {
    const pay = answerQuestion(kb, "i'm in berlin, what would a de make");
    expect(pay.answered).toBe(false);
    expect(pay.uncovered).toEqual(['berlin']);
    expect(answerQuestion(kb, "i'm in berlin. what do des do all day").answered).toBe(true);
    expect(answerQuestion(kb, "i'm in lagos. what would a de make").lead?.sentence).toMatch(/^Nigeria \(Local\)/);
  });

  it('answers how long a move takes from a story of job, years and city, not with a pay table', () => {
    const answer = answerQuestion(kb, 'im 25, ml engineer 2 yrs in london, tired of models, how long would it take me to move to de');
    expect(answer.lead?.sentence).toMatch(/3-4 months/);
  });
});

describe('a company named in passing', () => {
  it("declines a company's interviews where the passage names it, or FAANG, only beside something else (remote work, time split)", () => {
    for (const [question, company] of [
      ['how does the openai interview look for mle', 'openai'],
      ['whats the meta interview process for mle', 'meta'],
    ]) {
      const answer = answerQuestion(kb, question!);
      expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
      expect(answer.uncovered).toEqual([company]);
    }
    // Where the passage speaks of it on what is asked, it answers (the company still named as not covered).
    expect(answerQuestion(kb, 'how much does meta pay mles').lead?.sentence).toMatch(/^Comp at L5 \(US, FAANG\)/);
    expect(answerQuestion(kb, 'do frontier labs like openai let mle work remote').lead?.sentence).toMatch(
      /frontier labs \(Anthropic, OpenAI\)/,
    );
  });
});

describe('a manager is a job of its own', () => {
  it('declines pay for an engineering manager or a DE manager (the sources give none), but answers the path to manager', () => {
    for (const question of ['how much does an engineering manager make', 'what does a de manager earn']) {
      const answer = answerQuestion(kb, question);
      expect(answer).toMatchObject({ answered: false, declineReason: 'missing' });
      expect(answer.uncovered[0]).toMatch(/manager$/);
    }
    expect(answerQuestion(kb, 'can a de become a manager').lead?.sentence).toMatch(/Data Engineering Manager/);
  });
});

describe("a company's possessive typed without its apostrophe", () => {
  it('reads "googles interview" as Google\'s, declined as Google', () => {
    expect(answerQuestion(kb, 'whats googles interview like for ml eng')).toMatchObject({ answered: false, uncovered: ['google'] });
  });
});

describe('where the figures come from', () => {
  it('answers "where do these salary numbers even come from? how many job posts" from the data note, not declining for want of a sum', () => {
    const answer = answerQuestion(kb, 'where do these salary numbers even come from? how many job posts');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.section).toBe('About This Data');
  });
});

describe('"real ml" set above data work', () => {
  it('reads "is de just a cope until real ML? does anyone genuinely go de -> mle" as of the ML engineer role', () => {
    const answer = answerQuestion(
      kb,
      'is DE just a cope until real ML? does anyone genuinely go de -> mle or is that a myth ppl tell juniors',
    );
    expect(answer.lead?.sentence).toMatch(/^Yes\. This is one of the most successful career transitions in tech\./);
  });
});

describe('a story, then "de or mle?"', () => {
  it('hears the data analyst\'s story before "de or mle?" as who asks, answering by what they love', () => {
    const answer = answerQuestion(kb, 'im 25, stats grad, data analyst 2 yrs remote, love stats and experiments, de or mle?');
    expect(answer.answered).toBe(true);
    expect(answer.lead?.sentence).toMatch(/^Choose ML engineering if you're interested in model building, enjoy math and statistics/);
  });
});

describe('a role in a place, nothing else asked', () => {
  it.each(['senior mle in nigeria?', 'junior de in lagos'])('answers "%s" with the pay the sources give there', (question) => {
    expect(answerQuestion(kb, question).lead?.sentence).toMatch(/^Nigeria \(Local\)/);
  });
});

describe('what a role does in a setting', () => {
  it('answers "what does an mle do at faang" with how FAANG ML engineers split their time, not FAANG pay', () => {
    const answer = answerQuestion(kb, 'what does an mle do at faang');
    expect(answer.lead?.sentence).toMatch(/At FAANG: 50% experimentation/);
    expect(kb.read('what does an mle do at faang').terms.map((t) => t.term)).not.toContain('syn:salary');
  });
});

describe('the field named for a role in a move back', () => {
  it('reads "from ml back to data eng" as the move from ML engineering to data engineering', () => {
    expect(kb.read('going from ml back to data eng, how long').terms.map((t) => t.term)).toContain('role:mle');
    expect(answerQuestion(kb, 'going from ml back to data eng, how long').lead?.sentence).toMatch(/3-4 months/);
  });
});

describe('which is better for a beginner', () => {
  it.each(['which is best for beginner', 'which is more better for fresher'])(
    'answers "%s" with which role is easier to get into',
    (question) => {
      expect(answerQuestion(kb, question).lead?.sentence).toMatch(/^Data engineering has a lower barrier to entry\./);
    },
  );
  it('keeps pay for beginners a question of entry-level pay', () => {
    expect(answerQuestion(kb, 'de salary for beginners').lead?.sentence).toMatch(/Junior \(0-2 years\)/);
  });
});

describe('a verdict asked of a sum just told (thirty-eighth session)', () => {
  it('reads "got an offer for de, 130k base, 2 yoe. fair?" as one question about the offer, not "fair?" alone', () => {
    expect(splitQuestion('got an offer for de, 130k base, 2 yoe. fair?')).toMatchObject({
      ask: 'got an offer for de, 130k base, 2 yoe. fair?',
      context: '',
    });
    // (A verdict with no sum before it is still a check of the sentence before it, or a question of its own.)
    expect(splitQuestion('i like sql a lot. fair?').ask).toBe('fair?');
  });

  it('hears "good or nah" after an offer as a question, never only a story to note', () => {
    expect(asksAnything('offered 150k base, 2 yoe, de role. good or nah')).toBe(true);
    expect(answerQuestion(kb, 'offered 150k base, 2 yoe, de role. good or nah').lead?.sentence).toMatch(/Junior \(0-2 years\)/);
    expect(asksAnything('i make 150k as a de. good times')).toBe(false);
  });

  it('answers it with the junior data engineer figures', () => {
    expect(answerQuestion(kb, 'got an offer for de, 130k base, 2 yoe. fair?').lead?.sentence).toMatch(
      /Junior \(0-2 years\): \$100K-\$135K base/,
    );
  });
});
