// `npm run icons`: render build/icon.svg into the Linux PNG set, the Windows .ico and
// the 1024 px PNG macOS builds its .icns from. Run it after editing the SVG and commit
// the outputs; tests/unit/packaging checks they still match.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderIconSet } from './icon-set';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const svg = await readFile(join(root, 'build/icon.svg'), 'utf8');
  const files = await renderIconSet(svg);
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), bytes);
    console.log(`${path}  ${bytes.length} bytes`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
