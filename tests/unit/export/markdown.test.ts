// The Markdown export as a pure function of an export document: front matter, highlights
// as ==marks== with footnoted notes, escaping of untrusted article text, dossiers.
import { marked } from 'marked';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildMarkdown } from '../../../src-main/core/export/markdown';
import { parseFile } from '../../../src-main/core/parse/index';
import { articleDoc, dossierDoc, highlightOf, makeArticle } from '../../fixtures/export/articles';

const FRONT = /^---\n([\s\S]*?)\n---\n/u;

function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = FRONT.exec(markdown);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1]!) as Record<string, unknown>;
}

/** The Markdown's blocks (paragraphs, headings, lists), front matter left out. */
const blocksOf = (markdown: string): string[] =>
  markdown
    .replace(FRONT, '')
    .split('\n\n')
    .map((b) => b.trim());

describe('buildMarkdown: one article', () => {
  it('writes front matter that YAML reads back with the metadata, source and tags', () => {
    const article = makeArticle({
      id: 'a1',
      title: 'Talks: "Geneva" #2 — day one',
      signature: 'J. Smith',
      userData: { tags: ['syria/aleppo', 'россия'], note: '', annotations: [] },
    });
    const front = frontMatterOf(buildMarkdown(articleDoc(article)));
    expect(front).toMatchObject({
      title: 'Talks: "Geneva" #2 — day one',
      date: '2016-07-15',
      place: 'Damascus',
      agency: 'SANA',
      language: 'en',
      signature: 'J. Smith',
      source: { path: '/wires/a1.txt', sha256: 'a'.repeat(64) },
      tags: ['syria/aleppo', 'россия'],
    });
  });

  it("imports again as the same article, with its tags, through the app's own Markdown parser", async () => {
    const article = makeArticle({
      id: 'a1',
      title: 'Convoy reaches Aleppo',
      paragraphs: ['An aid convoy reached the city.'],
      userData: { tags: ['syria'], note: '', annotations: [] },
    });
    const bytes = new TextEncoder().encode(buildMarkdown(articleDoc(article)));
    const parsed = await parseFile({
      path: '/out/a.md',
      bytes,
      mtimeMs: 0,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(parsed.ok && parsed.records[0]).toMatchObject({
      title: 'Convoy reaches Aleppo',
      date: '2016-07-15',
      tags: ['syria'],
      paragraphs: ['An aid convoy reached the city.'],
    });
  });

  it('marks a highlight with == and points to its note with a footnote', () => {
    const paragraphs = ['The convoy reached Aleppo on Tuesday.', 'Officials confirmed it.'];
    const annotations = [
      highlightOf(paragraphs, 'reached Aleppo', { note: 'Check the date' }),
      highlightOf(paragraphs, 'Officials'),
    ];
    const md = buildMarkdown(
      articleDoc(makeArticle({ id: 'a1', paragraphs, userData: { tags: [], note: '', annotations } })),
    );
    const blocks = blocksOf(md);
    expect(blocks).toContain('The convoy ==reached Aleppo==[^1] on Tuesday.');
    expect(blocks).toContain('==Officials== confirmed it.');
    expect(blocks).toContain('[^1]: Check the date');
    expect(md).not.toContain('[^2]');
  });

  it('closes a highlight at a paragraph break and opens it again in the next paragraph', () => {
    const paragraphs = ['The convoy reached Aleppo.', 'Officials confirmed it on Tuesday.'];
    const annotations = [highlightOf(paragraphs, 'Aleppo.\n\nOfficials confirmed', { note: 'Two sources' })];
    const blocks = blocksOf(
      buildMarkdown(articleDoc(makeArticle({ id: 'a1', paragraphs, userData: { tags: [], note: '', annotations } }))),
    );
    expect(blocks).toContain('The convoy reached ==Aleppo.==');
    expect(blocks).toContain('==Officials confirmed==[^1] it on Tuesday.');
  });

  it("makes overlapping highlights one mark, with each note's reference where its highlight ends", () => {
    const paragraphs = ['The aid convoy reached the city at noon.'];
    const annotations = [
      highlightOf(paragraphs, 'aid convoy reached', { note: 'one' }),
      highlightOf(paragraphs, 'reached the city', { note: 'two' }),
    ];
    const blocks = blocksOf(
      buildMarkdown(articleDoc(makeArticle({ id: 'a1', paragraphs, userData: { tags: [], note: '', annotations } }))),
    );
    expect(blocks).toContain('The ==aid convoy reached[^1] the city==[^2] at noon.');
  });

  it("keeps the spaces at a highlight's edges outside its marks", () => {
    const paragraphs = ['The convoy reached Aleppo.'];
    const annotations = [highlightOf(paragraphs, ' convoy ')];
    expect(
      blocksOf(
        buildMarkdown(articleDoc(makeArticle({ id: 'a1', paragraphs, userData: { tags: [], note: '', annotations } }))),
      ),
    ).toContain('The ==convoy== reached Aleppo.');
  });

  it('escapes article text so it cannot make headings, quotes, lists, HTML, footnotes or marks', () => {
    const paragraphs = [
      '# Not a heading',
      '> not a quote',
      '- not a list',
      '1. not a list',
      '<script>alert(1)</script> and [^1] and ==no mark== and C:\\path and *x*',
    ];
    const md = buildMarkdown(articleDoc(makeArticle({ id: 'a1', title: '# <b>Title</b>', paragraphs })));
    const html = marked.parse(md.replace(FRONT, ''), { async: false });
    expect(html).not.toMatch(/<script|<b>|<blockquote|<li|<ol|<ul|<em/u);
    expect(html.match(/<h\d/gu)).toEqual(['<h1']);
    expect(html).toContain('<p># Not a heading</p>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('C:\\path');
    expect(md).toContain('\\[^1\\]');
    expect(md).toContain('\\=\\=no mark\\=\\=');
    expect(md).not.toContain('[^1]:');
  });

  it('puts the article note under its own heading and footnotes after the article', () => {
    const paragraphs = ['The convoy reached Aleppo.'];
    const annotations = [highlightOf(paragraphs, 'Aleppo', { note: 'First line\nsecond line\n\nNew paragraph' })];
    const blocks = blocksOf(
      buildMarkdown(
        articleDoc(
          makeArticle({ id: 'a1', paragraphs, userData: { tags: [], note: 'Follow up **Monday**.', annotations } }),
        ),
      ),
    );
    expect(blocks.slice(-4)).toEqual([
      '## Note',
      'Follow up **Monday**.',
      '[^1]: First line\n    second line',
      'New paragraph',
    ]);
  });

  it("keeps the note's Markdown but shows raw HTML in it as text, outside code", () => {
    const note = 'See **this** and <https://example.org>.\n\n<script>alert(1)</script> `<b>` kept';
    const md = buildMarkdown(articleDoc(makeArticle({ id: 'a1', userData: { tags: [], note, annotations: [] } })));
    expect(blocksOf(md).slice(-2)).toEqual([
      'See **this** and <https://example.org>.',
      '\\<script>alert(1)\\</script> `<b>` kept',
    ]);
    expect(marked.parse(md.replace(FRONT, ''), { async: false })).not.toContain('<script');
  });

  it('lists highlights that could not be placed with their quote and note, outside the text', () => {
    const paragraphs = ['The convoy reached Aleppo.'];
    const annotations = [highlightOf(paragraphs, 'left the city', { orphaned: true, note: 'gone after re-import' })];
    const md = buildMarkdown(
      articleDoc(makeArticle({ id: 'a1', paragraphs, userData: { tags: [], note: '', annotations } })),
    );
    expect(blocksOf(md)).toContain('- “left the city” — gone after re-import');
    expect(blocksOf(md)).toContain('## Not placed');
    expect(md).not.toContain('==');
  });

  it('leaves related teasers out unless the export includes them', () => {
    const article = makeArticle({ id: 'a1', related: [{ title: 'Earlier convoy', excerpt: 'A convoy in May.' }] });
    expect(buildMarkdown(articleDoc(article))).not.toContain('Earlier convoy');
    expect(blocksOf(buildMarkdown(articleDoc(article, { includeRelated: true })))).toEqual(
      expect.arrayContaining(['## Related', '- **Earlier convoy** — A convoy in May.']),
    );
  });

  it('sets sub-headlines as level-three headings', () => {
    const article = makeArticle({
      id: 'a1',
      paragraphs: ['Intro sentence.', 'Talks in Geneva', 'More text follows here.'],
      subheadings: [1],
    });
    expect(blocksOf(buildMarkdown(articleDoc(article)))).toContain('### Talks in Geneva');
  });
});

describe('buildMarkdown: dossier', () => {
  const first = makeArticle({
    id: 'a1',
    title: 'Talks open in Geneva',
    paragraphs: ['Delegations met on Monday.'],
    userData: {
      tags: ['syria'],
      note: '',
      annotations: [highlightOf(['Delegations met on Monday.'], 'Delegations', { note: 'who?' })],
    },
  });
  const second = makeArticle({
    id: 'b2',
    title: 'Переговоры в Женеве',
    language: 'ru',
    paragraphs: ['Делегации встретились в понедельник.'],
    userData: {
      tags: [],
      note: '',
      annotations: [highlightOf(['Делегации встретились в понедельник.'], 'встретились', { note: 'когда?' })],
    },
  });

  it('puts title, export time, filter and count in the front matter', () => {
    expect(frontMatterOf(buildMarkdown(dossierDoc([first, second])))).toEqual({
      title: 'Dossier: syria',
      exported: '2026-06-15T09:30:00.000Z',
      filter: 'tag: syria',
      count: 2,
    });
  });

  it("links each contents entry to an anchor before its article's heading", () => {
    const md = buildMarkdown(dossierDoc([first, second]));
    expect(md).toContain(
      '1. [Talks open in Geneva](#article-1) — 2016-07-15\n2. [Переговоры в Женеве](#article-2) — 2016-07-15',
    );
    expect(md).toContain('<a id="article-2"></a>\n\n## Переговоры в Женеве');
    expect(md.indexOf('<a id="article-1">')).toBeLessThan(md.indexOf('<a id="article-2">'));
  });

  it('numbers footnotes across the whole dossier, so no label repeats', () => {
    const md = buildMarkdown(dossierDoc([first, second]));
    expect(md).toContain('==Delegations==[^1] met');
    expect(md).toContain('==встретились==[^2] в');
    expect(md.match(/^\[\^\d+\]:/gmu)).toEqual(['[^1]:', '[^2]:']);
  });

  it("lists each article's metadata under its heading", () => {
    const md = buildMarkdown(dossierDoc([first, second]));
    expect(md).toContain(
      '## Talks open in Geneva\n\n- **Date:** 2016-07-15\n- **Place:** Damascus\n- **Agency:** SANA\n- **Language:** en\n- **Tags:** syria\n- **Source:** /wires/a1.txt',
    );
  });
});
