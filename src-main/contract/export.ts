// Types of exporting and restoring that cross IPC. No imports with runtime code, like archive.ts.
import type { ImportReject } from './archive';
import type { FacetFilters } from './search';

/** PDF and Markdown for reading; JSON is the full backup that restores; CSV for spreadsheets. */
export const EXPORT_FORMATS = ['pdf', 'markdown', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * PDF and Markdown: one file per article (into a folder the user picks), or one dossier
 * file. JSON and CSV are always one file.
 */
export const EXPORT_LAYOUTS = ['per-article', 'dossier'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

/** Which articles: chosen ones, every article under a tag (children included), or a search as the list shows it. */
export type ExportScope =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'tag'; tag: string }
  | { kind: 'search'; query: string; filters: FacetFilters };

export interface ExportRequest {
  format: ExportFormat;
  layout: ExportLayout;
  scope: ExportScope;
  /** The dossier's title on its cover; a default is made from the scope. */
  title?: string;
  /** Take in stories their agency withdrew (killed or cancelled), marked as withdrawn; left out otherwise. */
  includeWithdrawn?: boolean;
}

export interface ExportResult {
  /** Every file written, absolute paths. */
  files: string[];
  articles: number;
  /** Stories the agency withdrew that the scope matched and the export left out (see ExportRequest.includeWithdrawn). */
  withdrawnLeftOut?: number;
  /** Cancelled part-way: the files listed were written whole; nothing half-written is left. */
  cancelled: boolean;
  durationMs: number;
}

export interface ExportProgress {
  phase: 'collecting' | 'rendering' | 'writing' | 'done';
  /** Articles (or files, when writing per article) done so far, out of total. */
  done: number;
  total: number;
}

/** What restoring a JSON export did. Articles already in the archive get the backup's tags and annotations merged in. */
export interface RestoreSummary {
  file: string;
  /** Articles in the backup. */
  articles: number;
  /** Articles the archive did not hold, added from the backup. */
  added: number;
  /** Annotations and notes put in place (ones already present are not doubled). */
  annotations: number;
  notes: number;
  /** Articles that received at least one tag. */
  tagged: number;
  /** Records of the backup that could not be restored, each with its reason. */
  rejected: ImportReject[];
}

/** The `format` field that marks a JSON file as a Dispatch Archive export (and so a backup that restores). */
export const EXPORT_FILE_FORMAT = 'dispatch-archive-export';
export const EXPORT_FILE_VERSION = 1;
