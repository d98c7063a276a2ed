/**
 * What a question asks for: its form (a comparison, an amount, a duration, a reason, a list, a yes/no, an
 * instruction) and the kind of figure or explanation that answers it ("how long" wants months, "how much do
 * they make" wants pay, "why" wants a reason), so passages and sentences that hold one are preferred.
 */
export const wantedAnswers = ['duration', 'money', 'percent', 'reason'] as const;

/** A sum quoted as the articles write sums: "$85,000", "$300K-$480K". */
export const quotedSum = /\$\s?\d[\d,.]*[km]?(?:\s*[-–]\s*\$\s?\d[\d,.]*[km]?)?/i;
export type WantedAnswer = (typeof wantedAnswers)[number];

/** The form of answer a question expects. */
export type AnswerForm = 'comparison' | 'amount' | 'duration' | 'percent' | 'reason' | 'list' | 'yes-no' | 'how-to' | 'open';

export interface Intent {
  form: AnswerForm;
  /** The figure or explanation a passage must hold to answer the question, when there is one. */
  wanted?: WantedAnswer;
  /** "what is mlops?", "what does ETL mean": the thing asked to be defined, as written (one to three words). */
  defines?: string;
  /** "is mle harder than de?": a comparison asked as a yes or no, which a sentence that settles it answers first. */
  yesNo?: true;
  /**
   * "which pays more in %", "de vs mle pay, percentage wise": a comparison whose unit is named, which a sentence that
   * only says which is more does not answer.
   */
  unitNamed?: true;
}

