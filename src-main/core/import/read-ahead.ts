/**
 * Starts work on up to `ahead` items beyond the one being consumed, and hands results
 * back in the items' order: parse workers run ahead of the main thread, while the
 * archive is still built file by file in walk order (ids, duplicates and rejects come
 * out as a sequential import gives them). `start` returning null means nothing to do
 * for that item. With `ahead` 0 each item starts only when it is reached.
 */
export async function* readAhead<T, R>(
  items: readonly T[],
  start: (item: T) => Promise<R> | null,
  ahead: number,
): AsyncGenerator<{ item: T; result: R | null }> {
  const started: (Promise<R> | null)[] = [];
  let next = 0;
  const startNext = (): void => {
    const work = start(items[next++]!);
    // Results are awaited in order; one dropped by a cancel must not surface as unhandled.
    work?.catch(() => undefined);
    started.push(work);
  };
  for (let i = 0; i < items.length; i++) {
    // Refilled by halves, so work is handed out in batches rather than one item at a time.
    if (next - i <= ahead / 2) while (next < items.length && next <= i + ahead) startNext();
    const work = started.shift()!;
    yield { item: items[i]!, result: work === null ? null : await work };
  }
}
