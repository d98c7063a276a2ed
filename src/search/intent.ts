/**
 * What kind of answer a question asks for ("how long" wants months, "how much do they make" wants pay,
 * "why" wants a reason), so passages that hold one are preferred over ones that only name the topic.
 */
export const wantedAnswers = ['duration', 'money', 'percent', 'reason'] as const;
export type WantedAnswer = (typeof wantedAnswers)[number];

export function wantedAnswer(question: string): WantedAnswer | undefined {
  const q = question.toLowerCase();
  if (/\bhow (long|quickly|soon)\b|\bhow many (months|years|weeks)\b|\bhow much time\b|\btimeline\b/.test(q)) return 'duration';
  if (/^\s*why\b|\bwhy (do|does|is|are|would|should)\b|\breasons?\b|\bhow come\b/.test(q)) return 'reason';
  if (/\bhow (fast|quickly)\b.*\bgrow|\bwhat (share|percent|percentage)\b|\bby how much\b|\bhow much (more|higher|faster)\b/.test(q)) return 'percent';
  if (/\bhow much\b|\b(salary|salaries|pay|paid|comp|compensation|tc|earn|earns|rate)\b/.test(q)) return 'money';
  return undefined;
}

const patterns: Record<WantedAnswer, RegExp> = {
  duration: /\b\d+(?:\s*[-–]\s*\d+)?\s*(?:months|years|weeks)\b/i,
  money: /[$₦]\s?\d/,
  percent: /\d\s?%/,
  // An explanation: a "Why …" heading, or a sentence that gives a cause.
  reason: /^why\b|\b(because|due to|comes from|driven by|primarily)\b/im,
};

/** Whether the passage (its nearest heading and text) holds what the question asks for. */
export function holdsAnswer(text: string, wanted: WantedAnswer): boolean {
  return patterns[wanted].test(text);
}
