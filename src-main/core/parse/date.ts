// STUB (owner: helper B) — parse a string that is a date (optionally with a time) into ISO YYYY-MM-DD.
/** Returns `YYYY-MM-DD` or null when `raw` is not a recognisable date. Day-first for numeric forms. */
export function parseDate(raw: string): string | null {
  void raw;
  return null;
}
