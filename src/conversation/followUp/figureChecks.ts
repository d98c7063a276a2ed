/**
 * A check of the figures just shown ("per year?", "is that base?", "before tax?"), answered from the passages that
 * showed them: a period they are not given in, a split of base and total one source leaves open, or the check
 * itself, asked of those figures.
 */
import type { Passage } from '../../knowledge/passages.js';
import { currencies, currencyAsked, currencyWords } from '../../search/currencies.js';
import type { KnowledgeBase } from '../../search/knowledgeBase.js';
import { roleName } from '../slots.js';
import type { Turn, TurnSlots } from '../types.js';
import { follow, type PreviousContext, type Reading, type Resolution, type Rule } from './context.js';
import { withoutUnknownPlaces } from './topicWords.js';
import { inAnotherCurrency, understoodOf } from './understood.js';

/** "is that in euros …", "is that in usd …": a check of the currency, as a check before it was resolved. */
const checkOfCurrency = new RegExp(`^is\\s+that\\s+(?:in\\s+)?${currencyWords}\\s+(?=\\S)`, 'i');

/** The figures a check is of: the passages shown that hold pay, and the one the answer opened with. */
interface FiguresShown {
  kb: KnowledgeBase;
  previous: Turn;
  before: TurnSlots;
  /** The check in its fewest words ("is that base"). */
  rest: string;
  reading: PreviousContext['reading'];
  /** The passages shown that hold pay ("is that base?" after a quiz result that showed pay beside why the role suits). */
  figured: string[];
  /** The passage the answer opened with. */
  shown: Passage | undefined;
  /** What was checked: "base", "per year", "total comp". */
  word: string;
}

/** "Data Engineer pay, senior level: base": what the check was asked of, and the check. */
function checkLabel(f: FiguresShown, of: string): string {
  return `${understoodOf(f.kb, of, f.before)}: ${f.rest.replace(/^is that\s+/i, '')}`;
}

/** Of both roles' figures, the other role's shown beside the opening ones: a check is of both. */
function shownBeside({ kb, shown, figured, before }: FiguresShown): string[] {
  if (!shown || before.roles.length !== 2) return [];
  return figured.filter((id) => {
    const passage = kb.passage(id);
    return id !== shown.id && passage !== undefined && kb.sideOf(passage) !== kb.sideOf(shown);
  });
}

/**
 * "per year?" after figures given per month (or "monthly?" after yearly ones): those figures again, saying the
 * sources give no other period, rather than another place's figures that happen to be yearly.
 */
function aPeriodTheyLack(f: FiguresShown): Resolution | undefined {
  const { kb, previous, shown, rest } = f;
  const asked = /\b(?:year|yr|yearly|annual|annually)\b/i.test(rest) ? 'year' : /\b(?:month|monthly)\b/i.test(rest) ? 'month' : undefined;
  const given =
    shown && kb.holds(shown, 'money') ? (/\/\s*month|\bper\s+month\b|\bmonthly\b/i.test(shown.text) ? 'month' : 'year') : undefined;
  if (!(asked && given && shown)) return undefined;
  // ("per month or year?", "monthly or yearly": which of the two is asked, so the one they are given in is said.)
  const which = /\b(?:month|monthly)\b/i.test(rest) && /\b(?:year|yr|yearly|annual|annually)\b/i.test(rest);
  // "per month?" after Nigeria's figures, given per month: those figures, which say it themselves.
  // (Of both roles' figures, both are checked: "per year?" after mid-level pay of each role.)
  const within = [shown.id, ...shownBeside(f).slice(0, 1)];
  if (asked === given && !which)
    return follow({ ...f.reading(previous.resolved, f.before, checkLabel(f, previous.resolved), within), onlyWithin: true });
  // ("/compare salary" → "per month?": a comparison shows every figure of the aspect, and those it gave per month, remote
  // and Nigeria's, are the ones asked for; after one answer, another place's figures would answer another question.)
  if (previous.question.startsWith('/compare') && !which) {
    const inThatPeriod = previous.passages.filter((id) => {
      const passage = kb.passage(id);
      return (
        passage !== undefined &&
        kb.holds(passage, 'money') &&
        /\/\s*month|\bper\s+month\b|\bmonthly\b/i.test(passage.text) === (asked === 'month')
      );
    });
    if (inThatPeriod.length > 0)
      return follow({
        ...f.reading(
          previous.resolved,
          f.before,
          `${understoodOf(kb, previous.resolved, f.before)}: the figures given per ${asked}`,
          inThatPeriod,
        ),
        onlyWithin: true,
        openWith: inThatPeriod[0]!,
      });
  }
  // (The header says the period the figures are given in: "…: per month:" over yearly figures read as a yes.)
  const label = `${understoodOf(kb, previous.resolved, f.before)}: figures per ${given}`;
  return follow({
    ...f.reading(previous.resolved, f.before, label, within),
    onlyWithin: true,
    periodGiven: given,
  });
}

