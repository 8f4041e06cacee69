// The agency fields in every export: the JSON backup keeps them (and its schema reads them
// back), the CSV has a column each, Markdown and the PDF's template show them, and a story
// the agency withdrew says so wherever it is exported on purpose.
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/contract/archive';
import { backupArticle } from '../../../src-main/core/backup/backup-schema';
import { buildCsv } from '../../../src-main/core/export/csv';
import { buildJsonExport } from '../../../src-main/core/export/json';
import { buildMarkdown } from '../../../src-main/core/export/markdown';
import { buildPrintHtml } from '../../../src-main/core/export/print/print-html';
import { articleDoc, dossierDoc, makeArticle } from '../../fixtures/export/articles';

const WIRE = {
  byline: 'By Jane <b>Roe</b>',
  dateTime: '2024-03-01T14:05:00+01:00',
  subjects: ['medtop:20001065', 'POLITICS'],
  urgency: 3,
  slugline: 'Talks-Geneva',
  guid: 'urn:newsml:example.org:20240301:talks',
  version: '2',
  versionCreated: '2024-03-01T15:00:00+01:00',
  status: 'correction' as const,
  correctionNote: 'Corrects the date of the second round.',
};
const story = makeArticle({ id: '0123456789abcdef', ...WIRE });
const killed = makeArticle({ id: 'fedcba9876543210', status: 'canceled', guid: 'urn:x:killed' });
const plain = makeArticle({ id: '00000000000000aa' });

describe('the JSON backup', () => {
  const json = JSON.parse(buildJsonExport(dossierDoc([story, plain]), [])) as { articles: unknown[] };

  it('writes every agency field an article has and none it lacks', () => {
    expect(json.articles[0]).toMatchObject(WIRE);
    expect(Object.keys(json.articles[1] as object)).not.toContain('byline');
    expect(Object.keys(json.articles[1] as object)).not.toContain('status');
  });

  it('reads them back through the restore schema, and an older backup without them too', () => {
    expect(backupArticle.parse(json.articles[0])).toMatchObject(WIRE);
    const older = backupArticle.parse(json.articles[1]);
    expect(older.byline).toBeUndefined();
    expect(older.status).toBeUndefined();
  });

  it('refuses a status that is not one of the five', () => {
    expect(backupArticle.safeParse({ ...(json.articles[0] as object), status: 'published' }).success).toBe(false);
  });
});

describe('the CSV', () => {
  const rows = Papa.parse<Record<string, string>>(buildCsv(dossierDoc([story, plain])).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

  it('has a column for each agency field, empty where an article has none', () => {
    expect(rows[0]).toMatchObject({
      byline: WIRE.byline,
      date_time: WIRE.dateTime,
      status: 'correction',
      subjects: 'medtop:20001065; POLITICS',
      urgency: '3',
      slugline: WIRE.slugline,
      guid: WIRE.guid,
      version: '2',
    });
    expect(rows[1]).toMatchObject({ byline: '', status: '', subjects: '', guid: '' });
  });
});

describe('Markdown', () => {
  it('puts the agency fields in the front matter, so they travel with the file', () => {
    const md = buildMarkdown(articleDoc(story));
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(md)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({
      byline: WIRE.byline,
      status: 'correction',
      subjects: WIRE.subjects,
      guid: WIRE.guid,
    });
  });

  it('lists them under each dossier article, escaped, with the correction', () => {
    const md = buildMarkdown(dossierDoc([story]));
    expect(md).toContain('- **Byline:** By Jane \\<b>Roe\\</b>');
    expect(md).toContain(`- **Correction:** ${WIRE.correctionNote}`);
    expect(md).toContain('- **Subjects:** medtop:20001065, POLITICS');
  });

  it('says a withdrawn story was withdrawn, before its text', () => {
    const md = buildMarkdown(articleDoc(killed));
    expect(md.indexOf('**Withdrawn by the agency**')).toBeGreaterThan(0);
    expect(md.indexOf('**Withdrawn by the agency**')).toBeLessThan(md.indexOf(killed.paragraphs[0]!));
    expect(buildMarkdown(articleDoc(story))).not.toContain('Withdrawn');
  });
});

describe('the PDF template', () => {
  const dom = (article: Article, locale: 'en' | 'ru' = 'en'): Document =>
    parseHTML(buildPrintHtml(articleDoc(article, { locale }))).document as unknown as Document;
  const meta = (doc: Document): Record<string, string> => {
    const out: Record<string, string> = {};
    doc.querySelectorAll('.meta dt').forEach((dt) => (out[dt.textContent!] = dt.nextElementSibling!.textContent!));
    return out;
  };

  it('shows the agency fields as metadata, as text', () => {
    const doc = dom(story);
    expect(meta(doc)).toMatchObject({
      Byline: WIRE.byline,
      Time: WIRE.dateTime,
      Status: 'correction',
      Correction: WIRE.correctionNote,
      Subjects: 'medtop:20001065, POLITICS',
      Version: '2',
    });
    expect(doc.querySelector('.meta b')).toBeNull();
  });

  it('puts the withdrawal above a withdrawn story, in the export language', () => {
    expect(dom(killed).querySelector('.withdrawn')?.textContent).toBe('Withdrawn by the agency');
    expect(dom(killed, 'ru').querySelector('.withdrawn')?.textContent).toBe('Отозвано агентством');
    expect(dom(story).querySelector('.withdrawn')).toBeNull();
  });
});
