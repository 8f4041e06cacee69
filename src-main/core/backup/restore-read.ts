// Reading a backup (a JSON export) and checking it before anything is written. A file
// that is not a backup at all, or one from a newer version of the app, is refused as a
// whole with a reason a user can act on; within a good file, a bad article or tag is
// refused on its own and the rest restores.
import { readFile } from 'node:fs/promises';
import type { ImportReject } from '../../contract/archive';
import { EXPORT_FILE_FORMAT, EXPORT_FILE_VERSION } from '../../contract/export';
import { ImportError } from '../import/import-folder';
import { errorText } from '../import/walk-folder';
import {
  MAX_BACKUP_TAGS,
  backupArticle,
  backupFrame,
  backupTag,
  describeIssues,
  type BackupArticle,
  type BackupTag,
} from './backup-schema';

/** The file cannot be restored at all; nothing was changed. */
export class RestoreError extends ImportError {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

export interface ReadBackup {
  /** Articles in the file, good and bad. */
  total: number;
  articles: BackupArticle[];
  tags: BackupTag[];
  rejected: ImportReject[];
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new RestoreError(`cannot read ${file}: ${errorText(err)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new RestoreError(
      `${file} is not a backup: it is not JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}

/** Checks what identifies a backup, in the order that gives the most useful message. */
function checkFrame(file: string, json: unknown): { tags: unknown[]; articles: unknown[] } {
  const marked =
    typeof json === 'object' && json !== null && (json as { format?: unknown }).format === EXPORT_FILE_FORMAT;
  if (!marked)
    throw new RestoreError(`${file} is not a Dispatch Archive export: it has no "format": "${EXPORT_FILE_FORMAT}"`);
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_FILE_VERSION) {
    throw new RestoreError(
      `${file} was written by a newer version of Dispatch Archive (backup format ${version}; this version reads up to ${EXPORT_FILE_VERSION}): update the app to restore it`,
    );
  }
  const frame = backupFrame.safeParse(json);
  if (!frame.success)
    throw new RestoreError(`${file} is a damaged Dispatch Archive export: ${describeIssues(frame.error)}`);
  return frame.data;
}

/** Where a refused article came from, for the rejects list: its source file when it names one. */
function rejectPath(file: string, raw: unknown, index: number): string {
  const source = (raw as { source?: { path?: unknown } } | null)?.source;
  return typeof source?.path === 'string' ? source.path : `${file}#articles[${index}]`;
}

export async function readBackup(file: string): Promise<ReadBackup> {
  const frame = checkFrame(file, await readJson(file));
  const out: ReadBackup = { total: frame.articles.length, articles: [], tags: [], rejected: [] };
  const seen = new Set<string>();
  frame.articles.forEach((raw, i) => {
    const parsed = backupArticle.safeParse(raw);
    const path = rejectPath(file, raw, i);
    if (!parsed.success) {
      out.rejected.push({
        path,
        code: 'invalid-record',
        reason: `article ${i + 1} of the backup: ${describeIssues(parsed.error)}`,
      });
    } else if (seen.has(parsed.data.id)) {
      out.rejected.push({
        path,
        code: 'duplicate-record',
        reason: `article ${i + 1} of the backup repeats article ${parsed.data.id}`,
      });
    } else {
      seen.add(parsed.data.id);
      out.articles.push(parsed.data);
    }
  });
  frame.tags.slice(0, MAX_BACKUP_TAGS).forEach((raw, i) => {
    const parsed = backupTag.safeParse(raw);
    if (parsed.success) out.tags.push(parsed.data);
    else
      out.rejected.push({
        path: `${file}#tags[${i}]`,
        code: 'invalid-tag',
        reason: `tag ${i + 1} of the backup: ${describeIssues(parsed.error)}`,
      });
  });
  const past = frame.tags.length - MAX_BACKUP_TAGS;
  if (past > 0) {
    const reason = `${past.toLocaleString('en')} tags of the backup past the first ${MAX_BACKUP_TAGS.toLocaleString('en')} were not restored: a backup holds at most that many tag colours`;
    out.rejected.push({ path: `${file}#tags[${MAX_BACKUP_TAGS}]`, code: 'invalid-tag', reason });
  }
  return out;
}