/** "base?", "base or tc?", "total comp?": which part of pay the figures are. */
const splitAsked =
  /^(?:base|base\s+(?:pay|salary)|total(?:\s+comp(?:ensation)?)?|tc)(?:\s+or\s+(?:base|base\s+(?:pay|salary)|total(?:\s+comp(?:ensation)?)?|tc))?$/i;

/**
 * "is that base?" after Skilldential's "United States … $160,000 – $240,000+", which says neither base nor total: said
 * so, and answered from the figures shown that do say it (AI Pulse's "… base. Total comp: …"), if any do.
 */
function aSplitLeftOpen(f: FiguresShown, sayItThemselves: boolean): Resolution | undefined {
  const { kb, previous, before, shown, figured, word, rest } = f;
  // ("base or tc?": one check, either way round.)
  if (!(splitAsked.test(word) && shown !== undefined && figured.includes(shown.id) && !sayItThemselves)) return undefined;
  // (Only for figures of the same kind: AI Pulse's US levels say nothing of Nigeria, remote work or a FAANG grade.)
  const elsewhere = (before.region !== undefined && before.region !== 'us') || /\b(?:l\d|faang|remote)\b/i.test(previous.resolved);
  const saying = elsewhere
    ? []
    : figured.filter((id) => {
        const passage = kb.passage(id);
        return passage !== undefined && kb.mentions(passage, 'base') && kb.mentions(passage, 'total comp');
      });
  const sourceOf = (id: string) => {
    const passage = kb.passage(id);
    return passage?.publisher ?? passage?.title ?? '';
  };
  const unsaid = sourceOf(shown.id);
  const said = saying[0] !== undefined ? sourceOf(saying[0]) : undefined;
  return follow({
    ...f.reading(`${rest} ${previous.resolved}`, before, checkLabel(f, previous.resolved), saying.length > 0 ? saying : [shown.id], rest),
    onlyWithin: true,
    checkUnsaid: { check: word.toLowerCase(), unsaid, ...(said && said !== unsaid ? { said } : {}) },
  });
}

/**
 * "is that before tax?", "gross or net?", "take home?": the figures again, saying their source doesn't say (no article
 * speaks of tax).
 */
function aTaxTheyNeverSay(f: FiguresShown): Resolution | undefined {
  const { kb, previous, before, shown, figured, word } = f;
  if (!/\b(?:before|after|pre|post)[-\s]?tax(?:es)?\b|\b(?:gross|net|taxed)\b|\btake[-\s]?home\b|\bin[-\s]hand\b/i.test(word))
    return undefined;
  if (!(shown && figured.includes(shown.id)) || kb.mentions(shown, 'tax')) return undefined;
  return follow({
    ...f.reading(previous.resolved, before, checkLabel(f, previous.resolved), [shown.id]),
    onlyWithin: true,
    checkUnsaid: { check: word.toLowerCase(), unsaid: shown.publisher ?? shown.title },
  });
}

/**
 * "median?", "is that the average?": the figures again, saying their source doesn't say (the articles give ranges by
 * level, never a median or a mean).
 */
function aStatisticTheyNeverGive(f: FiguresShown): Resolution | undefined {
  const { kb, previous, before, shown, figured, word } = f;
  const asked = /\b(median|average|avg|mean)\b/i.exec(word);
  if (!asked || !(shown && figured.includes(shown.id)) || kb.mentions(shown, asked[1]!.toLowerCase())) return undefined;
  return follow({
    ...f.reading(previous.resolved, before, checkLabel(f, previous.resolved), [shown.id]),
    onlyWithin: true,
    checkUnsaid: {
      check: `the ${asked[1]!.toLowerCase() === 'avg' ? 'average' : asked[1]!.toLowerCase()}`,
      unsaid: shown.publisher ?? shown.title,
    },
  });
}

/**
 * The check asked of the figures: of the line the answer opened with when it says it itself ("is that base?" after
 * "Mid-level (3-5 years): $150K-$200K base. Total comp: …"), else of the figures shown.
 */
