import { expect } from 'vitest';
import { readWire } from '../../../src-main/core/parse/wire/read-wire';
import type { WireItem } from '../../../src-main/core/parse/wire/wire-item';

/** Reads an inline sample (a string is UTF-8) and returns its items; fails the test on a reject. */
export async function readItems(sample: string | Uint8Array, name = 'sample'): Promise<WireItem[]> {
  const bytes = typeof sample === 'string' ? new TextEncoder().encode(sample) : sample;
  const outcome = await readWire(bytes, name);
  if (!outcome.ok) expect.fail(`${outcome.code}: ${outcome.reason}`);
  return outcome.items;
}

export async function readOne(sample: string | Uint8Array): Promise<WireItem> {
  const items = await readItems(sample);
  expect(items).toHaveLength(1);
  return items[0]!;
}
