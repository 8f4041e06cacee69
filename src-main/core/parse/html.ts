// STUB (owner: helper B)
import type { DraftRecord } from './draft';
export function parseHtml(text: string): DraftRecord[] {
  void text;
  return [];
}