function theCheckAsked(f: FiguresShown, sayItThemselves: boolean): Resolution {
  const { kb, previous, shown, figured, rest } = f;
  // Narrowed to the figures, the check is asked of what they are (their headings), not of the question they came with.
  const narrowed = figured.length > 0 && figured.length < previous.passages.length;
  const of = narrowed ? figured.map((id) => kb.passage(id)?.sectionPath.at(-1) ?? '').join(' ') : previous.resolved;
  // ("is that base?" after "im a junior mle rn, 1 yoe, what do mid level des make": the question asked, without the
  // story told with it, whose level is not the one the figures were shown for.)
  const story = kb.read(previous.resolved);
  const checkedOf = sayItThemselves ? (story.context !== '' && story.ask !== '' ? story.ask : previous.resolved) : of;
  const beside = shownBeside(f);
  const within = sayItThemselves && shown ? [shown.id, ...beside.slice(0, 1)] : figured.length > 0 ? figured : previous.passages;
  const checked: Reading = f.reading(`${rest} ${checkedOf}`, f.before, checkLabel(f, checkedOf), within, rest);
  // ("is that base?" after "Junior (0-2 years): $100K-$135K base. Total comp: …": yes, and said so.)
  const splitSaid =
    sayItThemselves && shown !== undefined && splitAsked.test(f.word) && kb.mentions(shown, 'base') && kb.mentions(shown, 'total comp');
  const noted = splitSaid ? { ...checked, checkUnsaid: { check: f.word.toLowerCase(), said: shown.publisher ?? shown.title } } : checked;
  return follow(figured.length > 0 ? { ...noted, onlyWithin: true } : noted);
}

/**
 * "per year?", "monthly??", "base or total?" after pay figures: a check of the figures just shown, answered from
 * the passages that showed them (not from another passage that happens to say "per month").
 */
export const aCheckOfTheFigures: Rule<PreviousContext> = ({ kb, checksFigures, previous: asked, before, rest, reading }) => {
  if (!checksFigures || asked.passages.length === 0) return undefined;
  // ("is that base?" after "in euros?": the check before is not asked again, so its currency is not said again.)
  const previous = { ...asked, resolved: asked.resolved.replace(checkOfCurrency, '') };
  // ("is that base or total comp" after "LLMOps / Generative AI: Increases base compensation by 40–60%": a premium
  // that says itself what it is of is checked as it stands.)
  const opening = previous.passages[0] ? kb.passage(previous.passages[0]) : undefined;
  const saysTheSplit =
    opening !== undefined &&
    /\b(?:base|total|tc)\b/i.test(rest) &&
    /\b(?:base|total)\s+(?:compensation|comp|pay|salary)\b/i.test(opening.text);
  const paid = previous.passages.filter((id) => {
    const passage = kb.passage(id);
    // (Every check ("base?", "per year?", "before tax?", "in usd?") is of pay.)
    return passage !== undefined && (kb.givesPay(passage) || (saysTheSplit && passage === opening));
  });
  // ("is that base?" after "what about mle" of a move's pay: the figures of the role asked about, where the answer
  // showed both roles' tables.)
  const sideOf = (id: string) => {
    const passage = kb.passage(id);
    return passage ? kb.sideOf(passage) : 'neutral';
  };
  // (Of the one role the question before was about: "which pays more at my level" shows both, whoever asks.)
  const role = previous.slots.roles.length === 1 ? previous.slots.roles[0] : undefined;
  const ofTheRole = role === undefined ? [] : paid.filter((id) => sideOf(id) === role || sideOf(id) === 'both');
  // (Only the other role's figures shown: the role's own pay is what is checked, as after an answer with none.)
  const onlyTheOther = role !== undefined && paid.length > 0 && paid.every((id) => sideOf(id) !== role && sideOf(id) !== 'neutral');
  const figured = ofTheRole.length > 0 ? ofTheRole : onlyTheOther ? [] : paid;
  // "is that base?" after an answer with no pay in it ("how much stats do mles need"): the pay of the roles it was
  // about, checked, rather than the same answer again.
  // ("is that base?" after "they pay a 10-15% premium over either pure role": a premium in percent, which says
  // neither; the same answer again, said so, rather than both roles' whole tables.)
  if (figured.length === 0 && opening !== undefined && /\bpremium\b/i.test(opening.text) && /\d\s*%/.test(opening.text)) {
    const word = rest.replace(/^(?:is|are|was)\s+(?:that|this|it|those|these|they)\s+/i, '').replace(/[?!.\s]+$/, '');
    if (splitAsked.test(word))
      return follow({
        ...reading(previous.resolved, before, `that premium: ${word}`, [opening.id]),
        onlyWithin: true,
        openWith: opening.id,
        checkUnsaid: { check: word.toLowerCase(), unsaid: opening.publisher ?? opening.title },
      });
  }
  if (figured.length === 0) {
    const roles = before.roles.length > 0 ? before.roles : (['de', 'mle'] as const);
    const asked = `${rest.replace(/[?!.\s]+$/, '')} ${roles.map((r) => `${roleName[r]} salary`).join(' and ')}`;
    return follow(reading(asked, { roles: [...roles], topic: 'salary' }));
  }
  const shown = previous.passages[0] ? kb.passage(previous.passages[0]) : undefined;
  // ("in naira?" after US figures: the sources give figures in naira, for Nigeria; those are what is asked, as the
  // question before asked in naira, not a check of the dollars shown.)
  const currency = currencyAsked(rest);
  const pattern = currencies.find(([name]) => name === currency)?.[1];
  if (
    pattern &&
    // ("how much is that in naira" after remote pay: the remote figures converted, which the sources never do; Nigeria's
    // local pay is another salary.)
    before.region !== 'remote' &&
    !figured.some((id) => pattern.test(kb.passage(id)?.text ?? '')) &&
    kb.passages.some((passage) => kb.givesPay(passage) && pattern.test(passage.text))
  )
    return follow(
      reading(
        `${previous.resolved.replace(/[?!.\s]+$/, '')} in ${currency}`,
        before,
        // (Said as another market's pay, not a conversion: "how many naira is that" after US pay is not ₦700k a month.)
        inAnotherCurrency(understoodOf(kb, previous.resolved, regionless(before)), currency!),
      ),
    );
  // (After a decline for a place the sources lack, the closest figures it offered are what is checked, as figures.)
  const checked = previous.answered ? previous : { ...previous, resolved: withoutUnknownPlaces(kb, previous.resolved) };
  const word = rest.replace(/^(?:is|are|was)\s+(?:that|this|it|those|these|they)\s+/i, '').replace(/[?!.\s]+$/, '');
  const f: FiguresShown = { kb, previous: checked, before, rest, reading, figured, shown, word };
  // ("total compensation", "tc": the articles write "Total comp".)
  // ("base or total": either said in the line shown answers the check.)
  const spellings = word
    .split(/\s+or\s+/i)
    .flatMap((w) => [w, w.replace(/\bcompensation\b/i, 'comp'), w.replace(/^tc$/i, 'total comp'), w.replace(/^total$/i, 'total comp')]);
  const sayItThemselves = shown !== undefined && figured.includes(shown.id) && word !== '' && spellings.some((w) => kb.mentions(shown, w));
  return (
    aPeriodTheyLack(f) ??
    aTaxTheyNeverSay(f) ??
    aStatisticTheyNeverGive(f) ??
    aSplitLeftOpen(f, sayItThemselves) ??
    theCheckAsked(f, sayItThemselves)
  );
};

