// The audit's hostile files together, next to two good ones, imported as a user would (default
// options: workers, limits, budgets): the good files import, each hostile one is read safely
// or rejected with its reason, and the whole import takes seconds.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const MB = 1024 * 1024;
const ARTICLE = (city: string): string => `Talks resume in ${city}\n\nDelegations met on Monday.\n`;

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-hostile-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

it.skipIf(process.platform === 'win32')(
  'imports the good files of a folder of hostile ones and says what it did with each hostile file',
  { timeout: 60_000 },
  async () => {
    const folder = join(work, 'in');
    const outside = join(work, 'private');
    await mkdir(folder);
    await mkdir(outside);
    await writeFile(join(outside, 'id_rsa'), '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
    await writeFile(join(folder, 'a-good.txt'), ARTICLE('Geneva'));
    await writeFile(join(folder, 'z-good.txt'), ARTICLE('Vienna'));
    await writeFile(
      join(folder, 'bold.html'),
      `<html><head><title>Nested</title></head><body><p>${'<b>'.repeat(3_000)}Deep text.</p></body></html>`,
    );
    await writeFile(join(folder, 'line.txt'), `Spaces\na${' '.repeat(MB)}b\n`);
    await writeFile(join(folder, 'dots.json'), JSON.stringify([{ title: 'Dots', text: `a${'.'.repeat(MB)}a` }]));
    await writeFile(join(folder, 'cell.csv'), `title,text\nLetters,${'a'.repeat(MB)}\n`);
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    await symlink(join(outside, 'id_rsa'), join(folder, 'key.txt'));
    await writeFile(
      Buffer.concat([Buffer.from(`${folder}/caf`), Buffer.from([0xff]), Buffer.from('.txt')]),
      ARTICLE('Bern'),
    );

    const dataDir = join(work, 'data');
    const catalogue = await CatalogueStore.open(dataDir, []);
    const summary = await importFolder(folder, { catalogue, bodies: new BodyStore(dataDir, []) });

    const articles = Object.values(catalogue.data.articles);
    const byFile = Object.fromEntries(articles.map((a) => [a.sources[0]!.path.slice(folder.length + 1), a]));
    expect(Object.keys(byFile).sort()).toEqual([
      'a-good.txt',
      'bold.html',
      'caf\uFFFD.txt',
      'cell.csv',
      'dots.json',
      'line.txt',
      'z-good.txt',
    ]);
    expect(byFile['bold.html']!.warnings).toContain(
      'the page nests elements more than 128 deep; below that only their text was kept',
    );
    expect(summary.rejected).toEqual([
      {
        path: join(folder, 'key.txt'),
        code: 'outside-folder',
        reason: `symlink leads outside the imported folder, to ${join(outside, 'id_rsa')}: not followed`,
      },
      { path: join(folder, 'pipe.txt'), code: 'not-a-file', reason: 'not a regular file (a FIFO)' },
    ]);
    expect(articles.some((a) => a.title.includes('PRIVATE KEY'))).toBe(false);
  },
);
