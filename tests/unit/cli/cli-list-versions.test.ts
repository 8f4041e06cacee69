// `list` over an archive holding versions of agency stories: one line per story, flagged
// with its version count or as withdrawn; `list --json` prints records, not reader views.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withArchive } from '../../../src-main/cli/archive-door';
import { listCommand } from '../../../src-main/cli/read-commands';
import { ArchiveService } from '../../../src-main/core/service';
import { QUAKE_V1, QUAKE_V2, g2Item } from '../archive/g2-items';

let root: string;
let data: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-cli-versions-'));
  data = join(root, 'data');
  const folder = join(root, 'wires');
  await mkdir(folder);
  const killed = { ...QUAKE_V1, headline: 'Flood story', pubStatus: 'canceled' };
  await writeFile(join(folder, 'quake-1.xml'), g2Item(QUAKE_V1));
  await writeFile(join(folder, 'quake-2.xml'), g2Item(QUAKE_V2));
  await writeFile(join(folder, 'flood.xml'), g2Item(killed, 'urn:newsml:example.com:flood'));
  const service = await ArchiveService.open({ dataDir: data });
  await service.importFolder(folder);
  await service.close();
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** What one `list` run prints to stdout, a string per console.log. */
async function list(json: boolean): Promise<string[]> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(await withArchive({ dataDir: data, warn: false }, (door) => listCommand(door, json))).toBe(0);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return out;
}

describe('list over story versions', () => {
  it('prints one line per story, marking a story in several versions and a withdrawn one', async () => {
    const lines = await list(false);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes(QUAKE_V2.headline))).toMatch(/ {2}\[v2\]$/);
    expect(lines.find((l) => l.includes('Flood story'))).toMatch(/ {2}\[withdrawn\]$/);
    expect(lines.some((l) => l.includes(QUAKE_V1.headline))).toBe(false);
  });

  it('prints records with the agency’s fields and without the reader’s list of versions', async () => {
    const records = JSON.parse((await list(true)).join('\n')) as Record<string, unknown>[];
    expect(records).toHaveLength(2);
    for (const record of records) expect(record).not.toHaveProperty('versions');
    expect(records.find((r) => r.title === QUAKE_V2.headline)).toMatchObject({ version: '2', status: 'usable' });
  });
});
