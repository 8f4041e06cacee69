import { detectWire } from './detect-wire';
import { mboxMessages } from './mbox-split';
import { readAnpa } from './read-anpa';
import { readEmail } from './read-email';
import { readIptc7901 } from './read-iptc7901';
import { readNewsMl12 } from './read-newsml12';
import { readNewsMlG2 } from './read-newsml-g2';
import { ninjsItems, readNinjs } from './read-ninjs';
import { readNitf } from './read-nitf';
import { readWxr } from './read-wxr';
import { decodeWireBytes, xmlDeclaredEncoding } from './wire-bytes';
import type { WireDraft } from './wire-draft';
import { finishItem } from './wire-finish';
import type { WireFormat, WireItem, WireOutcome, WireRejectCode } from './wire-item';
import { parseXml, type XmlElement } from './xml-tree';

/** Larger files are refused rather than read: no agency file comes near it. */
export const MAX_WIRE_BYTES = 256 * 1024 * 1024;
/** A mailbox stops being read after this many messages; the rest are reported. */
export const MAX_MBOX_MESSAGES = 200_000;

interface Found {
  drafts: WireDraft[];
  warnings: string[];
  /** The character encoding the bytes were read in; MIME decodes each part by its own charset. */
  encoding?: string;
}
type Read = { ok: true; found: Found } | { ok: false; code: WireRejectCode; reason: string };

/**
 * Bytes of one agency file in, its text items out. Never throws for bad input: a file
 * that is not wire, malformed or truncated, or holds no text item comes back as a reject
 * with a reason. `path` is used only in messages. Asynchronous because MIME parsing is.
 */
export async function readWire(bytes: Uint8Array, path: string): Promise<WireOutcome> {
  if (bytes.length > MAX_WIRE_BYTES)
    return reject('too-large', `${path}: ${bytes.length} bytes is more than the ${MAX_WIRE_BYTES}-byte limit`);
  const format = detectWire(bytes);
  if (!format) return reject('not-wire', `${path}: not a news-agency wire format`);
  const read = await readGuarded(format, bytes);
  if (!read.ok) return reject(read.code, `${path}: ${read.reason}`);
  const items: WireItem[] = read.found.drafts.map((draft, i) => finishItem(draft, format, i));
  if (items.length === 0) {
    const why = read.found.warnings.length ? ` (${read.found.warnings.join('; ')})` : '';
    return reject('no-text-items', `${path}: no text item in this ${format} file${why}`);
  }
  return { ok: true, format, items, warnings: read.found.warnings, encoding: read.found.encoding ?? 'utf-8' };
}

function reject(code: WireRejectCode, reason: string): WireOutcome {
  return { ok: false, code, reason };
}

// The readers return rejects for every defect they know; a file shaped in a way nobody
// foresaw must still not take the import down, so an exception becomes a reject with its message.
async function readGuarded(format: WireFormat, bytes: Uint8Array): Promise<Read> {
  try {
    return await readFormat(format, bytes);
  } catch (err) {
    return { ok: false, code: 'malformed', reason: `${format} reader failed on this file (${(err as Error).message})` };
  }
}

async function readFormat(format: WireFormat, bytes: Uint8Array): Promise<Read> {
  switch (format) {
    case 'email':
      return readOneEmail(bytes);
    case 'mbox':
      return readMbox(bytes);
    case 'anpa1312':
    case 'iptc7901':
      return readFramed(format, bytes);
    case 'ninjs':
      return readJson(bytes);
    default:
      return readXmlFormat(format, bytes);
  }
}

function readXmlFormat(format: WireFormat, bytes: Uint8Array): Read {
  const decoded = decodeWireBytes(bytes, xmlDeclaredEncoding(bytes));
  if (!decoded.ok) return { ok: false, code: 'undecodable', reason: decoded.reason };
  // XML 1.0 forbids C0 controls; a stray one in agency copy should cost a warning, not the file.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
  const warnings = [...decoded.warnings];
  if (text.length !== decoded.text.replace(/^\uFEFF/, '').length)
    warnings.push('control characters removed before XML parsing');
  const xml = parseXml(text.trimStart());
  if (!xml.ok) {
    return xml.truncated
      ? { ok: false, code: 'truncated', reason: `${format} XML ends early (${xml.reason})` }
      : { ok: false, code: 'malformed', reason: `${format} XML is not well-formed (${xml.reason})` };
  }
  const results = xmlReaders[format]?.(xml.root) ?? [];
  return { ok: true, found: { ...collect(results, warnings), encoding: decoded.encoding } };
}

type Result = { draft: WireDraft | null; skipped?: string };

const xmlReaders: Partial<Record<WireFormat, (root: XmlElement) => Result[]>> = {
  nitf: (root) => [{ draft: readNitf(root) }],
  newsml12: readNewsMl12,
  newsmlg2: readNewsMlG2,
  wxr: readWxr,
};

function collect(results: Result[], warnings: string[]): Found {
  const drafts: WireDraft[] = [];
  for (const r of results) {
    if (r.draft) drafts.push(r.draft);
    else if (r.skipped) warnings.push(r.skipped);
  }
  return { drafts, warnings };
}

// ANPA-1312 is 7-bit and IPTC 7901 carries no charset: UTF-8 when the bytes are, else the legacy guess.
function readFramed(format: 'anpa1312' | 'iptc7901', bytes: Uint8Array): Read {
  const decoded = decodeWireBytes(bytes, null);
  if (!decoded.ok) return { ok: false, code: 'undecodable', reason: decoded.reason };
  const read = format === 'anpa1312' ? readAnpa(decoded.text) : readIptc7901(decoded.text);
  if (!read.ok)
    return { ok: false, code: /truncated/.test(read.reason) ? 'truncated' : 'malformed', reason: read.reason };
  return { ok: true, found: { drafts: read.drafts, warnings: decoded.warnings, encoding: decoded.encoding } };
}

function readJson(bytes: Uint8Array): Read {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    return { ok: false, code: 'malformed', reason: `ninjs JSON does not parse (${(err as Error).message})` };
  }
  return { ok: true, found: collect(ninjsItems(doc).map(readNinjs), []) };
}

async function readOneEmail(bytes: Uint8Array): Promise<Read> {
  const read = await readEmail(bytes);
  if (!read.ok) return { ok: false, code: 'no-text-items', reason: read.reason };
  return { ok: true, found: { drafts: [read.draft], warnings: [], encoding: 'mime' } };
}

/** One message at a time over views of the bytes, so memory grows with the items kept, not the file. */
async function readMbox(bytes: Uint8Array): Promise<Read> {
  const drafts: WireDraft[] = [];
  const warnings: string[] = [];
  let index = 0;
  for (const message of mboxMessages(bytes)) {
    if (index >= MAX_MBOX_MESSAGES) {
      warnings.push(`mailbox has more than ${MAX_MBOX_MESSAGES} messages; the rest were not read`);
      break;
    }
    const read = await readEmail(message);
    if (read.ok) drafts.push(read.draft);
    else warnings.push(`message ${index + 1}: ${read.reason}`);
    index++;
  }
  return { ok: true, found: { drafts, warnings, encoding: 'mime' } };
}
