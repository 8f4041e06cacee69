// The list's first page as it stood when the app last closed (issue 20: startup to the
// first list page ≤ 0.8 s at 100,000 articles, ≤ 2 s at 1M). Reading the catalogue takes
// ~1 s at 100k and ~10 s at 1M however it is stored, because every record is parsed; the
// plain list's first page (no query, no filter, newest first) is a hundred of them. So
// the service writes that page here when it closes, and the next start shows it while the
// catalogue loads (core/early-archive.ts), as a mail client shows its last message list.
//
// It is used only when nothing changed the catalogue since: the head keeps the size and
// modification time of catalogue.json and of its journal, every change to the articles
// passes through one of the two, and a snapshot writes its shards before catalogue.json.
// The user's part of a row (tags, notes, annotations) is not kept here: it is read from
// the user data, opened before, when the page is served.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchHit } from '../../contract/search';
import { AtomicJsonFile } from './atomic-json-file';
import { CATALOGUE_JOURNAL } from './catalogue-open';
import { CATALOGUE_FILE } from './catalogue-snapshot';
import type { FileIo } from './file-io';
import type { UserSummary } from './catalogue-list';

export const LIST_HEAD_FILE = 'list-head.json';
/** Rows kept: the renderer's first page (result-pages.svelte.ts PAGE_SIZE). */
export const LIST_HEAD_ROWS = 100;
/** Bumped when a row's shape changes, so a head written by another version is not served. */
const HEAD_FORMAT = 1;

/** A list row without the user's part. */
export type HeadRow = Omit<SearchHit, keyof UserSummary>;

interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface ListHeadFile {
  format: number;
  catalogue: FileStamp | null;
  journal: FileStamp | null;
  total: number;
  rows: HeadRow[];
}

export interface ListHead {
  total: number;
  rows: HeadRow[];
}

async function stampOf(path: string): Promise<FileStamp | null> {
  const s = await stat(path).catch(() => null);
  return s && { size: s.size, mtimeMs: s.mtimeMs };
}

const sameStamp = (a: FileStamp | null, b: FileStamp | null): boolean =>
  a === null || b === null ? a === b : a.size === b.size && a.mtimeMs === b.mtimeMs;

async function catalogueStamps(dataDir: string): Promise<Pick<ListHeadFile, 'catalogue' | 'journal'>> {
  return {
    catalogue: await stampOf(join(dataDir, CATALOGUE_FILE)),
    journal: await stampOf(join(dataDir, CATALOGUE_JOURNAL)),
  };
}

/** The user's part taken off a row of the plain list, which is what the head keeps. */
export function headRow(hit: SearchHit): HeadRow {
  const { tags: _tags, annotationCount: _count, hasNote: _note, thread: _thread, ...row } = hit;
  return row;
}

/**
 * Writes the head of the plain list as the catalogue now stands on disk. Called when
 * nothing more will change it (the service's close, after every task has ended).
 */
export async function writeListHead(dataDir: string, total: number, hits: SearchHit[], io?: FileIo): Promise<void> {
  const file: ListHeadFile = {
    format: HEAD_FORMAT,
    ...(await catalogueStamps(dataDir)),
    total,
    rows: hits.slice(0, LIST_HEAD_ROWS).map(headRow),
  };
  await new AtomicJsonFile<ListHeadFile>(join(dataDir, LIST_HEAD_FILE), io).write(file);
}

/**
 * The head written at the last close, or null when there is none, it cannot be read, or
 * the catalogue changed after it was written (an import after a crash, a migration):
 * then the first page waits for the catalogue, as it always did.
 */
export async function readListHead(dataDir: string): Promise<ListHead | null> {
  const saved = await new AtomicJsonFile<ListHeadFile>(join(dataDir, LIST_HEAD_FILE)).read().catch(() => null);
  if (!saved || saved.format !== HEAD_FORMAT || !Array.isArray(saved.rows) || typeof saved.total !== 'number')
    return null;
  const now = await catalogueStamps(dataDir);
  if (!sameStamp(saved.catalogue, now.catalogue) || !sameStamp(saved.journal, now.journal)) return null;
  return { total: saved.total, rows: saved.rows };
}
