// One soak round's writer, in its own process: opens the archive with faulty file writes
// and imports, tags and annotates until the parent kills it with SIGKILL. It prints one
// line per acknowledged write (its call resolved), which the parent then looks for.
// Usage: tsx soak-writer.ts DATA_DIR WIRES_DIR ROUND SEED
import { bodyText } from '../../src-main/contract/userdata';
import { ArchiveService } from '../../src-main/core/service';
import { lcg, randomFaultIo } from './random-fault-io';

const [dataDir, wires, round, seed] = process.argv.slice(2) as [string, string, string, string];
const random = lcg(Number(seed));
const { io, counts } = randomFaultIo(random, 0.08);
const service = await ArchiveService.open({ dataDir, fileIo: io, lock: { wait: true, timeoutMs: 10_000 } });
const say = (line: string): boolean => process.stdout.write(`${line}\n`);
say('ready');

for (let step = 0; ; step++) {
  try {
    if (step % 10 === 0) {
      const summary = await service.importFolder(wires);
      say(`ack import ${summary.filesSeen} ${summary.rejected.length}`);
      continue;
    }
    const { ids } = await service.handlers['archive:ids']({ query: '', filters: {}, sort: 'date-desc' });
    if (ids.length === 0) continue;
    const id = ids[Math.floor(random() * ids.length)]!;
    if (random() < 0.5) {
      const tag = `soak/r${round}/s${step}`;
      await service.handlers['tags:apply']({ ids: [id], add: [tag], remove: [] });
      say(`ack tag ${id} ${tag}`);
    } else {
      const article = await service.handlers['archive:get']({ id });
      const text = bodyText(article?.paragraphs ?? []);
      if (text.length < 30) continue;
      const start = Math.floor(random() * (text.length - 20));
      const made = await service.handlers['annotations:create']({
        articleId: id,
        start,
        end: start + 12,
        color: 'yellow',
        note: `r${round} s${step}`,
      });
      say(`ack note ${id} ${made.id}`);
    }
  } catch (err) {
    // A refused write is an answer too: the user saw it fail, so nothing is owed.
    say(
      `fail ${(err as Error).name}: ${(err as Error).message.split('\n')[0]} (faults so far ${JSON.stringify(counts)})`,
    );
  }
}
