// The print template as a pure function: what the HTML says, read back through a DOM
// parser (linkedom, as the HTML importer uses) rather than matched as strings.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPrintHtml, printFooterTemplate } from '../../../src-main/core/export/print/print-html';
import { articleDoc, datedArticles, dossierDoc, highlightOf, makeArticle } from '../../fixtures/export/articles';

const PARAGRAPHS = [
  'The convoy reached Aleppo on Tuesday.',
  'Officials in Damascus said the route was open.',
  'Talks resume in Geneva.',
];

function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function printed(over: Parameters<typeof makeArticle>[0], doc: Parameters<typeof articleDoc>[1] = {}): Document {
  return dom(buildPrintHtml(articleDoc(makeArticle(over), doc)));
}

const texts = (nodes: Iterable<Element>): string[] => [...nodes].map((n) => n.textContent ?? '');

describe('escaping and sanitising', () => {
  it('prints a <script> in a highlight note as text, with no script element anywhere', () => {
    const note = '<script>alert(1)</script> check this';
    const document = printed({
      id: 'x',
      paragraphs: PARAGRAPHS,
      userData: { tags: [], note: '', annotations: [highlightOf(PARAGRAPHS, 'Aleppo', { note })] },
    });
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('.footnotes li .note-text')?.textContent).toBe(note);
  });

  it('prints markup in a headline and a tag as text', () => {
    const document = printed({
      id: 'x',
      title: 'Talks <img src=x onerror=alert(1)> resume',
      userData: { tags: ['<b>bold</b>'], note: '', annotations: [] },
    });
    expect(document.querySelector('h1')?.textContent).toBe('Talks <img src=x onerror=alert(1)> resume');
    expect(document.querySelector('.tag')?.textContent).toBe('<b>bold</b>');
    expect(document.querySelectorAll('img, b')).toHaveLength(0);
  });

  it('renders a Markdown note without images, handlers or javascript: links, keeping web links and emphasis', () => {
    const note =
      'Peskov **confirms**. <img src=x onerror="alert(1)"> ![map](https://example.org/m.png) [bad](javascript:alert(1)) [sana](https://sana.sy/)';
    const document = printed({ id: 'x', userData: { tags: [], note, annotations: [] } });
    const body = document.querySelector('.article-note .note-body')!;
    expect(body.querySelector('strong')?.textContent).toBe('confirms');
    expect(body.querySelectorAll('img')).toHaveLength(0);
    const attributes = [...body.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].map((a) => `${a.name}=${a.value}`),
    );
    expect(attributes.filter((a) => /^on|javascript:/i.test(a))).toEqual([]);
    expect(body.textContent).toContain('<img src=x onerror="alert(1)">');
    expect([...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).toEqual(['https://sana.sy/']);
  });

  it('prints headings inside a note as bold paragraphs, so they stay out of the PDF outline', () => {
    const document = printed({ id: 'x', userData: { tags: [], note: '# Summary\n\nText.', annotations: [] } });
    expect(document.querySelectorAll('.article-note h1, .article-note h2')).toHaveLength(0);
    expect(document.querySelector('.article-note .note-heading')?.textContent).toBe('Summary');
  });

  it('declares a CSP that lets nothing load or run', () => {
    const csp = printed({ id: 'x' })
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
  });
});

