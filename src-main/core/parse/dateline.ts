// STUB (owner: helper A)
export interface Dateline {
  place: string | null;
  agency: string | null;
}

/** A line that is only a dateline, e.g. `Москва – САНА`, `دمشق-سانا`. Null when it is not one. */
export function parseDateline(line: string): Dateline | null {
  void line;
  return null;
}

/** A dateline at the start of a paragraph, e.g. `Damascus, SANA – The army…`; returns the rest of the paragraph. */
export function splitLeadingDateline(paragraph: string): (Dateline & { rest: string }) | null {
  void paragraph;
  return null;
}
