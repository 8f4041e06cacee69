// STUB (owner: helper C)
import type { DraftRecord } from './draft';
export function parseJson(text: string): DraftRecord[] {
  void text;
  return [];
}
