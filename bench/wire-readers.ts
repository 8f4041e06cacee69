// How long the wire readers take on the dev set (/work/shared/wire, or WIRE_DIR), per
// format: `npx tsx bench/wire-readers.ts`. Each file is read ROUNDS times after a warm-up.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectWire } from '../src-main/core/parse/wire/detect-wire';
import { readWire } from '../src-main/core/parse/wire/read-wire';

const ROUNDS = 50;
const wireDir = process.env.WIRE_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/wire');
if (!existsSync(join(wireDir, 'files'))) {
  console.log(`bench/wire-readers: no wire set at ${wireDir}; set WIRE_DIR`);
  process.exit(0);
}
const files = readdirSync(join(wireDir, 'files')).map((name) => ({
  name,
  bytes: readFileSync(join(wireDir, 'files', name)),
}));
const perFormat = new Map<string, { files: number; bytes: number; ms: number }>();
for (const file of files) await readWire(file.bytes, file.name);
for (const file of files) {
  const format = detectWire(file.bytes) ?? 'none';
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) await readWire(file.bytes, file.name);
  const row = perFormat.get(format) ?? { files: 0, bytes: 0, ms: 0 };
  perFormat.set(format, {
    files: row.files + 1,
    bytes: row.bytes + file.bytes.length,
    ms: row.ms + (performance.now() - start) / ROUNDS,
  });
}
for (const [format, row] of [...perFormat].sort()) {
  console.log(
    `${format.padEnd(9)} ${String(row.files).padStart(3)} files ${String(row.bytes).padStart(7)} bytes  ${(row.ms / row.files).toFixed(2)} ms a file`,
  );
}
