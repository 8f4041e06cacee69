// A gazetteer look-up remembered per kind and name: the facet table is built again after
// every import over the same names, so each is looked up once (field-entity.ts and
// mention-entity.ts both need this; bench/names-facets.ts measures it).
import { boundedMemo } from '../bounded-memo';
import type { GazetteerEntity } from './gazetteer-data';

export type EntityLookUp<K extends string> = (kind: K, name: string) => GazetteerEntity | undefined;

/** `lookUp`, remembering up to `max` names per kind; past that (names come from imported text) it starts again. */
export function remembered<K extends string>(max: number, lookUp: EntityLookUp<K>): EntityLookUp<K> {
  const memos = new Map<K, (name: string) => GazetteerEntity | undefined>();
  return (kind, name) => {
    let memo = memos.get(kind);
    if (!memo) memos.set(kind, (memo = boundedMemo(max, (key) => lookUp(kind, key))));
    return memo(name);
  };
}
