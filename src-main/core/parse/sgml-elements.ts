// Elements of the SGML-like wire formats (Reuters SGML, TREC documents), found in linear time.
// The regexes these replace (`<TAG\b[^>]*>([\s\S]*?)</TAG>` and the like) rescan the rest of
// the file from every opening tag that is never closed: a 200 KB record of unclosed `<TEXT`
// or `<TITLE>` tags took 13-20 s (robustness audit, finding 1). Each function states the
// regex whose result it gives.

/**
 * The raw content of the first `<TAG …>…</TAG>` in `source` (`<TAG>` exactly when
 * `attributes` is false), as `/<TAG\b[^>]*>([\s\S]*?)<\/TAG>/i` finds it; null when there is
 * none. With `toEnd`, an element never closed runs to the end of `source`, as
 * `(?:<\/TAG>|$)` would end it.
 */
export function elementContent(source: string, tag: string, { attributes = true, toEnd = false } = {}): string | null {
  const open = new RegExp(attributes ? `<${tag}\\b` : `<${tag}>`, 'i').exec(source);
  if (!open) return null;
  let start = open.index + open[0].length;
  if (attributes) {
    // A first opening tag with no `>` after it means no later one has one either.
    const end = source.indexOf('>', start);
    if (end < 0) return null;
    start = end + 1;
  }
  const close = new RegExp(`</${tag}>`, 'gi');
  close.lastIndex = start;
  const closed = close.exec(source);
  if (closed) return source.slice(start, closed.index);
  // Nor can a later opening tag of the same name be closed.
  return toEnd ? source.slice(start) : null;
}

/**
 * `text` without its complete elements, as `text.replace(/<([A-Z]+)\b[^>]*>[\s\S]*?<\/\1>/gi, '')`
 * gives it: each opening tag up to its first `>`, through the first closing tag of its name.
 * Closing tags are indexed in one pass, so an opening tag never closed costs no rescan.
 */
export function withoutElements(text: string): string {
  const closes = new Map<string, number[]>();
  for (const m of text.matchAll(/<\/([A-Z]+)>/gi)) {
    const name = m[1]!.toLowerCase();
    const at = closes.get(name);
    if (at) at.push(m.index);
    else closes.set(name, [m.index]);
  }
  const nextClose = new Map<string, number>();
  const nextGt = { from: -1, at: -1 };
  const kept: string[] = [];
  let keptTo = 0;
  const open = /<([A-Z]+)\b/gi;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const afterName = m.index + m[0].length;
    if (nextGt.at !== -1 ? nextGt.at < afterName : nextGt.from === -1) {
      nextGt.from = afterName;
      nextGt.at = text.indexOf('>', afterName);
    }
    if (nextGt.at < 0) break;
    const name = m[1]!.toLowerCase();
    const list = closes.get(name) ?? [];
    let i = nextClose.get(name) ?? 0;
    while (i < list.length && list[i]! <= nextGt.at) i++;
    nextClose.set(name, i);
    const close = list[i];
    if (close === undefined) {
      // As the regex does, try again from the next character.
      open.lastIndex = m.index + 1;
      continue;
    }
    kept.push(text.slice(keptTo, m.index));
    keptTo = close + name.length + 3;
    open.lastIndex = keptTo;
  }
  kept.push(text.slice(keptTo));
  return kept.join('');
}
