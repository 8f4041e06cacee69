import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, parseCorpusFolder } from './corpus-files';

const DIR = path.join(CORPUS, 'bbc');
if (!existsSync(DIR)) console.warn(`skipping BBC corpus test: ${DIR} not found`);

/** The file's text as the test reads it: UTF-8, or Latin-1 for the one file that is not UTF-8. */
function textOf(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const parsed = existsSync(DIR) ? await parseCorpusFolder(DIR, '.txt') : [];

describe.skipIf(!existsSync(DIR))('corpus: bbc/ (plain-text English articles)', () => {
  const records = parsed.flatMap((p) => p.records);

  it('reads 300 articles from 300 files, one each', () => {
    expect(parsed).toHaveLength(300);
    expect(parsed.filter((p) => p.records.length !== 1).map((p) => p.file)).toEqual([]);
    expect(records).toHaveLength(300);
  });

  it('reads every file as plain text', () => {
    expect(records.filter((r) => r.source.format !== 'text').map((r) => r.source.path)).toEqual([]);
  });

  it('takes each title from line 1 of its file', () => {
    const wrong = parsed.filter((p) => p.records[0]?.title !== textOf(p.bytes).split('\n')[0]?.trim());
    expect(wrong.map((p) => p.file)).toEqual([]);
  });

  it('gives every article body paragraphs and no blank ones', () => {
    expect(records.filter((r) => r.paragraphs.length === 0).map((r) => r.title)).toEqual([]);
    expect(records.filter((r) => r.paragraphs.some((p) => !p.trim())).map((r) => r.title)).toEqual([]);
  });

  it('keeps the body apart from the headline', () => {
    expect(records.filter((r) => r.paragraphs[0] === r.title).map((r) => r.title)).toEqual([]);
  });

  it('invents no date, dateline, agency or signature, since the files state none', () => {
    const invented = records.filter((r) => r.date || r.place || r.agency || r.signature);
    expect(invented.map((r) => r.source.path)).toEqual([]);
  });

  it('finds no related block', () => {
    expect(records.filter((r) => r.related.length > 0).map((r) => r.source.path)).toEqual([]);
  });

  it('decodes the Latin-1 pound sign in sport/199.txt', () => {
    const sport199 = parsed.find((p) => p.file === path.join('sport', '199.txt'))?.records[0];
    expect(sport199?.source.encoding).not.toBe('utf-8');
    expect(sport199?.paragraphs.join('\n')).toContain('£15.8m');
  });

  it('keeps the pound sign in every file that has one', () => {
    // SOURCES.md: 87 UTF-8 files contain £, plus the Latin-1 sport/199.txt.
    const withPound = parsed.filter((p) => textOf(p.bytes).includes('£'));
    expect(withPound).toHaveLength(88);
    const lost = withPound.filter(
      (p) => !p.records.some((r) => `${r.title}\n${r.paragraphs.join('\n')}`.includes('£')),
    );
    expect(lost.map((p) => p.file)).toEqual([]);
  });

  it('detects every article as English', () => {
    expect(records.filter((r) => r.language !== 'en').map((r) => r.source.path)).toEqual([]);
  });
});
