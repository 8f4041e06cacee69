// STUB (owner: helper B)
export type DecodeOutcome = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Detects the encoding (BOM, UTF-8 validity, then statistical detection) and decodes. */
export function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  return { ok: true, text: new TextDecoder().decode(bytes), encoding: 'utf-8' };
}

/** True for content that is not text at all (NUL bytes, many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/** CRLF/CR to LF, NBSP and other odd spaces to plain spaces. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}
