// Tags as the views need them, worked out apart from the view: flat names with
// counts made into a tree by their `/` levels, and the ranking of autocomplete
// suggestions. Pure, so both are tested without a DOM.
import { TAG_SEPARATOR, isTagWithin, tagAncestry, tagKey } from '../../../src-main/contract/userdata';

/** What a tree is built from: `tags:list` entries or the `tag` facet's counts. */
export interface NamedCount {
  name: string;
  count: number;
}

export interface TagNode<T extends NamedCount = NamedCount> {
  name: string;
  /** The last level of the name: `aleppo` for `syria/aleppo`. */
  label: string;
  count: number;
  depth: number;
  /** The entry this node was made from; undefined for a parent missing from the input. */
  entry: T | undefined;
  children: TagNode<T>[];
}

/**
 * Nests entries under their parents by name, case-insensitively. A parent missing
 * from the input (a facet list cut short, say) is made up with the biggest count
 * of its children, the least it can hold. Siblings are in name order.
 */
export function buildTagTree<T extends NamedCount>(entries: readonly T[]): TagNode<T>[] {
  const nodes = new Map<string, TagNode<T>>();
  const roots: TagNode<T>[] = [];
  const nodeFor = (name: string): TagNode<T> => {
    const key = tagKey(name);
    let node = nodes.get(key);
    if (node) return node;
    const depth = name.split(TAG_SEPARATOR).length - 1;
    node = { name, label: name.split(TAG_SEPARATOR).at(-1) ?? name, count: 0, depth, entry: undefined, children: [] };
    nodes.set(key, node);
    const parent = tagAncestry(name).at(-2);
    (parent === undefined ? roots : nodeFor(parent).children).push(node);
    return node;
  };
  for (const entry of entries) {
    const node = nodeFor(entry.name);
    node.entry = entry;
    node.name = entry.name;
    node.count = entry.count;
  }
  for (const node of nodes.values()) if (!node.entry) node.count = Math.max(0, ...node.children.map((c) => c.count));
  sortSiblings(roots);
  return roots;
}

function sortSiblings<T extends NamedCount>(nodes: TagNode<T>[]): void {
  nodes.sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }));
  for (const node of nodes) sortSiblings(node.children);
}

/** The nodes in display order, children after their parent, leaving out the children of collapsed nodes. */
export function visibleNodes<T extends NamedCount>(
  roots: readonly TagNode<T>[],
  isOpen: (node: TagNode<T>) => boolean,
): TagNode<T>[] {
  const out: TagNode<T>[] = [];
  const walk = (nodes: readonly TagNode<T>[]): void => {
    for (const node of nodes) {
      out.push(node);
      if (node.children.length && isOpen(node)) walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/**
 * Autocomplete: names where the typed text starts the name or any of its levels
 * (`ale` finds `syria/aleppo`) come first, then names that merely contain it; each
 * group biggest first, then by name. Case-insensitive. An empty text lists the
 * biggest tags. Names in `exclude` are left out.
 */
export function rankTagSuggestions(
  typed: string,
  tags: readonly NamedCount[],
  { exclude = [], limit = 8 }: { exclude?: readonly string[]; limit?: number } = {},
): string[] {
  const text = tagKey(typed.trim());
  const excluded = new Set(exclude.map(tagKey));
  const ranked: { name: string; count: number; rank: number }[] = [];
  for (const { name, count } of tags) {
    const key = tagKey(name);
    if (excluded.has(key)) continue;
    const rank = matchRank(key, text);
    if (rank !== null) ranked.push({ name, count, rank });
  }
  ranked.sort(
    (a, b) => a.rank - b.rank || b.count - a.count || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  );
  return ranked.slice(0, limit).map((r) => r.name);
}

/** 0 for a prefix of the name or of a level, 1 for a substring, null for no match. */
function matchRank(key: string, text: string): number | null {
  if (text === '') return 0;
  if (key.startsWith(text) || key.split(TAG_SEPARATOR).some((level) => level.startsWith(text))) return 0;
  return key.includes(text) ? 1 : null;
}

/** What a change did to tag names, so filters naming a renamed or deleted tag can follow. */
export type TagChange =
  { kind: 'applied' } | { kind: 'renamed'; from: string; to: string } | { kind: 'deleted'; name: string };

/**
 * Tag names (a filter's values) after a change, the way main changes them: a rename
 * moves the tag and those under it (`syria/aleppo` → `levant/aleppo`), a delete drops
 * them. Duplicates a merge makes are dropped.
 */
export function followTagChange(names: readonly string[], change: TagChange): string[] {
  if (change.kind === 'applied') return [...names];
  const out: string[] = [];
  for (const name of names) {
    const next =
      change.kind === 'deleted'
        ? isTagWithin(name, change.name)
          ? null
          : name
        : renamedTag(name, change.from, change.to);
    if (next !== null && !out.some((n) => tagKey(n) === tagKey(next))) out.push(next);
  }
  return out;
}

function renamedTag(name: string, from: string, to: string): string {
  if (!isTagWithin(name, from)) return name;
  return [to, ...name.split(TAG_SEPARATOR).slice(from.split(TAG_SEPARATOR).length)].join(TAG_SEPARATOR);
}

/** How many of the target articles carry each tag, counted over the articles whose tags are known. */
export interface CarriedTags {
  tags: NamedCount[];
  /** How many of the targets' tags were known. */
  known: number;
}

export function carriedTags(
  targets: readonly string[],
  known: Iterable<{ id: string; tags: readonly string[] }>,
): CarriedTags {
  const wanted = new Set(targets);
  const seen = new Set<string>();
  const counts = new Map<string, NamedCount>();
  for (const { id, tags } of known) {
    if (!wanted.has(id) || seen.has(id)) continue;
    seen.add(id);
    for (const name of tags) {
      const entry = counts.get(tagKey(name));
      if (entry) entry.count++;
      else counts.set(tagKey(name), { name, count: 1 });
    }
  }
  const tags = [...counts.values()].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  return { tags, known: seen.size };
}

/**
 * The existing tags a rename of `from` to `to` would merge into: `to` itself, or
 * where a tag under `from` lands on one that exists (`syria/aleppo` onto
 * `levant/aleppo`). Tags no article carries itself (`implicit`) take nothing in.
 * Empty when the rename merges nothing, a change of case included.
 */
export function renameMergesInto(
  tags: readonly { name: string; implicit: boolean }[],
  from: string,
  to: string,
): string[] {
  const existing = new Map(
    tags.filter((tag) => !tag.implicit && !isTagWithin(tag.name, from)).map((tag) => [tagKey(tag.name), tag.name]),
  );
  const targets: string[] = [];
  for (const tag of tags) {
    if (tag.implicit || !isTagWithin(tag.name, from)) continue;
    const onto = existing.get(tagKey(renamedTag(tag.name, from, to)));
    if (onto !== undefined) targets.push(onto);
  }
  return targets;
}
