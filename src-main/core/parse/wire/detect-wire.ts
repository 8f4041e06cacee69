import type { WireFormat } from './wire-item';
import { isMbox } from './mbox-split';
import { looksLikeNinjs, ninjsItems } from './read-ninjs';

// Wire files are known by their content, never their name: Reuters files have no
// extension, ANPA comes as `.tst`, IPTC 7901 and e-mail as `.txt`. Everything that is
// not plainly one of these formats returns null, so today's readers keep ordinary text,
// HTML, JSON and CSV dispatches (a test runs this over the whole corpus).

/** How far into a file detection looks for framing and an XML root. */
const HEAD = 16 * 1024;
/** A JSON file larger than this is not parsed just to look at its shape. */
const MAX_JSON_SNIFF = 32 * 1024 * 1024;

export function detectWire(bytes: Uint8Array): WireFormat | null {
  const head = latin1Head(bytes).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const start = head.trimStart();
  // eslint-disable-next-line no-control-regex -- SYN SOH framing is what marks ANPA-1312
  if (/^\x16*\x01[a-z]\d{4}\x1f/i.test(start) || start.startsWith('\x16\x16\x01')) return 'anpa1312';
  if (start.startsWith('\x01') && head.includes('\x02')) return 'iptc7901';
  if (start.startsWith('<')) return xmlFormat(start);
  if (start.startsWith('{') || start.startsWith('[')) return jsonFormat(bytes);
  if (isMbox(bytes) && emailHeaders(head.slice(head.indexOf('\n') + 1))) return 'mbox';
  if (emailHeaders(start)) return 'email';
  return null;
}

/**
 * The first HEAD bytes, a character each. Buffer's latin1, not TextDecoder's (which is
 * windows-1252 and ten times slower: 180 ms of 20,000 files, every file comes here). The two
 * differ only on 0x80–0x9F, and no test below reads those: each asks for ASCII characters,
 * and windows-1252 maps none of 0x80–0x9F to one, nor to whitespace, as latin1 does not.
 */
function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', 0, HEAD);
}

// The root element after the prolog (declaration, comments, DOCTYPE) names the format;
// for G2 and WXR the namespace must agree, so an RSS feed or an HTML page stays out.
function xmlFormat(text: string): WireFormat | null {
  const body = text.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>))*\s*/i, '');
  const m = /^<(?:[\w.-]+:)?([\w.-]+)([^>]*)>/.exec(body);
  if (!m) return null;
  const [, root, attrs] = m;
  if (root === 'nitf') return 'nitf';
  if (root === 'NewsML') return 'newsml12';
  if (
    (root === 'newsItem' || root === 'newsMessage') &&
    (/iptc\.org\/std\/nar\//.test(attrs!) || /standard="NewsML-G2"/.test(text))
  )
    return 'newsmlg2';
  if (root === 'rss' && /wordpress\.org\/export\//.test(text)) return 'wxr';
  return null;
}

/**
 * A ninjs item has `versioncreated` or `firstcreated` (read-ninjs.ts TIME_KEYS), so a JSON
 * file whose bytes hold neither `created` nor a `\u` escape (a key could be spelt with one)
 * is none, and is not decoded and parsed whole only to learn that: the JSON reader decodes
 * and parses it again (2,400 JSON files of 20,000, cpu profile of the parse worker).
 */
function mayHoldNinjs(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes('created') || buffer.includes('\\u');
}

function jsonFormat(bytes: Uint8Array): WireFormat | null {
  if (bytes.length > MAX_JSON_SNIFF || !mayHoldNinjs(bytes)) return null;
  try {
    const doc: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return looksLikeNinjs(doc) || ninjsItems(doc).length > 0 ? 'ninjs' : null;
  } catch {
    return null;
  }
}

/** Mail-header names that only a message carries; a dispatch may start "Subject:" or "From:" alone. */
const TRANSPORT =
  /^(?:received|message-id|return-path|delivered-to|mime-version|dkim-signature|x-received|x-mailer|authentication-results):/i;

// An RFC 5322 header block: every line up to the first blank one is a field or a folded
// continuation, it names the sender or the route, and carries at least one header that
// only mail carries (Received, Message-ID, MIME-Version …).
function emailHeaders(text: string): boolean {
  // The first block sliced off, not the head split at every blank line: every text file comes here.
  const rest = text.replace(/^[ \t]*\r?\n/, '');
  const block = rest.slice(0, /\r?\n[ \t]*\r?\n/.exec(rest)?.index ?? rest.length);
  const lines = block.split(/\r?\n/);
  if (lines.length < 2) return false;
  if (!lines.every((l, i) => /^[!-9;-~]+:/.test(l) || (i > 0 && /^[ \t]/.test(l)))) return false;
  return lines.some((l) => /^(?:from|received|message-id):/i.test(l)) && lines.some((l) => TRANSPORT.test(l));
}
