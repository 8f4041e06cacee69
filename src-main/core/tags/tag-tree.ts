// The tag tree as the sidebar and the tag manager show it: every tag with its colour and
// counts, and the parents that exist only through their children.
import { TAG_SEPARATOR, tagAncestry, tagKey, type TagInfo } from '../../contract/userdata';
import type { UserData } from '../store/userdata';
import { registeredTag } from './tag-registry';

export function tagTree(data: Readonly<UserData>): TagInfo[] {
  const nodes = new Map<string, TagInfo>();
  const node = (name: string): TagInfo => {
    const key = tagKey(name);
    let info = nodes.get(key);
    if (!info) {
      const record = registeredTag(data.tags, key);
      info = { name: record?.name ?? name, color: record?.color ?? 'grey', own: 0, count: 0, implicit: !record };
      nodes.set(key, info);
    }
    return info;
  };
  for (const record of Object.values(data.articles)) {
    // An article tagged both `syria` and `syria/aleppo` counts once for `syria`.
    const reached = new Set<string>();
    for (const tag of record.tags) {
      node(tag).own++;
      for (const ancestor of tagAncestry(tag)) {
        if (reached.has(tagKey(ancestor))) continue;
        reached.add(tagKey(ancestor));
        node(ancestor).count++;
      }
    }
  }
  for (const info of nodes.values()) info.implicit = info.own === 0;
  return [...nodes.values()].sort((a, b) => compareTagNames(a.name, b.name));
}

/** Level by level, so a parent comes right before its children (`a`, `a/b`, `a-c`). */
export function compareTagNames(a: string, b: string): number {
  const la = a.split(TAG_SEPARATOR);
  const lb = b.split(TAG_SEPARATOR);
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    const order = la[i]!.localeCompare(lb[i]!, undefined, { sensitivity: 'base' });
    if (order !== 0) return order;
  }
  return la.length - lb.length;
}
