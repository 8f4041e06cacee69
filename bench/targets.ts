// Issue 20's targets, one column per scale. A run at another N is compared with the
// column nearer to it on a log scale (the geometric midpoint of 100k and 1M is ~316k),
// and the table says which column that is.

export interface Targets {
  /** The issue's column: the N its figures were set for. */
  files: number;
  /** Our p95 over the queries recollq answers too, as a multiple of recollq's p95. */
  sharedVsRecollP95: number;
  searchP95Ms: number;
  /** Cold import files/s as a multiple of the floor's... */
  importVsFloor: number;
  /** ...and of Recoll's (null: no such target at this scale). */
  importVsRecoll: number | null;
  rerunMs: number;
  firstPageMs: number;
  /** Peak RSS while importing and while browsing (startup, search, tagging). */
  peakRssMb: number;
  tagThousandP95Ms: number;
}

export const ISSUE_20: readonly Targets[] = [
  {
    files: 100_000,
    sharedVsRecollP95: 0.5,
    searchP95Ms: 20,
    importVsFloor: 0.5,
    importVsRecoll: 5,
    rerunMs: 3_000,
    firstPageMs: 800,
    peakRssMb: 800,
    tagThousandP95Ms: 20,
  },
  {
    files: 1_000_000,
    sharedVsRecollP95: 1,
    searchP95Ms: 60,
    importVsFloor: 0.4,
    importVsRecoll: null,
    rerunMs: 20_000,
    firstPageMs: 2_000,
    peakRssMb: 2_048,
    tagThousandP95Ms: 30,
  },
];

/** The column this N is compared with: the nearest by ratio, so 20k and 200k take 100k's, 500k takes 1M's. */
export function targetsFor(files: number): Targets {
  const distance = (t: Targets): number => Math.abs(Math.log(Math.max(1, files) / t.files));
  return ISSUE_20.reduce((best, t) => (distance(t) < distance(best) ? t : best));
}

/** Says which column a run is compared with, for the table's header and notes. */
export function targetsNote(files: number): string {
  const t = targetsFor(files);
  const column = `issue 20's N = ${t.files.toLocaleString('en-US')} column`;
  return files === t.files
    ? `Targets: ${column}.`
    : `Targets: this run has N = ${files.toLocaleString('en-US')}, compared with ${column} (the nearer scale).`;
}
