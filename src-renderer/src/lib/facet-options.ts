// What the facet sidebar lists, worked out apart from the view: selected values
// joined to the counts, ordering, the short list of a long facet, and months
// grouped under their years.
import { DISPATCH_STATUSES } from '../../../src-main/contract/archive';
import { UNDATED, type FacetCount, type FacetName } from '../../../src-main/contract/search';

/** What every facet's list takes from the sidebar: the counts over the results, the values chosen, where a click goes. */
export interface FacetListProps {
  counts: FacetCount[];
  selected: string[];
  onToggle(facet: FacetName, value: string): void;
}

/** A value as a toggle shows it: its text, and a hover text where the text shortens it. */
export interface LabelledOption extends FacetCount {
  label: string;
  title?: string;
}

/** How many values a long facet shows before "Show more". */
export const FACET_LIMIT = 10;

/**
 * The counts with every selected value present (at 0 when the results no longer
 * hold it, so it can still be unselected), biggest first, ties by value.
 */
export function withSelected(counts: FacetCount[], selected: readonly string[]): FacetCount[] {
  const known = new Set(counts.map((c) => c.value));
  const missing = selected.filter((value) => !known.has(value)).map((value) => ({ value, count: 0 }));
  return [...counts, ...missing].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The first `limit` options, plus any selected option further down, which never hides. */
export function shortList(options: FacetCount[], selected: readonly string[], limit = FACET_LIMIT): FacetCount[] {
  const chosen = new Set(selected);
  return options.filter((option, i) => i < limit || chosen.has(option.value));
}

export interface YearOption extends FacetCount {
  months: FacetCount[];
}

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-\d{2}$/;

/**
 * `period` counts as years, newest first, each with its months in calendar order.
 * Time reads better in order than by size; a selected month or year with no count
 * still appears.
 */
export function periodTree(counts: FacetCount[], selected: readonly string[]): YearOption[] {
  const years = new Map<string, YearOption>();
  const yearOf = (value: string): YearOption => {
    let year = years.get(value);
    if (!year) years.set(value, (year = { value, count: 0, months: [] }));
    return year;
  };
  for (const option of withSelected(counts, selected)) {
    if (YEAR.test(option.value)) yearOf(option.value).count = option.count;
    const month = MONTH.exec(option.value);
    if (month?.[1]) yearOf(month[1]).months.push(option);
  }
  for (const year of years.values()) year.months.sort((a, b) => a.value.localeCompare(b.value));
  return [...years.values()].sort((a, b) => b.value.localeCompare(a.value));
}

/** The count of undated articles, listed apart after the years; null when there are none and it is not selected. */
export function undatedOption(counts: FacetCount[], selected: readonly string[]): FacetCount | null {
  const found = counts.find((c) => c.value === UNDATED);
  if (found) return found;
  return selected.includes(UNDATED) ? { value: UNDATED, count: 0 } : null;
}

/** The last segment of a folder path, on either separator, for a short label. */
export function folderLabel(path: string): string {
  const segments = path.split(/[\\/]/).filter(Boolean);
  return segments.at(-1) ?? path;
}

/**
 * `status` counts in the contract's fixed order (usable first, withdrawn last), so the
 * choice reads the same every time; a status no result has is left out unless selected,
 * since most archives hold only usable stories. A value the renderer does not know yet
 * comes last rather than being lost.
 */
export function statusOptions(counts: FacetCount[], selected: readonly string[]): FacetCount[] {
  const options = withSelected(counts, selected).filter((o) => o.count > 0 || selected.includes(o.value));
  const rank = (value: string): number => {
    const at = (DISPATCH_STATUSES as readonly string[]).indexOf(value);
    return at < 0 ? DISPATCH_STATUSES.length : at;
  };
  return options.sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
}