describe('highlights', () => {
  it('wraps a highlight inside one paragraph in a <mark> of its colour', () => {
    const document = printed({
      id: 'x',
      paragraphs: PARAGRAPHS,
      userData: { tags: [], note: '', annotations: [highlightOf(PARAGRAPHS, 'reached Aleppo', { color: 'green' })] },
    });
    const marks = document.querySelectorAll('.body mark');
    expect(texts(marks)).toEqual(['reached Aleppo']);
    expect(marks[0]?.className).toBe('hl hl-green');
    expect(document.querySelector('.body p')?.textContent).toBe(PARAGRAPHS[0]);
  });

  it('splits a highlight across a paragraph boundary into one mark per paragraph, with one marker after the last', () => {
    const annotation = highlightOf(PARAGRAPHS, 'Tuesday.\n\nOfficials', { note: 'two paragraphs' });
    const document = printed({
      id: 'x',
      paragraphs: PARAGRAPHS,
      userData: { tags: [], note: '', annotations: [annotation] },
    });
    const paragraphs = [...document.querySelectorAll('.body p')];
    expect(paragraphs.map((p) => texts(p.querySelectorAll('mark')))).toEqual([['Tuesday.'], ['Officials'], []]);
    expect(paragraphs.map((p) => p.querySelectorAll('.marker').length)).toEqual([0, 1, 0]);
  });

  it('links each numbered marker to its footnote, which quotes the highlight and gives its note', () => {
    const annotations = [
      highlightOf(PARAGRAPHS, 'Aleppo', { note: 'which side?' }),
      highlightOf(PARAGRAPHS, 'Geneva', { note: 'date unknown' }),
    ];
    const document = printed({ id: 'x', paragraphs: PARAGRAPHS, userData: { tags: [], note: '', annotations } });
    const markers = [...document.querySelectorAll('.body .marker a')];
    expect(texts(markers)).toEqual(['1', '2']);
    const notes = markers.map((a) => document.getElementById(a.getAttribute('href')!.slice(1)));
    expect(notes.map((li) => li?.querySelector('q')?.textContent)).toEqual(['Aleppo', 'Geneva']);
    expect(notes.map((li) => li?.querySelector('.note-text')?.textContent)).toEqual(['which side?', 'date unknown']);
  });

  it('colours a highlight without a note but gives it no number', () => {
    const annotations = [highlightOf(PARAGRAPHS, 'convoy'), highlightOf(PARAGRAPHS, 'Geneva', { note: 'n' })];
    const document = printed({ id: 'x', paragraphs: PARAGRAPHS, userData: { tags: [], note: '', annotations } });
    expect(texts(document.querySelectorAll('.body mark'))).toEqual(['convoy', 'Geneva']);
    expect(texts(document.querySelectorAll('.body .marker'))).toEqual(['1']);
  });

  it('gives a stretch where highlights overlap the colour of the inner one', () => {
    const annotations = [
      highlightOf(PARAGRAPHS, 'The convoy reached', { color: 'blue' }),
      highlightOf(PARAGRAPHS, 'convoy', { color: 'pink' }),
    ];
    const document = printed({ id: 'x', paragraphs: PARAGRAPHS, userData: { tags: [], note: '', annotations } });
    const marks = [...document.querySelectorAll('.body mark')].map((m) => `${m.className}:${m.textContent}`);
    expect(marks).toEqual(['hl hl-blue:The ', 'hl hl-pink:convoy', 'hl hl-blue: reached']);
  });

  it('lists an orphaned highlight under "Not placed" with its quote and note, and draws it nowhere in the body', () => {
    const orphan = highlightOf(PARAGRAPHS, 'a passage since edited out', { note: 'keep this', orphaned: true });
    const document = printed({
      id: 'x',
      paragraphs: PARAGRAPHS,
      userData: { tags: [], note: '', annotations: [orphan] },
    });
    expect(document.querySelectorAll('.body mark')).toHaveLength(0);
    const item = document.querySelector('.unplaced li')!;
    expect(document.querySelector('.unplaced .section-title')?.textContent).toBe('Not placed');
    expect(item.querySelector('q')?.textContent).toBe('a passage since edited out');
    expect(item.querySelector('.note-text')?.textContent).toBe('keep this');
  });
});

