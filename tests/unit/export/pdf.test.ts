// The print template through a real Chromium (playwright-core, as the CLI prints), read
// back with poppler. The seed and an Arabic dispatch go through the real importer and
// service, with highlights and a tag made through the same channels the renderer calls.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/contract/archive';
import type { Channel, ChannelArgs, ChannelResult } from '../../../src-main/contract/ipc';
import { bodyText } from '../../../src-main/contract/userdata';
import type { ExportDocument } from '../../../src-main/core/export/export-document';
import type { PdfOptions, PdfRenderer } from '../../../src-main/core/export/pdf';
import { chromiumPath, openChromiumPdfRenderer } from '../../../src-main/core/export/pdf-chromium';
import { buildPrintHtml, printFooterTemplate } from '../../../src-main/core/export/print/print-html';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';
import { articleDoc, datedArticles, dossierDoc } from '../../fixtures/export/articles';
import {
  linkDestinations,
  missingPopplerTool,
  pageToPng,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfText,
  plainText,
} from '../../fixtures/export/poppler';

const ROOT = resolve(__dirname, '../../..');
const SEED = join(ROOT, 'seeds/000_068abd54a537aef4.txt');
const ARABIC = join(ROOT, 'tests/fixtures/export/arabic-dispatch.txt');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
const ARABIC_HEADLINE = 'وزير الخارجية يبحث مع نظيره الروسي تطورات الأوضاع في المنطقة';

const browser = chromiumPath();
const tool = missingPopplerTool();
const skip =
  !browser || !existsSync(browser)
    ? 'no Chromium: set DISPATCH_ARCHIVE_BROWSER'
    : tool
      ? `no ${tool}: install poppler-utils`
      : null;
if (skip) console.warn(`skipping PDF export tests: ${skip}`);

let root: string;
let service: ArchiveService;
let renderer: PdfRenderer;

async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const reply = await routeCall(service.handlers, channel, args);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as ChannelResult<C>;
}

async function articleTitled(start: string): Promise<Article> {
  const item = (await call('archive:list', { offset: 0, limit: 10 })).items.find((i) => i.title.startsWith(start))!;
  return (await service.article(item.id))!;
}

async function highlight(article: Article, words: string, note = ''): Promise<void> {
  const start = bodyText(article.paragraphs).indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  await call('annotations:create', { articleId: article.id, start, end: start + words.length, color: 'yellow', note });
}

/** Prints `doc` to a PDF file in the temp dir and returns its path and bytes. */
async function print(
  doc: ExportDocument,
  name: string,
  options: Partial<PdfOptions> = {},
): Promise<{ file: string; pdf: Uint8Array }> {
  const pdf = await renderer.render(buildPrintHtml(doc), {
    paperSize: 'A4',
    footerTemplate: printFooterTemplate(doc),
    outline: doc.kind === 'dossier',
    ...options,
  });
  const file = join(root, `${name}.pdf`);
  await writeFile(file, pdf);
  return { file, pdf };
}

