// STUB (owner: helper C)
import type { DraftRecord } from './draft';
export function parseSgml(text: string): DraftRecord[] {
  void text;
  return [];
}
