import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../../src-main/contract/archive';
import { describe, expect, it } from 'vitest';
import { normalizeTagName } from '../../../src-main/contract/userdata';
import { applyChange, type UserData } from '../../../src-main/core/store/userdata';
import { unusedTagKeys } from '../../../src-main/core/store/unused-tags';
import { applyTags, deleteTag, emptyRecord, renameTag, setTagColor } from '../../../src-main/core/tags/tag-ops';
import { compareTagNames, tagTree } from '../../../src-main/core/tags/tag-tree';

const NOW = '2026-11-25T12:00:00.000Z';

function empty(): UserData {
  return { version: 2, settings: { ...DEFAULT_SETTINGS }, tags: {}, articles: {}, ui: { ...DEFAULT_UI_STATE } };
}

function tag(data: UserData, ids: string[], add: string[], remove: string[] = []): UserData {
  return applyChange(data, applyTags(data, { ids, add, remove, now: NOW, linkOf: () => null }));
}

const tagsOf = (data: UserData, id: string): string[] => data.articles[id]?.tags ?? [];

describe('tag names', () => {
  it('collapses spaces, trims each level and drops empty levels', () => {
    expect(normalizeTagName('  Syria /  Aleppo  old  city //')).toBe('Syria/Aleppo old city');
  });

  it('refuses a name with nothing but slashes and spaces', () => {
    expect(normalizeTagName(' / // ')).toBeNull();
  });
});