/** The slots without the place they were asked in (the figures asked for next are another place's). */
function regionless({ region: _region, ...slots }: TurnSlots): TurnSlots {
  return slots;
}

/**
 * "so like 6 months?", "6 months then?", "so 2 yrs realistically?", "so like 100k?": a figure of the answer before,
 * said back to check it.
 */
const aFigureSaidBack =
  /^\W*(?:(?:so|ok(?:ay)?|and|hmm+|wait|oh)[\s,]+)*(?:like\s+|about\s+|around\s+|roughly\s+|only\s+|just\s+|at\s+least\s+)?\$?(\d{1,3}(?:\.\d)?)\s*(?:-\s*\$?\d{1,3}\s*)?(months?|mos?|years?|yrs?|weeks?|wks?|k\b|%)(?:\s+(?:then|tho|though|right|realistically|max|min|minimum|total|lol|ish|or\s+so))*\s*\?+\s*$/i;

/**
 * "so like 6 months?" after how long a move takes: the figure checked against the answer before, whose passages answer
 * it again (the one that gives that figure first, "Plan for 6-9 months", and the sources' other figure said to differ);
 * the question before stays the one a follow-up follows.
 */
export const aFigureCheckedBack: Rule<PreviousContext> = ({ kb, text, previous, before, reading }) => {
  const said = aFigureSaidBack.exec(text.trim());
  if (!said || !previous.answered || previous.passages.length === 0) return undefined;
  const figure = /^(?:k|%)$/i.test(said[2]!) ? `${said[1]}${said[2]}` : `${said[1]} ${said[2]}`;
  const asked = `${previous.resolved.replace(/[?.!\s]+$/, '')}: ${figure}?`;
  return follow({
    ...reading(asked, before, `${understoodOf(kb, previous.resolved, before)}, against ${figure}`, previous.passages),
    keepsQuestionBefore: true,
  });
};
