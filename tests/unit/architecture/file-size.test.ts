// Files read top to bottom in a minute (STYLE.md): none of the app's source files runs
// past 300 lines. One that grows past it is split by meaning, not trimmed to fit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './import-graph';

const MAX_LINES = 300;

describe('source file sizes', () => {
  it(`keeps every file of src-main and src-renderer within ${MAX_LINES} lines`, () => {
    const files = sourceFiles('src-main', 'src-renderer');
    expect(files.length).toBeGreaterThan(200);
    const long = files
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
