import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/**
 * `warning` is set when the encoding was guessed with little evidence (a legacy
 * 8-bit file whose statistics are weak), so the caller can flag the record.
 */
export type DecodeOutcome =
  { ok: true; text: string; encoding: string; warning?: string } | { ok: false; reason: string };

/** Legacy 8-bit encodings we accept, as jschardet names them (its `detectEncodings` filter). */
const LEGACY_CANDIDATES = ['windows-1251', 'koi8-r', 'windows-1256', 'iso-8859-1', 'windows-1252'];

/** Below this jschardet confidence a legacy guess is kept but reported as a warning. */
const LOW_CONFIDENCE = 0.2;

/** Bytes 0x80–0x9F that windows-1252 leaves undefined: their presence rules cp1252 out. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** How many leading bytes looksBinary inspects: enough to judge, cheap on large files. */
const BINARY_SAMPLE = 64 * 1024;

/** Detects the encoding (BOM, UTF-8 validity, then statistical detection) and decodes. */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  const bom = bomOf(bytes);
  if (bom === 'utf-8-bom') return decodeUtf8WithBom(bytes);
  if (bom) return decodeUtf16(bytes, bom);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return decodeDeclared(bytes) ?? decodeLegacy(bytes);
}

/** How far into a page its `<meta charset>` is looked for, as the HTML standard's prescan does (1,024 bytes there; saved pages put more before it). */
const PRESCAN_BYTES = 4096;

/**
 * A saved web page that names its charset in a `<meta>` is read in it: a UTF-8 page with a
 * few stray bytes was guessed as windows-1252 and every accented letter garbled, and a
 * gb2312 page was not readable at all (webdev: der-erfolg-gibt-recht.de, he.xinhuanet.com).
 */
const DECLARED_AS: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
};

/** A UTF-8 page with more invalid sequences than this is not UTF-8. */
const MAX_STRAY_BYTES = 16;

function decodeDeclared(bytes: Uint8Array): DecodeOutcome | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!label || !iconv.encodingExists(label)) return null;
  if (label === 'utf-8' || label === 'utf8') {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.split('\uFFFD').length - 1;
    // Many invalid sequences: the page is in a legacy encoding whatever it says.
    if (bad > MAX_STRAY_BYTES) return null;
    return {
      ok: true,
      text,
      encoding: 'utf-8',
      warning: `page declares UTF-8 but holds ${bad} invalid byte sequence(s), shown as �`,
    };
  }
  // Browsers read gb2312 as its superset gb18030 and latin1 as windows-1252 (WHATWG Encoding).
  const encoding = DECLARED_AS[label] ?? label;
  return {
    ok: true,
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding),
    encoding,
  };
}

type Bom = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

function bomOf(bytes: Uint8Array): Bom | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8-bom';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** Strict decode; null when the bytes are not valid in that encoding. */
function tryDecode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// A UTF-8 BOM is an explicit declaration, so a stray invalid byte is a defect to
// report, not a reason to fall back to a legacy guess or to reject the file.
function decodeUtf8WithBom(bytes: Uint8Array): DecodeOutcome {
  const body = bytes.subarray(3);
  const strict = tryDecode('utf-8', body);
  if (strict !== null) return { ok: true, text: strict, encoding: 'utf-8-bom' };
  const text = new TextDecoder('utf-8').decode(body);
  const bad = text.split('\uFFFD').length - 1;
  return {
    ok: true,
    text,
    encoding: 'utf-8-bom',
    warning: `file declares UTF-8 (byte-order mark) but holds ${bad} invalid byte sequence(s), shown as �`,
  };
}

function decodeUtf16(bytes: Uint8Array, bom: 'utf-16le' | 'utf-16be'): DecodeOutcome {
  const name = bom.toUpperCase();
  if (bytes.length % 2 !== 0) {
    return {
      ok: false,
      reason: `${name} byte-order mark but an odd length (${bytes.length} bytes): truncated or not ${name}`,
    };
  }
  const text = tryDecode(bom, bytes.subarray(2));
  if (text === null)
    return { ok: false, reason: `${name} byte-order mark but invalid ${name} data (unpaired surrogate)` };
  return { ok: true, text, encoding: bom };
}

