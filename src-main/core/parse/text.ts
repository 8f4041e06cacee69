// Plain-text dispatches like the seed (seeds/000_068abd54a537aef4.txt), bbc/ and factrueval/:
// headline on the first line, then the body (see dispatch-body.ts).
import type { DraftRecord } from './draft';
import { readDispatchBody } from './dispatch-body';

/**
 * The first non-blank line is the title even when it is long prose: several
 * factrueval files open with a whole paragraph and have no other headline.
 */
export function parseText(text: string): DraftRecord[] {
  const lines = text.split('\n');
  const titleAt = lines.findIndex((line) => line.trim() !== '');
  if (titleAt < 0) return [];
  const title = (lines[titleAt] ?? '').trim();
  return [{ title, ...readDispatchBody(lines.slice(titleAt + 1)), warnings: [] }];
}
