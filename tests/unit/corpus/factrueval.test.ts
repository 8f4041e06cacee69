import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, parseCorpusFolder } from './corpus-files';

const DIR = path.join(CORPUS, 'factrueval');
if (!existsSync(DIR)) console.warn(`skipping factRuEval corpus test: ${DIR} not found`);

const parsed = existsSync(DIR)
  ? (await parseCorpusFolder(DIR, '.txt')).map((p) => ({ ...p, text: p.bytes.toString('utf8') }))
  : [];

describe.skipIf(!existsSync(DIR))('corpus: factrueval/ (plain-text Russian articles)', () => {
  const records = parsed.flatMap((p) => p.records);

  it('reads 150 articles from 150 files, one each', () => {
    expect(parsed).toHaveLength(150);
    expect(parsed.filter((p) => p.records.length !== 1).map((p) => p.file)).toEqual([]);
    expect(records).toHaveLength(150);
  });

  it('takes each title from line 1, even where line 1 is a whole paragraph', () => {
    const wrong = parsed.filter((p) => p.records[0]?.title !== p.text.split('\n')[0]?.trim());
    expect(wrong.map((p) => p.file)).toEqual([]);
  });

  it('reads the two one-line files as a title with no paragraphs instead of failing', () => {
    const oneLine = parsed.filter((p) => p.text.trim().split('\n').length === 1);
    expect(oneLine.map((p) => p.file).sort()).toEqual([
      path.join('devset', 'book_335.txt'),
      path.join('devset', 'book_402.txt'),
    ]);
    expect(oneLine.map((p) => p.records[0]?.paragraphs)).toEqual([[], []]);
  });

  it('keeps every other line of text as a paragraph', () => {
    const lost = parsed.filter((p) => {
      const lines = p.text
        .split('\n')
        .slice(1)
        .filter((l) => l.trim());
      return p.records[0]?.paragraphs.length !== lines.length;
    });
    expect(lost.map((p) => p.file)).toEqual([]);
  });

  it('lifts no date, since dates appear only in the prose', () => {
    expect(records.filter((r) => r.date !== null).map((r) => r.source.path)).toEqual([]);
  });

  it('invents no dateline, agency or signature', () => {
    expect(records.filter((r) => r.place || r.agency || r.signature).map((r) => r.source.path)).toEqual([]);
  });

  it('leaves "read more" teaser sentences in the body rather than taking them for a related block', () => {
    expect(records.filter((r) => r.related.length > 0).map((r) => r.source.path)).toEqual([]);
  });

  it('detects every article as Russian', () => {
    expect(records.filter((r) => r.language !== 'ru').map((r) => r.source.path)).toEqual([]);
  });
});
