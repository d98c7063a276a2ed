/**
 * What a question of how long asks, read into its terms: a move between the roles (the switch group), or, from nowhere
 * said, getting into a role (the time to break in, the "difficulty" group the articles head "Which Is Easier to Break
 * Into?"); a time given ("in a year") is what the answer's time is checked against, not a topic.
 */
import { type QueryTerm, synonymPrefix } from './analyzer.js';
import { type Direction, durationDestination, movingWords, namesEitherRole, namesOtherRole } from './direction.js';
import type { Intent } from './intent.js';

const switchTerm = `${synonymPrefix}switch`;
const breakInTerm = `${synonymPrefix}difficulty`;

/** "in a year", "6 months enough", "within 2 years": a time given, for a question of how long. */
const timeAllowed =
  /\b(?:in|within|under)\s+(?:a|an|one|two|three|six|\d+)\s+(?:years?|months?|weeks?|yrs?)\b|\b(?:a|an|one|two|three|six|\d+)\s+(?:years?|months?|weeks?|yrs?)(?:\s+of\s+\w+)?\s+(?:is\s+|be\s+)?(?:long\s+)?enough\b|\benough\s+(?:time|runway)\b/i;

/** Words of learning what a role needs ("learn", "skills"): getting into it, when how long is asked of the role alone. */
const learningIt = /^(?:learn(?:ing|t)?|study(?:ing)?|skills?|skillset|basics|fundamentals)$/i;

/** The beginner's words that say a start from nothing ("from scratch", "no background"), not a level. */
const fromNothingPhrase = /\b(?:scratch|zero|nothing|no\s+(?:background|experience)|zero\s+experience)\b/i;

/**
 * The terms of a question with what its time asks read in (`ask`: the asking sentences; `plain`: the whole question,
 * its markup and abbreviations undone; `direction`: a move between the roles it names, if any; `roles`: those named).
 */
export function withTheTimeAsked(
  read: QueryTerm[],
  {
    ask,
    plain,
    intent,
    direction,
    roles,
  }: { ask: string; plain: string; intent: Intent; direction: Direction | undefined; roles: readonly string[] },
): QueryTerm[] {
  let terms = read;
  // ("whats the path from backend to data engineering": from a field or a job to one of the roles is a move.)
  const fromElsewhereInto =
    /\bfrom\s+(?!(?:scratch|zero|nothing|home|now|here|there)\b)\p{L}[\p{L}\s-]{0,30}?\s(?:to|into)\s+(?:an?\s+)?(?:data\s+eng|de\b|des\b|ml\b|mle|machine\s+learning)/iu.test(
      ask,
    );
  // ("how long to become mle from scratch": starting from nothing is no move out of another job.)
  // ("how long to become an mle", "how long for de": from nowhere said, the time to get in is the time to break in;
  // a move from the other role is one person's case, and "im a de, how long to become an mle" says it; a story of
  // another job, "backend dev for 4 years", starts from no role either.)
  // ("kitna time lagega mle banne mein": how long, and one role with no other topic, is how long to get into it,
  // whatever the words around them.)
  const roleAlone =
    roles.length === 1 &&
    // ("how long would it take me to get an mle job": the job of the role is the role.)
    read.every(
      (t) =>
        t.kind === 'role' ||
        t.inferred ||
        t.aside ||
        t.qualifier ||
        // ("for mle: how long to learn": learning the role is getting into it.)
        /^(?:becom(?:e|es|ing)|jobs?|roles?|positions?|gigs?)$/i.test(t.from) ||
        learningIt.test(t.from),
    )
      ? roles[0]
      : undefined;
  const into =
    intent.wanted === 'duration'
      ? (durationDestination(plain) ?? (roleAlone === 'de' || roleAlone === 'mle' ? roleAlone : undefined))
      : undefined;
  const fromNowhere =
    into !== undefined &&
    direction === undefined &&
    !fromElsewhereInto &&
    // ("how long to get into mle or de": the other role named as the alternative is no start.)
    (!namesOtherRole(plain, into) || namesEitherRole(plain)) &&
    !movingWords.test(ask);
  // ("how long will it take? should i do mle or de": the time to get into whichever is chosen.)
  const intoEither =
    intent.wanted === 'duration' &&
    into === undefined &&
    direction === undefined &&
    !fromElsewhereInto &&
    namesEitherRole(plain) &&
    !movingWords.test(ask);
  const fromNothing = fromNowhere || intoEither || terms.some((t) => t.term === `${synonymPrefix}entry` && fromNothingPhrase.test(t.from));
  const moves = direction !== undefined || fromElsewhereInto || (intent.wanted === 'duration' && !fromNothing && into !== undefined);
  // ("anyone gone the other way, mle to de? … weird career move": the move is asked, not only set aside.)
  if (moves && !terms.some((t) => t.term === switchTerm && !t.aside))
    terms = [...terms, { term: switchTerm, kind: 'synonym', from: '', inferred: true }];
  // ("how long to become mle from scratch": the time to get into a role from nothing is the time to break into it.)
  // Starting from nothing there says no level ("entry" is the junior one), so it no longer counts as one.
  else if (intent.wanted === 'duration' && fromNothing && (intoEither || into !== undefined))
    terms = [
      ...terms
        .filter((t) => !(t.term === `${synonymPrefix}entry` && fromNothingPhrase.test(t.from)) && t.term !== breakInTerm)
        // ("how long to learn mle skills": learning what the role needs is getting in, no list of skills asked.)
        .map((t) => (learningIt.test(t.from) ? { ...t, aside: true as const } : t)),
      { term: breakInTerm, kind: 'synonym', from: '', inferred: true },
    ];
  // ("can i become an mle in a year?", "is 6 months enough to become a de": the time given is what the answer's time
  // is checked against, not a topic; "a year" is no "year-over-year".)
  const allowed = intent.wanted === 'duration' ? timeAllowed.exec(ask)?.[0] : undefined;
  // ("im a de, can i become an mle in a year": whether it can be done in that time, not how hard it is.)
  if (allowed)
    terms = terms.filter(
      (t) =>
        !(t.term === breakInTerm && t.inferred && t.from !== '') &&
        (t.kind === 'role' || !/^(?:years?|months?|weeks?|yrs?|enough|time|runway)$/i.test(t.from) || !allowed.includes(t.from)),
    );
  // ("how long to get in", "how long to break in": getting into the roles this bot is about, named or not.)
  const gettingIn =
    intent.wanted === 'duration' && roles.length === 0 && terms.every((t) => t.kind !== 'synonym' || t.qualifier || t.inferred)
      ? /\b(?:get(?:ting)?\s+in|get(?:ting)?\s+into\s+(?:it|either|one|the\s+field)|break(?:ing)?\s+in(?:to\s+(?:it|either|one|the\s+field))?|get(?:ting)?\s+hired)(?=(?:\s+(?:tho|though|realistically|roughly|usually|typically))*[\s?!.]*$)/i.exec(
          ask,
        )?.[0]
      : undefined;
  if (gettingIn)
    terms = [...terms.filter((t) => t.term !== breakInTerm), { term: breakInTerm, kind: 'synonym', from: gettingIn, inferred: true }];
  return terms;
}
