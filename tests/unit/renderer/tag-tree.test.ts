import { describe, expect, it } from 'vitest';
import {
  buildTagTree,
  carriedTags,
  followTagChange,
  rankTagSuggestions,
  renameMergesInto,
  visibleNodes,
  type TagNode,
} from '../../../src-renderer/src/lib/tag-tree';

const shape = (nodes: TagNode[]): unknown =>
  nodes.map((n) => (n.children.length ? { [n.label]: shape(n.children) } : n.label));

describe('buildTagTree', () => {
  it('nests tags under their parents by their slash levels', () => {
    const tree = buildTagTree([
      { name: 'syria', count: 3 },
      { name: 'syria/aleppo', count: 2 },
      { name: 'syria/aleppo/old city', count: 1 },
      { name: 'russia', count: 1 },
    ]);
    expect(shape(tree)).toEqual(['russia', { syria: [{ aleppo: ['old city'] }] }]);
  });

  it('keeps each entry and its count on its node', () => {
    const [syria] = buildTagTree([{ name: 'syria', count: 3 }]);
    expect([syria?.name, syria?.count, syria?.depth, syria?.entry]).toEqual([
      'syria',
      3,
      0,
      { name: 'syria', count: 3 },
    ]);
  });

  it('puts a child under its parent whatever the case it is spelt in', () => {
    const tree = buildTagTree([
      { name: 'Syria', count: 2 },
      { name: 'syria/Aleppo', count: 1 },
    ]);
    expect(shape(tree)).toEqual([{ Syria: ['Aleppo'] }]);
  });

  it('makes up a missing parent with the biggest count of its children', () => {
    const [levant] = buildTagTree([
      { name: 'levant/aleppo', count: 2 },
      { name: 'levant/homs', count: 5 },
    ]);
    expect([levant?.name, levant?.count, levant?.entry]).toEqual(['levant', 5, undefined]);
  });

  it('orders siblings by name regardless of case', () => {
    const tree = buildTagTree([
      { name: 'beta', count: 1 },
      { name: 'Alpha', count: 1 },
      { name: 'gamma', count: 9 },
    ]);
    expect(tree.map((n) => n.name)).toEqual(['Alpha', 'beta', 'gamma']);
  });
});

describe('visibleNodes', () => {
  it('lists children after their parent and skips those of collapsed parents', () => {
    const tree = buildTagTree([
      { name: 'a', count: 1 },
      { name: 'a/b', count: 1 },
      { name: 'c', count: 1 },
      { name: 'c/d', count: 1 },
    ]);
    expect(visibleNodes(tree, (node) => node.name === 'a').map((n) => n.name)).toEqual(['a', 'a/b', 'c']);
  });
});

describe('rankTagSuggestions', () => {
  const tags = [
    { name: 'syria', count: 5 },
    { name: 'syria/aleppo', count: 2 },
    { name: 'russia', count: 9 },
    { name: 'people/Assad', count: 1 },
    { name: 'Massacre', count: 3 },
  ];

  it('offers names where the text starts any level before names that only contain it', () => {
    expect(rankTagSuggestions('ass', tags)).toEqual(['people/Assad', 'Massacre']);
  });

  it('finds a child tag by the start of its own level', () => {
    expect(rankTagSuggestions('ALE', tags)).toEqual(['syria/aleppo']);
  });

  it('ranks equally good matches by how many articles carry them', () => {
    expect(rankTagSuggestions('s', tags)).toEqual(['syria', 'syria/aleppo', 'russia', 'Massacre', 'people/Assad']);
  });

  it('lists the biggest tags when nothing is typed', () => {
    expect(rankTagSuggestions('', tags, { limit: 2 })).toEqual(['russia', 'syria']);
  });

  it('leaves out the excluded names whatever their case', () => {
    expect(rankTagSuggestions('syr', tags, { exclude: ['SYRIA'] })).toEqual(['syria/aleppo']);
  });
});

describe('followTagChange', () => {
  it('moves names under a renamed tag to the new name', () => {
    expect(
      followTagChange(['syria/aleppo', 'russia', 'syria'], { kind: 'renamed', from: 'syria', to: 'levant/syria' }),
    ).toEqual(['levant/syria/aleppo', 'russia', 'levant/syria']);
  });

  it('keeps one name when a rename merges two', () => {
    expect(followTagChange(['Aleppo', 'halab'], { kind: 'renamed', from: 'halab', to: 'aleppo' })).toEqual(['Aleppo']);
  });

  it('drops a deleted tag and the tags under it but not a tag that merely starts alike', () => {
    expect(followTagChange(['syria/aleppo', 'syrian-army', 'syria'], { kind: 'deleted', name: 'Syria' })).toEqual([
      'syrian-army',
    ]);
  });
});

describe('carriedTags', () => {
  const rows = [
    { id: 'a', tags: ['syria', 'russia'] },
    { id: 'b', tags: ['Syria'] },
    { id: 'c', tags: ['un'] },
  ];

  it('counts how many of the targets carry each tag', () => {
    expect(carriedTags(['a', 'b'], rows).tags).toEqual([
      { name: 'russia', count: 1 },
      { name: 'syria', count: 2 },
    ]);
  });

  it('says how many targets were known, counting a row seen twice once', () => {
    expect(carriedTags(['a', 'b', 'z'], [...rows, rows[0]!]).known).toBe(2);
  });
});

describe('renameMergesInto', () => {
  const tags = [
    { name: 'levant', implicit: true },
    { name: 'levant/aleppo', implicit: false },
    { name: 'syria', implicit: false },
    { name: 'syria/aleppo', implicit: false },
    { name: 'Damascus', implicit: false },
  ];

  it('names the existing tag a rename lands on', () => {
    expect(renameMergesInto(tags, 'syria/aleppo', 'damascus')).toEqual(['Damascus']);
  });

  it('names the existing tags the children of a renamed tag land on', () => {
    expect(renameMergesInto(tags, 'syria', 'levant')).toEqual(['levant/aleppo']);
  });

  it('finds no merge onto a parent that exists only through its children', () => {
    expect(renameMergesInto(tags, 'Damascus', 'levant')).toEqual([]);
  });

  it('finds no merge in a change of case', () => {
    expect(renameMergesInto(tags, 'syria', 'Syria')).toEqual([]);
  });
});
