/**
 * Which role a passage speaks about. Role words are in nearly every passage, so they rank poorly; instead
 * they decide a passage's side, which ranking and /compare use.
 */
import type { Passage } from '../knowledge/passages.js';
import { splitSentences } from '../knowledge/units.js';
import type { Analyzer } from './analyzer.js';

export type Side = 'de' | 'mle' | 'both' | 'neutral';

/** For a table row: which cell holds which role's value. */
export interface RowColumns {
  de?: number;
  mle?: number;
}

/** The roles a text names. */
export function rolesIn(analyzer: Analyzer, text: string): Set<'de' | 'mle'> {
  const roles = new Set<'de' | 'mle'>();
  for (const term of analyzer.analyzeDocument(text)) {
    const role = analyzer.roleOf(term);
    if (role === 'de' || role === 'mle') roles.add(role);
  }
  return roles;
}

export function rowColumns(analyzer: Analyzer, header: string[]): RowColumns {
  const columns: RowColumns = {};
  header.forEach((cell, i) => {
    const roles = rolesIn(analyzer, cell);
    if (roles.size !== 1) return;
    const [role] = roles;
    if (role && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}

/**
 * The nearest heading decides when it names exactly one role ("Data Engineer Salary (2026)"); otherwise
 * the text's own role mentions do. Headings further up are containers ("Data Engineer Interview Prep FAQ"
 * holds questions about both roles) and do not decide.
 */
export function passageSide(analyzer: Analyzer, passage: Passage): Side {
  if (passage.kind === 'row' && passage.header) {
    const columns = rowColumns(analyzer, passage.header);
    if (columns.de !== undefined && columns.mle !== undefined) return 'both';
  }
  const nearest = passage.sectionPath.at(-1);
  if (nearest !== undefined) {
    const roles = rolesIn(analyzer, nearest);
    if (roles.size === 1) {
      // "That said, data engineers have seen faster salary growth…" under "Why ML Engineers Earn More": a paragraph
      // that opens on the other role speaks of both.
      const [role] = roles;
      const opening = passage.kind === 'paragraph' ? rolesIn(analyzer, splitSentences(passage.text)[0] ?? '') : undefined;
      return opening !== undefined && [...opening].some((named) => named !== role) ? 'both' : role!;
    }
  }
  // A list speaks of the role its lead-in names, or else, when it is one defined item (a part of a definition
  // list, "- Data Engineer: This role is foundational…"), of the role that item defines.
  const lines = passage.text.split('\n').filter((line) => line.trim() !== '');
  const topItems = lines.filter((line) => /^- /.test(line));
  const listRoles = passage.kind === 'list' ? rolesIn(analyzer, lines[0]!) : undefined;
  const defined = topItems.length === 1 ? rolesIn(analyzer, topItems[0]!.replace(/:.*$/, '')) : new Set<'de' | 'mle'>();
  const roles = listRoles === undefined ? rolesIn(analyzer, passage.text) : listRoles.size > 0 ? listRoles : defined;
  if (roles.size === 2) return 'both';
  if (roles.size === 1) return [...roles][0]!;
  return 'neutral';
}
