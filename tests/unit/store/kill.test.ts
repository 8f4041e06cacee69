// A crash or kill at any moment leaves the old or the new user data, never a broken
// file, and never loses a change whose call had returned.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../src-main/core/service';
import { UserDataStore } from '../../../src-main/core/store/userdata';

const ROUNDS = 50;
const WRITER = resolve(__dirname, 'kill-writer.ts');
const SEED = resolve(__dirname, '../../../seeds/000_068abd54a537aef4.txt');

let root: string;
let data: string;
let articleId: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-kill-'));
  data = join(root, 'data');
  await mkdir(join(root, 'wires'));
  await cp(SEED, join(root, 'wires', 'seed.txt'));
  const service = await ArchiveService.open({ dataDir: data });
  await service.importFolder(join(root, 'wires'));
  articleId = Object.keys(service.catalogue.data.articles)[0]!;
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A fixed-seed generator, so a failing round can be run again. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Runs the writer, kills it `afterMs` after it is ready, and returns the ids it reported as written. */
function writeThenKill(round: number, afterMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, data, articleId, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString();
      if (!before.includes('ready\n') && out.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`writer ended without being killed: ${err}`));
      // Only complete lines: a line cut by the kill was not yet reported as returned.
      const lines = out.split('\n').slice(0, -1);
      done(lines.filter((l) => l !== 'ready'));
    });
  });
}

describe('killing a writer at random moments', () => {
  it(`keeps every annotation whose call returned, over ${ROUNDS} rounds of SIGKILL`, { timeout: 300_000 }, async () => {
    const random = lcg(20261125);
    const returned = new Set<string>();
    let writesSeen = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const ids = await writeThenKill(round, Math.floor(random() * 250));
      ids.forEach((id) => returned.add(id));
      writesSeen += ids.length;
      const warnings: string[] = [];
      const store = await UserDataStore.open(data, warnings);
      expect(warnings, `round ${round}: the store must load cleanly`).toEqual([]);
      const stored = new Set(store.record(articleId)?.annotations.map((a) => a.id));
      const lost = [...returned].filter((id) => !stored.has(id));
      expect(lost, `round ${round}: annotations whose call had returned`).toEqual([]);
    }
    // The test means something only if the writer got calls through before most kills.
    console.log(`kill test: ${writesSeen} writes returned over ${ROUNDS} rounds, all kept`);
    expect(writesSeen).toBeGreaterThan(ROUNDS);
  });
});
