// STUB (owner: helper A)
import type { DraftRecord } from './draft';
export function parseText(text: string): DraftRecord[] {
  const lines = text.split('\n').filter((l) => l.trim());
  return [{ title: lines[0] ?? '', date: null, place: null, agency: null, signature: null, paragraphs: lines.slice(1), related: [], warnings: [] }];
}
