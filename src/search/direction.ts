/** Which way a move between the roles goes, in a question or a passage ("from DE to MLE"). */
import { takingBack } from '../question/chat.js';

export type Direction = 'de-to-mle' | 'mle-to-de';

// ("moving to the data side", "back to the model side": the side of the work named for its role.)
const de = '(?:data engineer(?:ing)?s?|data eng|des?|data side)';
const mle = '(?:ml engineer(?:ing)?s?|machine learning engineer(?:ing)?s?|ml eng|mles?|ml|model(?:l?ing)? side)';

/** The hybrid role's titles, which hold both roles' words ("ML data engineer", "ML platform engineer"). */
export const hybridTitle =
  /\b(?:ml|machine learning)\s+(?:data|platform|infra(?:structure)?)\s+engineer(?:ing|s)?\b|\bfeature\s+platform\s+engineers?\b/g;

/** The same titles, for testing whether a text names the hybrid role (not global: no state between tests). */
export const namesTheHybrid = new RegExp(hybridTitle.source, 'i');

/** "Data engineer to ML engineer", "DE -> MLE", "mle back to de": the two roles joined by "to" or an arrow. */
const deToMle = new RegExp(`\\b${de}\\s+(?:(?:back\\s+)?to|->|→)\\s+${mle}\\b`);
const mleToDe = new RegExp(`\\b${mle}\\s+(?:(?:back\\s+)?to|->|→)\\s+${de}\\b`);
/** "to mle from de", "into data eng coming from ml": the destination named first, then where the move starts. */
const toThenFrom = (to: string, from: string) =>
  new RegExp(
    `\\b(?:to|into)\\s+(?:an?\\s+|the\\s+)?${to}\\s+(?:[a-z']+\\s+){0,3}?from\\s+(?:an?\\s+|the\\s+|being\\s+(?:an?\\s+)?)?${from}\\b`,
  );
const toMleFromDe = toThenFrom(mle, de);
const toDeFromMle = toThenFrom(de, mle);
const anyRole = new RegExp(`\\b(?:(${mle})|(${de}))\\b`, 'g');

/** Whether a text names both moves ("the de to mle or mle to de move"): which one is meant is not said. */
export function namesBothMoves(text: string): boolean {
  const t = text.toLowerCase();
  return deToMle.test(t) && mleToDe.test(t);
}

export function directionOf(text: string): Direction | undefined {
  const t = text.toLowerCase();
  const deFirst = deToMle.exec(t);
  const mleFirst = mleToDe.exec(t);
  if (deFirst && (!mleFirst || deFirst.index < mleFirst.index)) return 'de-to-mle';
  if (mleFirst) return 'mle-to-de';
  return undefined;
}

/**
 * Questions say it more loosely: "MLE wanting to switch over to data eng", "how do I become an MLE as a
 * DE". With a word of moving and both roles named, the role after "to"/"into"/"become" is the
 * destination; failing that, the first role named is where the move starts.
 */
