// One copy of the strings a record shares with its file's entry and with other records.
// Records come from the parse worker by structured clone, which copies every string: each
// stored article held its own copy of its file's path and sha256 (the file entry holds
// them too) and of its format, encoding, language, agency, place and date, ~350 bytes an
// article that an import's main thread keeps for all of them (issue 20's RSS).
import type { DispatchRecord } from '../../contract/records';

/** Distinct values kept before starting over: agencies, places, dates and labels number far fewer. */
const MAX_POOLED = 50_000;

/** Equal strings given as one. */
export class StringPool {
  #strings = new Map<string, string>();

  take<T extends string | null | undefined>(value: T): T {
    if (typeof value !== 'string') return value;
    const known = this.#strings.get(value);
    if (known !== undefined) return known as T;
    if (this.#strings.size >= MAX_POOLED) this.#strings.clear();
    this.#strings.set(value, value);
    return value;
  }
}

/** Points a record's strings at the file entry's (`path`, `sha256`) and at the pool's copies; values stay as they were. */
export function shareStrings(record: DispatchRecord, file: { path: string; sha256: string }, pool: StringPool): void {
  const source = record.source;
  if (source.path === file.path) source.path = file.path;
  if (source.sha256 === file.sha256) source.sha256 = file.sha256;
  source.format = pool.take(source.format);
  source.encoding = pool.take(source.encoding);
  source.mtime = pool.take(source.mtime);
  record.language = pool.take(record.language);
  record.agency = pool.take(record.agency);
  record.place = pool.take(record.place);
  record.date = pool.take(record.date);
}
