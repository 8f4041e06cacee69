// `npm run soak [-- ROUNDS]`: 50 rounds of import, tagging and annotating in a child
// process whose file writes fail at random (short writes, a full disk, slow writes),
// killed with SIGKILL at a random moment. After each round the archive is opened
// normally and checked: every write whose call had returned is there (tags, highlights,
// imported files with readable texts), from this round and every earlier one, and no
// store was set aside. Prints a line per round and a total; exits 1 on any loss.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArchiveService } from '../src-main/core/service';
import { lcg } from './soak/random-fault-io';

const ROUNDS = Number(process.argv[2] ?? 50);
const WRITER = resolve(import.meta.dirname, 'soak/soak-writer.ts');
const SEED = resolve(import.meta.dirname, '../seeds/000_068abd54a537aef4.txt');
const PLACES = ['DAMASCUS', 'ALEPPO', 'BEIRUT', 'AMMAN', 'CAIRO', 'MOSCOW'];

interface Acked {
  tags: [string, string][];
  notes: [string, string][];
  /** Files present when an import that was acknowledged started. */
  files: Set<string>;
}

/** Runs one writer, kills it `afterMs` after it is ready; its acknowledged writes and refusals. */
function writeThenKill(
  data: string,
  wires: string,
  round: number,
  afterMs: number,
): Promise<{ lines: string[]; ranMs: number }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, data, wires, String(round), String(round * 7919 + 17)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    let readyAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!readyAt && out.includes('ready\n')) {
        readyAt = Date.now();
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`writer ended on its own (${code}): ${err.slice(-1500)}`));
      // A line cut by the kill was never acknowledged.
      else done({ lines: out.split('\n').slice(0, -1), ranMs: readyAt ? Date.now() - readyAt : 0 });
    });
  });
}

async function addWires(wires: string, round: number): Promise<void> {
  for (let k = 0; k < 3; k++) {
    const place = PLACES[(round + k) % PLACES.length]!;
    const body = Array.from(
      { length: 4 },
      (_, p) =>
        `${place} (Reuters) - Round ${round}, dispatch ${k}, paragraph ${p}: officials said the talks would go on.`,
    );
    await writeFile(
      join(wires, `r${round}-d${k}.txt`),
      `Talks in ${place.toLowerCase()} go on, round ${round} dispatch ${k}\n\n${body.join('\n\n')}\n`,
    );
  }
}

/** What the archive lost of the acknowledged writes, and what it set aside: empty when all is well. */
async function check(data: string, acked: Acked): Promise<string[]> {
  const problems: string[] = [];
  const setAside = (await readdir(data)).filter((name) => name.includes('.corrupt-'));
  if (setAside.length) problems.push(`set aside: ${setAside.join(', ')}`);
  const service = await ArchiveService.open({ dataDir: data });
  try {
    problems.push(...service.storeWarnings.map((w) => `warning: ${w}`));
    for (const [id, tag] of acked.tags)
      if (!service.userData.record(id)?.tags.includes(tag)) problems.push(`lost tag ${tag} on ${id}`);
    for (const [id, note] of acked.notes)
      if (!service.userData.record(id)?.annotations.some((a) => a.id === note))
        problems.push(`lost highlight ${note} on ${id}`);
    await service.catalogue.loadFiles();
    for (const path of acked.files) {
      const entry = service.catalogue.file(path);
      if (!entry) problems.push(`lost file ${path}`);
      for (const id of entry?.recordIds ?? [])
        if (!(await service.bodies.get(id))) problems.push(`lost text of ${id} (${path})`);
    }
  } finally {
    await service.close();
  }
  return problems;
}

const root = await mkdtemp(join(tmpdir(), 'da-soak-'));
const data = join(root, 'data');
const wires = join(root, 'wires');
await mkdir(wires, { recursive: true });
await copyFile(SEED, join(wires, 'seed.txt'));
const random = lcg(20261206);
const acked: Acked = { tags: [], notes: [], files: new Set() };
let failures = 0;
const started = Date.now();
console.log(
  `soak: ${ROUNDS} rounds, writes failing at random (8%: short, full disk, slow), SIGKILL at a random moment; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
try {
  for (let round = 1; round <= ROUNDS; round++) {
    await addWires(wires, round);
    const present = (await readdir(wires)).map((name) => join(wires, name));
    const afterMs = 200 + Math.floor(random() * 1800);
    const { lines, ranMs } = await writeThenKill(data, wires, round, afterMs);
    let imports = 0;
    let refused = 0;
    for (const line of lines) {
      const [kind, what, a, b] = line.split(' ');
      if (kind === 'fail') refused++;
      if (kind !== 'ack') continue;
      if (what === 'import') {
        imports++;
        for (const path of present) acked.files.add(path);
      } else if (what === 'tag') acked.tags.push([a!, b!]);
      else if (what === 'note') acked.notes.push([a!, b!]);
    }
    const problems = await check(data, acked);
    failures += problems.length ? 1 : 0;
    const total = lines.filter((l) => l.startsWith('ack ')).length;
    console.log(
      `round ${String(round).padStart(2)}: killed after ${String(ranMs).padStart(4)} ms; ${total} acknowledged (${imports} imports), ${refused} refused; ` +
        `so far ${acked.tags.length} tags, ${acked.notes.length} highlights, ${acked.files.size} files: ${problems.length ? `LOST ${problems.slice(0, 5).join('; ')}` : 'all there, nothing set aside'}`,
    );
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
console.log(
  `soak: ${ROUNDS - failures} of ${ROUNDS} rounds kept every acknowledged write, in ${((Date.now() - started) / 1000).toFixed(0)} s; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
process.exitCode = failures ? 1 : 0;
