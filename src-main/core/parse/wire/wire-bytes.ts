import iconv from 'iconv-lite';
import { decodeBytes } from '../encoding';

export type WireDecode =
  { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; reason: string };

/**
 * Bytes to text, trusting the bytes over the declaration: afp20.xml and two other dev
 * files declare ISO-8859-1 but hold UTF-8, while pa5.xml declares ISO-8859-1 and is (its
 * `£` is the single byte A3). Valid UTF-8 (or a BOM) wins; otherwise the declared charset,
 * when iconv-lite knows it; otherwise the project's legacy detection (encoding.ts).
 */
export function decodeWireBytes(bytes: Uint8Array, declared: string | null): WireDecode {
  const sniffed = decodeBytes(bytes);
  if (!sniffed.ok) return { ok: false, reason: sniffed.reason };
  const label = declared?.trim().toLowerCase() ?? null;
  const unicode = sniffed.encoding.startsWith('utf-');
  if (unicode) {
    const warnings =
      label && !label.startsWith('utf') && label !== 'us-ascii' && /[^\p{ASCII}]/u.test(sniffed.text)
        ? [`declares ${declared} but the bytes are UTF-8; read as UTF-8`]
        : [];
    return { ok: true, text: sniffed.text, encoding: sniffed.encoding, warnings };
  }
  if (label && iconv.encodingExists(label)) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
    return { ok: true, text, encoding: label, warnings: [] };
  }
  return {
    ok: true,
    text: sniffed.text,
    encoding: sniffed.encoding,
    warnings: sniffed.warning ? [sniffed.warning] : [],
  };
}

/** The `encoding` of an XML declaration, read from the first bytes as ASCII. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 300));
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}
