// STUB (owner: helper C)
import type { DraftRecord } from './draft';
export function parseTrec(text: string): DraftRecord[] {
  void text;
  return [];
}