/** Not UTF-8 and no BOM: let jschardet choose among the legacy encodings we support. */
function decodeLegacy(bytes: Uint8Array): DecodeOutcome {
  const best = jschardet.detectAll(bytes, { detectEncodings: LEGACY_CANDIDATES, minimumThreshold: 0 })[0];
  const detected = best?.encoding?.toLowerCase() ?? null;
  const confidence = best?.confidence ?? 0;
  const encoding = detected === null || confidence === 0 || isWestern(detected) ? westernLabel(bytes) : detected;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (detected === null || confidence < LOW_CONFIDENCE) {
    const why = detected === null ? 'no encoding recognised' : `weak evidence (confidence ${confidence.toFixed(2)})`;
    return { ok: true, text, encoding, warning: `file is not UTF-8; decoded as ${encoding} on ${why}` };
  }
  return { ok: true, text, encoding };
}

function isWestern(label: string): boolean {
  return label === 'iso-8859-1' || label === 'windows-1252';
}

// cp1252 and Latin-1 agree on 0xA0–0xFF, so the C1 range decides: cp1252 curly quotes
// need windows-1252, but fa-kes/input/fakes.csv holds 0x81 (undefined in cp1252) and its
// own repository reads it as ISO-8859-1, so any undefined byte means Latin-1.
function westernLabel(bytes: Uint8Array): 'iso-8859-1' | 'windows-1252' {
  let c1 = false;
  // An indexed loop, the undefined bytes asked of the Set only in the C1 range: the iterator
  // and a Set look-up per byte were 1.3% of the parse worker's time (cpu profile, 20,000 files).
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80 || byte > 0x9f) continue;
    if (CP1252_UNDEFINED.has(byte)) return 'iso-8859-1';
    c1 = true;
  }
  return c1 ? 'windows-1252' : 'iso-8859-1';
}

/** True for content that is not text at all (NUL bytes, many control bytes). UTF-16 with a BOM is text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return false;
  const sample = bytes.subarray(bom ? 3 : 0, BINARY_SAMPLE);
  if (sample.length === 0) return false;
  // Every byte of every imported file passes here: an indexed loop over a lookup table,
  // not an iterator and a list search per byte (1.2 s of a 100,000-file import).
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) return true;
    control += CONTROL_BYTES[byte]!;
  }
  return control / sample.length > 0.1;
}

/** 1 for C0 controls and DEL, minus the ones plain text uses: tab, LF, VT, FF, CR, and ESC/SUB left by old editors. */
const CONTROL_BYTES = Uint8Array.from({ length: 256 }, (_, byte) =>
  byte === 0x7f || (byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b].includes(byte)) ? 1 : 0,
);

/**
 * BOM off, line breaks to LF, odd spaces to plain spaces, invisible characters out.
 * ZWNJ/ZWJ (U+200C/U+200D) stay: they change letter shaping in Persian and Arabic.
 * C1 controls (U+0080–U+009F) only appear when a file was mis-encoded before it
 * reached us (the 0x95 0x81 mojibake in fa-kes/input/fakes.csv), so they are dropped.
 */
export function normaliseText(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text;
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f]/g, ' ')
      .replace(/[\u200b\u2060\ufeff]/g, '')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u0080-\u009f]/g, '')
  );
}

/**
 * Any character one of normaliseText's replacements takes. Most files hold none (11,700 of
 * /tmp/bc20k's 20,000; CR line ends are most of the rest), and one scan for all of them is
 * cheaper than five passes that find nothing: 125 ms → 87 ms over the corpus's text files.
 */
const NEEDS_NORMALISING =
  // eslint-disable-next-line no-control-regex -- the control characters normaliseText removes
  /[\r\u2028\u2029\u0085\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
