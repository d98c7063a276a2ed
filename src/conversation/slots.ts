/**
 * The parts of a question a follow-up may keep or replace: the roles, a level, a region, a move between the
 * roles, and what remains, the topic. Read from the question as the engine reads it (chat abbreviations spelled
 * out), so "whats senior MLE total comp" has the role mle, the level senior and the topic "what is total
 * compensation".
 */
import { breakingInto, breakingIntoEither } from '../answer/breakingIn.js';
import type { KnowledgeBase } from '../search/knowledgeBase.js';
import { beforePronoun, doneToPeople, fieldAsRole, forSomeoneElse } from '../question/chat.js';
import { horizon, levelForYears, nigeriaTerm, usTerm } from '../search/questionReader.js';
import { type Direction, hybridTitle } from '../search/direction.js';
import type { Role, TurnSlots } from './types.js';
import { withoutLevelsOfOtherJobs } from '../question/jobWords.js';
import { escapeRegExp } from '../question/regexp.js';

/** Levels, each with the words people use for it (the articles' salary tables use these levels). */
const levels: readonly (readonly [string, RegExp])[] = [
  // ("what would i earn at first", "my first year", "starting salary": where one starts is the entry level.)
  [
    'entry',
    /\b(?:entry[- ]level|entry|junior|juniors|jr|(?:new|fresh)\s+grads?|graduates?|freshers?|beginners?(?![- ]?friendl)|at\s+(?:the\s+)?first|starting\s+(?:out|salary|salaries|pay|comp)|(?:my|the|your|their)\s+first\s+(?:year|job|role))\b/i,
  ],
  ['mid', /\b(?:mid[- ]senior|mid[- ]level|mid|intermediate)\b/i],
  ['senior', /\b(?:senior|seniors|sr)\b/i],
  ['staff', /\bstaff\b/i],
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['l3', /\bl3\b/i],
  ['l4', /\bl4\b/i],
  ['l5', /\bl5\b/i],
  ['l6', /\bl6\b/i],
  ['l7', /\bl7\b/i],
];

/** A level said only to be denied: "not senior", "not the staff one", "isn't junior". */
const levelDenied = new RegExp(
  `\\b(?:not|isn'?t|wasn'?t|rather\\s+than|instead\\s+of)\\s+(?:at\\s+)?(?:the\\s+|a\\s+)?(?:${levels.map(([, pattern]) => `(?:${pattern.source})`).join('|')})(?:[- ]level)?`,
  'gi',
);

/** Places and ways of working the articles give figures for. */
const regions: readonly (readonly [string, RegExp])[] = [
  ['nigeria', /\b(?:nigeria|nigerians?|lagos|abuja|naija|naira)\b/i],
  ['remote', /\b(?:remote(?:ly)?|wfh|work from home)\b/i],
  // ("people like us" is no place.)
  [
    'us',
    new RegExp(
      `\\b(?:us(?<!\\b(?:${beforePronoun}|${doneToPeople})\\s+us)|u\\.s\\.|usa|united states|the states|america|american)\\b`,
      'i',
    ),
  ],
];

/**
 * A region named to be left out ("outside the us", "not in the us", "non-us", "other than the us"): the region is not
 * the one asked about.
 */
const regionDenied = new RegExp(
  `\\b(?:outside(?:\\s+of)?|out\\s+of|not\\s+in|other\\s+than|besides|except(?:\\s+in)?|apart\\s+from|non|ex)[\\s-]+(?:the\\s+)?(?:${regions.map(([, pattern]) => `(?:${pattern.source})`).join('|')})`,
  'gi',
);

/** The region `text` names to be left out ("what about outside the us": 'us'), if any. */
export function regionLeftOut(text: string): string | undefined {
  for (const match of text.matchAll(regionDenied)) {
    const region = firstOf(regions, match[0]);
    if (region) return region;
  }
  return undefined;
}

/** How the roles are named in text the engine reads and in what it says it understood. */
export const roleName: Record<Role, string> = { de: 'data engineer', mle: 'ML engineer' };
export const roleNames: Record<Role, string> = { de: 'data engineers', mle: 'ML engineers' };
export const roleLabel: Record<Role, string> = { de: 'Data Engineer', mle: 'ML Engineer' };
/** The field each role works in, as a move into it or a choice of it is said ("get into data engineering"). */
export const roleField: Record<Role, string> = { de: 'data engineering', mle: 'ML engineering' };

/** The role a move starts from and the role it goes to. */
export function moveEnds(direction: Direction): [from: Role, to: Role] {
  return direction === 'de-to-mle' ? ['de', 'mle'] : ['mle', 'de'];
}

/** How long a move takes, asked as the articles answer it ("how long does the move from data engineer to ML engineer take"). */
export function howLongTheMoveTakes(direction: Direction): string {
  const [from, to] = moveEnds(direction);
  return `how long does the move from ${roleName[from]} to ${roleName[to]} take`;
}

