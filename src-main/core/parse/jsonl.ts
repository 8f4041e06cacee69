// STUB (owner: helper C) — JSON Lines: one record object per line.
import type { DraftRecord } from './draft';
export function parseJsonLines(text: string): DraftRecord[] {
  void text;
  return [];
}
