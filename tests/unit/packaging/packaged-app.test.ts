// Packs the built app (out/) with electron-builder's real `--linux dir` build, on a stand-in
// Electron binary because this machine cannot download Electron, then looks inside: what the
// app.asar holds, the fuses flipped in the binary, and the .desktop entry deb and AppImage get.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { Arch, Platform, build, type AfterPackContext } from 'electron-builder';
// es-module-lexer (installed with vitest) reads the bundle's import statements exactly.
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// electron-builder's own writer of the .desktop file (see builder-config.test.ts on app-builder-lib).
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import type { LinuxPackager } from 'app-builder-lib/out/linuxPackager';
import { ROOT } from './image-headers';
import { FUSE, readFuses, writeStandInElectron } from './stand-in-electron';

const MAIN_BUNDLE = join(ROOT, 'out/main/index.js');
const built = existsSync(MAIN_BUNDLE);
if (!built) console.warn(`packaged-app test skipped: ${MAIN_BUNDLE} not found (run \`npm run build\` first)`);

interface Packed {
  asar: string;
  files: string[];
  binary: string;
  desktopEntry: string;
}

async function pack(work: string): Promise<Packed> {
  const output = join(work, 'dist');
  let desktopEntry = '';
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    // Merged over electron-builder.yml, as `-c.key=value` on the command line would be.
    config: {
      electronDist: await writeStandInElectron(join(work, 'electron')),
      directories: { output },
      afterPack: async (context: AfterPackContext) => {
        const packager = context.packager as LinuxPackager;
        desktopEntry = await new LinuxTargetHelper(packager).computeDesktopEntry(packager.platformSpecificBuildOptions);
      },
    },
  });
  const appDir = join(output, 'linux-unpacked');
  const asar = join(appDir, 'resources/app.asar');
  return {
    asar,
    files: listPackage(asar, { isPack: false }),
    binary: join(appDir, 'dispatch-archive'),
    desktopEntry,
  };
}

/** The [Desktop Entry] keys, as a map. */
function desktopEntry({ desktopEntry: text }: Packed): Record<string, string> {
  const lines = text.split('\n').filter((line) => line.includes('='));
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

/** Package names under the asar's top-level node_modules (`@scope/name` for scoped ones). */
function bundledPackages(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const [, top, first, second] = file.split(/[/\\]/);
    if (top !== 'node_modules' || !first) continue;
    if (!first.startsWith('@')) names.add(first);
    else if (second) names.add(`${first}/${second}`);
  }
  return names;
}

/** Package names the main bundle imports at run time (electron-vite leaves dependencies external). */
async function bareImports(source: string): Promise<Set<string>> {
  await initLexer;
  const [imports] = parseModule(source);
  const names = new Set<string>();
  for (const { n: spec } of imports) {
    if (!spec || spec.startsWith('.') || spec.startsWith('node:') || spec === 'electron') continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
  }
  return names;
}

describe.skipIf(!built)('the app packed on a stand-in Electron', { timeout: 180_000 }, () => {
  let work: string;
  let packed: Packed;
  let pkg: { dependencies: Record<string, string>; devDependencies: Record<string, string> };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-pack-'));
    pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as typeof pkg;
    packed = await pack(work);
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('holds the built app, package.json and node_modules, and nothing else from the repository', () => {
    const top = new Set(packed.files.map((f) => f.split(/[/\\]/)[1]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json']);
    expect(packed.files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('bundles every runtime dependency and no development dependency', () => {
    const bundled = bundledPackages(packed.files);
    for (const name of Object.keys(pkg.dependencies)) expect(bundled, name).toContain(name);
    const devOnly = Object.keys(pkg.devDependencies).filter((name) => !(name in pkg.dependencies));
    expect(devOnly.filter((name) => bundled.has(name))).toEqual([]);
  });

  it('bundles every package the main process imports', async () => {
    const bundled = bundledPackages(packed.files);
    const imports = await bareImports(await readFile(MAIN_BUNDLE, 'utf8'));
    expect(imports.size).toBeGreaterThan(0);
    expect([...imports].filter((name) => !bundled.has(name))).toEqual([]);
  });

  it('flips the fuses: no running as Node, no NODE_OPTIONS or inspector flags, code only from an integrity-checked app.asar, no file:// privileges', async () => {
    const fuses = await readFuses(packed.binary);
    expect(fuses[FUSE.runAsNode]).toBe(false);
    expect(fuses[FUSE.enableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FUSE.enableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FUSE.onlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FUSE.enableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FUSE.grantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('writes a desktop entry with the name, icon, Office category and folders as its type', () => {
    const entry = desktopEntry(packed);
    expect(entry).toMatchObject({
      Name: 'Dispatch Archive',
      Type: 'Application',
      Icon: 'dispatch-archive',
      Categories: 'Office;',
      MimeType: 'inode/directory;',
    });
    // %U: the folders "Open with" hands over arrive as arguments.
    expect(entry.Exec).toMatch(/dispatch-archive" %U$/);
  });

  it('ties the running window to its desktop entry through desktopName', () => {
    const packagedJson = JSON.parse(extractFile(packed.asar, 'package.json').toString('utf8')) as {
      desktopName?: string;
    };
    expect(packagedJson.desktopName).toBe('dispatch-archive.desktop');
    expect(desktopEntry(packed).StartupWMClass).toBe('dispatch-archive');
  });
});
