// A date no file can mean is dropped with a warning rather than stored (issue 18): a wrong
// date is worse than none, since it files the record under the wrong day in every list,
// facet, timeline and dossier, while a missing one is seen and can be set.
import type { DraftRecord } from './draft';

/** Years before this are no publication date of anything this archive reads. */
export const EARLIEST_YEAR = 1900;
const DAY_MS = 86_400_000;
/**
 * Below this a file's mtime was never set (tests and some copies leave the epoch), so it
 * says nothing of when the file was saved and no date is judged against it.
 */
const MEANINGFUL_MTIME_MS = Date.UTC(2000, 0, 1);

/** The draft with its date (and dateTime) removed when impossible for a file saved at `mtimeMs`. */
export function saneDates(draft: DraftRecord, mtimeMs: number): DraftRecord {
  const date = draft.date;
  if (!date) return draft;
  const year = Number(date.slice(0, 4));
  const latest = mtimeMs >= MEANINGFUL_MTIME_MS ? mtimeMs + DAY_MS : Infinity;
  let why: string | null = null;
  if (year < EARLIEST_YEAR) why = `before ${EARLIEST_YEAR}`;
  else if (Date.parse(`${date}T00:00:00Z`) > latest) why = 'after the file was saved';
  if (!why) return draft;
  const wire = draft.wire ? { ...draft.wire } : undefined;
  if (wire) delete wire.dateTime;
  return {
    ...draft,
    date: null,
    ...(wire && { wire }),
    warnings: [...draft.warnings, `the date ${date} was dropped: it is ${why}`],
  };
}
