/**
 * A turn that returns to something asked before the last question ("going back to the switch, …", "that first
 * number u said"): which earlier turn it follows up on, and the question once those words are gone.
 */
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import type { Turn } from '../types.js';
import { quizChoice } from './aboutThePerson.js';

/**
 * "going back to the switch, …", "that first number u said": a turn that returns to something asked before the
 * last question (the words are removed, what follows is the question).
 */
const returnsTo =
  /^(?:(?:ok(?:ay)?|so|and|but|also|wait|actually|nvm|nevermind|never\s+mind|alr(?:ight)?|hm+|sorry|oops|anyway[s]?),?\s+)*(?:(?:let'?s|lets|can\s+we|i\s+want\s+to)\s+)?(?:(?:going|go|coming|come|circling|circle|getting|get)\s+back\s+(?:to|on)|back\s+to)\s+(?:(?:the|that|what|your|my)\s+)?|\b(?:you|u)\s+(?:said|mentioned|gave|quoted|told\s+me)\b|\b(?:said|mentioned|asked)\s+(?:earlier|before|at\s+the\s+start)\b|\b(?:the|that)\s+first\s+(?:thing|number|figure|question|answer)\b/i;

/** "that contradicts what u said", "this goes against what you said earlier": the last answer set against an earlier one. */
const setAgainstTheLast =
  /^\W*(?:(?:and|so|ok(?:ay)?|but|wait|hm+)[,\s]+)*(?:that|this|it)\s+(?:kinda\s+|sort\s+of\s+)?(?:contradicts?|goes\s+against|doesn'?t\s+match)\b/i;

/** Whether a turn says it returns to something asked before ("back to de", "going back to the switch, …"). */
export function returnsToEarlier(text: string): boolean {
  return returnsTo.test(text.trim());
}

/** "why that result", "what about my quiz result": the quiz result shown in this conversation. */
const theResult = /\b(?:(?:that|the|my|this|ur|your)\s+(?:quiz\s+)?(?:result|outcome)|(?:the|that|my)\s+quiz)\b/i;

/** "why?", "but why tho", "why that": why, and nothing else asked. */
const bareWhy = /^(?:(?:but|and|so|ok)\s+)*why(?:\s+(?:tho|though|that|so|is\s+that))?[\s?!.]*$/i;

/** How a quiz result shown is kept as a turn ("/quiz: ML Engineer"). */
export const quizResultTurn = '/quiz: ';

/**
 * The turn a question follows up on: the last one, or, when it says it returns to something asked before that
 * ("going back to the switch, how long does it take"), the earlier turn that shares most of its words (the oldest
 * when none does). `turns` oldest first; undefined when there are none.
 */
export function referredTurn(kb: KnowledgeBase, question: string, turns: readonly Turn[]): Turn | undefined {
  const last = turns.at(-1);
  // ("why that result" after its next steps were asked: the quiz result shown, a few turns back.)
  // ("why?" right after the result's next steps, which keep what would change it: why the result.)
  // (After "what does that mean for me", asked as the result's own choice, that turn already is the result.)
  const ofTheResult =
    theResult.test(question) ||
    (bareWhy.test(question.trim()) &&
      last?.whatWouldChange !== undefined &&
      !Object.values(quizChoice).some((choice) => last.resolved.endsWith(choice)));
  const result = ofTheResult ? turns.findLast((t) => t.question.startsWith(quizResultTurn)) : undefined;
  if (result) return result;
  const earlier = turns.slice(0, -1).filter((t) => t.answered && t.passages.length > 0);
  // ("that contradicts what u said before": the answer just given is set against the earlier one, and is what is doubted.)
  if (earlier.length === 0 || !returnsTo.test(question) || setAgainstTheLast.test(question)) return last;
  const rest = question.replace(returnsTo, ' ');
  const asked = new Set(kb.analyze(rest).map((t) => t.term));
  // ("back to the pay thing" after the pay gap, "why" and "is that true?": of two turns that share its words, the one
  // that asked for pay, not the one that asked why.)
  const wanted = kb.read(rest).intent.wanted;
  const shared = (turn: Turn) =>
    kb.analyze(turn.resolved).filter((t) => asked.has(t.term)).length +
    (wanted !== undefined && kb.read(turn.resolved).intent.wanted === wanted ? 0.5 : 0);
  const lastShares = last ? shared(last) : 0;
  let best: Turn | undefined;
  // (Of two that share as much, the later: "back to pay" after the pay of both roles returns to the last asked.)
  for (const turn of earlier) {
    const shares = shared(turn);
    if (!best || shares > shared(best) || (shares > 0 && shares === shared(best))) best = turn;
  }
  // The last turn shares more of the words: it is the one returned to after all.
  return best && shared(best) >= lastShares ? best : last;
}

/**
 * The question without the words that say it returns to an earlier one ("going back to the switch, how long…"),
 * nor the few words that named what it returns to when a question follows them ("back to pay, what about the us"
 * asks "what about the us" of the pay question).
 */
export function withoutReturn(question: string): string {
  if (!returnsTo.test(question)) return question;
  const rest = question
    .replace(new RegExp(returnsTo.source, 'gi'), ' ')
    .replace(/^[\s,]+|\s+(?=[,?.!])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const named = /^(?:[\p{L}\p{N}'-]+\s*){1,4}[,:;-]+\s+(?=(?:\S+\s+){1,}\S)/u.exec(rest);
  return named ? rest.slice(named[0].length) : rest;
}

/**
 * "back to pay", "ok back to the timeline": what is left once the return is said names only what the earlier turn
 * asked (or nothing), so that turn is asked again, with its roles and level, not a question of its own.
 */
export function namesOnlyWhatItReturnsTo(kb: KnowledgeBase, rest: string, earlier: Turn | undefined): boolean {
  if (!earlier) return false;
  if (rest.trim() === '') return true;
  const named = kb.analyze(rest).filter((t) => t.kind !== 'role');
  if (named.length > 3 || /\?|\b(?:what|whats|how|hows|which|why|when|who|is|are|does|do|can|should)\b/i.test(rest)) return false;
  // ("back to the timeline", "back to the money thing": the kind of answer the earlier turn asked for.)
  const wanted = kb.read(rest).intent.wanted ?? (/\b(?:timelines?|time\s*frames?|durations?|time)\b/i.test(rest) ? 'duration' : undefined);
  if (wanted !== undefined) return wanted === kb.read(earlier.resolved).intent.wanted;
  const asked = new Set(kb.analyze(earlier.resolved).map((t) => t.term));
  return named.length > 0 && named.every((t) => asked.has(t.term));
}
