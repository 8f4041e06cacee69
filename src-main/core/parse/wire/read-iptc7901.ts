import type { WireDraft } from './wire-draft';
import { clean, intOrNull } from './wire-text';

// IPTC 7901 in dpa's flavour (IPTC7901.txt, dpa_two_line.txt): SOH and a header line
// "eca062 4 i 211 ccccb   dpa 061" (service+sequence, priority, category, words, …, source,
// number); the keyword line "Germany-politics/"; STX; a header block ending with the line
// that ends " =" (take key such as "EXTRA", then the headline, maybe a byline); paragraphs
// separated by blank lines; a "# Notebook" section of editorial notes that is not body;
// a sign-off line "dpa wsz jln npr"; ETX and the post-text date "131137 GMT Nov 13".

export type Iptc7901Outcome = { ok: true; drafts: WireDraft[] } | { ok: false; reason: string };

export function readIptc7901(text: string): Iptc7901Outcome {
  const messages = text.split('\x01').slice(1);
  if (messages.length === 0) return { ok: false, reason: 'IPTC 7901 file has no SOH (start of header)' };
  const drafts: WireDraft[] = [];
  for (const [i, message] of messages.entries()) {
    const stx = message.indexOf('\x02');
    const etx = message.indexOf('\x03', stx + 1);
    if (stx < 0) return { ok: false, reason: `IPTC 7901 message ${i + 1} has no STX (start of text)` };
    if (etx < 0) return { ok: false, reason: `IPTC 7901 message ${i + 1} has no ETX (end of text): truncated` };
    drafts.push(readMessage(message.slice(0, stx), message.slice(stx + 1, etx), message.slice(etx + 1)));
  }
  return { ok: true, drafts };
}

function readMessage(header: string, text: string, post: string): WireDraft {
  const headerLines = header
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const tokens = (headerLines[0] ?? '').split(/\s+/);
  const keyword = headerLines.slice(1).join(' ').replace(/\/$/, '');
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((l, i) => i < 6 && /\s=\s*$/.test(l));
  const block = end >= 0 ? lines.slice(0, end + 1) : lines.slice(0, 1);
  const heads = block.map((l) => clean(l.replace(/\s=\s*$/, ''))).filter(Boolean);
  const byline = heads.length > 1 && /^By\s/i.test(heads[heads.length - 1]!) ? heads.pop()! : null;
  const { paragraphs, signOff } = storyBlocks(lines.slice(block.length));
  return {
    title: heads.pop() ?? null,
    byline,
    slugline: keyword || null,
    priority: intOrNull(tokens[1]),
    dateRaw: clean(post.split(/[\r\n]/).find((l) => l.trim()) ?? '').replace(/[^\w :+-]/g, '') || null,
    agencyHints: [/\s([A-Za-z]{2,6})\s+\d+\s*$/.exec(headerLines[0] ?? '')?.[1]],
    body: { paragraphs, raw: paragraphs, tableRows: [] },
    trailer: signOff ? [signOff] : [],
  };
}

/** Blank-line separated paragraphs up to a "#" section; after it only a closing sign-off counts. */
function storyBlocks(lines: string[]): { paragraphs: string[]; signOff: string | null } {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim()) blocks[blocks.length - 1]!.push(line);
    else if (blocks[blocks.length - 1]!.length) blocks.push([]);
  }
  const texts = blocks.filter((b) => b.length).map((b) => clean(b.join(' ')));
  const notebook = texts.findIndex((t) => /^#\s/.test(t));
  if (notebook < 0) return { paragraphs: texts, signOff: null };
  const last = texts[texts.length - 1]!;
  const signOff = texts.length - 1 > notebook && !/^[#*-]/.test(last) && last.split(' ').length <= 6 ? last : null;
  return { paragraphs: texts.slice(0, notebook), signOff };
}
