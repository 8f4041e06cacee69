// catalogue.json is written in ASCII, for a fast decode at startup, and reads back the same text.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asciiJson, asciiJsonBytes } from '../../../src-main/core/store/ascii-json';
import { AtomicJsonFile } from '../../../src-main/core/store/atomic-json-file';
import { CATALOGUE_FILE, CatalogueStore, type StoredArticle } from '../../../src-main/core/store/catalogue';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-ascii-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const TITLES = [
  'شاشة رقيقة جداً تلصق على اليد',
  'Переговоры возобновились',
  'Café “quoted” — 😀',
  'lone \ud800 surrogate',
];

function article(id: string, title: string): StoredArticle {
  return {
    id,
    title,
    date: null,
    place: 'دمشق',
    agency: null,
    language: 'ar',
    signature: null,
    warnings: [],
    snippet: title,
    contentHash: `hash-${id}`,
    sources: [],
    missing: false,
    addedAt: '2016-05-01T00:00:00.000Z',
    updatedAt: '2016-05-01T00:00:00.000Z',
  };
}

describe('ASCII JSON', () => {
  it('escapes every non-ASCII character so the text parses back to the same strings', () => {
    const json = asciiJson(JSON.stringify({ titles: TITLES }));
    expect(Buffer.from(json).every((b) => b < 0x80)).toBe(true);
    expect((JSON.parse(json) as { titles: string[] }).titles).toEqual(TITLES);
  });

  it('writes the bytes an escape per UTF-16 unit gives, for pieces of every size, without one call spoiling another', () => {
    // The escaping as it was done before it wrote bytes: a replace per non-ASCII unit.
    const byReplace = (json: string): string =>
      json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const texts = [
      JSON.stringify({ titles: TITLES }),
      JSON.stringify({ ascii: 'only ascii here', n: 1 }),
      JSON.stringify({ long: TITLES.join(' ').repeat(5_000) }),
      '',
    ];
    const kept = texts.map((json) => asciiJsonBytes(json));
    texts.forEach((json, i) => {
      expect(Buffer.from(kept[i]!).toString('latin1')).toBe(byReplace(json));
      expect(asciiJson(json)).toBe(byReplace(json));
    });
  });

  it('writes catalogue.json in ASCII, and reads its Arabic, Cyrillic and emoji titles back unchanged', async () => {
    const store = await CatalogueStore.open(dir, []);
    TITLES.forEach((title, i) => store.putArticle(article(`a${i}`, title)));
    await store.snapshot();
    const bytes = await readFile(join(dir, CATALOGUE_FILE));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const again = await CatalogueStore.open(dir, []);
    expect(TITLES.map((_, i) => again.article(`a${i}`)?.title)).toEqual(TITLES);
    expect(again.article('a0')?.place).toBe('دمشق');
  });

  it('still reads a JSON file written in UTF-8', async () => {
    const path = join(dir, 'old.json');
    await writeFile(path, JSON.stringify({ titles: TITLES }), 'utf8');
    expect(await new AtomicJsonFile<{ titles: string[] }>(path).read()).toEqual({ titles: TITLES });
  });
});
