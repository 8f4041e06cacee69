// MHTML, a browser's "save as single file" (RFC 2557): a MIME message, multipart/related,
// whose first text/html part is the page and whose other parts are its images, styles and
// frames. postal-mime decodes it, as it does e-mail (wire/read-email.ts says why that
// library): quoted-printable and base64, and the part's charset, or else the charset the
// page names in its own <meta>. The page is then read like any saved HTML page.
import PostalMime, { type Email } from 'postal-mime';
import { extensionOf } from './detect-format';

export type MhtmlOutcome = { ok: true; html: string; encoding: string } | { ok: false; reason: string };

/** How far into a file the MIME header block is looked for. */
const HEAD = 16 * 1024;

// Chrome and Edge write `Snapshot-Content-Location:` in the header block; Firefox add-ons,
// IE and Word write no such header but a multipart/related message whose root is
// text/html. Both are also e-mail by their headers (`From: <Saved by Blink>`,
// MIME-Version), so this must be asked before the e-mail reader is.
export function looksLikeMhtml(bytes: Uint8Array, path: string): boolean {
  if (!opensWithHeaderName(bytes)) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const start = head.trimStart();
  const block = start.slice(0, /\r?\n[ \t]*\r?\n/.exec(start)?.index ?? start.length);
  if (!/^[!-9;-~]+:/.test(block)) return false;
  if (/^Snapshot-Content-Location:/im.test(block)) return true;
  if (!/^Content-Type:\s*multipart\/related/im.test(block)) return false;
  const ext = extensionOf(path);
  if (ext === 'mht' || ext === 'mhtml') return true;
  // An HTML newsletter with inline images is multipart/related too, but it was sent: it
  // carries the headers of transport, which a saved page never has.
  return /type="?text\/html/i.test(block) && !MAIL_TRANSPORT.test(block);
}

/**
 * `/^[!-9;-~]+:/` on the head as looksLikeMhtml reads it (a UTF-8 BOM and leading
 * whitespace off), asked of the bytes: every imported file comes here, and decoding 16 KB
 * of each and splitting it at every blank line cost 2% of the parse worker's time (cpu
 * profile, 20,000 files), where almost none opens with a header. windows-1252, which
 * TextDecoder's `latin1` is, maps 0x09–0x0D, 0x20 and 0xA0 to the whitespace trimStart takes.
 */
function opensWithHeaderName(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const end = Math.min(bytes.length, HEAD);
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0xa0 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  const from = i;
  while (i < end && bytes[i]! >= 0x21 && bytes[i]! <= 0x7e && bytes[i] !== 0x3a) i++;
  return i > from && i < end && bytes[i] === 0x3a;
}

const MAIL_TRANSPORT = /^(?:message-id|received|to|delivered-to|return-path):/im;

export async function readMhtml(bytes: Uint8Array): Promise<MhtmlOutcome> {
  let message: Email;
  try {
    message = await PostalMime.parse(bytes);
  } catch (err) {
    return { ok: false, reason: `MHTML could not be decoded: ${(err as Error).message}` };
  }
  if (!message.html?.trim()) return { ok: false, reason: 'MHTML holds no HTML part' };
  return { ok: true, html: firstDocument(message.html), encoding: htmlCharset(bytes) };
}

// postal-mime joins every text/html part into one body, and the parts after the first are
// the page's frames (ads, embeds, comment widgets), not its article: the page is the first
// document, up to its own </html>.
function firstDocument(html: string): string {
  const end = html.search(/<\/html\s*>/i);
  return end < 0 ? html : html.slice(0, end + '</html>'.length);
}

/** The charset the HTML part declares in its headers, else the one its page names, else UTF-8. */
function htmlCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  const part = /^Content-Type:\s*text\/html[^\r\n]*?charset="?([\w.:-]+)/im.exec(head);
  // Bounded inside one tag: an unbounded [^>]+ rescans the head once for every `<meta`.
  const meta = /<meta[^<>]{0,200}?charset=(?:3D)?["']?([\w.:-]+)/i.exec(head);
  return (part?.[1] ?? meta?.[1] ?? 'utf-8').toLowerCase();
}
