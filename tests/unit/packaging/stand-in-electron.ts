// A stand-in for the Electron binary, so electron-builder can pack the app on a machine that
// cannot download Electron: its `electronDist` option takes a local folder instead. The file
// carries only what electron-builder touches: the fuse wire @electron/fuses rewrites.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// @electron/fuses finds the wire after this marker: a version byte, a length byte, then one
// ASCII '0' (off) or '1' (on) per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/** Fuse positions in wire version 1, as @electron/fuses numbers them. */
export const FUSE = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
} as const;

// Electron's own defaults: what a build would ship if the config flipped nothing.
const STOCK_WIRE = '10110001';

/** Writes `<dir>/electron` (Linux's binary name) and returns the folder for `electronDist`. */
export async function writeStandInElectron(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\n# stand-in Electron for packaging tests\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([FUSE_WIRE_VERSION, STOCK_WIRE.length]),
    Buffer.from(STOCK_WIRE),
    Buffer.from('\n'),
  ]);
  await writeFile(join(dir, 'electron'), binary);
  await chmod(join(dir, 'electron'), 0o755);
  return dir;
}

/** The fuse wire of a packed binary, one boolean per fuse. */
export async function readFuses(binaryPath: string): Promise<boolean[]> {
  const bytes = await readFile(binaryPath);
  const at = bytes.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error(`${binaryPath} has no fuse wire`);
  const wire = at + FUSE_SENTINEL.length;
  const length = bytes.readUInt8(wire + 1);
  return [...bytes.subarray(wire + 2, wire + 2 + length).toString('latin1')].map((c) => c === '1');
}
