/** Plain minisearch with its default options over the same passages: the bar our tuning must clear. */
import MiniSearch from 'minisearch';
import type { Passage } from '../knowledge/passages.js';

export function buildBaseline(passages: Passage[]) {
  const index = new MiniSearch<{ id: string; text: string; section: string; title: string }>({ fields: ['text', 'section', 'title'] });
  index.addAll(passages.map((p) => ({ id: p.id, text: p.text, section: p.section, title: p.title })));
  const byId = new Map(passages.map((p) => [p.id, p]));
  return (question: string): Passage[] =>
    index.search(question).slice(0, 5).map((r) => byId.get(String(r.id))!);
}
