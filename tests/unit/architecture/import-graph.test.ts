// The tree's shape, checked: no import circle ties files of different folders together,
// so each folder can be read (and tested) on top of the ones below it. ESLint checks the
// direction between layers (eslint.config.js); this checks circles, which it cannot.
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, sourceFiles } from './import-graph';

describe('the import graph', () => {
  const graph = importGraph(sourceFiles('src-main', 'src-renderer'));

  it('reads the imports of every source file', () => {
    // The service imports an area of every kind; if the reader missed imports, this would be empty.
    expect(graph.get('src-main/core/service.ts')).toEqual(
      expect.arrayContaining(['src-main/core/task-lock.ts', 'src-main/core/export/export-handlers.ts']),
    );
  });

  it('finds a circle when there is one', () => {
    const circles = importCircles(
      new Map([
        ['a/x.ts', ['b/y.ts']],
        ['b/y.ts', ['a/x.ts']],
        ['c/z.ts', ['a/x.ts']],
      ]),
    );
    expect(circles).toEqual([['a/x.ts', 'b/y.ts']]);
  });

  it('has no circle between files of different folders', () => {
    const acrossFolders = importCircles(graph).filter(
      (circle) => new Set(circle.map((file) => dirname(file))).size > 1,
    );
    expect(acrossFolders).toEqual([]);
  });
});
