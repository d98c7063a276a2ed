import type { Citation } from '../answer/types.js';

/** One fact on one side of a comparison, quoted from a passage. */
export interface ComparisonPoint {
  passageId: string;
  /** A table row's label ("Entry Salary"), when the fact comes from a table. */
  label?: string;
  /** The quoted sentence(s), list items or table cell. */
  text: string;
  citation: Citation;
  score: number;
}

/** The same figure stated differently by different sources; each is shown with its source. */
export interface Disagreement {
  /** What the figures are about: "Data Engineer pay, entry level", "Switching Data Engineer → ML Engineer". */
  topic: string;
  figures: { value: string; passageId: string; citation: Citation }[];
}

/** Data Engineer and ML Engineer side by side on one aspect, each side filled separately. */
export interface Comparison {
  aspect: { id: string; label: string };
  dataEngineer: ComparisonPoint[];
  mlEngineer: ComparisonPoint[];
  /** Passages that speak of both roles at once (a verdict, a gap, a transition). */
  both: ComparisonPoint[];
  disagreements: Disagreement[];
}
