import { describe, expect, it } from 'vitest';
import type { DraftRecord } from '../../../src-main/core/parse/draft';
import { parseMarkdown } from '../../../src-main/core/parse/markdown';

function parseOne(text: string): DraftRecord {
  const drafts = parseMarkdown(text);
  expect(drafts).toHaveLength(1);
  const [draft] = drafts;
  if (!draft) throw new Error('no draft');
  return draft;
}

const WITH_FRONT_MATTER = `---
title: Army advances in Hama
date: 2017-03-05
place: Hama
agency: SANA
signature: H. Said
tags: [army, hama]
lang: en
---

The army advanced on Tuesday.
`;

describe('parseMarkdown front matter', () => {
  it('reads title, date, place, agency and signature', () => {
    const draft = parseOne(WITH_FRONT_MATTER);
    expect(draft.title).toBe('Army advances in Hama');
    expect(draft.date).toBe('2017-03-05');
    expect([draft.place, draft.agency, draft.signature]).toEqual(['Hama', 'SANA', 'H. Said']);
  });

  it('reads tags as a list', () => {
    expect(parseOne(WITH_FRONT_MATTER).tags).toEqual(['army', 'hama']);
  });

  it('reads comma-separated tags', () => {
    expect(parseOne('---\ntitle: T\ntags: army, hama\n---\nBody.').tags).toEqual(['army', 'hama']);
  });

  it('passes lang on as the language hint', () => {
    expect(parseOne(WITH_FRONT_MATTER).languageHint).toBe('en');
  });

  it('keeps the primary subtag of a regional language code', () => {
    expect(parseOne('---\ntitle: T\nlanguage: ru-RU\n---\nТекст.').languageHint).toBe('ru');
  });

  it('leaves tags and language hint unset when the front matter has none', () => {
    const draft = parseOne('---\ntitle: T\n---\nBody.');
    expect(draft.tags).toBeUndefined();
    expect(draft.languageHint).toBeUndefined();
  });

  it('takes source as the agency', () => {
    expect(parseOne('---\ntitle: T\nsource: Reuters\n---\nBody.').agency).toBe('Reuters');
  });

  it('splits a dateline field into place and agency', () => {
    const draft = parseOne('---\ntitle: T\ndateline: Москва – САНА\n---\nТекст.');
    expect([draft.place, draft.agency]).toEqual(['Москва', 'САНА']);
  });

  it('takes a dateline field with no agency as the place', () => {
    const draft = parseOne('---\ntitle: T\ndateline: Moscow\n---\nBody.');
    expect([draft.place, draft.agency]).toEqual(['Moscow', null]);
  });

  it('leaves an unreadable date null and says why', () => {
    const draft = parseOne('---\ntitle: T\ndate: sometime soon\n---\nBody.');
    expect(draft.date).toBeNull();
    expect(draft.warnings).toEqual(['front matter date "sometime soon" is not a recognisable date']);
  });

  it('ignores front matter that is not valid YAML, with a warning, and still reads the body', () => {
    const draft = parseOne('---\ntitle: [unclosed\n---\n# Heading\n\nBody.');
    expect(draft.title).toBe('Heading');
    expect(draft.paragraphs).toEqual(['Body.']);
    expect(draft.warnings[0]).toMatch(/^front matter is not valid YAML/);
  });
});

describe('parseMarkdown body', () => {
  it('takes a top # Heading as the title when front matter has none', () => {
    const draft = parseOne('# Army advances\n\nThe army advanced.');
    expect(draft.title).toBe('Army advances');
    expect(draft.paragraphs).toEqual(['The army advanced.']);
  });

  it('drops a top heading that repeats the front-matter title', () => {
    const draft = parseOne('---\ntitle: Army advances\n---\n# Army advances\n\nThe army advanced.');
    expect(draft.paragraphs).toEqual(['The army advanced.']);
  });

  it('keeps a top heading that differs from the front-matter title as a paragraph', () => {
    const draft = parseOne('---\ntitle: Army advances\n---\n# Kicker\n\nThe army advanced.');
    expect(draft.paragraphs).toEqual(['Kicker', 'The army advanced.']);
  });

  it('keeps sub-headings as paragraphs in order', () => {
    const draft = parseOne('# T\n\nFirst.\n\n## Sub-heading\n\nSecond.');
    expect(draft.paragraphs).toEqual(['First.', 'Sub-heading', 'Second.']);
  });

  it('strips emphasis, links, inline code and escapes', () => {
    const draft = parseOne('# T\n\nThe **army** _advanced_ on [Tuesday](http://x.test) with `T-72` \\*tanks\\*.');
    expect(draft.paragraphs).toEqual(['The army advanced on Tuesday with T-72 *tanks*.']);
  });

  it('drops images and HTML comments', () => {
    const draft = parseOne('# T\n\n![a tank](tank.png)\n\n<!-- editor note -->\n\nText.');
    expect(draft.paragraphs).toEqual(['Text.']);
  });

  it('decodes character references', () => {
    expect(parseOne('# T\n\nAT&amp;T &#8212; news.').paragraphs).toEqual(['AT&T — news.']);
  });

  it('joins the lines of a wrapped paragraph', () => {
    expect(parseOne('# T\n\nThe army advanced\non the town.').paragraphs).toEqual(['The army advanced on the town.']);
  });

  it('makes each list item and quoted paragraph a paragraph', () => {
    const draft = parseOne('# T\n\n- one\n- two\n\n> quoted');
    expect(draft.paragraphs).toEqual(['one', 'two', 'quoted']);
  });

  it('reads a dateline, date line and signature in the body like plain text', () => {
    const draft = parseOne('# T\n\nДамаск – САНА\n\n15-07-2016\n\nТекст новости.\n\n*Н.С./М.К.');
    expect([draft.place, draft.agency, draft.date, draft.signature]).toEqual([
      'Дамаск',
      'САНА',
      '2016-07-15',
      '*Н.С./М.К.',
    ]);
    expect(draft.paragraphs).toEqual(['Текст новости.']);
  });

  it('lets front matter win over the body dateline', () => {
    const draft = parseOne('---\ntitle: T\nplace: Hama\n---\nDamascus, SANA – Text.');
    expect([draft.place, draft.agency]).toEqual(['Hama', 'SANA']);
  });

  it('moves a Read more section into related', () => {
    const draft = parseOne('# T\n\nBody.\n\n## Read more\n\n[Other story](http://x.test)\n\nTeaser…');
    expect(draft.paragraphs).toEqual(['Body.']);
    expect(draft.related).toEqual([{ title: 'Other story', excerpt: 'Teaser…' }]);
  });

  it('takes the first paragraph as the title when there is no heading or front matter', () => {
    const draft = parseOne('Plain first line\n\nBody.');
    expect(draft.title).toBe('Plain first line');
    expect(draft.paragraphs).toEqual(['Body.']);
  });
});