/** A level as a question would say it ("entry level", "mid-level", "senior", "L6"). */
export function levelWord(level: string): string {
  return level === 'entry' ? 'entry level' : level === 'mid' ? 'mid-level' : /^l\d$/.test(level) ? level.toUpperCase() : level;
}

/** The role phrases of the vocabulary as one pattern per role, longest first so "ml engineering" wins over "ml eng". */
export function rolePatterns(kb: KnowledgeBase): Record<Role, RegExp> {
  const pattern = (phrases: readonly string[]) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...phrases]
        .sort((a, b) => b.length - a.length)
        .map((p) => escapeRegExp(p).replace(/\s+/g, '[\\s-]+'))
        .join('|')})s?(?![\\p{L}\\p{N}])`,
      'giu',
    );
  return { de: pattern(kb.vocabulary.roles.de), mle: pattern(kb.vocabulary.roles.mle) };
}

/** The first of `table`'s names whose pattern the text holds. */
function firstOf(table: readonly (readonly [string, RegExp])[], text: string): string | undefined {
  return table.find(([, pattern]) => pattern.test(text))?.[0];
}

/** A question's plain text, or its spelled text when only that shows its level or place ("senoir" → "senior"). */
function spelledSlots(read: { plain: string; spelled: string }): string {
  const shows = (text: string) => firstOf(levels, text) !== undefined || firstOf(regions, text) !== undefined;
  return !shows(read.plain) && shows(read.spelled) ? read.spelled : read.plain;
}

/**
 * `text` with a misspelt level or place spelt right, so a follow-up's level or place replaces it rather than
 * being added beside it ("senoir data engineer pay" then "and at staff level?").
 */
export function withSlotsSpelled(kb: KnowledgeBase, text: string): string {
  const read = kb.read(text);
  return read.spelled !== read.plain && spelledSlots(read) === read.spelled ? read.spelled : text;
}

/** Every level and place pattern, global, to take them all out of a topic: compiled once, not once per turn. */
const slotWords = [
  // ("at senior level", "at the staff level": the level, said with its word for level, is the slot, not the topic.)
  ...levels.map(([, pattern]) => new RegExp(`(?:\\b(?:at|on)\\s+(?:the\\s+|a\\s+)?)?(?:${pattern.source})(?:[- ]levels?\\b)?`, 'gi')),
  ...regions.map(([, pattern]) => new RegExp(pattern.source, 'gi')),
];

/** Whether `text` names the role of `pattern` (one of rolePatterns'), tested without its global flag (a global one keeps its place between tests). */
const roleTests = new WeakMap<RegExp, RegExp>();
export function namesRole(pattern: RegExp, text: string): boolean {
  let test = roleTests.get(pattern);
  if (!test) {
    test = new RegExp(pattern.source, 'iu');
    roleTests.set(pattern, test);
  }
  return test.test(text);
}

/** The slots of a question. */
export function readSlots(kb: KnowledgeBase, question: string, patterns = rolePatterns(kb)): TurnSlots {
  const read = kb.read(question);
  // "what does an MLE need that a DE doesn't?" is about ML engineers: the role set against them is no slot.
  // ("what's an ml data engineer": the hybrid's title holds a role's words, and names neither role.)
  const plain = read.plain.replace(hybridTitle, ' ');
  const named = (text: string) => (['de', 'mle'] as const).filter((role) => role !== read.contrasted && namesRole(patterns[role], text));
  // ("de with 4 yoe here, what's the mid level mle salary": the role the person works in is who asks; the ask's is asked.)
  const asked = read.context ? named(read.ask.replace(hybridTitle, ' ')) : [];
  const roles = asked.length > 0 ? asked : named(plain);
  // A level or place misspelt ("senoir") is read as meant; role names are not respelt ("mle" is no typo of "male").
  const text = spelledSlots(read);
  // "and after like 5-8 yrs?": a span of years is the level it starts in, as the articles' tables are split.
  // (The years in a story told before the ask, "data analyst here (3 yoe)", are the person's, not a level asked about.)
  // ("in 10 yrs": a time ahead, no level.)
  // ("my friend is a de with 6 yoe, what would she make as mle": someone else's years, told to ask of them, are the
  // level asked.)
  const ofWhomTold = read.context !== '' && /\b(?:she|he|they|her|him|them)\b/i.test(read.ask) && forSomeoneElse.test(read.context);
  // ("1.5 yoe": a half year counts with the year before it, never as "5".)
  const years = /(?<![\d.])(\d{1,2}(?:\.\d)?)(?:\s*[-–]\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?|yoe)\b/i.exec(
    (read.context && !ofWhomTold ? read.ask : text).replace(horizon, ' '),
  );
  // ("I'm a senior MLE… what's staff-level MLE compensation?": the level or place the ask names is asked; the story's
  // is the person's, a slot only when the ask names none.)
  // ("staff not senior", "not senior, staff", "hmm not senior i meant mid": a level denied is the one not asked.)
  // ("im a senior accountant. if i switch to de would i take a pay cut": the level of a job outside the roles is theirs
  // there, not one asked of the roles.)
  const undenied = (said: string) => withoutLevelsOfOtherJobs(said).replace(levelDenied, ' ');
  const level =
    (read.context ? firstOf(levels, undenied(read.ask)) : undefined) ??
    firstOf(levels, undenied(text)) ??
    (years ? levelForYears(Number(years[1])) : undefined);
  // ("in austin texas", "bay area": a place the vocabulary knows inside a region the articles give figures for.)
  // ("how about remote from nigeria", "working remotely in lagos": remote work is what is asked, from wherever they are.)
  const remoteFrom = /\b(?:remote(?:ly)?|wfh)\s+(?:from|in|while\s+in|while\s+living\s+in|living\s+in|based\s+in)\b/i.test(text);
  const undeniedRegion = (said: string) => said.replace(regionDenied, ' ');
  const region = remoteFrom
    ? 'remote'
    : ((read.context ? firstOf(regions, undeniedRegion(read.ask)) : undefined) ??
      firstOf(regions, undeniedRegion(text)) ??
      // (Nigeria's other cities, "im in ibadan", are the vocabulary's: said in the ask or around it.)
      ([...read.terms, ...read.contextTerms].some((t) => t.term === nigeriaTerm) ? 'nigeria' : undefined) ??
      (read.terms.some((t) => t.term === usTerm && !t.aside) && regionLeftOut(text) !== 'us' ? 'us' : undefined));
  // What the person tells of themselves ("been a DBA for 10 years (oracle + sql server).") is not the topic.
  let topic = (read.context ? read.ask : text).replace(hybridTitle, ' hybrid role ');
  for (const role of ['de', 'mle'] as const) topic = topic.replace(patterns[role], ' ');
  for (const pattern of slotWords) topic = topic.replace(pattern, ' ');
  // ("and 10 yoe?": years said for a level are the level, no topic.)
  if (years && level === levelForYears(Number(years[1]))) topic = topic.replace(yearsOfExperience, ' ');
  for (const place of read.terms.filter((t) => t.term === usTerm && t.from !== ''))
    topic = topic.replace(new RegExp(`\\b${escapeRegExp(place.from)}\\b`, 'gi'), ' ');
  topic = topic.replace(/\s+/g, ' ').trim();
  return {
    roles: roles.length > 0 ? roles : read.roles,
    ...(level ? { level } : {}),
    ...(region ? { region } : {}),
    ...(read.direction ? { direction: read.direction } : {}),
    topic,
  };
}

/** The text of a question with its role mentions replaced by `roles`' names (both, joined, for two). */
export function withRoles(question: string, roles: readonly Role[], patterns: Record<Role, RegExp>): string {
  // ("how long" of getting into ML engineering, then "and for de?": that question is worded for each role, the words
  // of self-study belonging to ML engineering's only.)
  const asked = question.replace(/[?.!\s]+$/, '');
  if (asked === breakingInto('de') || asked === breakingInto('mle') || asked === breakingIntoEither)
    return roles.length === 1 ? breakingInto(roles[0]!) : breakingIntoEither;
  const named = roles.map((r) => roleNames[r]).join(' and ');
  const text = fieldAsRole(question);
  let replaced = false;
  // One pass over both roles' phrases, so the names put in are never read again as mentions. ("data engineer or ML
  // engineer" is one mention of the two: replaced whole, not leaving "… or".)
  const either = `(?:${patterns.de.source}|${patterns.mle.source})`;
  const out = text.replace(new RegExp(`${either}(?:\\s*(?:,|or|and|vs\\.?|versus|/|&)\\s*(?:an?\\s+)?${either})?`, 'giu'), () => {
    if (replaced) return '';
    replaced = true;
    return named;
  });
  return replaced
    ? out
        .replace(/\s+/g, ' ')
        .replace(/\s+([?.!,])/g, '$1')
        .trim()
    : // ("how long to switch from backend" of ML engineers: a move from somewhere, said with no end, ends in the role.)
      `${text.replace(/[?.!\s]+$/, '')} ${roles.length === 1 && movesFromSomewhere.test(text) ? 'to' : 'for'} ${named}`;
}

/** "how long to switch from backend", "moving from teaching": a move whose start is said, and no end. */
const movesFromSomewhere =
  /\b(?:switch(?:ing)?|mov(?:e|ing)|transition(?:ing)?|pivot(?:ing)?|go(?:ing)?|get(?:ting)?)\s+(?:over\s+)?from\s+(?:an?\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*$/iu;

/** The text of a question with the two roles swapped ("from DE to MLE" → "from ML engineers to data engineers"). */
export function swapRoles(text: string, patterns: Record<Role, RegExp>): string {
  // ("from de to ml": the field set against a role is the other role, and is swapped too.)
  return fieldAsRole(text).replace(new RegExp(`${patterns.de.source}|${patterns.mle.source}`, 'giu'), (match) =>
    new RegExp(`^(?:${patterns.de.source})$`, 'iu').test(match) ? roleNames.mle : roleNames.de,
  );
}

/** The text with its level (or, without one, an added level) set to `level`. */
export function withLevel(text: string, level: string): string {
  const word = levelWord(level);
  // ("and for staff?" after "mle pay at 3 yoe?": years of experience said a level, which the new one replaces.)
  const yearless = text
    .replace(yearsOfExperience, ' ')
    // ("ok and after 5 yrs?" after "which pays more to start": where one starts is the level replaced too.)
    .replace(startingOut, (said) => (level === 'entry' ? said : ' '))
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [name, pattern] of levels)
    if (pattern.test(yearless)) {
      // ("is L5 senior at faang?" → "what level is L6 then": every level said gives way to the one asked.)
      let out = yearless.replace(new RegExp(pattern.source, 'gi'), word);
      for (const [other, otherPattern] of levels)
        if (other !== name && other !== level) out = out.replace(new RegExp(`\\s*${otherPattern.source}`, 'gi'), '');
      return out
        .replace(/\s+([?.!,])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
    }
  return `${yearless.replace(/[?.!\s]+$/, '')} at ${word} level`.replace(/level level/, 'level');
}

/** Where one starts, said of pay ("which pays more to start", "starting out"): the entry level, in other words. */
const startingOut = /\s*\b(?:to\s+start(?:\s+with)?|starting\s+out|(?:at|in)\s+the\s+start)\b(?=\s*(?:[?.!,]|de\b|mle\b|or\b|$))/gi;

/** Years of experience said as a level: "at 3 yoe", "with 6 years of experience", "5+ yrs exp". */
const yearsOfExperience =
  /\s*\b(?:(?:at|with|w\/?|after|for\s+someone\s+with)\s+)?\d+\s*\+?\s*(?:-\s*\d+\s*)?(?:yoe|years?\s+of\s+(?:experience|exp)|years?\s+(?:experience|exp|in)|yrs?(?:\s+(?:of\s+)?(?:experience|exp))?|years?)\b/gi;

/** The text without its level ("how much do junior mles make at the junior level" → "how much do mles make"). */
export function withoutLevel(text: string): string {
  let out = text.replace(/\s+at\s+(?:the\s+)?\S+\s+level\b/gi, (m) => (levels.some(([, p]) => p.test(m)) ? '' : m));
  for (const [, pattern] of levels) out = out.replace(new RegExp(`${pattern.source}(?:\\s+level)?`, 'gi'), ' ');
  return out
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
}

/** The text without the region it names ("… make in naira" → "… make"): for a place asked instead of it. */
export function withoutRegion(text: string): string {
  let out = text;
  for (const [, pattern] of regions)
    out = out.replace(new RegExp(`(?:\\s+(?:in|for|from|at)(?:\\s+the)?)?\\s*${pattern.source}`, 'gi'), '');
  return out.replace(/\s+([?.!,])/g, '$1').trim();
}

/** The text with its region (or, without one, an added region) set to `region`. */
export function withRegion(
  text: string,
  region: string,
  /** The place as the person named it, when it is part of the region ("new york" for the US). */
  named?: string,
): string {
  const word = named ?? (region === 'us' ? 'the US' : region === 'nigeria' ? 'Nigeria' : region);
  // ("in lagos nigeria" → "in the US": every name of the place goes, the first one replaced.)
  for (const [, pattern] of regions)
    if (pattern.test(text)) {
      let seen = 0;
      return text
        .replace(new RegExp(`${pattern.source}(?:[\\s,]+${pattern.source})*`, 'gi'), () => (seen++ === 0 ? word : ''))
        .replace(/\s{2,}/g, ' ');
    }
  return `${text.replace(/[?.!\s]+$/, '')} ${region === 'remote' ? 'for remote roles' : `in ${word}`}`;
}

/** How a level reads in "what I understood" ("senior level", "L6"). */
export function levelLabel(level: string): string {
  return /^l\d$/.test(level) ? level.toUpperCase() : level === 'entry' ? 'entry level' : `${level} level`;
}

/** How a region reads there ("in Nigeria", "remote"). */
export function regionLabel(region: string): string {
  return region === 'remote' ? 'remote' : region === 'us' ? 'in the US' : `in ${region[0]!.toUpperCase()}${region.slice(1)}`;
}
