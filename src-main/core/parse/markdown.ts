// STUB (owner: helper A)
import type { DraftRecord } from './draft';
import { parseText } from './text';
export function parseMarkdown(text: string): DraftRecord[] {
  return parseText(text);
}
