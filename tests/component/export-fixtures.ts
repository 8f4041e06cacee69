// The window as the export tests open the dialog on: an open article, two tags and a
// search; plus a reply main holds back until the test lets it go, for the running export.
import type { ExportResult, RestoreSummary } from '../../src-main/contract/export';
import type { ExportContext } from '../../src-renderer/src/lib/export-request';

export const ARTICLE_ID = 'a0a0a0a0a0a0a0a0';
export const ARTICLE_TITLE = 'Песков: РФ готова к координации совместных усилий с США';
export const PICKED = ['b1b1b1b1b1b1b1b1', 'c2c2c2c2c2c2c2c2', 'd3d3d3d3d3d3d3d3'];

export function exportContext(patch: Partial<ExportContext> = {}): ExportContext {
  return {
    article: { id: ARTICLE_ID, title: ARTICLE_TITLE },
    selection: [],
    search: { query: '', filters: {}, total: 40 },
    tags: [
      { name: 'syria', count: 3 },
      { name: 'syria/aleppo', count: 2 },
    ],
    ...patch,
  };
}

export function exportResult(patch: Partial<ExportResult> = {}): ExportResult {
  return { files: ['/home/ana/exports/dossier.pdf'], articles: 2, cancelled: false, durationMs: 900, ...patch };
}

export function restoreSummary(patch: Partial<RestoreSummary> = {}): RestoreSummary {
  return {
    file: '/home/ana/backup.json',
    articles: 5,
    added: 5,
    annotations: 3,
    notes: 1,
    tagged: 4,
    rejected: [],
    ...patch,
  };
}

/** A promise the test resolves when it chooses: main's answer to a call still running. */
export function held<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((done) => (release = done));
  return { promise, release };
}
