import type { SourceInfo } from '../../src-main/contract/archive';

/** A source folder as `sources:list` gives it; present, watched, scanned three hours before `now`. */
export function source(path: string, patch: Partial<SourceInfo> = {}, now = new Date()): SourceInfo {
  return {
    path,
    articles: 12,
    missingArticles: 0,
    files: 14,
    lastScanAt: new Date(now.getTime() - 3 * 3600_000).toISOString(),
    watch: true,
    present: true,
    ...patch,
  };
}

export const EMPTY_SUMMARY = {
  filesSeen: 0,
  imported: 0,
  unchanged: 0,
  duplicates: 0,
  missingFiles: 0,
  rejected: [],
  cancelled: false,
  durationMs: 1,
};