describe.skipIf(skip !== null)('PDF export through Chromium', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'da-pdf-'));
    await mkdir(join(root, 'wires'));
    await cp(SEED, join(root, 'wires/000_068abd54a537aef4.txt'));
    await cp(ARABIC, join(root, 'wires/arabic-dispatch.txt'));
    await mkdir(SCREENSHOTS, { recursive: true });
    service = await ArchiveService.open({ dataDir: join(root, 'data') });
    await service.importFolder(join(root, 'wires'));
    renderer = await openChromiumPdfRenderer();
  });
  afterAll(async () => {
    await renderer?.close();
    await service?.close();
    await rm(root, { recursive: true, force: true });
  });

  describe('the seed with two highlights, one with a note, and a tag', () => {
    let file: string;
    let text: string;
    let seed: Article;
    beforeAll(async () => {
      seed = await articleTitled('Песков');
      await highlight(seed, 'Дмитрий Песков', 'Пресс-секретарь Кремля, а не МИД');
      await highlight(seed, 'продолжение переговоров в Женеве');
      await call('tags:apply', { ids: [seed.id], add: ['сирия/дипломатия'] });
      seed = (await service.article(seed.id))!;
      ({ file } = await print(articleDoc(seed), 'seed'));
      text = plainText(pdfText(file));
    });

    it('extracts the headline, the highlighted words, the note, the tag and the agency', () => {
      for (const words of [
        seed.title,
        'Дмитрий Песков',
        'продолжение переговоров в Женеве',
        'Пресс-секретарь Кремля, а не МИД',
        'сирия/дипломатия',
        'САНА',
      ]) {
        expect(text).toContain(words);
      }
    });

    it('prints the page number of the total and the export time in the footer', () => {
      expect(text).toMatch(/Page 1 of \d+ · Exported June 15, 2026/);
    });

    it('embeds the Noto faces that carry its Cyrillic text', () => {
      const fonts = pdfFonts(file);
      expect(fonts.map((f) => f.name)).toContain('NotoSerif-Regular');
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    });

    it('renders page 1 to a PNG for a person to look at', () => {
      const png = join(SCREENSHOTS, 'export-seed-page1.png');
      pageToPng(file, 1, png);
      expect(existsSync(png)).toBe(true);
    });
  });

  describe('an Arabic dispatch', () => {
    let file: string;
    beforeAll(async () => {
      const article = await articleTitled('وزير');
      await highlight(article, 'التنسيق المشترك', 'أي تنسيق؟');
      ({ file } = await print(articleDoc((await service.article(article.id))!), 'arabic'));
    });

    it('extracts its headline in logical order', () => {
      // pdftotext wraps right-to-left runs in embedding marks; the words between them
      // come out first word first, which a visually ordered PDF would reverse.
      // It is printed twice, as the heading and in the footer; both must read right.
      expect(plainText(pdfText(file)).split(ARABIC_HEADLINE)).toHaveLength(3);
    });

    it('keeps a highlighted phrase, and its note, in logical order in the extracted text', () => {
      const text = plainText(pdfText(file));
      // The footnote marker, a digit, comes out beside the highlight's last word.
      expect(text).toMatch(/أهمية مواصلة التنسيق المشترك ?1 ?في مكافحة الإرهاب/);
      expect(text).toContain('أي تنسيق؟');
    });

    it('embeds an Arabic Noto face', () => {
      const arabic = pdfFonts(file).filter((f) => f.name.startsWith('NotoNaskhArabic'));
      expect(arabic.map((f) => f.embedded)).toContain(true);
      expect(arabic.every((f) => f.embedded)).toBe(true);
    });

    it('renders page 1 to a PNG for a person to look at', () => {
      const png = join(SCREENSHOTS, 'export-arabic-page1.png');
      pageToPng(file, 1, png);
      expect(existsSync(png)).toBe(true);
    });
  });

  describe('a dossier of 20 articles', () => {
    // One headline long enough to wrap: its outline entry must still read with a space at the wrap.
    const articles = datedArticles(20).map((a, i) =>
      i === 6
        ? { ...a, title: `${a.title}, where the convoy waited three days at the checkpoint before the road opened` }
        : a,
    );
    const headlines = articles.map((a) => a.title);
    let file: string;
    let pdf: Uint8Array;
    let pages: string[];
    beforeAll(async () => {
      ({ file, pdf } = await print(dossierDoc(articles), 'dossier'));
      pages = pdfText(file).split('\f').map(plainText);
    });

    it('prints the 20 headlines after the table of contents, in date order', () => {
      const text = pages.join('\f');
      const endOfContents = text.indexOf(headlines.at(-1)!) + headlines.at(-1)!.length;
      const positions = headlines.map((h) => text.indexOf(h, endOfContents));
      expect(positions.every((at) => at > endOfContents)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it('starts each article on a page of its own', () => {
      const pageOf = headlines.map((h) => pages.findLastIndex((p) => p.includes(h)));
      expect(new Set(pageOf).size).toBe(20);
      expect(Number(pdfInfo(file).Pages)).toBeGreaterThan(20);
    });

    it('links each contents entry to its article inside the PDF', () => {
      expect(linkDestinations(pdf)).toEqual(articles.map((a) => `article-${a.id}`));
    });

    it('has an outline with one entry per article, titled by its headline, pointing at its page', () => {
      const outline = pdfOutline(file);
      expect(outline.map((e) => e.title)).toEqual(headlines);
      const pageOf = headlines.map((h) => pages.findLastIndex((p) => p.includes(h)) + 1);
      expect(outline.map((e) => e.page)).toEqual(pageOf);
    });
  });

  it('runs no script in the page, even one the HTML carries', async () => {
    const html =
      '<!doctype html><p id="x">as written</p><script>document.getElementById("x").textContent = "script ran"</script>';
    const file = join(root, 'script.pdf');
    await writeFile(
      file,
      await renderer.render(html, { paperSize: 'A4', footerTemplate: '<span></span>', outline: false }),
    );
    expect(pdfText(file)).toContain('as written');
  });

  it('prints on A4 or on Letter as asked', async () => {
    const doc = dossierDoc(datedArticles(1));
    const a4 = await print(doc, 'a4', { paperSize: 'A4' });
    const letter = await print(doc, 'letter', { paperSize: 'Letter' });
    expect(pdfInfo(a4.file)['Page size']).toMatch(/\(A4\)/);
    expect(pdfInfo(letter.file)['Page size']).toMatch(/\(letter\)/);
  });
});