describe('article layout', () => {
  it('marks an Arabic article right to left while its metadata labels keep the interface direction', () => {
    const document = printed({ id: 'x', language: 'ar', title: 'وزير الخارجية يبحث تطورات الأوضاع' });
    const article = document.querySelector('article')!;
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const meta = document.querySelector('.meta')!;
    expect([meta.getAttribute('lang'), meta.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  it('marks a Russian article as Russian, left to right', () => {
    const article = printed({ id: 'x', language: 'ru' }).querySelector('article')!;
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).toEqual(['ru', 'ltr']);
  });

  it('prints sub-headlines as h3 in the body', () => {
    const document = printed({ id: 'x', paragraphs: PARAGRAPHS, subheadings: [1] });
    expect(texts(document.querySelectorAll('.body h3'))).toEqual([PARAGRAPHS[1]]);
  });

  it('prints every source file with its sha256', () => {
    const source = {
      path: '/wires/one.txt',
      format: 'text' as const,
      encoding: 'utf-8',
      sha256: '1'.repeat(64),
      size: 1,
      mtime: '',
    };
    const copy = { ...source, path: '/backup/one.json', sha256: '2'.repeat(64), recordIndex: 3 };
    const document = printed({ id: 'x', source, sources: [source, copy] });
    expect(texts(document.querySelectorAll('.sources .path'))).toEqual(['/wires/one.txt', '/backup/one.json #3']);
    expect(texts(document.querySelectorAll('.sources .sha'))).toEqual([
      `sha256 ${'1'.repeat(64)}`,
      `sha256 ${'2'.repeat(64)}`,
    ]);
  });

  it('leaves the related teasers out unless the document asks for them', () => {
    const related = [{ title: 'Another story', excerpt: 'Its opening lines' }];
    expect(printed({ id: 'x', related }).querySelector('.related')).toBeNull();
    const included = printed({ id: 'x', related }, { includeRelated: true });
    expect(included.querySelector('.related .related-title')?.textContent).toBe('Another story');
  });

  it('prints its labels in the export locale', () => {
    const annotations = [highlightOf(PARAGRAPHS, 'Aleppo', { note: 'n' })];
    const document = printed(
      { id: 'x', paragraphs: PARAGRAPHS, userData: { tags: ['t'], note: '', annotations } },
      { locale: 'ru' },
    );
    expect(texts(document.querySelectorAll('.meta dt'))).toContain('Теги');
    expect(document.querySelector('.footnotes .section-title')?.textContent).toBe('Заметки');
  });

  it('prints a single article without a cover or contents', () => {
    const document = printed({ id: 'x' });
    expect(document.querySelector('.cover, .toc')).toBeNull();
  });
});

describe('dossier', () => {
  const articles = datedArticles(3);
  const document = dom(buildPrintHtml(dossierDoc(articles)));

  it('opens with a cover giving title, date range, article count and filter', () => {
    const cover = document.querySelector('.cover')!;
    expect(cover.querySelector('.cover-title')?.textContent).toBe('Dossier: syria');
    expect(cover.querySelector('.cover-count')?.textContent).toBe('3 articles');
    expect(cover.textContent).toContain('March 1, 2016 – March 3, 2016');
    expect(cover.textContent).toContain('tag: syria');
  });

  it('lists every article in the contents with a link to its anchor', () => {
    const links = [...document.querySelectorAll('.toc a')];
    expect(links.map((a) => a.querySelector('.toc-headline')?.textContent)).toEqual(articles.map((a) => a.title));
    const targets = links.map(
      (a) => document.getElementById(a.getAttribute('href')!.slice(1))?.querySelector('h1')?.textContent,
    );
    expect(targets).toEqual(articles.map((a) => a.title));
  });

  it('prints one article element per article, in the order given', () => {
    expect(texts(document.querySelectorAll('article > h1'))).toEqual(articles.map((a) => a.title));
  });

  it('uses h1 only for the headlines, so the outline has one entry per article', () => {
    expect(document.querySelectorAll('h1')).toHaveLength(3);
    expect(document.querySelectorAll('h2, h4, h5, h6')).toHaveLength(0);
  });
});

describe('footer template', () => {
  it('escapes the title and holds the page number, the total and the export year', () => {
    const footer = printFooterTemplate(articleDoc(makeArticle({ id: 'x', title: 'A <script>x</script> & B' })));
    const document = dom(`<!doctype html><html><body>${footer}</body></html>`);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.body.textContent).toContain('A <script>x</script> & B');
    expect(document.querySelectorAll('.pageNumber, .totalPages')).toHaveLength(2);
    expect(document.body.textContent).toContain('2026');
  });

  it('sets its own font size, since Chromium draws footers with almost none', () => {
    const footer = printFooterTemplate(articleDoc(makeArticle({ id: 'x' })));
    expect(footer).toMatch(/style="[^"]*font-size: 7\.5pt/);
  });
});
