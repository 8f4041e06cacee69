// The closest this machine gets to launching the app (there is no Electron binary here):
// the built out/main/index.js booted under Node on a stand-in `electron` module
// (bundle-boot.ts). It catches what running main.ts from source cannot: a dependency
// left out of the bundle, a wrong path to the parse worker or the preload, a channel
// without a handler, a security setting lost in the build.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DROP_CHANNEL, IPC_PREFIX, PAGE_CHANNELS, PATH_CHANNELS } from '../../../src-main/contract/channels';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUNDLE = join(ROOT, 'out/main/index.js');
const SEED = join(ROOT, 'seeds/000_068abd54a537aef4.txt');
const built = existsSync(BUNDLE);
if (!built) console.warn(`main-bundle test skipped: ${BUNDLE} not found (run \`npm run build\` first)`);

interface Booted {
  webPreferences: Record<string, unknown>;
  url: string;
  channels: string[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocols: string[];
  permissionCheck: boolean | null;
  menu: (string | null)[];
  imported: { ok: boolean; value: { imported: number; rejected: unknown[] } };
  stats: { ok: boolean; value: { articles: number } };
  untrusted: { ok: boolean; error: { code: string } };
}

describe.skipIf(!built)('the built main bundle on a stand-in Electron', { timeout: 120_000 }, () => {
  let work: string;
  let booted: Booted;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-bundle-'));
    const wires = join(work, 'wires');
    await mkdir(wires);
    await copyFile(SEED, join(wires, 'sana.txt'));
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'bundle-boot.ts'), BUNDLE, join(work, 'archive'), wires],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 100_000,
      },
    );
    const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line)
      throw new Error(
        `the bundle did not boot (exit ${child.status}):\n${child.stderr.slice(-3000)}\n${child.stdout.slice(-2000)}`,
      );
    booted = JSON.parse(line.slice('RESULT '.length)) as Booted;
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('opens an isolated, sandboxed window without Node, with the built preload', () => {
    expect(booted.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(booted.webPreferences.preload).toBe(join(ROOT, 'out/preload/index.cjs'));
    expect(existsSync(booted.webPreferences.preload as string)).toBe(true);
  });

  it('loads the page from app://bundle, served by a registered privileged scheme', () => {
    expect(booted.url).toBe('app://bundle/index.html');
    expect(booted.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    expect(booted.protocols).toEqual(['app']);
    expect(booted.permissionCheck).toBe(false);
  });

  it('registers a handler for every channel the page may call and the drop channel, and none that reads a path the page names', () => {
    expect([...booted.channels].sort()).toEqual([...PAGE_CHANNELS, DROP_CHANNEL].map((c) => IPC_PREFIX + c).sort());
    for (const channel of PATH_CHANNELS.filter((c) => c !== DROP_CHANNEL))
      expect(booted.channels).not.toContain(IPC_PREFIX + channel);
  });

  it('imports through its bundled parse worker and answers from the store', () => {
    expect(booted.imported).toMatchObject({ ok: true, value: { imported: 1, rejected: [] } });
    expect(booted.stats).toMatchObject({ ok: true, value: { articles: 1 } });
  });

  it('refuses a call from a page that is not its own', () => {
    expect(booted.untrusted).toMatchObject({ ok: false, error: { code: 'invalid-channel' } });
  });

  it('installs the application menu', () => {
    expect(booted.menu.length).toBeGreaterThan(2);
  });
});
