import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary, normaliseText } from '../../../src-main/core/parse/encoding';

// Fixtures are encoded here with iconv-lite, so each test says exactly which bytes it feeds in.
const RUSSIAN =
  'Москва. В понедельник в столице прошло заседание правительства. ' +
  'Министр финансов заявил, что бюджет будет исполнен в срок.';
const SHORT_RUSSIAN = 'Президент подписал указ о выборах.';
const ARABIC =
  'قال الرئيس إن الجيش سيواصل عملياته في جميع أنحاء البلاد، وأكد أن الحكومة تعمل على إعادة الإعمار وتحسين الخدمات.';
const POUNDS = 'Chelsea have sacked Adrian Mutu after a fee of £15.8m was agreed.';

function encode(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

function decoded(bytes: Uint8Array): { text: string; encoding: string; warning?: string } {
  const out = decodeBytes(bytes);
  if (!out.ok) throw new Error(`expected text, got reject: ${out.reason}`);
  return out;
}

describe('decodeBytes', () => {
  it('labels plain UTF-8 without a BOM as utf-8', () => {
    const out = decoded(new TextEncoder().encode('Привет, мир'));
    expect(out).toEqual({ ok: true, text: 'Привет, мир', encoding: 'utf-8' });
  });

  it('labels UTF-8 with a BOM as utf-8-bom and leaves the BOM out of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Damascus, SANA')]);
    expect(decoded(bytes)).toEqual({ ok: true, text: 'Damascus, SANA', encoding: 'utf-8-bom' });
  });

  it('decodes UTF-16 LE with a BOM', () => {
    const out = decoded(new Uint8Array([0xff, 0xfe, ...encode('دمشق-سانا', 'utf-16le')]));
    expect(out.encoding).toBe('utf-16le');
    expect(out.text).toBe('دمشق-سانا');
  });

  it('decodes UTF-16 BE with a BOM', () => {
    const out = decoded(new Uint8Array([0xfe, 0xff, ...encode('Москва – САНА', 'utf-16be')]));
    expect(out.encoding).toBe('utf-16be');
    expect(out.text).toBe('Москва – САНА');
  });

  it('rejects a UTF-16 BOM followed by an odd number of bytes, saying why', () => {
    const out = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]));
    expect(out.ok).toBe(false);
    expect(out.ok ? '' : out.reason).toMatch(/UTF-16LE.*odd length/);
  });

  it('rejects UTF-16 with an unpaired surrogate', () => {
    const out = decodeBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    expect(out.ok ? '' : out.reason).toMatch(/unpaired surrogate/);
  });

  it('recognises Russian in windows-1251', () => {
    const out = decoded(encode(RUSSIAN, 'windows-1251'));
    expect(out.encoding).toBe('windows-1251');
    expect(out.text).toBe(RUSSIAN);
  });

  it('recognises the same Russian in KOI8-R', () => {
    const out = decoded(encode(RUSSIAN, 'koi8-r'));
    expect(out.encoding).toBe('koi8-r');
    expect(out.text).toBe(RUSSIAN);
  });

  it('tells windows-1251 from KOI8-R on a single short sentence', () => {
    expect(decoded(encode(SHORT_RUSSIAN, 'windows-1251')).text).toBe(SHORT_RUSSIAN);
    expect(decoded(encode(SHORT_RUSSIAN, 'koi8-r')).text).toBe(SHORT_RUSSIAN);
  });

  it('recognises Arabic in windows-1256', () => {
    const out = decoded(encode(ARABIC, 'windows-1256'));
    expect(out.encoding).toBe('windows-1256');
    expect(out.text).toBe(ARABIC);
  });

  it('reads a stray Latin-1 pound sign as iso-8859-1, as in bbc/sport/199.txt', () => {
    const out = decoded(encode(POUNDS, 'latin1'));
    expect(out.encoding).toBe('iso-8859-1');
    expect(out.text).toContain('£15.8m');
  });

  it('reads cp1252 curly quotes as windows-1252', () => {
    const out = decoded(encode('He said “no” – twice, and left the café.', 'windows-1252'));
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toBe('He said “no” – twice, and left the café.');
  });

  it('falls back to iso-8859-1 when a byte undefined in cp1252 (0x81) is present, as in fa-kes', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Copyright '),
      0x95,
      0x81,
      ...new TextEncoder().encode(' 2018 TRT World'),
    ]);
    const out = decoded(bytes);
    expect(out.encoding).toBe('iso-8859-1');
    expect(out.text).toBe('Copyright \u0095\u0081 2018 TRT World');
  });

  it('warns when a legacy encoding is guessed on little evidence', () => {
    const out = decoded(encode('Привет', 'windows-1251'));
    expect(out.warning).toMatch(/not UTF-8; decoded as/);
  });

  it('keeps a UTF-8 BOM file with a bad byte, replacing it and warning', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xa3, 0x42]);
    const out = decoded(bytes);
    expect(out.text).toBe('A\uFFFDB');
    expect(out.warning).toMatch(/1 invalid byte sequence/);
  });
});

