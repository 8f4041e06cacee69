// The real corpus as single-dispatch templates, and variants of them for the bench corpus.
// Multi-record files are split into single-record files of the same format (a one-object
// JSON array, a one-row CSV under the same header, one <REUTERS> record under the DOCTYPE),
// so N files are N articles and every file gets its own date and text variation.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import Papa from 'papaparse';
import { detectLanguage } from '../src-main/core/parse/language';

export type Kind = 'text' | 'trec' | 'sgml' | 'json' | 'csv' | 'html' | 'wire' | 'pdf' | 'feed';

export interface Template {
  /** Corpus-relative path, with `#n` for one record of a multi-record file. */
  source: string;
  kind: Kind;
  /** First folder level of the bench corpus. */
  agency: string;
  /** File name without extension, and extension. */
  base: string;
  ext: string;
  /** Not UTF-8 in the source: written back as Latin-1 bytes, so the importer meets it as such. */
  latin1: boolean;
  language: string;
  /** The whole single-record file, decoded (Latin-1 byte for byte when `latin1`). */
  text: string;
}

export type Rng = () => number;

/** mulberry32: a tiny seeded PRNG, so the same N and seed give the same corpus. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

function decode(bytes: Buffer): { text: string; latin1: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), latin1: false };
  } catch {
    return { text: bytes.toString('latin1'), latin1: true };
  }
}

const plain = (text: string): string => text.replace(/<[^>]*>/g, ' ').replace(/&#?\w+;/g, ' ');

export function loadTemplates(corpus: string): Template[] {
  const out: Template[] = [];
  for (const path of listFiles(corpus)) {
    const rel = relative(corpus, path);
    if (!rel.includes('/')) continue; // SOURCES.md
    const { text, latin1 } = decode(readFileSync(path));
    const ext = extname(path).slice(1);
    const [group, sub] = rel.split('/');
    const agency = group === 'ant-multisource' ? `ant-${sub!.toLowerCase()}` : group!;
    const base = basename(path, extname(path));
    const add = (kind: Kind, one: string, n?: number): void => {
      const recLatin1 = latin1 && /[\x80-\xff]/.test(one);
      out.push({
        source: n === undefined ? rel : `${rel}#${n}`,
        kind,
        agency,
        base,
        ext,
        latin1: recLatin1,
        language: detectLanguage(plain(one)),
        text: one,
      });
    };
    if (ext === 'json') splitJson(text).forEach((one, n) => add('json', one, n));
    else if (ext === 'csv') splitCsv(text).forEach((one, n) => add('csv', one, n));
    else if (ext === 'sgm') splitSgml(text).forEach((one, n) => add('sgml', one, n));
    else if (ext === 'html') add('html', text);
    else add(text.trimStart().startsWith('<DOC>') ? 'trec' : 'text', text);
  }
  return out;
}

function splitJson(text: string): string[] {
  return (JSON.parse(text) as unknown[]).map((item) => `[\n${JSON.stringify(item)}\n]\n`);
}

function splitCsv(text: string): string[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  return parsed.data.map((row) => csvFile(fields, row));
}

const csvFile = (fields: string[], row: Record<string, string>): string =>
  `${Papa.unparse({ fields, data: [fields.map((f) => row[f] ?? '')] }, { newline: '\r\n' })}\r\n`;

function splitSgml(text: string): string[] {
  const doctype = /^<!DOCTYPE[^>]*>/.exec(text)?.[0] ?? '';
  return [...text.matchAll(/<REUTERS[\s\S]*?<\/REUTERS>/g)].map((m) => `${doctype}\n${m[0]}\n`);
}

/** Sentences to swap in, by language: runs of prose with no markup, quotes or entities. */
export function sentencePools(templates: readonly Template[]): Map<string, string[]> {
  const pools = new Map<string, string[]>();
  for (const t of templates) {
    const pool = pools.get(t.language) ?? [];
    for (const m of plain(t.text).matchAll(SENTENCE)) pool.push(m[0].trim());
    pools.set(t.language, pool);
  }
  return pools;
}

const SENTENCE = /[^.!?؟<>&"\n\r]{30,300}[.!?؟]/g;

/** A sentence of `region` swapped for `donor` (or `donor` appended), then one number changed. */
export function varyText(region: string, donor: string | null, rng: Rng, asciiOnly: boolean): string {
  let out = region;
  if (donor) {
    // In a Latin-1 file only ASCII sentences are swapped, so its non-UTF-8 bytes stay.
    const spots = [...region.matchAll(SENTENCE)].filter((m) => !asciiOnly || /^[\x20-\x7e]*$/.test(m[0]));
    const spot = spots.length ? pick(rng, spots) : null;
    if (spot) {
      const lead = /^\s*/.exec(spot[0])![0];
      out = region.slice(0, spot.index) + lead + donor + region.slice(spot.index! + spot[0].length);
    } else {
      const tail = /\s*$/.exec(region)![0];
      out = `${region.trimEnd()} ${donor}${tail}`;
    }
  }
  return changeNumber(out, rng);
}

// Not digits of an entity (`&#3;`): changing those would break the SGML.
function changeNumber(text: string, rng: Rng): string {
  const numbers = [...text.matchAll(/(?<![#\d])\d+(?!\d)/g)];
  if (numbers.length === 0) return text;
  const m = pick(rng, numbers);
  const len = m[0].length;
  const lo = len === 1 ? 0 : 10 ** (len - 1);
  const value = String(lo + Math.floor(rng() * (10 ** len - lo)));
  return text.slice(0, m.index) + value + text.slice(m.index! + len);
}

export { csvFile };
