// The last pass over names: gazetteer places win over a dateline read as an organisation
// or a one-word person, and a lone surname joins the one full name it belongs to.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../../src-main/core/entities/entity-types';
import { extractEntities, summariseMentions } from '../../../src-main/core/entities/extract';
import { joinSurnames, settlePlaces } from '../../../src-main/core/entities/settle-names';

const span = (type: EntitySpan['type'], name: string): EntitySpan => ({ type, name, start: 0, end: name.length });

describe('settlePlaces', () => {
  it('reads a dateline in capitals as the place, in the text’s language', () => {
    const found = extractEntities('МОСКВА, 12 марта. Мэр Москвы Юрий Лужков открыл станцию.', 'ru');
    expect(found.filter((s) => s.name === 'МОСКВА')).toEqual([]);
    expect(found.filter((s) => s.type === 'org').map((s) => s.name)).not.toContain('МОСКВА');
    expect(found.find((s) => s.start === 0)).toMatchObject({ type: 'place', name: 'Москва' });
  });

  it('takes a one-word person or a capitals organisation that the gazetteer knows for a place', () => {
    expect(settlePlaces([span('person', 'روسيا'), span('org', 'DAMASCUS')], 'en')).toMatchObject([
      { type: 'place', name: 'Russia' },
      { type: 'place', name: 'Damascus' },
    ]);
  });

  it('leaves a full person name, an organisation in ordinary case and unknown names alone', () => {
    const spans = [span('person', 'Georgia Smith'), span('org', 'Россия'), span('person', 'Громов')];
    expect(settlePlaces(spans, 'ru')).toEqual(spans);
  });
});

describe('joinSurnames', () => {
  it('counts the headline’s lone surname with the body’s full name, in any case', () => {
    const text = 'Лужков открыл станцию.\nМэр Москвы Юрий Лужков открыл станцию. Юрия Лужкова встретили.';
    const people = summariseMentions(extractEntities(text, 'ru')).filter((m) => m.type === 'person');
    expect(people).toContainEqual({ type: 'person', name: 'Юрий Лужков', count: 3 });
    expect(people.map((m) => m.name)).not.toContain('Лужков');
  });

  it('keeps a surname apart when two people named in full share it', () => {
    const mentions = [
      { type: 'person' as const, name: 'Raúl Castro', count: 1 },
      { type: 'person' as const, name: 'Fidel Castro', count: 1 },
      { type: 'person' as const, name: 'Castro', count: 2 },
    ];
    expect(joinSurnames(mentions.map((m) => ({ ...m })))).toEqual(mentions);
  });
});
