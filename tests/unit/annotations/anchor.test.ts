import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeAnchor, reanchor } from '../../../src-main/core/annotations/anchor';
import { bodyText } from '../../../src-main/contract/userdata';

const QUOTE = 'Moscow and Washington exchange information';
const EN = [
  'Officials in the northern province said on Monday that the aid convoy had waited for a week at the border crossing.',
  'Peskov confirmed that Moscow and Washington exchange information, but agreements on direct cooperation have not been reached.',
  'The talks are expected to resume in Geneva next week, according to a statement from the foreign ministry.',
];
// From the seed, seeds/000_068abd54a537aef4.txt (SANA, Russian).
const RU = [
  'Пресс-секретарь главы российского государства Дмитрий Песков подтвердил, что в РФ готовы к координации совместных усилий с США в борьбе с терроризмом в Сирии, отметив, что Москва и Вашингтон осуществляют обмен информацией, однако договоренности по прямому сотрудничеству в борьбе с терроризмом по-прежнему не достигнуты.',
  'Он подчеркнул, что Россия выступает за продолжение переговоров в Женеве, поскольку только путем продолжения Женевского процесса возможен выход на политическое урегулирование в Сирии.',
];
const AR = [
  'أعلنت وزارة الخارجية يوم الاثنين أن المحادثات بين الجانبين ستستأنف في جنيف الأسبوع المقبل.',
  'وقال المتحدث باسم الوزارة إن الوفدين اتفقا على جدول أعمال يشمل وقف إطلاق النار وإيصال المساعدات الإنسانية إلى المناطق المحاصرة.',
];

/** The anchor of the first occurrence of `quote` in `text`. */
function anchorOn(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return describeAnchor(text, start, start + quote.length);
}

/** The placement and the words it landed on. */
function place(text: string, anchor: ReturnType<typeof describeAnchor>) {
  const result = reanchor(text, anchor);
  if (result.placement === 'orphaned') return { placement: result.placement, words: null, start: -1 };
  expect(text.slice(result.anchor.start, result.anchor.end)).toBe(result.anchor.quote);
  return { placement: result.placement, words: result.anchor.quote, start: result.anchor.start };
}

