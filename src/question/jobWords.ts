import { escapeRegExp } from './regexp.js';

/**
 * The words jobs are named by, shared by what a person tells of themselves (profile.ts) and what a question asks
 * (slots.ts, questionReader.ts): "a senior accountant" is someone's job and its level, not a level asked of the roles.
 */

/** The nouns a job's name ends with ("backend dev", "data analyst", "nurse"), as regular-expression sources. */
export const jobNounWords: readonly string[] = [
  'engineer',
  'developer',
  'dev',
  'analyst',
  'scientist',
  'student',
  'grad',
  'graduate',
  // ("i am fresher", "2025 passout": a new graduate, as said in India.)
  'fresher',
  'passout',
  'administrator',
  'admin',
  'dba',
  'architect',
  'manager',
  'designer',
  'tester',
  'consultant',
  'programmer',
  'researcher',
  'teacher',
  'professor',
  'lecturer',
  'tutor',
  'accountant',
  'actuary',
  'statistician',
  'mathematician',
  'physicist',
  'chemist',
  'biologist',
  'economist',
  'nurse',
  'doctor',
  'pharmacist',
  'lawyer',
  'marketer',
  'recruiter',
  'technician',
  'sysadmin',
  'intern',
  'freelancer',
  'contractor',
  'specialist',
  'officer',
  'writer',
  'pilot',
  'chef',
  'cook',
  'driver',
  'firefighter',
  'plumber',
  'electrician',
  'dentist',
  'surgeon',
  'mechanic',
  'cashier',
  'waiter',
  'waitress',
  'barista',
  'bartender',
  'actor',
  'artist',
  'musician',
  'photographer',
  'journalist',
  'psychologist',
  'therapist',
  'veterinarian',
  'paramedic',
  'carpenter',
  'salesperson',
  'banker',
  'trader',
  'auditor',
  'cpa',
  'bookkeeper',
  'paralegal',
  'librarian',
  'receptionist',
  'de',
  'mle',
  'ml\\s+eng',
  'data\\s+eng',
];

/** A job in software or data, whose years count towards an engineering level ("backend dev", "data analyst", "sre"). */
export const techJob =
  /\b(?:engineer|engineering|eng|developer|dev|devs|swe|sde|programmer|coder|analyst|scientist|dba|sysadmin|admin|devops|sre|architect|software|backend|frontend|full[- ]?stack|it|qa|tester|data|ml|ai|mlops|llmops)\b/i;

/** Levels a job outside the roles is titled with ("senior accountant", "lead teacher", "staff nurse"). */
const titledLevel = String.raw`(?:senior|sr|staff|principal|lead|junior|jr|chief|head)`;
const titledJob = new RegExp(String.raw`\b${titledLevel}\s+((?:[\p{L}-]+\s+){0,2}?(?:${jobNounWords.join('|')}))s?\b`, 'giu');

/**
 * The text with the level words that title a job outside software and data taken out ("im a senior lecturer in
 * music" → "im a lecturer in music"): the level of the job someone has, not one they ask of the roles.
 */
export function withoutLevelsOfOtherJobs(text: string): string {
  return text.replace(titledJob, (said, job: string) => (techJob.test(job) || /\b(?:de|mle)\b/i.test(job) ? said : job));
}

/** Whether a level word said in a text ("senior") titles only jobs outside software and data there ("senior accountant"). */
export function titlesOnlyOtherJobs(text: string, word: string): boolean {
  const said = new RegExp(String.raw`\b${escapeRegExp(word)}\b`, 'i');
  return said.test(text) && !said.test(withoutLevelsOfOtherJobs(text));
}
