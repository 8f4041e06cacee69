// The electron-builder config (electron-builder.yml): what each platform gets, what goes into
// the bundle, and electron-builder's own schema validation, which needs no network.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// app-builder-lib is electron-builder's own library (installed with it, same version): these
// are the functions `electron-builder` itself calls to load and validate the config.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { ROOT, icoSizes, pngSize } from './image-headers';

const CONFIG_FILE = join(ROOT, 'electron-builder.yml');

async function loadYaml(): Promise<Configuration> {
  return parse(await readFile(CONFIG_FILE, 'utf8')) as Configuration;
}

function targetsOf(platform: { target?: unknown } | null | undefined): string[] {
  const targets = platform?.target;
  return Array.isArray(targets) ? targets.map(String) : [String(targets)];
}

function validate(config: Configuration): Promise<void> {
  return validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder.yml', () => {
  it('names the app and its id', async () => {
    const config = await loadYaml();
    expect(config.appId).toBe('org.dispatcharchive.app');
    expect(config.productName).toBe('Dispatch Archive');
  });

  it('builds an AppImage and a deb on Linux, an NSIS installer on Windows and a dmg on macOS', async () => {
    const config = await loadYaml();
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
  });

  it('packs the app into an asar archive and never publishes', async () => {
    const config = await loadYaml();
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    expect(config.directories?.output).toBe('dist');
  });

  it('takes only the built app and package.json, never sources, tests or sourcemaps', async () => {
    const files = (await loadYaml()).files as string[];
    const included = files.filter((p) => !p.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
    const excluded = files.filter((p) => p.startsWith('!')).join(' ');
    for (const folder of ['src-main', 'src-renderer', 'tests', 'bench', 'seeds']) expect(excluded).toContain(folder);
    expect(excluded).toContain('*.map');
    // node_modules comes from `dependencies` alone; naming it here would bypass that.
    expect(files.some((p) => p.includes('node_modules') || p.includes('devDependencies'))).toBe(false);
  });

  it('installs per user on Windows, without elevation, and keeps the archive on uninstall', async () => {
    const { nsis } = await loadYaml();
    expect(nsis?.oneClick).toBe(false);
    expect(nsis?.perMachine).toBe(false);
    expect(nsis?.allowElevation).toBe(false);
    expect(nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('files the Linux entry under Office and offers the app for folders', async () => {
    const { linux } = await loadYaml();
    expect(linux?.executableName).toBe('dispatch-archive');
    expect(linux?.category).toBe('Office');
    expect(linux?.mimeTypes).toEqual(['inode/directory']);
    const entry = linux?.desktop?.entry as Record<string, string> | undefined;
    expect(entry?.Name).toBe('Dispatch Archive');
    // electron-builder writes the description as Comment, over any Comment in `entry`.
    expect(entry?.Comment).toBeUndefined();
    expect(linux?.description).toMatch(/news dispatches/);
  });

  it('files the macOS app under News', async () => {
    expect((await loadYaml()).mac?.category).toBe('public.app-category.news');
  });

  it('passes electron-builder’s own schema validation, loaded the way the CLI loads it', async () => {
    const config = await getConfig(ROOT, null, null);
    expect(config.appId).toBe('org.dispatcharchive.app');
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('fails that validation for a misspelled option, naming the section it is in', async () => {
    const config = await loadYaml();
    const broken = { ...config, nsis: { ...config.nsis, perMachin: false } } as Configuration;
    await expect(validate(broken)).rejects.toThrow(/configuration\.nsis /);
  });

  it('fails that validation for an unknown top-level option', async () => {
    const broken = { ...(await loadYaml()), productNmae: 'Dispatch Archive' } as Configuration;
    await expect(validate(broken)).rejects.toThrow(/productNmae/);
  });
});

describe('the icons the config points at', () => {
  it('has a Linux PNG for every size, each as large as its name says', async () => {
    const { linux } = await loadYaml();
    expect(linux?.icon).toBe('build/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(await pngSize(join(ROOT, `build/icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico holding 16 to 256 px', async () => {
    const { win } = await loadYaml();
    expect(win?.icon).toBe('build/icon.ico');
    expect(await icoSizes(join(ROOT, 'build/icon.ico'))).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a 1024 px PNG for macOS to make its .icns from', async () => {
    const { mac } = await loadYaml();
    expect(mac?.icon).toBe('build/icon.png');
    expect(await pngSize(join(ROOT, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });
});
