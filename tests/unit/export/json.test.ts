// The JSON export as a pure function: the backup format's frame, full records, the tags
// the articles use with their colours, and a file the restore schema accepts whole.
import { describe, expect, it } from 'vitest';
import { EXPORT_FILE_FORMAT, EXPORT_FILE_VERSION } from '../../../src-main/contract/export';
import type { TagInfo } from '../../../src-main/contract/userdata';
import { backupArticle, backupFrame } from '../../../src-main/core/backup/backup-schema';
import { buildJsonExport } from '../../../src-main/core/export/json';
import { dossierDoc, highlightOf, makeArticle } from '../../fixtures/export/articles';

const tag = (name: string, color: TagInfo['color'], implicit = false): TagInfo => ({
  name,
  color,
  own: implicit ? 0 : 1,
  count: 1,
  implicit,
});
const TAGS = [tag('economy', 'green'), tag('syria', 'red', true), tag('syria/aleppo', 'teal'), tag('россия', 'blue')];

const paragraphs = ['The convoy reached Aleppo.', 'Officials confirmed it.'];
const annotated = makeArticle({
  id: '0123456789abcdef',
  paragraphs,
  related: [{ title: 'Earlier convoy', excerpt: 'In May.' }],
  userData: {
    tags: ['syria/aleppo', 'россия'],
    note: 'Follow up',
    annotations: [
      highlightOf(paragraphs, 'convoy', { id: '11111111-1111-4111-8111-111111111111', note: 'which?' }),
      highlightOf(paragraphs, 'gone words', { id: '22222222-2222-4222-8222-222222222222', orphaned: true }),
    ],
  },
});

describe('buildJsonExport', () => {
  const json = JSON.parse(buildJsonExport(dossierDoc([annotated]), TAGS));

  it('marks the file as a Dispatch Archive export of this format version', () => {
    expect(json).toMatchObject({
      format: EXPORT_FILE_FORMAT,
      version: EXPORT_FILE_VERSION,
      exportedAt: '2026-06-15T09:30:00.000Z',
      title: 'Dossier: syria',
      filter: 'tag: syria',
    });
  });

  it('lists only the tags the exported articles use, their parents included, with colours', () => {
    expect(json.tags).toEqual([
      { name: 'syria', color: 'red' },
      { name: 'syria/aleppo', color: 'teal' },
      { name: 'россия', color: 'blue' },
    ]);
  });

  it("keeps every field of the record and the user's work on it, annotations with anchors, placement and times", () => {
    // The reader's view of versions and thread is not the record's: a backup leaves both out.
    const { userData, subheadings, folder, highlights, versions, thread, ...record } = annotated;
    void thread;
    void subheadings;
    void folder;
    void highlights;
    void versions;
    expect(json.articles).toEqual([
      { ...record, tags: userData.tags, note: userData.note, annotations: userData.annotations },
    ]);
  });

  it('is a file the restore schema accepts, frame and articles', () => {
    expect(backupFrame.safeParse(json).success).toBe(true);
    expect(backupArticle.safeParse(json.articles[0]).success).toBe(true);
  });

  it('is pretty-printed, one field a line', () => {
    expect(buildJsonExport(dossierDoc([annotated]), TAGS)).toMatch(
      /^\{\n {2}"format": "dispatch-archive-export",\n {2}"version": 1,\n/u,
    );
  });
});
