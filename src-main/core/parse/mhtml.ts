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
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const block = head.trimStart().split(/\r?\n[ \t]*\r?\n/)[0] ?? '';
  if (!/^[!-9;-~]+:/.test(block)) return false;
  if (/^Snapshot-Content-Location:/im.test(block)) return true;
  if (!/^Content-Type:\s*multipart\/related/im.test(block)) return false;
  const ext = extensionOf(path);
  if (ext === 'mht' || ext === 'mhtml') return true;
  // An HTML newsletter with inline images is multipart/related too, but it was sent: it
  // carries the headers of transport, which a saved page never has.
  return /type="?text\/html/i.test(block) && !MAIL_TRANSPORT.test(block);
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
