// RFC 5322 / MIME e-mail, parsed by postal-mime.
//
// Measured on the four dev e-mails (500 rounds) and on 10,000 generated 5.2 KB
// quoted-printable messages, 52 MB in all (Node 20, this machine):
//   postal-mime 4.2   0.62 ms a dev message; 4.0 s for the 10,000; no dependencies
//   mailparser 3.14   1.76 ms a dev message; 16.9 s for the 10,000; 8 dependencies (nodemailer, libmime, html-to-text …)
// Both decode quoted-printable, base64, RFC 2047 words and format=flowed. postal-mime is
// pure ESM, uses no Node built-ins and is about four times faster, so it is the one used.
// Both are asynchronous, which is why readWire returns a promise.
import PostalMime, { type Email } from 'postal-mime';
import type { WireDraft } from './wire-draft';
import { readJsonForm } from './read-json-form';
import { htmlTree } from './html-tree';
import { bodyParagraphs } from './xml-paragraphs';
import { clean } from './wire-text';

export type EmailOutcome = { ok: true; draft: WireDraft } | { ok: false; reason: string };

export async function readEmail(bytes: Uint8Array): Promise<EmailOutcome> {
  let email: Email;
  try {
    email = await PostalMime.parse(skipLeadingBlankLines(bytes));
  } catch (err) {
    return { ok: false, reason: `e-mail could not be parsed: ${(err as Error).message}` };
  }
  const text = email.text ?? (email.html ? htmlText(email.html) : null);
  if (!text?.trim()) {
    const names = email.attachments.map((a) => a.filename ?? a.mimeType).join(', ');
    return {
      ok: false,
      reason: names ? `e-mail has no text part, only attachment(s): ${names}` : 'e-mail has no text body',
    };
  }
  const dateRaw = email.headers.find((h) => h.key === 'date')?.value ?? null;
  const base: WireDraft = {
    guid: email.messageId ?? null,
    title: email.subject ?? null,
    dateRaw,
    body: plainBody(text),
  };
  const form = readJsonForm(text);
  return { ok: true, draft: form ? { ...base, ...form } : base };
}

// simple_email.txt opens with a line of 255 spaces before the first header; a parser
// would take the empty header block to end there.
function skipLeadingBlankLines(bytes: Uint8Array): Uint8Array {
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < bytes.length && i < 4096; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0a) {
      start = i + 1;
      lineStart = start;
    } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) break;
  }
  return bytes.subarray(Math.min(start, lineStart));
}

/** The text/plain body, cut at the "-- " signature line (RFC 3676 4.3); blank lines separate paragraphs. */
function plainBody(text: string) {
  const lines = text.split(/\r?\n/);
  const signature = lines.findIndex((l) => l === '-- ' || l === '--');
  const story = (signature >= 0 ? lines.slice(0, signature) : lines).join('\n');
  const blocks = story.split(/\n[ \t]*\n/).filter((b) => b.trim());
  // A body with no blank lines at all is one paragraph per line (SOURCES.md, odd_charset_email).
  const raw = blocks.length === 1 ? blocks[0]!.split('\n').filter((l) => l.trim()) : blocks;
  return { paragraphs: raw.map(clean), raw, tableRows: [] };
}

function htmlText(html: string): string {
  return bodyParagraphs(htmlTree(html)).paragraphs.join('\n\n');
}
