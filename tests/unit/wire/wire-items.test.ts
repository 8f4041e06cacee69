import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWire } from '../../../src-main/core/parse/wire/read-wire';
import type { WireItem } from '../../../src-main/core/parse/wire/wire-item';
import { missTable, scoreItem, type Expected, type Miss } from './wire-score';

// Data-driven: every field items.json gives for every text item of the dev set, compared
// with what readWire finds. WIRE_DIR points the same test at another set of the same shape.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const wireDir = process.env.WIRE_DIR ?? resolve(root, '../shared/wire');
const present = existsSync(join(wireDir, 'items.json'));
/** The bar the readers are held to on the dev set; unseen files are checked at 95%. */
const REQUIRED = 0.98;

describe.skipIf(!present)('wire readers against items.json', () => {
  it('find at least 98% of the fields items.json records', async () => {
    const expected = JSON.parse(readFileSync(join(wireDir, 'items.json'), 'utf8')) as Expected[];
    const byFile = new Map<string, WireItem[]>();
    const rejects: string[] = [];
    for (const file of new Set(expected.map((e) => e.file))) {
      const outcome = await readWire(readFileSync(join(wireDir, 'files', file)), file);
      if (outcome.ok) byFile.set(file, outcome.items);
      else rejects.push(`${file}: ${outcome.code} ${outcome.reason}`);
    }
    let fields = 0;
    const misses: Miss[] = [];
    for (const record of expected) {
      const score = scoreItem(record, byFile.get(record.file)?.[record.item_index]);
      fields += score.fields;
      misses.push(...score.misses);
    }
    const right = (fields - misses.length) / fields;
    console.log(
      `${rejects.length ? `rejected:\n${rejects.join('\n')}\n` : ''}${missTable(misses)}\nwire fields right: ${fields - misses.length}/${fields} = ${(right * 100).toFixed(1)}%`,
    );
    expect(right).toBeGreaterThanOrEqual(REQUIRED);
  });
});

if (!present) console.log(`wire-items: skipped, no items.json under ${wireDir} (set WIRE_DIR to a wire set)`);