describe('describeAnchor', () => {
  it('keeps the quote and 32 characters of context either side', () => {
    const text = bodyText(EN);
    const anchor = anchorOn(text, 'Moscow and Washington');
    expect(anchor.quote).toBe('Moscow and Washington');
    expect(anchor.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(anchor.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(anchor.prefix + anchor.quote + anchor.suffix).toBe(text.slice(anchor.start - 32, anchor.end + 32));
  });

  it('cuts the context short at the start and the end of the text', () => {
    const text = 'Aid arrived. The convoy left.';
    expect(describeAnchor(text, 0, 3)).toEqual({
      start: 0,
      end: 3,
      quote: 'Aid',
      prefix: '',
      suffix: ' arrived. The convoy left.',
    });
    expect(describeAnchor(text, 24, 28).suffix).toBe('.');
  });

  it('throws a RangeError for an empty, reversed, negative, fractional or overlong span', () => {
    const text = 'Aid arrived.';
    for (const [start, end] of [
      [3, 3],
      [5, 2],
      [-1, 4],
      [0.5, 4],
      [0, 13],
    ] as const) {
      expect(() => describeAnchor(text, start, end)).toThrow(RangeError);
    }
  });

  it('never cuts a surrogate pair at the edge of the context', () => {
    const text = `😀${'b'.repeat(31)}QUOTE${'c'.repeat(31)}😀`;
    const anchor = describeAnchor(text, 33, 38);
    expect(anchor.prefix).toBe('b'.repeat(31));
    expect(anchor.suffix).toBe('c'.repeat(31));
  });
});

describe('reanchor', () => {
  it('keeps the position when the text is unchanged', () => {
    const text = bodyText(EN);
    const anchor = anchorOn(text, QUOTE);
    expect(reanchor(text, anchor)).toEqual({ placement: 'position', anchor });
  });

  it('finds the same words by quote after text was inserted before them', () => {
    const old = bodyText(EN);
    const anchor = anchorOn(old, QUOTE);
    const text = old.replace('on Monday', 'late on Monday evening');
    expect(place(text, anchor)).toEqual({
      placement: 'quote',
      words: anchor.quote,
      start: anchor.start + text.length - old.length,
    });
  });

  it('finds the same words by quote after text was removed before them', () => {
    const old = bodyText(EN);
    const anchor = anchorOn(old, QUOTE);
    const text = old.replace(' at the border crossing', '');
    expect(place(text, anchor)).toEqual({
      placement: 'quote',
      words: anchor.quote,
      start: anchor.start + text.length - old.length,
    });
  });

  it('follows a changed word inside the quote by fuzzy match and takes the new wording', () => {
    const old = bodyText(EN);
    const anchor = anchorOn(old, QUOTE);
    const text = old.replace('exchange information', 'share information');
    expect(place(text, anchor)).toEqual({
      placement: 'fuzzy',
      words: 'Moscow and Washington share information',
      start: anchor.start,
    });
  });

  it('follows a typo fixed inside the quote by fuzzy match', () => {
    const old = bodyText(EN).replace('Washington', 'Washigton');
    const anchor = anchorOn(old, 'Moscow and Washigton exchange information');
    const text = bodyText(EN);
    expect(place(text, anchor)).toEqual({
      placement: 'fuzzy',
      words: QUOTE,
      start: anchor.start,
    });
  });

  it('keeps the position when only text after the quote changed', () => {
    const old = bodyText(EN);
    const anchor = anchorOn(old, QUOTE);
    const text = old.replace('next week', 'next month');
    expect(place(text, anchor)).toEqual({ placement: 'position', words: anchor.quote, start: anchor.start });
  });

  it('orphans a highlight whose passage was deleted', () => {
    const anchor = anchorOn(bodyText(EN), QUOTE);
    expect(reanchor(bodyText([EN[0]!, EN[2]!]), anchor)).toEqual({ placement: 'orphaned' });
  });

  it('orphans a short quote whose words changed, even with its context intact', () => {
    const old = bodyText(EN);
    const anchor = anchorOn(old, 'Geneva');
    expect(reanchor(old.replace('Geneva', 'Genf'), anchor)).toEqual({ placement: 'orphaned' });
    expect(reanchor(old.replace('Geneva', 'Geneve'), anchor)).toEqual({ placement: 'orphaned' });
  });

  it('orphans a short quote whose context is gone, though its words occur elsewhere', () => {
    const old = bodyText(EN);
    const anchor = anchorOn(old, 'week');
    expect(reanchor(bodyText([EN[1]!, EN[2]!]), anchor)).toEqual({ placement: 'orphaned' });
  });

  it('orphans a short quote rather than move it where its context agrees only in part', () => {
    const old = bodyText([
      'Officials said on Monday that the aid convoy had reached Aleppo by noon.',
      'Observers said that a second convoy had reached Aleppo too.',
    ]);
    const anchor = anchorOn(old, 'Aleppo');
    expect(reanchor(bodyText(['Observers said that a second convoy had reached Aleppo too.']), anchor)).toEqual({
      placement: 'orphaned',
    });
  });

  it('follows an edited quote by its context even when its old wording survives elsewhere', () => {
    const later = 'Earlier, officials had said that Moscow and Washington exchange information daily.';
    const old = bodyText([...EN, later]);
    const anchor = anchorOn(old, QUOTE);
    const text = old.replace('Washington exchange information, but', 'Washington share information, but');
    expect(place(text, anchor)).toEqual({
      placement: 'fuzzy',
      words: 'Moscow and Washington share information',
      start: anchor.start,
    });
  });

  it('prefers a long quote edited in place, context and all, to an exact copy elsewhere', () => {
    const old = bodyText([...EN, `As reported: ${EN[1]!}`]);
    const anchor = anchorOn(old, EN[1]!);
    const text = old.replace('exchange information, but', 'share information, but');
    expect(place(text, anchor)).toMatchObject({ placement: 'fuzzy', start: anchor.start });
  });

  it('places a long quote whose neighbours changed, as the paragraph moved', () => {
    const anchor = anchorOn(bodyText(EN), EN[1]!);
    const text = bodyText([EN[2]!, EN[1]!, EN[0]!]);
    expect(place(text, anchor)).toEqual({ placement: 'quote', words: EN[1], start: EN[2]!.length + 2 });
  });

  it('orphans every highlight of an emptied text', () => {
    expect(reanchor('', anchorOn(bodyText(EN), 'Moscow'))).toEqual({ placement: 'orphaned' });
  });

  it('orphans a quote longer than the whole new text', () => {
    const anchor = anchorOn(bodyText(EN), EN[1]!);
    expect(reanchor('Peskov confirmed it.', anchor)).toEqual({ placement: 'orphaned' });
  });
});

describe('reanchor with a repeated quote', () => {
  // The same sentence twice, with the same 32 characters around the quote both times.
  const REPEATED = 'Officials said on Monday that the aid convoy reached Aleppo after a week of waiting at the border.';
  const old = bodyText([
    'Intro paragraph of the dispatch.',
    REPEATED,
    'Middle paragraph.',
    REPEATED,
    'Closing paragraph.',
  ]);
  const quote = 'the aid convoy reached Aleppo';
  const first = old.indexOf(quote);
  const second = old.indexOf(quote, first + 1);

  it('takes the occurrence nearest the old position when it now lies after it', () => {
    const anchor = describeAnchor(old, first, first + quote.length);
    const text = old.replace('Intro', 'A longer intro');
    expect(place(text, anchor)).toEqual({ placement: 'quote', words: quote, start: first + text.length - old.length });
  });

  it('takes the occurrence nearest the old position when it now lies before it', () => {
    const anchor = describeAnchor(old, second, second + quote.length);
    const text = old.replace('Intro paragraph of the dispatch.', 'Intro.');
    expect(place(text, anchor)).toEqual({ placement: 'quote', words: quote, start: second + text.length - old.length });
  });
});

describe('reanchor in other scripts', () => {
  it('finds Russian words by quote after an earlier sentence changed', () => {
    const old = bodyText(RU);
    const anchor = anchorOn(old, 'обмен информацией');
    const text = old.replace('Дмитрий Песков подтвердил', 'Д. Песков заявил');
    expect(place(text, anchor)).toEqual({
      placement: 'quote',
      words: 'обмен информацией',
      start: anchor.start + text.length - old.length,
    });
  });

  it('follows a changed Russian word inside the quote by fuzzy match', () => {
    const anchor = anchorOn(bodyText(RU), 'Москва и Вашингтон осуществляют обмен информацией');
    const text = bodyText(RU).replace('обмен информацией', 'обмен данными');
    expect(place(text, anchor)).toMatchObject({
      placement: 'fuzzy',
      words: 'Москва и Вашингтон осуществляют обмен данными',
    });
  });

  it('finds Arabic words by quote after a paragraph was inserted before them', () => {
    const anchor = anchorOn(bodyText(AR), 'وقف إطلاق النار');
    const text = bodyText(['وصل الوفد إلى جنيف مساء الأحد.', ...AR]);
    expect(place(text, anchor)).toMatchObject({ placement: 'quote', words: 'وقف إطلاق النار' });
  });

  it('follows a changed Arabic word inside the quote by fuzzy match', () => {
    const anchor = anchorOn(bodyText(AR), 'وإيصال المساعدات الإنسانية إلى المناطق المحاصرة');
    const text = bodyText(AR).replace('الإنسانية', 'الغذائية');
    expect(place(text, anchor)).toMatchObject({
      placement: 'fuzzy',
      words: 'وإيصال المساعدات الغذائية إلى المناطق المحاصرة',
    });
  });

  it('never ends a fuzzy match inside a surrogate pair', () => {
    // At the end of the text both halves of the new emoji end a match with one error, and no suffix tells them apart.
    const old = 'Reporters in the north wrote on Monday that the convoy reached Aleppo 😀';
    const anchor = anchorOn(old, 'the convoy reached Aleppo 😀');
    const text = old.replace('😀', '😃');
    expect(place(text, anchor)).toMatchObject({ placement: 'fuzzy', words: 'the convoy reached Aleppo 😃' });
  });
});

describe('reanchor across paragraphs', () => {
  it('shifts a highlight by the paragraph inserted before it', () => {
    const anchor = anchorOn(bodyText(EN), 'direct cooperation');
    const inserted = 'Update: the ministry later confirmed the meeting.';
    const text = bodyText([EN[0]!, inserted, EN[1]!, EN[2]!]);
    expect(place(text, anchor)).toEqual({
      placement: 'quote',
      words: 'direct cooperation',
      start: anchor.start + inserted.length + 2,
    });
  });
});

describe('reanchor under random edits', () => {
  /** Numerical Recipes' LCG, so every run makes the same edits. */
  function lcg(seed: number): (n: number) => number {
    let state = seed;
    return (n) => {
      state = (state * 1664525 + 1013904223) % 2 ** 32;
      return state % n;
    };
  }
  const FILLER = ['convoy ', 'said ', 'the ', 'ministry ', '\n\n', 'talks ', 'week ', 'border ', ', '];

  /** One insertion or deletion outside [guardFrom, guardTo), with how far it moves text after it; null when it would touch the guard. */
  function randomEdit(text: string, guardFrom: number, guardTo: number, random: (n: number) => number) {
    const at = random(text.length + 1);
    if (random(2) === 0) {
      const insert = FILLER[random(FILLER.length)]!;
      if (at > guardFrom && at < guardTo) return null;
      return { text: text.slice(0, at) + insert + text.slice(at), shift: at <= guardFrom ? insert.length : 0 };
    }
    const to = Math.min(text.length, at + 1 + random(20));
    if (to > guardFrom && at < guardTo) return null;
    return { text: text.slice(0, at) + text.slice(to), shift: to <= guardFrom ? at - to : 0 };
  }

  it('re-anchors on the same words after 200 edits that spare the quote and its context', () => {
    const random = lcg(20240601);
    const quote = 'agreements on direct cooperation';
    let text = bodyText([...EN, ...EN.map((p) => p.toUpperCase())]);
    let anchor = anchorOn(text, quote);
    for (let edits = 0; edits < 200;) {
      const edit = randomEdit(text, anchor.start - anchor.prefix.length, anchor.end + anchor.suffix.length, random);
      if (!edit) continue;
      edits++;
      text = edit.text;
      const result = reanchor(text, anchor);
      if (result.placement === 'orphaned') throw new Error(`orphaned after edit ${edits}`);
      expect(result.anchor).toMatchObject({ quote, start: anchor.start + edit.shift });
      anchor = result.anchor;
    }
  });
});

describe('reanchor with an anchor from outside the app (audit finding 7)', () => {
  /** The anchor of `quote` with `width` characters of context a side, more than the app writes. */
  function wideAnchor(text: string, quote: string, width: number) {
    const start = text.indexOf(quote);
    const end = start + quote.length;
    return {
      start,
      end,
      quote,
      prefix: text.slice(Math.max(0, start - width), start),
      suffix: text.slice(end, end + width),
    };
  }

  it('judges context by the 32 characters nearest the quote, so a long one cannot vouch for the wrong place', () => {
    const anchor = wideAnchor(bodyText(EN), 'week', 200);
    expect(reanchor(bodyText([EN[1]!, EN[2]!]), anchor)).toEqual({ placement: 'orphaned' });
  });

  it('places a long quote in a text that repeats one letter without trying every place it could start', () => {
    const text = 'a'.repeat(20_000);
    const quote = `${'a'.repeat(3_999)}b`;
    const anchor = { start: 100, end: 100 + quote.length, quote, prefix: 'a'.repeat(200), suffix: 'a'.repeat(200) };
    expect(reanchor(text, anchor)).toMatchObject({ placement: 'fuzzy', anchor: { start: 100 } });
  });

  it('orphans a highlight whose fuzzy search would spend more than the budget it is given', () => {
    const old = bodyText(EN);
    const anchor = anchorOn(old, QUOTE);
    const text = old.replace('exchange information', 'share information');
    expect(reanchor(text, anchor, { steps: 1_000 })).toEqual({ placement: 'orphaned' });
  });

  it('charges the budget it is given with the steps it spent', () => {
    const old = bodyText(EN);
    const text = old.replace('exchange information', 'share information');
    const budget = { steps: 1_000_000 };
    expect(reanchor(text, anchorOn(old, QUOTE), budget).placement).toBe('fuzzy');
    expect(budget.steps).toBeGreaterThan(0);
    expect(budget.steps).toBeLessThan(1_000_000);
  });
});
