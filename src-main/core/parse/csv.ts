// STUB (owner: helper B)
import type { DraftRecord } from './draft';
export function parseCsv(text: string): DraftRecord[] {
  void text;
  return [];
}
