import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile } from '../../../src-main/core/parse/index';

const SEED = path.resolve(__dirname, '../../../seeds/000_068abd54a537aef4.txt');

async function parseSeed(): Promise<DispatchRecord> {
  const out = await parseFile({ path: SEED, bytes: readFileSync(SEED), mtimeMs: 0 });
  if (!out.ok) throw new Error(`seed rejected: ${out.code} ${out.reason}`);
  expect(out.records).toHaveLength(1);
  const [record] = out.records;
  if (!record) throw new Error('seed gave no record');
  return record;
}

describe('the seed dispatch (seeds/000_068abd54a537aef4.txt)', () => {
  it('is read as plain text', async () => {
    expect((await parseSeed()).source.format).toBe('text');
  });

  it('takes the headline from line 1', async () => {
    expect((await parseSeed()).title).toBe(
      'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии',
    );
  });

  it('reads the date line 15-07-2016 as 2016-07-15', async () => {
    expect((await parseSeed()).date).toBe('2016-07-15');
  });

  it('lifts place and agency out of the dateline Москва – САНА', async () => {
    const record = await parseSeed();
    expect(record.place).toBe('Москва');
    expect(record.agency).toBe('САНА');
  });

  it('is detected as Russian', async () => {
    expect((await parseSeed()).language).toBe('ru');
  });

  it('keeps the editor signature out of the body', async () => {
    const record = await parseSeed();
    expect(record.signature).toBe('*Н.С./М.К.');
    expect(record.paragraphs.some((p) => p.includes('Н.С./М.К.'))).toBe(false);
  });

  it('has ten paragraphs from the lead to the closing quote', async () => {
    const { paragraphs } = await parseSeed();
    expect(paragraphs).toHaveLength(10);
    expect(paragraphs[0]?.startsWith('Пресс-секретарь главы')).toBe(true);
    expect(paragraphs.at(-1)?.endsWith('серьезного прогресса».')).toBe(true);
  });

  it('keeps the sub-headline as a paragraph in its place', async () => {
    const { paragraphs } = await parseSeed();
    const at = paragraphs.findIndex((p) => p.startsWith('Путин обозначил'));
    expect(at).toBe(4);
  });

  it('keeps the dateline and date lines out of the paragraphs', async () => {
    const { paragraphs } = await parseSeed();
    expect(paragraphs).not.toContain('Москва – САНА');
    expect(paragraphs).not.toContain('15-07-2016');
  });

  it('turns the Check Also block into one related item', async () => {
    const { related } = await parseSeed();
    expect(related).toHaveLength(1);
    expect(related[0]?.title).toBe('Система ПВО РФ за сутки сбила 44 украинских дрона');
    expect(related[0]?.excerpt.startsWith('Москва-САНА Система противовоздушной обороны')).toBe(true);
  });

  it('leaves no trace of Check Also or the related item in the paragraphs', async () => {
    const { paragraphs } = await parseSeed();
    expect(paragraphs.some((p) => p.includes('Check Also'))).toBe(false);
    expect(paragraphs.some((p) => p.includes('украинских дрона'))).toBe(false);
  });
});
