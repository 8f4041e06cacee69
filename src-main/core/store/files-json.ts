// files.json's text, one file entry a line:
//   {"journalSeq":N,"files":{
//   "/news/a.txt":{...},
//   "/news/b.txt":{...}
//   }}
// It is the same JSON as the single line written before (JSON.parse reads both), but it can
// be read a line at a time: parsed whole, the 26 MB of /tmp/dd100k/files.json made 92 MB of
// objects at once before they were packed (packed-file-entry.ts), ~1 GB at a million files.
import { open, type FileHandle } from 'node:fs/promises';
import type { FileEntry } from './catalogue-records';
import { AtomicJsonFile, CorruptFileError } from './atomic-json-file';

const HEAD = /^\{"journalSeq":(\d+),"files":\{$/;
const TAIL = '}}';
/** Lines per piece written: each piece is serialised on its own, between which the thread serves others (as catalogue-journal.ts's recordPieces). */
const ENTRIES_PER_PIECE = 50;
/** Lines parsed at once: a JSON.parse a line cost twice the whole file's parse (100,000 lines, bench/file-entries-memory.ts). */
const LINES_PER_PARSE = 500;

/** files.json as written before this layout: the whole snapshot on one line. */
interface FilesSnapshot {
  journalSeq?: number;
  files?: Record<string, FileEntry>;
}

/**
 * Reads files.json, handing each entry to `onEntry` as it is read; the journal entry it
 * holds up to, or null when there is no file. CorruptFileError when it is not whole.
 */
export async function readFilesJson(
  file: AtomicJsonFile<FilesSnapshot>,
  onEntry: (path: string, entry: FileEntry) => void,
): Promise<number | null> {
  let handle: FileHandle;
  try {
    handle = await open(file.path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const lines = handle.readLines({ encoding: 'utf8' });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const head = await iterator.next();
    const seq = head.done ? null : HEAD.exec(head.value);
    if (!seq) return readWhole(file, onEntry);
    let batch: string[] = [];
    for (let line = await iterator.next(); !line.done; line = await iterator.next()) {
      if (line.value === TAIL) {
        parseLines(file, batch, onEntry);
        return (await iterator.next()).done ? Number(seq[1]) : corrupt(file, 'text after the end');
      }
      batch.push(line.value);
      if (batch.length < LINES_PER_PARSE) continue;
      parseLines(file, batch, onEntry);
      batch = [];
    }
    return corrupt(file, 'it ends before its last line');
  } finally {
    lines.close();
    await handle.close();
  }
}

/** Lines of entries (each but the file's last ending in a comma), parsed together. */
function parseLines(
  file: AtomicJsonFile<FilesSnapshot>,
  lines: string[],
  onEntry: (path: string, entry: FileEntry) => void,
): void {
  if (lines.length === 0) return;
  const last = lines.length - 1;
  if (lines[last]!.endsWith(',')) lines[last] = lines[last]!.slice(0, -1);
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(`{${lines.join('')}}`) as Record<string, unknown>;
  } catch (err) {
    throw new CorruptFileError(file.path, err);
  }
  for (const path of Object.keys(parsed)) {
    const entry = parsed[path];
    if (typeof entry !== 'object' || entry === null) corrupt(file, `the entry of ${path} is not an object`);
    onEntry(path, entry as FileEntry);
  }
}

/** A files.json of the earlier layout (or any JSON): parsed whole, as it was. */
async function readWhole(
  file: AtomicJsonFile<FilesSnapshot>,
  onEntry: (path: string, entry: FileEntry) => void,
): Promise<number | null> {
  const snapshot = await file.read();
  if (!snapshot) return null;
  for (const [path, entry] of Object.entries(snapshot.files ?? {})) onEntry(path, entry);
  return snapshot.journalSeq ?? 0;
}

function corrupt(file: AtomicJsonFile<FilesSnapshot>, why: string): never {
  throw new CorruptFileError(file.path, new Error(why));
}

/** files.json's text as of journal entry `seq`, in pieces of a few entries. */
export function* filesJsonPieces(seq: number, entries: Iterable<[string, FileEntry]>): Generator<string> {
  yield `{"journalSeq":${seq},"files":{`;
  let piece: string[] = [];
  let first = true;
  for (const [path, entry] of entries) {
    piece.push(`${first ? '' : ','}\n${JSON.stringify(path)}:${JSON.stringify(entry)}`);
    first = false;
    if (piece.length < ENTRIES_PER_PIECE) continue;
    yield piece.join('');
    piece = [];
  }
  yield `${piece.join('')}\n${TAIL}`;
}

export type { FilesSnapshot };
