/** The gaps-and-feedback report as plain text. */
import { type ActivityReport, plainText } from './repository.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function renderReport(report: ActivityReport, file: string): string {
  const out = [`careerbot report (${file})`, '', 'Most-declined questions (what the sources do not cover):'];
  if (report.declined.length === 0) out.push('  none yet');
  for (const d of report.declined) out.push(`  ${String(d.count).padStart(4)}×  ${plainText(d.question)}   (last ${day(d.lastAsked)})`);
  out.push('', 'Feedback:');
  if (report.feedback.length === 0) out.push('  none yet');
  for (const f of report.feedback) out.push(`  ${f.kind.padEnd(8)} 👍 ${f.up}  👎 ${f.down}`);
  if (report.disliked.length > 0) {
    out.push('', 'Most 👎:');
    for (const d of report.disliked) out.push(`  ${d.kind.padEnd(8)} ${plainText(d.subject)}   👍 ${d.up}  👎 ${d.down}`);
  }
  out.push('', 'Quizzes:');
  if (report.quizzes.length === 0) out.push('  none yet');
  else out.push(`  ${report.quizzes.map((q) => `${q.status} ${q.count}`).join(' · ')}`);
  if (report.outcomes.length > 0) out.push(`  results: ${report.outcomes.map((o) => `${o.outcome} ${o.count}`).join(' · ')}`);
  return out.join('\n');
}