describe('applyTags', () => {
  it('removes, keeps each tag once as first spelt, then adds what an article lacks, in one edit', () => {
    const data = empty();
    data.articles.a = { ...emptyRecord(null, NOW), tags: ['Syria', 'SYRIA', 'iraq', 'un'] };
    const change = applyTags(data, {
      ids: ['a', 'a'],
      add: ['syria', 'Russia', 'russia'],
      remove: ['IRAQ'],
      now: NOW,
      linkOf: () => null,
    });
    expect(change.result.changed).toBe(1);
    expect(change.articles!.a!.tags).toEqual(['Syria', 'un', 'Russia']);
    expect(data.articles.a!.tags).toEqual(['Syria', 'SYRIA', 'iraq', 'un']);
  });

  it('leaves out an article whose tags the edit does not change', () => {
    const data = tag(empty(), ['a'], ['syria', 'un']);
    const change = applyTags(data, { ids: ['a'], add: ['SYRIA'], remove: ['russia'], now: NOW, linkOf: () => null });
    expect(change.result.changed).toBe(0);
    expect(change.articles).toEqual({});
  });

  it('adds a tag to many articles in one change and reports how many changed', () => {
    const change = applyTags(empty(), {
      ids: ['a', 'b', 'c'],
      add: ['syria'],
      remove: [],
      now: NOW,
      linkOf: () => null,
    });
    expect(change.result.changed).toBe(3);
    const after = applyChange(empty(), change);
    expect(['a', 'b', 'c'].map((id) => tagsOf(after, id))).toEqual([['syria'], ['syria'], ['syria']]);
  });

  it('removes a tag from every selected article, leaving the others', () => {
    const data = tag(tag(empty(), ['a', 'b', 'c'], ['syria', 'russia']), ['a', 'b'], [], ['syria']);
    expect(tagsOf(data, 'a')).toEqual(['russia']);
    expect(tagsOf(data, 'c')).toEqual(['syria', 'russia']);
  });

  it('treats tags that differ only in case as one, spelt as first created', () => {
    const data = tag(tag(empty(), ['a'], ['Syria']), ['a', 'b'], ['SYRIA']);
    expect(tagsOf(data, 'a')).toEqual(['Syria']);
    expect(tagsOf(data, 'b')).toEqual(['Syria']);
  });

  it('counts only the articles that actually changed', () => {
    const change = applyTags(tag(empty(), ['a'], ['syria']), {
      ids: ['a', 'b'],
      add: ['syria'],
      remove: [],
      now: NOW,
      linkOf: () => null,
    });
    expect(change.result.changed).toBe(1);
    expect(Object.keys(change.articles!)).toEqual(['b']);
  });

  it('drops a record left with no user work, keeping the unused tag registered until the store reopens', () => {
    const data = tag(tag(empty(), ['a'], ['syria']), ['a'], [], ['syria']);
    expect(data.articles.a).toBeUndefined();
    expect(unusedTagKeys(data)).toEqual(['syria']);
  });

  it('gives a new tag a colour fixed by its name', () => {
    const one = tag(empty(), ['a'], ['aleppo']);
    const two = tag(empty(), ['z'], ['Aleppo']);
    expect(one.tags.aleppo!.color).toBe(two.tags.aleppo!.color);
    expect(one.tags.aleppo!.color).not.toBe('grey');
  });

  it('never mutates the state it was given', () => {
    const before = tag(empty(), ['a'], ['syria']);
    const frozen = JSON.stringify(before);
    tag(before, ['a', 'b'], ['russia'], ['syria']);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});

describe('renameTag', () => {
  it('renames a tag and every tag under it across the archive', () => {
    let data = tag(empty(), ['a'], ['syria/aleppo']);
    data = tag(data, ['b'], ['syria']);
    const change = renameTag(data, 'syria', 'levant/syria', NOW);
    const after = applyChange(data, change);
    expect(tagsOf(after, 'a')).toEqual(['levant/syria/aleppo']);
    expect(tagsOf(after, 'b')).toEqual(['levant/syria']);
    expect(change.result).toEqual({ changed: 2, merged: false });
  });

  it('merges onto an existing tag: articles with both keep one, and the target keeps its colour', () => {
    let data = tag(empty(), ['a', 'b'], ['damascus']);
    data = tag(data, ['b', 'c'], ['Dimashq']);
    data = applyChange(data, setTagColor(data, 'damascus', 'teal', NOW));
    const change = renameTag(data, 'dimashq', 'damascus', NOW);
    const after = applyChange(data, change);
    expect(change.result.merged).toBe(true);
    expect(['a', 'b', 'c'].map((id) => tagsOf(after, id))).toEqual([['damascus'], ['damascus'], ['damascus']]);
    expect(Object.values(after.tags)).toEqual([expect.objectContaining({ name: 'damascus', color: 'teal' })]);
  });

  it('changes only the spelling when the new name differs in case', () => {
    const data = tag(empty(), ['a'], ['syria']);
    const change = renameTag(data, 'syria', 'Syria', NOW);
    expect(tagsOf(applyChange(data, change), 'a')).toEqual(['Syria']);
    expect(change.result.merged).toBe(false);
  });

  it('refuses to move a tag under itself', () => {
    expect(() => renameTag(tag(empty(), ['a'], ['syria']), 'syria', 'syria/aleppo', NOW)).toThrow(/under itself/);
  });

  it('refuses to rename a tag that does not exist', () => {
    expect(() => renameTag(empty(), 'syria', 'levant', NOW)).toThrow(/no tag "syria"/);
  });
});

describe('deleteTag', () => {
  it('removes a tag and its children from every article, keeping unrelated tags', () => {
    let data = tag(empty(), ['a'], ['syria/aleppo', 'russia']);
    data = tag(data, ['b'], ['syria']);
    data = tag(data, ['c'], ['syrian-refugees']);
    const change = deleteTag(data, 'syria', NOW);
    const after = applyChange(data, change);
    expect(change.result.changed).toBe(2);
    expect(tagsOf(after, 'a')).toEqual(['russia']);
    expect(tagsOf(after, 'b')).toEqual([]);
    expect(tagsOf(after, 'c')).toEqual(['syrian-refugees']);
  });
});

describe('setTagColor', () => {
  it('colours an implicit parent by registering it', () => {
    const data = tag(empty(), ['a'], ['iraq/mosul']);
    const after = applyChange(data, setTagColor(data, 'iraq', 'teal', NOW));
    expect(tagTree(after)[0]).toMatchObject({ name: 'iraq', color: 'teal', implicit: true });
  });

  it("keeps an implicit parent's colour when unused tags are pruned", () => {
    const data = tag(empty(), ['a'], ['iraq/mosul']);
    const after = applyChange(data, setTagColor(data, 'iraq', 'teal', NOW));
    expect(unusedTagKeys(after)).toEqual([]);
  });
});

describe('tagTree', () => {
  it('lists implicit parents and counts an article once per node, parents including children', () => {
    let data = tag(empty(), ['a'], ['syria', 'syria/aleppo']);
    data = tag(data, ['b'], ['syria/idlib']);
    data = tag(data, ['c'], ['russia']);
    expect(tagTree(data).map(({ name, own, count, implicit }) => ({ name, own, count, implicit }))).toEqual([
      { name: 'russia', own: 1, count: 1, implicit: false },
      { name: 'syria', own: 1, count: 2, implicit: false },
      { name: 'syria/aleppo', own: 1, count: 1, implicit: false },
      { name: 'syria/idlib', own: 1, count: 1, implicit: false },
    ]);
  });

  it('shows a parent no article carries as implicit, in grey', () => {
    const tree = tagTree(tag(empty(), ['a'], ['iraq/mosul']));
    expect(tree[0]).toEqual({ name: 'iraq', color: 'grey', own: 0, count: 1, implicit: true });
  });

  it('sorts a parent right before its children', () => {
    expect(['a-c', 'a/b', 'a'].sort(compareTagNames)).toEqual(['a', 'a/b', 'a-c']);
  });
});

describe('tags named like the properties every object has (audit finding 14)', () => {
  const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
  const registered = (data: UserData): [string, string][] => Object.entries(data.tags).map(([key, r]) => [key, r.name]);

  it('tags articles with them under their own names, each registered with a colour', () => {
    const data = tag(empty(), ['a'], NAMES);
    expect(tagsOf(data, 'a')).toEqual(NAMES);
    expect(registered(data)).toEqual(NAMES.map((n) => [n.toLowerCase(), n]));
    expect(Object.getPrototypeOf(data.tags)).toBe(Object.prototype);
  });

  it('renames a tag to constructor', () => {
    const data = tag(empty(), ['a'], ['syria']);
    const after = applyChange(data, renameTag(data, 'syria', 'constructor', NOW));
    expect(tagsOf(after, 'a')).toEqual(['constructor']);
    expect(registered(after)).toEqual([['constructor', 'constructor']]);
  });

  it('renames a tag named __proto__ and keeps its colour', () => {
    const data = tag(empty(), ['a'], ['__proto__']);
    const colour = data.tags['__proto__']!.color;
    const after = applyChange(data, renameTag(data, '__proto__', 'levant', NOW));
    expect(tagsOf(after, 'a')).toEqual(['levant']);
    expect(Object.values(after.tags)).toEqual([{ name: 'levant', color: colour, createdAt: NOW }]);
  });

  it('colours a tag named __proto__', () => {
    const data = tag(empty(), ['a'], ['__proto__']);
    const after = applyChange(data, setTagColor(data, '__proto__', 'purple', NOW));
    expect(Object.values(after.tags)).toEqual([{ name: '__proto__', color: 'purple', createdAt: NOW }]);
  });

  it('lists them in the tag tree under their own names, in grey when not registered', () => {
    const data: UserData = {
      ...empty(),
      articles: { a: { ...tag(empty(), ['a'], ['x']).articles['a']!, tags: NAMES } },
    };
    expect(tagTree(data).map((t) => [t.name, t.color, t.own])).toEqual([
      ['__proto__', 'grey', 1],
      ['constructor', 'grey', 1],
      ['hasOwnProperty', 'grey', 1],
      ['toString', 'grey', 1],
    ]);
  });
});
