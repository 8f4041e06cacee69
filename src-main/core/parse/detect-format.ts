import { extname } from 'node:path';
import type { TextFormat } from '../../contract/records';
import { looksLikeFeed } from './feed/feed';

// Content decides first, because saved files often carry the wrong extension
// (ant-* TREC documents are `.txt`); the extension breaks ties between text-like formats.
export function detectFormat(path: string, text: string): Exclude<TextFormat, 'mhtml'> {
  const ext = extensionOf(path);
  const head = text.slice(0, 4096).trimStart();
  const lower = head.toLowerCase();
  if (ext === 'sgm' || ext === 'sgml' || /<reuters[\s>]/i.test(head)) return 'sgml';
  if (lower.startsWith('<doc>')) return 'trec';
  // Before JSON and text: a feed saved as `.xml`, `.rss` or `.json` is known by its root.
  if (looksLikeFeed(head)) return 'feed';
  if (
    ext === 'html' ||
    ext === 'htm' ||
    ext === 'xhtml' ||
    lower.startsWith('<!doctype html') ||
    lower.startsWith('<html')
  ) {
    return 'html';
  }
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json' || head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'md' || ext === 'markdown' || /^---\n[\s\S]*?\n---\n/.test(text)) return 'markdown';
  return 'text';
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{') && l.trimEnd().endsWith('}'));
}

export function extensionOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}
