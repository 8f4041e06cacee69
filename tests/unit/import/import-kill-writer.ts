// Child process of the import kill test: imports a folder in small batches, printing how
// many files it has stored at each progress event. The parent kills it with SIGKILL midway.
import { importFolder } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const [dataDir, folder] = process.argv.slice(2) as [string, string];
const catalogue = await CatalogueStore.open(dataDir, []);
await importFolder(folder, {
  catalogue,
  bodies: new BodyStore(dataDir, []),
  parse: { workers: 0 },
  commitEvery: { files: 25, ms: 60_000 },
  onProgress: (p) => void (p.phase === 'importing' && process.stdout.write(`${p.done}\n`)),
});
process.stdout.write('finished\n');
