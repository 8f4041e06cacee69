// Reading and writing the tag registry (each tag's spelling and colour, by tagKey) as
// the store keeps it: a plain object, since it is JSON on disk (store/userdata.ts).
// Tag names are the user's, and `__proto__`, `constructor` or `toString` are names like
// any other, but on a plain object `registry[key]` finds what Object.prototype holds
// under them: `constructor` was taken for a known tag spelt "Object" (audit finding 14),
// and assigning `registry['__proto__']` replaced the object's prototype instead of
// adding a tag, so a backup carrying one failed to restore at all (finding 7). Here
// the registry is read only through its own properties and written only by defining them.
import type { TagRecord } from '../store/userdata';

export type TagRegistry = Record<string, TagRecord>;

/** The registry's entry under `key`, never one inherited from Object.prototype. */
export function registeredTag(registry: Readonly<TagRegistry>, key: string): TagRecord | undefined {
  return Object.hasOwn(registry, key) ? registry[key] : undefined;
}

/** Puts `record` under `key` as an own property; plain assignment would set the prototype for `__proto__`. */
export function defineTag(registry: TagRegistry, key: string, record: TagRecord): void {
  Object.defineProperty(registry, key, { value: record, writable: true, enumerable: true, configurable: true });
}

/**
 * A registry from entries, `__proto__` among them as an own entry. Object spread and
 * Object.fromEntries define properties too, so `{ ...registry }` is a safe copy.
 */
export function registryOf(entries: Iterable<readonly [string, TagRecord]>): TagRegistry {
  return Object.fromEntries(entries) as TagRegistry;
}