/** "what is X?", "whats an X", "what does X mean", "define X": X, when it is one to three words. */
export function definedTerm(question: string): string | undefined {
  const q = question
    .toLowerCase()
    .replace(/[’']/g, "'")
    // ('what does "pipeline" mean': the term, not its quotes.)
    .replace(/["“”]/g, '')
    .trim()
    .replace(/[?.!\s]+$/, '')
    // ("wait what does the inference pipeline part mean": a word of surprise before it.)
    .replace(/^(?:(?:wait|ok(?:ay)?|hm+|sorry|um+|uh+|btw|also|tbh|ngl|honestly|lol)[,\s]+)+/, '')
    // ("i dont get what a pipeline is", "i don't really understand what mlops means": asked as what they do not know.)
    // ("remind me what mlops was, in one sentence": asked again, in the past.)
    .replace(/^(?:can\s+(?:you|u)\s+)?remind\s+me\s+(?:again\s+)?what\s+(?:an?\s+|the\s+)?(.+?)\s+(?:is|was|are|were)\b/, 'what is $1')
    .replace(
      /^i\s+(?:(?:still|really|honestly|just|kinda)\s+)*(?:don'?t|dont|do\s+not|didn'?t|didnt|never)\s+(?:(?:really|fully|quite|even|actually)\s+)*(?:get|understand|know|understood|got)\s+what\s+(?:an?\s+|the\s+)?(.+?)\s+(is|are|means?)$/,
      (_all, term: string, verb: string) => (verb.startsWith('mean') ? `what does ${term} mean` : `what is ${term}`),
    );
  const m =
    // ("what do u mean by the inference pipeline", "wdym silent failures")
    /^(?:what\s+do\s+(?:you|u|they)\s+mean(?:\s+by)?|wdym(?:\s+by)?|what(?:'s|\s+is)\s+meant\s+by)\s+(?:an?\s+|the\s+)?(.+)$/.exec(q) ??
    // ("what's the inference pipeline part mean" asks what a term means, before "what's X" would take it whole.)
    /^(?:what\s+does|wtf\s+does|what\s+do|what's|whats|what\s+is)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:part|bit|thing|word|term))?\s+(?:even\s+|actually\s+)?mean$/.exec(
      q,
    ) ??
    /^(?:so\s+|and\s+|ok(?:ay)?\s+|but\s+)?(?:what\s+(?:is|are)|what's|whats|wats|wuts|what\s+(?:exactly|even|actually)\s+(?:is|are))\s+(?:an?\s+|the\s+)?(.+)$/.exec(
      q,
    ) ??
    /^(?:define|meaning\s+of)\s+(?:an?\s+|the\s+)?(.+)$/.exec(q) ??
    // ("mlops meaning?", "mlops definition pls": the term, then the word for what it means.)
    /^(?:an?\s+|the\s+)?(.+?)\s+(?:meaning|definition|means\s+what)(?:\s+(?:pls|please|plz))?$/.exec(q) ??
    // "(i keep hearing about) mlops, what is it?"
    /^(?:about\s+)?(?:an?\s+|the\s+)?([^,]+?)[,\s]+what(?:'s|s|\s+is|\s+are)\s+(?:it|that|this|they|those)(?:\s+exactly)?$/.exec(q);
  // ("what is mlops actually, ppl keep throwing it around": the term, not the remark after it.)
  const said = m?.[1]
    ?.replace(/\s*(?:[,;:(]|\s-\s|\s+(?:bc|cuz|cause|because|since)\s).*$/, '')
    .replace(/(?:\s+(?:exactly|even|actually|really|anyway|tho|though|about|lol|lmao|tbh|ngl|rn|haha|pls|please|again))+$/, '')
    .trim();
  // ("whats the hybrid role between de & mle": the thing, where it sits aside; "the difference between…" is no thing.)
  const between = said?.replace(/\s+between\s+.+$/, '');
  const term = between && between !== said && !/^(?:differences?|gap|overlap|split|choice|comparison|diff)$/.test(between) ? between : said;
  // ("whats the smartest route", "what's the fastest way in": a way to go, not a term to define.)
  if (
    !term ||
    /\b(?:it|that|this|they|those|these|difference|diff|best|better|pay|salary|range|ranges|tc|comp|ballpark|numbers?|figures?|the|route|way|path|move|plan|play|call|verdict|strat|approach|strategy|roadmap|order|like)\b/.test(
      term,
    ) ||
    /\b(?:smart|quick|fast|eas|cheap|safe|short|simpl|clear|smooth|sur|wis)i?est\b/.test(term)
  )
    return undefined;
  const count = term.split(/\s+/).length;
  if (count >= 1 && count <= 3) return term;
  // ("whats the hybrid ml data engineer role": a title, the word "role" after it.)
  const title = term.replace(/\s+(?:role|job|position)$/, '');
  return title !== term && title.split(/\s+/).length <= 4 ? title : undefined;
}

export function wantedAnswer(question: string): WantedAnswer | undefined {
  const q = question.toLowerCase();
  // ("where do these salary numbers even come from": where figures come from, which no figure answers.)
  if (
    /\bwhere\s+(?:do|does|did|are|is)\s+(?:these|those|the|your|ur|this|that|all)?\s*(?:[\w-]+\s+){0,3}?(?:numbers?|figures?|data|stats|statistics|info|estimates?)\s+(?:even\s+|actually\s+)?(?:come|coming|sourced|taken|pulled|from)\b/.test(
      q,
    )
  )
    return undefined;
  // "why does it take so long?", "why how long the move takes": the reasons, whatever else is named.
  if (/^\s*why\b/.test(q)) return 'reason';
  if (
    /\bhow (long|quickly|soon)\b|\bhow many (months|years|weeks)\b|\bhow much time\b|\btimeline\b|\bhow fast (could|can|would|will) (i|you|someone|one)\b/.test(
      q,
    ) ||
    /\b(get|getting|switch|switching|move|moving|pivot|pivoting|transition|transitioning|break|breaking)\b.*\b(fast|quickly|soon)\b/.test(
      q,
    ) ||
    // ("can i become an mle in a year?", "is 6 months enough to become a de", "enough runway to switch": a time given,
    // asked whether getting into a role fits in it.)
    /\b(?:become|becoming|get\s+into|get\s+hired|land|break\s+into|switch|transition|pivot|job[\s-]ready|hireable)\b.*\b(?:in|within|under)\s+(?:a|an|one|two|three|six|\d+)\s+(?:years?|months?|weeks?|yrs?)\b/.test(
      q,
    ) ||
    /\b(?:a|an|one|two|three|six|\d+)\s+(?:years?|months?|weeks?|yrs?)(?:\s+of\s+\w+)?\s+(?:is\s+|be\s+)?(?:long\s+)?enough\b|\benough\s+(?:time|runway)\b/.test(
      q,
    )
  ) {
    return 'duration';
  }
  if (
    /^\s*why\b|\bwhy (do|does|is|are|would|should)\b|\breasons?\b|\bhow come\b|\bwhat(?: \w+)? (explains|drives|causes|is behind)\b|\bwhat's behind\b/.test(
      q,
    )
  )
    return 'reason';
  // ("how big is the gap", "by how much", "how much would i lose": the size of a difference, which the sources give in
  // percent.)
  if (
    /\bhow (?:big|large|wide|huge)\b.*\b(?:gap|difference|diff|premium|cut|drop)\b|^\s*(?:(?:so|but|ok|okay|and)\s+)?how (?:big|large)(?:\s+(?:tho|though|exactly|roughly|is\s+it|is\s+that))?\s*[?!.]*$|\bhow much (?:would|will|do|could|might) (?:i|you|u|we) (?:lose|drop|give up|sacrifice|take)\b|\bhow much\b.*\b(?:pay\s+cut|paycut|gap|difference)\b/.test(
      q,
    )
  )
    return 'percent';
  if (
    /\bhow (fast|quickly)\b.*\bgrow|\bwhat (share|percent|percentage)\b|\bhow (common|widespread|rare)\b|\bby how much\b|\bhow much (more|higher|faster)\b|\bgrowth\b|\bgrowing\b|\bpercent(age)?\b|%/.test(
      q,
    )
  )
    return 'percent';
  if (
    /^\s*(?:(?:so|but|ok|okay|and)\s+)?how much(?:\s+(?:tho|though|exactly|roughly|then|is\s+it|is\s+that|are\s+we\s+talking))*\s*[?!.]*$|^\s*(?:(?:so|but|ok|okay|and)\s+)?how much\s+(?:at|for|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:level|senior|junior|staff|mid|principal|l\d|de|des|mle|mles|engineers?)\s*[?!.]*$|\bwhat (?:do|does|would|will|could|might|should) (?:an? |the )?(?:[\w-]+\s+){0,3}get(?:\s+paid)?\s*[?!.]*$|\bhow much (?:is|are|'s|s|would|will) (?:the|a|an|it|that|this|one)\b|\$\s?\d|\b\d+k\b|\b\d{2,3},\d{3}\b|\bhow much\b.*\b(make|makes|making|get|gets|pull|pulls|bring|brings|take home|clear|clears)\b|\bwhat (do|does|did|should|would|will|can|could|might)\b.*\b(make|making|earn|earning)\b|\bwhat(?:'s|s| is) an? [\w\s-]{2,40}? (?:make|earn)\b|\b(salary|salaries|pay|pays|paid|paying|payed|comp|compensation|tc|earn|earns|earning|earnings|income|wage|wages|rate|rates|cost|costs|price|money)\b|\b(?:which|who)\b(?:\s+(?:one|1|role|job))?\s+(?:makes|make|rakes\s+in)\s+(?:more|most|the\s+most|less|bank)\b/.test(
      q,
    )
  ) {
    return 'money';
  }
  return undefined;
}

// ("who gets paid the most, de or mle", "who has it easier": "who" set against a measure asks which of the two.
// "does mle pay more", "mle pays more?": one role paid more is paid more than the other.)
// "mles make 2x what des make", "twice as much": a multiple of the other is a comparison; so is "the pay difference".)
const comparative =
  /\b(?:pay|pays|paid|earn|earns|make|makes)\s+(?:(?:a\s+lot|way|much|significantly|any)\s+)?more\b(?!\s+(?:money\s+)?(?:as|if|after|when|by|doing|with)\b)|\bwhat\s+(?:(?:pays|earns|is\s+paid|gets\s+paid)\s+(?:more|less|better)|makes\s+more\s+money|is\s+better\s+paid)\b|\b\d+(?:\.\d+)?\s?x\s+(?:what|more|as\s+much|the)\b|\b(?:twice|double|triple)\s+(?:what|as\s+much|the)\b|\bwho(?:'s|s)?\s+(?:gets|earns|makes|pays|has|is|does|needs|works|codes)\b[^?]*\b(more|most|better|best|higher|highest|less|least|easier|easiest|harder|hardest)\b|\b(is|are|which)\b[^?]*\bor\b[^?]*\b(better|worse|easier|harder|safer|riskier|higher|lower|faster|slower)\b|\b(which (one|1|role|job|path|career|field|side|of (these|them|the two|those))|which (is|pays|has|gets|offers|would|should|makes|earns|grows|needs|requires|takes|wins|lasts)|what(?:'?s|\s+is) (?:better|worse|easier|harder|safer)|vs\.?|versus|compared? (to|with)|(premium|edge|advantage|gap) (over|between)|(pay|salary|salaries|comp|compensation|earnings?|income) (difference|differences|diff|gap)|differences? in (pay|salary|salaries|comp))\b|\b(more|less|better|worse|easier|harder|safer|riskier|higher|lower|faster|slower|bigger)\b.*\b(than|or)\b|\b(?!(?:engineer|developer|manager|researcher|designer|other|career|beginner|computer|customer|player|user)\b)(\w+er|more \w+|less \w+) (one|role|job|path|option)\b/;
const list =
  /\b(what|which) (\w+ ){0,2}(skills|tools|technologies|certs|certifications|languages|industries|companies|employers|steps|roles|topics|subjects|rounds|frameworks|responsibilities|tasks|options)\b|\blist\b/;
const yesNo =
  /^(?:(?:wait|so|but|and|ok|okay|like|honestly|ngl|tbh|real\s+talk)[,\s]+)*(is|are|am|do|does|did|can|could|should|would|will|has|have|was|were|isn't|isnt|aren't|arent|don't|dont|doesn't|doesnt|didn't|didnt|can't|cant|won't|wont|wouldn't|wouldnt|shouldn't|shouldnt)\b/;

/** A percentage named as the unit of the answer ("in %", "in percent", "as a percentage", "percentage wise"). */
const unitNamed =
  /\b(?:in|as(?:\s+an?)?|by)\s+(?:%|percent(?:ages?)?\b|pct\b)|\bpercent(?:age)?[\s-]*wise\b|%\s*[?!.]*$|\bwhat\s+(?:percent(?:age)?|%)/;

/** The question's form and what answers it; `careerVerbs` tell "how do I become…" from "how do I configure…". */
export function questionIntent(question: string, careerVerbs: readonly string[] = []): Intent {
  // ("do you know why mles earn more", "anyone know if de is remote friendly": asking whether someone knows is how the
  // question is put; the question is what follows.)
  const q = question
    .toLowerCase()
    .replace(/[’']/g, "'")
    .trim()
    .replace(
      /^(?:(?:do|does|did)\s+)?(?:you|u|anyone|anybody|someone|somebody|y'all|yall)\s+know\s+(?=(?:why|how|what|which|when|where|who)\b)/,
      '',
    )
    // ("serious q: is mle harder than de", "quick question - …": the label before the question is no part of it.)
    .replace(/^(?:[a-z]+\s+){0,2}?(?:question|q|qn)\s*[:\u2014\u2013-]\s*/, '');
  // ("whats the play if i want the highest tc eventually": what the person wants is the condition of the ask, not
  // what it asks for.)
  const unconditioned = q.replace(/\s*,?\s*\bif\s+(?:i|you|u)\s+(?:want|wanna|care|value|prefer|like|need)\b.*$/, '');
  const wanted = wantedAnswer(unconditioned.split(/\s+/).length >= 3 ? unconditioned : q);
  // Instructions are asked of "I", "you" or "one" ("how do I tune…", "how to set up…"), not of a role ("how do
  // ML engineers split their time"); a career verb ("become", "get into") asks about the career itself.
  const howTo = /\bhow (?:do|can|should|would|could|to) (?:i|you|we|one)\s+(.*)$/.exec(q) ?? /\bhow to\s+(.*)$/.exec(q);
  // "how do i even decide…", "how do i actually get into…": the adverb says how they feel, the verb what they ask.
  const asked = (howTo?.[1] ?? '').replace(/^(?:(?:even|actually|really|just|ever|realistically|best|like)\s+)+/, '');
  // "how do u get judged", "how do you get evaluated": what happens to the person in the role, not a task's steps.
  const passive = /^get\s+\w+(?:ed|en)\b/.test(asked);
  // "how do u measure if a de is doing a good job", "how do i know if im cut out for mle": how a person in a role is
  // judged, not a task's steps.
  const judged =
    /^(?:measure|judge|evaluate|assess|rate|tell|know)\s+(?:if|whether)\s+(?:(?:i|i'm|im|me|you|u|you're|ur|they|someone)\b|(?:an?\s+|the\s+)?(?:des?|mles?|data\s+eng\w*|ml\s+eng\w*|engineers?)\b)/.test(
      asked,
    );
  if (howTo && !passive && !judged && !careerVerbs.some((verb) => `${asked} `.startsWith(`${verb} `))) return { form: 'how-to' };
  // "Why do ML engineers earn more than data engineers?" already knows which pays more: it asks for the reasons.
  // ("Is that a dumb reason?" is still a yes or no.)
  if (wanted === 'reason' && !yesNo.test(q)) return { form: 'reason', wanted };
  // ("if i switch from de to mle, will i take a pay cut?": a yes or no asked after its condition.)
  const afterCondition = q.replace(
    /^if\s+[^?]*?,?\s+(?=(?:will|would|do|does|is|are|can|could|should)\s+(?:i|it|you|u|they|that|my)\b)/,
    '',
  );
  // ("honestly want more money, is mle worth switching for": a yes or no asked after what they want, in its own clause.)
  const lastClause = q.replace(/^[^?]*[,;]\s+(?=(?:is|are|would|will|should|does|do)\s)/, '');
  const answeredYesOrNo =
    yesNo.test(q) || (afterCondition !== q && yesNo.test(afterCondition)) || (lastClause !== q && yesNo.test(lastClause));
  // ("tldr de vs mle", "de vs mle in one sentence": the two set side by side in short, what each is, not one measure.)
  const inShortSideBySide = /\bin short\b/.test(q) && comparative.test(q.replace(/\b(?:vs\.?|versus|or)\b/g, ' ')) === false;
  if (comparative.test(q) && !inShortSideBySide)
    return {
      form: 'comparison',
      ...(wanted ? { wanted } : {}),
      ...(answeredYesOrNo ? { yesNo: true as const } : {}),
      ...(wanted === 'percent' && unitNamed.test(q) ? { unitNamed: true as const } : {}),
    };
  // "is MLOps worth it comp-wise?", "should I go MLE for the money?": pay is the topic, a yes or no the answer.
  if (answeredYesOrNo && !/\bhow (much|long|many)\b/.test(q)) return { form: 'yes-no', ...(wanted ? { wanted } : {}) };
  // ("if i want to be the highest paid person on an ai team whats the move": the highest paid is who to become, not a
  // figure asked for.)
  if (
    wanted === 'money' &&
    /\b(?:highest|best|top)[\s-]+(?:paid|paying)\s+(?:person|people|one|engineers?|folks|guy)\b/.test(q) &&
    !/\bhow much\b/.test(q)
  )
    return { form: 'open', wanted };
  // "which de skills get paid the most?": the skills are asked for, pay is how they are told apart.
  if (wanted === 'money' && list.test(q)) return { form: 'list', wanted };
  if (wanted === 'money') return { form: 'amount', wanted };
  if (wanted) return { form: wanted, wanted };
  if (list.test(q)) return { form: 'list' };
  return { form: 'open' };
}

const patterns: Record<WantedAnswer, RegExp> = {
  // ("Staff (8+ years)": a span with no end counts as one.)
  duration: /\b\d+(?:\s*[-–]\s*\d+|\+)?\s*(?:months|years|weeks)\b/i,
  money: /[$₦]\s?\d/,
  percent: /\d\s?%/,
  // An explanation: a "Why …" heading, or a sentence that gives a cause.
  reason:
    /^why\b|\b(because|due to|comes from|driven by|primarily|reflects|the reason|factors?|stems from|thanks to|caused by|which means|that's why|this is why|gaps? to fill|is the gap|requires? (?:stronger|deeper|more|a\s+(?:broader|deeper|stronger)|simultaneous))\b|^(?:-\s*)?(?:logic|rationale|reasoning|reason)\s*:|\b(?:choose|pick|optimal|ideal|best suited)\b[^.]*\bif\s+(?:you|your)\b/im,
};

/**
 * A time something takes ("2-3 months of focused learning", "6-12 months minimum"), not a level's years of experience
 * ("Junior (0-2 years)"), which answer "how many yoe is the senior one" but never how long a move takes.
 */
export const timeTaken =
  /(?<!\b(?:junior|mid|mid-level|senior|staff|principal|lead|entry|entry-level)\s*\()(?<!\d\s*[-–]\s*)\b\d+(?:\s*[-–]\s*\d+)?\s*(?:months|years|weeks)\b/i;

/** Whether the text (a passage with its nearest heading, or one sentence) holds what the question asks for. */
export function holdsAnswer(text: string, wanted: WantedAnswer): boolean {
  return patterns[wanted].test(text);
}

/** A sentence that compares the roles: "more than", "higher", "10–20% higher", "the gap", "whereas". */
export const comparing =
  /\b(more|less|higher|lower|better|easier|harder|faster|slower|safer|bigger|smaller)\b.{0,60}\bthan\b|\b(premium|gap|outpac\w*|outearn\w*|out-earn\w*|edge|advantage|versus|vs\.?|compared (to|with)|whereas|differential)\b|\d\s?%\s*(higher|more|lower|less)|\b(?:has|have|offers?|gets?|possess(?:es)?)\s+(?:a\s+|the\s+)?(?:broader|wider|direct|primary)\b|^\s*while\b[^,]{10,120},/i;

/** Whether a text compares: one of its sentences compares, or it is a table row setting the roles side by side. */
export function holdsComparison(text: string): boolean {
  return comparing.test(text);
}
