// The user's own work survives a corrupt file: it is set aside, the copy from the last
// clean start comes back, and the window says so instead of starting empty.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { SEED, writeSmallFolder } from './fixture-folders';
import { allArticles, openReadingRoom, rowTitled } from './reading-room';

test.use({ archiveName: 'userdata-recovery' });

test('restores tags from the last clean start when userdata.json is corrupt, and says so', async ({
  archive,
  page,
}) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await archive.service.importFolder(folder);
  const seed = (await allArticles(archive)).find((a) => a.title === SEED.title)!;
  await archive.service.handlers['tags:apply']({ ids: [seed.id], add: ['kremlin'], remove: [] });
  await archive.restart(); // a clean start: its copy of the file is the last good one
  await writeFile(join(archive.dataDir, 'userdata.json'), '{"version":2,"articles":{"');
  await archive.restart();

  await openReadingRoom(page);
  const banner = page.getByTestId('store-warnings');
  await expect(banner).toContainText('corrupt');
  await expect(banner).toContainText('copy from the last clean start was restored');
  await expect(rowTitled(page, SEED.title)).toContainText('kremlin');
  await screenshot(page, 'userdata-recovered');
  await banner.getByRole('button').click();
  await expect(banner).toBeHidden();
});
