/**
 * Short, stable references to passages for button custom ids (passage ids run to 140 characters). A ref is
 * a hash of the passage id, so it survives restarts and reordering; a passage removed since gives nothing.
 */
import type { Passage } from '../knowledge/passages.js';

/** FNV-1a, 32 bits, in base 36: at most 7 characters. */
export function shortRef(passageId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < passageId.length; i += 1) {
    hash ^= passageId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Finds passages by their short refs. */
export class PassageRefs {
  private readonly byRef = new Map<string, Passage>();

  constructor(passages: readonly Passage[]) {
    for (const passage of passages) {
      const ref = shortRef(passage.id);
      const taken = this.byRef.get(ref);
      // Two of ~200 ids sharing a 32-bit hash is a one-in-ten-million event; knowledge:check would see it.
      if (taken) throw new Error(`discord: passages "${taken.id}" and "${passage.id}" share the button ref ${ref}`);
      this.byRef.set(ref, passage);
    }
  }

  passage(ref: string): Passage | undefined {
    return this.byRef.get(ref);
  }
}