export function questionDirection(question: string): Direction | undefined {
  // "should i go through ml data engineer first?": the hybrid's title names neither role.
  const q = question.toLowerCase().replace(hybridTitle, ' the hybrid ');
  const strict = directionOf(q);
  if (strict) return strict;
  // "how long to mle from de": the role after "from" is where the move starts, the one after "to" where it goes.
  if (toMleFromDe.test(q)) return 'de-to-mle';
  if (toDeFromMle.test(q)) return 'mle-to-de';
  // "is mle harder to get into than de": the two roles compared, each entered from anywhere, is no move between them.
  if (/\b(?:[a-z]+er|more|less)\s+(?:[a-z']+\s+){0,5}?than\b/.test(q)) return undefined;
  // ("go de first then mle", "start in de and move to mle after", "mle first and then de later": one role, then the
  // other, is a move in that order.)
  const [first, second] = [...q.matchAll(anyRole)];
  const between = first && second ? q.slice(first.index + first[0].length, second.index) : '';
  if (
    first &&
    second &&
    Boolean(first[1]) !== Boolean(second[1]) &&
    /\b(?:first|then|before|later|after\s+that)\b|\band\s+(?:then\s+)?(?:move|moving|switch|switching|go|going|transition|pivot|jump)\b/.test(
      between,
    ) &&
    // ("paid more then data eng": "then" for "than"; "start as de and switch later, or go straight for mle": a choice.)
    !/\b(?:more|less|[a-z]+er)\s+then\b|\b(?:or|vs|versus)\b/.test(between)
  )
    return second[1] ? 'de-to-mle' : 'mle-to-de';
  if (
    !/\b(switch|switching|move|moving|transition|transitioning|pivot|pivoting|go|going|get into|become|becoming|jump|(?:until|till)\s+(?:i'?m|im|i\s+am))\b/.test(
      q,
    )
  )
    return undefined;
  const mentions = [...q.matchAll(anyRole)].map((m) => ({
    role: m[1] ? ('mle' as const) : ('de' as const),
    before: q.slice(Math.max(0, m.index - 25), m.index),
  }));
  const roles = new Set(mentions.map((m) => m.role));
  // ("how long to switch from de", "switching from mle rn": of two roles, moving from one is moving to the other, unless
  // they say where to: "switch from de to backend".)
  if (roles.size === 1) {
    const from = mentions.find((m) => /\bfrom\s+(?:an?\s+|the\s+|being\s+(?:an?\s+)?)?$/.test(m.before));
    const rest = from ? q.slice(q.indexOf(from.before) + from.before.length) : '';
    if (from && !/\b(?:to|into|towards?)\s+\S/.test(rest.replace(/^\S+/, ''))) return from.role === 'de' ? 'de-to-mle' : 'mle-to-de';
    return undefined;
  }
  if (roles.size !== 2) return undefined;
  // "should i become a data engineer or an ML engineer?": two roles to choose between, not a move from one to the other.
  // ("switching roles for data engineers and ML engineers": both, side by side.)
  // ("hey im 19 from pakistan. which one is easier to get into de or mle": where someone is from is no role left.)
  const fromARole = /\bfrom\b/.test(q.replace(whereTheyAreFrom, ' '));
  if (/^\s*(?:or|vs\.?|versus|and)\s+(?:an?\s+|the\s+)?$/.test(between) && !fromARole) return undefined;
  if (/\b(?:or|vs|versus)\b/.test(between) && !fromARole) return undefined;
  // ("wanting to go from mle back to de": the role right after "from" is where the move starts, whatever came before.)
  const source = mentions.find((m) => /\bfrom\s+(?:an?\s+|the\s+)?$/.test(m.before));
  const target = source
    ? mentions.find((m) => m.role !== source.role)
    : mentions.find((m) => /\b(to|into|become|becoming|(?:until|till)\s+(?:i'?m|im|i\s+am))\b(\s+\S+){0,2}\s*$/.test(m.before));
  // ("i want to be an mle. actually no wait, de": the first role taken back is no move from it.)
  if (new RegExp(`\\b(?:${takingBack})\\b`).test(between)) return undefined;
  // ("i was gonna go mle but the math scares me… what about de": a role one meant to go into is no role one is in, and
  // the other named after it is a change of mind, no move.)
  if (
    !target &&
    /\b(?:go|going|gonna(?:\s+go)?|wanted\s+to(?:\s+go)?|want\s+to(?:\s+go)?|planning\s+(?:on|to)|aiming\s+for|thinking\s+(?:of|about))\s+(?:into\s+|for\s+)?(?:an?\s+)?$/.test(
      mentions[0]!.before,
    )
  )
    return undefined;
  const to = target?.role ?? mentions.find((m) => m.role !== mentions[0]!.role)!.role;
  return to === 'mle' ? 'de-to-mle' : 'mle-to-de';
}

/** "im 19 from pakistan", "i'm originally from lagos": where someone is from, no start of a move. */
const whereTheyAreFrom = new RegExp(
  `\\b(?:i'?m|i\\s+am|originally|born|living)\\b[^.?!,]{0,20}?\\bfrom\\s+(?!(?:an?\\s+|the\\s+|being\\s+)?(?:${de}|${mle})\\b)[a-z]+`,
  'g',
);

/** The role a move ends in: the second role of a direction. */
export function destinationOf(direction: Direction | undefined): 'de' | 'mle' | undefined {
  return direction === 'de-to-mle' ? 'mle' : direction === 'mle-to-de' ? 'de' : undefined;
}

/** The verbs of a move said in words ("switch", "move", "pivot"). */
const moveVerbs = String.raw`switch\w*|move|moving|transition\w*|pivot\w*|jump\w*`;

/** A move said in words ("move into de", "switch to mle", "pivot"): a move asked, whatever its start. */
export const movingWords = new RegExp(String.raw`\b(?:${moveVerbs})\b`, 'i');

const moving = new RegExp(
  String.raw`\b(?:${moveVerbs}|get into|getting into|break into|become|becoming|to be an?|land|(?:until|till|til)\s+(?:i'?m|im|i\s+am)(?!\s+(?:an?\s+)?(?:senior|staff|sr|mid|principal|lead)\b))\b`,
);
// ("how long until i'm an mle", "till im hireable as an ml eng", "til im job ready for ml": being the role, later,
// is where the move ends; "till im senior" is a level reached in it, no move.)
const into = new RegExp(
  `\\b(?:to|to\\s+be|into|become|becoming|over to|land|landing|get|getting|(?:until|till|til)\\s+(?:i'?m|im|i\\s+am)(?:(?:\\s+\\S+){1,2}\\s+(?:as|for))?)\\s+(?:an?\\s+|the\\s+)?(?:(${mle})|(${de}))\\b`,
);

/**
 * Where a move that names only one role is going: "how fast could I pivot into DE?" ends in Data Engineer,
 * wherever it starts. Undefined when the question names no move, or names both roles (see questionDirection).
 */
export function questionDestination(question: string): 'de' | 'mle' | undefined {
  const q = question.toLowerCase();
  if (!moving.test(q)) return undefined;
  const m = into.exec(q);
  if (!m) return undefined;
  return m[1] ? 'mle' : 'de';
}

/**
 * A passage about a move into one role, from anywhere ("Backend engineer to data engineer: …"): the role
 * after "to" in its first sentence, when the passage speaks of moving.
 */
export function passageDestination(text: string): 'de' | 'mle' | undefined {
  const strict = destinationOf(directionOf(text));
  if (strict) return strict;
  const t = text.toLowerCase();
  const first = t.split(/(?<=[.:!?])\s/)[0] ?? t;
  if (!/\b(switch\w*|move|moving|transition\w*|pivot\w*|path)\b/.test(t)) return undefined;
  // "Data engineering has a lower barrier to entry. You can transition from backend engineering…": a move from
  // elsewhere, into the role the passage opens on.
  const opening = new RegExp(`^(?:(${mle})|(${de}))\\b`).exec(first);
  if (opening && /\b(?:transition|move|switch|pivot)\w*\s+from\b/.test(t)) return opening[1] ? 'mle' : 'de';
  const m = new RegExp(`\\b(?:to|into|→|->)\\s+(?:an?\\s+)?(?:(${mle})|(${de}))\\b`).exec(first);
  if (!m) return undefined;
  return m[1] ? 'mle' : 'de';
}

/** ("how long to learn data engineering", "how long would it take to study ml": time to learn a role's field.) */
// ("how long till i get hired as an mle", "job ready as a de": being hired into a role takes as long as getting into it.)
const learning = new RegExp(
  `\\b(?:(?:learn|learning|study|studying)\\s+(?:to\\s+be(?:come)?\\s+)?|(?:take|takes|taking)\\s+(?:me\\s+|us\\s+)?for\\s+|(?:hired|hireable|job[\\s-]ready|(?:get|land|find)\\s+(?:a|my\\s+first)\\s+job)\\s+as\\s+|(?:job[\\s-])?ready\\s+(?:for|to\\s+(?:be(?:come)?|work\\s+as|apply\\s+(?:for|to)))\\s+(?:(?:a|my\\s+first)\\s+)?(?:job\\s+as\\s+)?)(?:an?\\s+)?(?:(${mle})|(${de}))\\b`,
);

/**
 * Where a question of how long ends: a move into a role (see questionDestination), or learning a role's field,
 * which takes as long as getting into it.
 */
export function durationDestination(question: string): 'de' | 'mle' | undefined {
  const moved = questionDestination(question);
  if (moved) return moved;
  const q = question.toLowerCase();
  const m = learning.exec(q) ?? roleTakesToLearn.exec(q) ?? howLongForARole.exec(q);
  return m ? (m[1] ? 'mle' : 'de') : undefined;
}

/** "how long does de take to learn", "how long would mle take to get into": the role's field, learnt. */
const roleTakesToLearn = new RegExp(
  `\\b(?:(${mle})|(${de}))\\s+(?:take|takes|would\\s+take|will\\s+take)(?:\\s+(?:me|someone|a\\s+beginner))?\\s+to\\s+(?:learn|master|get\\s+into|break\\s+into|pick\\s+up)\\b`,
);

/** "how long for de", "how long for an mle?": nothing asked of the role but how long, which is how long to get into it. */
const howLongForARole = new RegExp(`^\\W*how\\s+long\\s+(?:for|to)\\s+(?:an?\\s+)?(?:(${mle})|(${de}))\\W*$`);

/** Whether a question names the role a move does not end in ("i'm an ML eng … switch over to DE"): where it starts. */
export function namesOtherRole(question: string, destination: 'de' | 'mle'): boolean {
  return new RegExp(`\\b${destination === 'de' ? mle : de}\\b`).test(question.toLowerCase());
}

/** ("break into de or mle", "get into mle vs de": the two roles set side by side, a move into neither in particular.) */
const eitherRole = new RegExp(`\\b(?:${de}|${mle})\\s+(?:or|vs\\.?|versus|and)\\s+(?:an?\\s+)?(?:${de}|${mle})\\b`);

/** Whether a question names the two roles as a choice ("de or mle"). */
export function namesEitherRole(question: string): boolean {
  return eitherRole.test(question.toLowerCase());
}
