/* eslint-disable no-control-regex -- ANPA-1312 is framed and typeset with control characters; matching them is the point */
import type { WireDraft } from './wire-draft';
import { clean } from './wire-text';

// ANPA-1312 (AP "7-bit wire"), as in anpa-1.tst: SYN SYN SOH, a service line, the header
// line "priority category DC3/DC4 DC1/DC2 keyword takekey MM-DD words", STX, "^" header
// lines (keyword, headline, photo and Eds notes, byline), TAB-initial paragraph lines, ETX,
// the post-text "AP-WF-MM-DD-YY HHMMGMT", FF, EOT. One file may carry several messages.

export type AnpaOutcome = { ok: true; drafts: WireDraft[] } | { ok: false; reason: string };

const STX = '\x02';
const ETX = '\x03';
/** DC4 (0x14) in the header's format pair means "preserved" (tabular) text. */
const PRESERVED = '\x14';
/** Typesetting codes at line end: `<` quad left, `=` quad centre (ANPA), and stray blanks. */
const TYPESET_END = /[<=]+\s*$/;

const PRIORITY: Record<string, number> = { f: 1, b: 2, u: 3, r: 4, d: 5, a: 5, z: 5, s: 5 };

export function readAnpa(text: string): AnpaOutcome {
  const messages = text.split(/\x16*\x01/).slice(1);
  if (messages.length === 0) return { ok: false, reason: 'ANPA-1312 file has no SOH (start of header)' };
  const drafts: WireDraft[] = [];
  for (const [i, message] of messages.entries()) {
    const stx = message.indexOf(STX);
    const etx = message.indexOf(ETX, stx + 1);
    if (stx < 0) return { ok: false, reason: `ANPA-1312 message ${i + 1} has no STX (start of text)` };
    if (etx < 0) return { ok: false, reason: `ANPA-1312 message ${i + 1} has no ETX (end of text): truncated` };
    drafts.push(readMessage(message.slice(0, stx), message.slice(stx + 1, etx), message.slice(etx + 1)));
  }
  return { ok: true, drafts };
}

function readMessage(header: string, text: string, post: string): WireDraft {
  const lines = header.split(/\r?\n/);
  const fields = headerFields(lines[1] ?? '');
  const body = bodyLines(text);
  const heads = body.heads;
  const keywordLine = heads[0] ?? '';
  const slug = /^[A-Z]{2}-[A-Z]{2}--([\w.-]+)/i.exec(keywordLine)?.[1] ?? fields.slug;
  const rest = heads.slice(1);
  const byline = rest.find((h) => /^By\s/i.test(h)) ?? null;
  const title = rest[0] && rest[0] !== byline && !/^(?:Eds:|AP Photo|EDITOR'S NOTE)/i.test(rest[0]) ? rest[0] : null;
  const eds = rest.find((h) => /^Eds:\s/i.test(h)) ?? rest.find((h) => /^EDITOR'S NOTE _/i.test(h));
  const trailerDate = clean(
    post
      .replace(/[<=]/g, ' ')
      .split(/[\r\n\f]/)
      .find((l) => l.trim()) ?? '',
  );
  return {
    title,
    byline,
    slugline: slug,
    keywords: [],
    priority: fields.priority,
    flags: [
      ...(/write-?thru/i.test(fields.takeKey + keywordLine) ? (['writethru'] as const) : []),
      ...(/alert/i.test(keywordLine + fields.slug) ? (['alert'] as const) : []),
    ],
    ednote: eds ? eds.replace(/^(?:Eds:|EDITOR'S NOTE _)\s*/i, '') : null,
    dateRaw: trailerDate || null,
    agencyHints: [/^([A-Z]{2,6})-/.exec(trailerDate)?.[1]],
    body: { paragraphs: body.paragraphs, raw: body.paragraphs, tableRows: body.rows },
    warnings: fields.preserved ? ['ANPA format code says preserved (tabular) text'] : [],
  };
}

// `f l\x13\x11 BC-LT--Argentina-CancerB     11-13 1049`: the keyword field is fixed width
// (24 characters), so it may be cut; the "^" keyword line then gives the full slug.
function headerFields(line: string) {
  const m =
    /^([a-z]) ([a-z]{1,2})([\x13\x14])([\x11\x12]) ?(?:(?:am|pm|bc|ap)-)?(\S+)\s*(.*?)\s+\d{1,2}-\d{1,2}(?:\s+\d{1,4})?\s*$/i.exec(
      line,
    );
  if (!m) return { priority: null, slug: null, takeKey: '', preserved: false };
  return {
    priority: PRIORITY[m[1]!.toLowerCase()] ?? null,
    slug: m[5]!,
    takeKey: m[6] ?? '',
    preserved: m[3] === PRESERVED,
  };
}

/** "^" lines before the first paragraph are headers; later ones are subheads (ap_anpa-2 "AMERICAN LEAGUE="). */
function bodyLines(text: string): { heads: string[]; paragraphs: string[]; rows: string[] } {
  const heads: string[] = [];
  const paragraphs: string[] = [];
  const rows: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const plain = clean(
      line
        .replace(/[\x10]/g, ' ')
        .replace(/[\x00-\x08\x0b-\x1f]/g, '')
        .replace(TYPESET_END, ''),
    );
    if (!plain) continue;
    if (line.startsWith('^')) {
      if (paragraphs.length === 0 && rows.length === 0) heads.push(clean(plain.slice(1)));
    } else if (line.startsWith('\b')) rows.push(plain);
    else if (line.startsWith('\t')) paragraphs.push(plain);
  }
  return { heads, paragraphs, rows };
}
