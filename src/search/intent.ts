/**
 * What kind of figure a question asks for ("how long" wants months, "how much do they make" wants pay),
 * so passages that state such a figure can be preferred over ones that only talk about the topic.
 */
export type WantedFigure = 'duration' | 'money' | 'percent';

export function wantedFigure(question: string): WantedFigure | undefined {
  const q = question.toLowerCase();
  if (/\bhow (long|quickly|soon)\b|\bhow many (months|years|weeks)\b|\bhow much time\b|\btimeline\b/.test(q)) return 'duration';
  if (/\bwhy\b|\breason\b/.test(q)) return undefined;
  if (/\bhow (fast|quickly)\b.*\bgrow|\bwhat (share|percent|percentage)\b|\bby how much\b|\bhow much (more|higher|faster)\b/.test(q)) return 'percent';
  if (/\bhow much\b|\b(salary|salaries|pay|paid|comp|compensation|tc|earn|earns|rate)\b/.test(q)) return 'money';
  return undefined;
}

const patterns: Record<WantedFigure, RegExp> = {
  duration: /\b\d+(?:\s*[-–]\s*\d+)?\s*(?:months|years|weeks)\b/i,
  money: /[$₦]\s?\d/,
  percent: /\d\s?%/,
};

export function statesFigure(text: string, wanted: WantedFigure): boolean {
  return patterns[wanted].test(text);
}
