// The checked-in icons are what `npm run icons` makes of build/icon.svg today: editing the
// SVG without re-rendering fails here, and so would a renderer that stopped being deterministic.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIconSet, renderPixels } from '../../../scripts/icon-set';
import { ROOT } from './image-headers';

const ACCENT = [0x1f, 0x5f, 0xa8, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];

describe('the icon set rendered from build/icon.svg', { timeout: 60_000 }, () => {
  let svg: string;
  beforeAll(async () => {
    svg = await readFile(join(ROOT, 'build/icon.svg'), 'utf8');
  });

  it('is checked in byte for byte (run `npm run icons` after editing the SVG)', async () => {
    const files = await renderIconSet(svg);
    expect(files.size).toBe(11);
    const stale: string[] = [];
    for (const [path, bytes] of files) {
      if (!bytes.equals(await readFile(join(ROOT, path)))) stale.push(path);
    }
    expect(stale).toEqual([]);
  });

  it('draws the headline at 16 px as one sharp row of accent blue over a white gap', async () => {
    const pixels = await renderPixels(svg, 16);
    const at = (x: number, y: number) => [...pixels.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4)];
    // The headline bar spans units 16–40 × 20–24 of 64: pixels 4–9 of row 5; row 6 is the gap.
    for (let x = 4; x <= 9; x++) {
      expect(at(x, 5), `headline pixel ${x}`).toEqual(ACCENT);
      expect(at(x, 6), `gap pixel ${x}`).toEqual(WHITE);
    }
  });
});
