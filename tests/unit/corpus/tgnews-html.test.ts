import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile, type ParseOutcome } from '../../../src-main/core/parse/index';
import { CORPUS } from './corpus-files';

const DIR = path.join(CORPUS, 'tgnews-html', 'scripts');
const present = existsSync(DIR);
if (!present) console.warn(`skipping tgnews-html corpus test: ${DIR} not found`);

const outcomes = new Map<string, ParseOutcome>();
if (present) {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
    const file = path.join(DIR, name);
    outcomes.set(name, await parseFile({ path: file, bytes: readFileSync(file), mtimeMs: statSync(file).mtimeMs }));
  }
}

describe.skipIf(!present)('tgnews-html corpus (44 saved article pages)', () => {
  const records = (): DispatchRecord[] => [...outcomes.values()].flatMap((o) => (o.ok ? o.records : []));
  const record = (name: string): DispatchRecord => {
    const out = outcomes.get(name);
    if (!out?.ok) throw new Error(`${name} did not parse`);
    return out.records[0]!;
  };

  it('parses all 44 files as HTML, one article each', () => {
    expect(outcomes.size).toBe(44);
    for (const out of outcomes.values()) expect(out.ok && out.format === 'html' && out.records.length).toBe(1);
  });

  it('gives every article a non-empty title, a date and a body', () => {
    for (const r of records()) {
      expect(r.title.trim()).not.toBe('');
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.paragraphs.length).toBeGreaterThan(0);
    }
  });

  it('lets no markup into titles or paragraphs', () => {
    for (const r of records()) expect([r.title, ...r.paragraphs].join('\n')).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('detects the languages SOURCES.md lists: 14 ar, 18 ru + 1 uk, 3 uz, 6 en, 1 es, 1 zh', () => {
    const counts: Record<string, number> = {};
    for (const r of records()) counts[r.language] = (counts[r.language] ?? 0) + 1;
    expect(counts).toEqual({ ar: 14, ru: 18, uk: 1, uz: 3, en: 6, es: 1, zh: 1 });
  });

  it('reads the CityDog page: og:title, date as written, site name as agency', () => {
    const r = record('4011238084351119989.html');
    expect(r).toMatchObject({
      title: 'В Лошице у магазина «Соседи» сделали парковку для собак (фото)',
      date: '2020-04-27',
      agency: 'CityDog.by',
      language: 'ru',
    });
  });

  it('keeps the "Читайте также" block of a hi-Tech.ua page out of the body, as related links', () => {
    const r = record('4321729650199200460.html');
    expect(r.related).toHaveLength(4);
    expect(r.related[0]!.title).toMatch(/^https:\/\/hi-tech\.ua\//);
    expect(r.paragraphs.join(' ')).not.toContain('Читайте также');
  });

  it('splits the <br>-separated paragraphs of an al-akhbar page', () => {
    const r = record('4297458618442597197.html');
    expect(r.paragraphs.length).toBeGreaterThan(5);
    expect(r.paragraphs[0]).toMatch(/^أجازت رابطة دوري كرة السلة/);
  });

  it('keeps the El Periódico standfirst <h2> as a paragraph', () => {
    expect(record('4086389515025555357.html').paragraphs).toContain(
      'Más de 30 ejemplares han fallecido en el coto de Morella durante la temporada por esta dolencia // El Consell atiende la petición de los cazadores de retomar el tratamiento, parado por el confinamiento',
    );
  });

  it('turns Vanguard\'s "READ ALSO:" heading into a related item', () => {
    const r = record('4125100338725360609.html');
    expect(r.related).toEqual([
      { title: 'COVID-19: Presidential committee proposes gradual easing of lockdown', excerpt: '' },
    ]);
    expect(r.paragraphs).not.toContain('Related');
  });
});
