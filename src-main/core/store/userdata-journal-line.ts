// How a user-data patch is written as a journal line. Tagging 1,000 articles put 1,000
// records in one patch, each spelling every field name and, mostly, the same values (the
// tag list, the time, no note): a 150-220 kB line, ~1 ms of CPU to stringify and to fsync
// (issue 20). A patch with many records is written as columns instead: the ids once, each
// value all records share once, the others as one array per field; 20-100 kB, ~0.5-0.7 ms.
// Replay reads both shapes, so a journal written before this still replays.
import type { ArticleUserRecord, UserDataPatch } from './userdata-records';

/** The records of a patch by column: `same` holds the values every record shares, `each` one value per id for the rest. */
export interface RecordColumns {
  ids: string[];
  same: Partial<ArticleUserRecord>;
  each: Partial<Record<keyof ArticleUserRecord, unknown[]>>;
}

/** A patch as its journal line holds it: `articles` keeps the removals (nulls) and, below COLUMNS_FROM, every record. */
export type UserDataLine = UserDataPatch & { columns?: RecordColumns };

/** Fewer records than this are written one object each, as before: columns save little on a few. */
export const COLUMNS_FROM = 32;

/** Equal as the journal would write them, judged cheaply: the same value, or arrays of the same primitives. False only costs bytes. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((v, i) => v === b[i] && (v === null || typeof v !== 'object'));
}

/** How many own fields `r` has, counted without the array Object.keys builds: this runs once per record of a patch. */
function fieldCount(r: object): number {
  let n = 0;
  for (const field in r) if (Object.hasOwn(r, field)) n++;
  return n;
}

/** Null when the records do not all have the same fields (one from an older file may lack one): those are written whole. */
function toColumns(ids: string[], records: ArticleUserRecord[]): RecordColumns | null {
  const first = records[0]!;
  const fields = Object.keys(first) as (keyof ArticleUserRecord)[];
  const alike = (r: ArticleUserRecord): boolean =>
    fieldCount(r) === fields.length && fields.every((f) => f in r && r[f] !== undefined);
  if (!records.every(alike)) return null;
  const same: Record<string, unknown> = {};
  const each: Record<string, unknown[]> = {};
  for (const field of fields) {
    const value = first[field];
    if (records.every((r) => sameValue(r[field], value))) same[field] = value;
    else each[field] = records.map((r) => r[field]);
  }
  return { ids, same, each };
}

/**
 * The line for `patch`: unchanged unless it puts COLUMNS_FROM records or more. One pass
 * over the patch, without the [id, record] pairs Object.entries built for each record.
 */
export function toLine(patch: UserDataPatch): UserDataLine {
  const ids: string[] = [];
  const records: ArticleUserRecord[] = [];
  const removed: string[] = [];
  const articles = patch.articles ?? {};
  for (const id in articles) {
    const record = articles[id];
    if (record) {
      ids.push(id);
      records.push(record);
    } else if (record === null) removed.push(id);
  }
  if (ids.length < COLUMNS_FROM) return patch;
  const columns = toColumns(ids, records);
  if (!columns) return patch;
  return { ...patch, articles: Object.fromEntries(removed.map((id) => [id, null])), columns };
}

/** The patch a line holds, of either shape. Shared values are copied per record, so no two records share an array. */
export function fromLine(line: UserDataLine): UserDataPatch {
  const { columns, ...patch } = line;
  if (!columns) return patch;
  const articles: Record<string, ArticleUserRecord | null> = { ...patch.articles };
  const sameJson = JSON.stringify(columns.same);
  const eachFields = Object.entries(columns.each);
  columns.ids.forEach((id, i) => {
    const record = JSON.parse(sameJson) as Record<string, unknown>;
    for (const [field, values] of eachFields) record[field] = values![i];
    articles[id] = record as unknown as ArticleUserRecord;
  });
  return { ...patch, articles };
}
