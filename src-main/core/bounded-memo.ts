// One answer per key, remembered up to a bound: the parse worker asks the same questions of
// article after article (gazetteer names, date strings, page locales), and the keys come
// from imported text, so the memo starts again past `max` rather than growing without end.
// Used by names/remembered.ts, parse/date.ts and parse/html-date-order.ts.

/** Stands for a remembered `undefined`, so a miss costs one Map look-up like a hit. */
const NONE: unique symbol = Symbol('none');

/** `compute`, remembering up to `max` answers; past that it forgets them all and starts again. */
export function boundedMemo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V | typeof NONE>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      const computed = compute(key);
      value = computed === undefined ? NONE : computed;
      if (memo.size >= max) memo.clear();
      memo.set(key, value);
    }
    return (value === NONE ? undefined : value) as V;
  };
}