describe('looksBinary', () => {
  it('calls text with a NUL byte binary', () => {
    expect(looksBinary(new Uint8Array([0x48, 0x69, 0x00, 0x21]))).toBe(true);
  });

  it('does not call UTF-16 with a BOM binary, although it is full of NULs', () => {
    expect(looksBinary(new Uint8Array([0xff, 0xfe, ...encode('Hello world', 'utf-16le')]))).toBe(false);
  });

  it('calls bytes that are mostly control characters binary', () => {
    const bytes = new Uint8Array(100).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(looksBinary(bytes)).toBe(true);
  });

  it('does not call ordinary text with tabs and CRLF binary', () => {
    expect(looksBinary(new TextEncoder().encode('a\tb\r\nc\fd\r\n'))).toBe(false);
  });

  it('calls a PNG signature binary', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))).toBe(
      true,
    );
  });
});

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('strips a leading BOM character', () => {
    expect(normaliseText('\uFEFFTitle')).toBe('Title');
  });

  it('turns NBSP, narrow NBSP, figure and thin spaces into plain spaces', () => {
    expect(normaliseText('a\u00a0b\u202fc\u2007d\u2009e')).toBe('a b c d e');
  });

  it('removes zero-width spaces but keeps the zero-width non-joiner Persian needs', () => {
    expect(normaliseText('Da\u200bmascus می\u200cخواهم')).toBe('Damascus می\u200cخواهم');
  });

  it('drops C1 control characters left by mis-encoded sources', () => {
    expect(normaliseText('Copyright \u0095\u0081 2018')).toBe('Copyright  2018');
  });
});

describe('decodeBytes: a web page’s declared charset', () => {
  const page = (charset: string, body: string): string =>
    `<!DOCTYPE html><html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

  it('reads a UTF-8 page with a stray invalid byte as UTF-8, with a warning, not as windows-1252', () => {
    const good = new TextEncoder().encode(page('utf-8', 'Schöne Grüße aus Köln'));
    // The stray byte sits after the paragraph, before `</body></html>`.
    const bytes = new Uint8Array([...good.subarray(0, good.length - 14), 0xff, ...good.subarray(good.length - 14)]);
    const out = decoded(bytes);
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toContain('Schöne Grüße aus Köln');
    expect(out.warning).toMatch(/declares UTF-8 but holds 1 invalid/);
  });

  it('reads a gb2312 page in the charset it declares', () => {
    const out = decoded(encode(page('gb2312', '一个约定，信守15年，感人至深'), 'gb18030'));
    expect(out.text).toContain('一个约定，信守15年，感人至深');
    expect(out.encoding).toBe('gb18030');
  });

  it('falls back to guessing when the declared UTF-8 is plainly wrong (many invalid bytes)', () => {
    const out = decoded(encode(page('utf-8', 'Schöne Grüße '.repeat(20)), 'windows-1252'));
    expect(out.encoding).not.toBe('utf-8');
    expect(out.text).toContain('Schöne Grüße');
  });
});
