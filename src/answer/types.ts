/** What an answer or comparison cites: enough to name the article and the section. */
export interface Citation {
  source: string;
  title: string;
  publisher?: string;
  section: string;
}

/** One passage of an answer, with the sentence that best matches the question. */
export interface AnswerPassage {
  id: string;
  source: string;
  title: string;
  section: string;
  text: string;
  score: number;
  kind: 'paragraph' | 'list' | 'row';
  citation: Citation;
  /** The sentence (or list item, or table row) of the passage that best matches the question. */
  keySentence: string;
}

/** Something to try instead, when the sources don't cover a question. */
export type Suggestion = { kind: 'compare'; aspect: string; label: string } | { kind: 'question'; text: string };

/** The sentence an answer opens with, and the passage it is quoted from. */
export interface Lead {
  passageId: string;
  /** Quoted as is from the passage. */
  sentence: string;
  /** The passage's heading, shown before the sentence when only the heading says which role it is about. */
  label?: string;
}

/** The engine's reply to a question: a value, rendered by each front end (the CLI, the console, a chat platform). */
export interface Answer {
  question: string;
  /**
   * The other things the same message asked ("…? also is remote common?"), each answered in turn after this one, in
   * the order asked; absent when it asked one thing.
   */
  also?: Answer[];
  /** Further things the same message asked, beyond the most answered at once (`maxAsks`): left for the person to ask again. */
  leftUnasked?: string[];
  answered: boolean;
  /**
   * Why a question was declined: nothing to search for (`empty`), not about these careers (`off-topic`), or
   * about them but the sources lack what is asked (`missing`: `uncovered` names it, `passages` are the closest),
   * or a follow-up that could mean two things (`unclear`: `clarify` asks which), or no question at all but
   * something the person said about themselves (`statement`: `noted` says what was kept).
   */
  declineReason?: 'empty' | 'off-topic' | 'missing' | 'unclear' | 'statement';
  /** For a `statement`: what the bot now knows about the person, said back ("Noted: you work as a data engineer…"). */
  noted?: string;
  /**
   * For a follow-up answered from its conversation: what was understood ("ML Engineer pay, senior level"), so a
   * wrong guess shows.
   */
  understood?: string;
  /**
   * For an `unclear` follow-up: the question asked back and the readings to choose from, in order, and when it was
   * asked (ms since the epoch), which a choice may name so that a choice of an older question changes nothing.
   */
  clarify?: { prompt: string; choices: string[]; asked?: number };
  /** At most 5, best first; when declined, the closest candidates. */
  passages: AnswerPassage[];
  /**
   * How many of `passages` are worth showing a person: for an answer, those that keep up with the best; for a
   * `missing` decline, the closest ones worth offering (none when even the closest shares little of the ask).
   */
  shown: number;
  /** The opening sentence (undefined when declined). */
  lead?: Lead;
  /**
   * In a comparison answered from a passage about one role, the other role's sentence, shown beside the lead; for a
   * figure the sources give differently (how long the move from DE to MLE takes), the other source's sentence.
   */
  counterpart?: Lead;
  /**
   * When the sources give the figure asked for differently ("6-9 months" in AI Pulse, "12-18 months" in DataDriven):
   * each source's name and figure, the lead's first.
   */
  sourcesDiffer?: { source: string; figure: string }[];
  /** Asked whether the sources agree on a figure only one of them gives: that source's name. */
  onlySource?: string;
  /**
   * The ask's salient words the sources do not cover, in the person's own words ("germany"); may be non-empty
   * when the question is still answered.
   */
  uncovered: string[];
  /** When declined as missing: the kind of figure or explanation that was asked for and none of the closest passages holds. */
  missingKind?: 'duration' | 'money' | 'percent' | 'reason' | 'instructions' | 'definition' | 'price';
  /** The ask's main topic that the sources do cover, in the person's words ("salary"), when there is one. */
  topic?: string;
  /** Two or three topics to try, when declined. */
  suggestions: Suggestion[];
  /**
   * For "which role fits me?" from someone who has told nothing about themselves: the quiz, whose five questions
   * are the articles' own diagnostic, decides it from their answers.
   */
  invite?: 'quiz';
  /** "tldr?": the opening sentence alone (with its counterpart), without the quote or the other passages. */
  brief?: true;
  /**
   * When the question asks about one role and the opening passage speaks of the other only ("do mles get paged at
   * night?" answered by the data engineer's day): the role the sources say it of, so the answer says so.
   */
  saidOf?: 'de' | 'mle';
  /**
   * When the question asks for a level ("junior") and the opening figures are given for another only ("Nigeria
   * (Local): … (Mid-Senior)"): the level they are given for, as the source writes it, so the answer says so.
   */
  levelGiven?: string;
  /**
   * When a check of the figures asks for another period than they are given in ("per year?" after monthly
   * figures): the period they are given in, so the answer says the sources have no other.
   */
  periodGiven?: 'month' | 'year';
  /**
   * "de salary in rupees", "in euros?" after pay figures: the currency the opening figures are given in ("US dollars",
   * "naira") when the question asked for another; the sources convert nothing.
   */
  currencyGiven?: string;
  /**
   * "and in nigeria?" after a question the sources answer for no place in particular ("what degree do des need"): the
   * place asked ("Nigeria"), which the sources give pay figures for only; the answer is their general one.
   */
  placeUnsaid?: string;
  /**
   * "how much do de make" from someone who said they live in Toronto, a place the sources give no pay figures for: the
   * place, as kept ("toronto"); the figures are those the sources give in general (in US dollars), said so.
   */
  placeLacked?: string;
  /**
   * A move the sources never describe ("from backend developer to ML engineer"), asked by someone who told their job:
   * the answer is what they say of getting into that role at all.
   */
  moveUnsaid?: MoveUnsaid;
  /** When a check of the figures ("is that base?") is one the figures first shown leave open: see `CheckUnsaid`. */
  checkUnsaid?: CheckUnsaid;
}

/**
 * A check of figures ("is that base?") that one source leaves open: `check` is what was asked ("base"), `unsaid` the
 * source whose figures do not say ("Skilldential"), `said` the source whose figures do, when one of those shown does.
 */
export interface CheckUnsaid {
  check: string;
  /** The source whose figures do not say it; absent when every figure shown says it itself. */
  unsaid?: string;
  /** A source whose figures say it (AI Pulse gives base and total comp apart). */
  said?: string;
}

/** A move the sources never describe: the job it starts from, as the person said it, and the role it goes to. */
export interface MoveUnsaid {
  from: string;
  /** The role the move heads for; absent when none was named (the answer is what the sources say of getting into each). */
  to?: 'de' | 'mle';
}
