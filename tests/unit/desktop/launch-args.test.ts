import { describe, expect, it } from 'vitest';
import { parseLaunchArgs, secondLaunchCommandLine } from '../../../src-main/desktop/launch-args';

const dev = { appPathInArgv: true };
const packaged = { appPathInArgv: false };

describe('parseLaunchArgs', () => {
  it('skips the app path of a development launch and keeps the folder after it', () => {
    const args = parseLaunchArgs(['/opt/electron/electron', '.', '/home/ana/wires'], '/work/app', dev);
    expect(args).toEqual({ paths: ['/home/ana/wires'], flags: [] });
  });

  it('takes the folder and --data DIR of a packaged launch, which has no app path', () => {
    const args = parseLaunchArgs(
      ['/usr/bin/dispatch-archive', '/home/ana/wires', '--data', '/home/ana/archive'],
      '/home/ana',
      packaged,
    );
    expect(args).toEqual({ dataDir: '/home/ana/archive', paths: ['/home/ana/wires'], flags: [] });
  });

  it('reads --data=DIR written with an equals sign', () => {
    expect(parseLaunchArgs(['/usr/bin/dispatch-archive', '--data=/srv/archive'], '/', packaged).dataDir).toBe(
      '/srv/archive',
    );
  });

  it('resolves a relative --data and relative paths against the launch working directory', () => {
    const args = parseLaunchArgs(
      ['/usr/bin/dispatch-archive', '--data', 'archive', 'in/sana', '../bbc.txt'],
      '/home/ana/desk',
      packaged,
    );
    expect(args.dataDir).toBe('/home/ana/desk/archive');
    expect(args.paths).toEqual(['/home/ana/desk/in/sana', '/home/ana/bbc.txt']);
  });

  it('ignores the process serial number macOS adds when Finder starts the app', () => {
    const args = parseLaunchArgs(
      ['/Applications/Dispatch Archive.app/Contents/MacOS/Dispatch Archive', '-psn_0_123456'],
      '/',
      packaged,
    );
    expect(args).toEqual({ paths: [], flags: ['-psn_0_123456'] });
  });

  it('leaves Chromium and Electron switches alone, wherever they stand, without taking a path for their value', () => {
    const argv = [
      '/opt/electron/electron',
      '--inspect=9229',
      '--no-sandbox',
      'out/main/index.js',
      '--enable-logging',
      '/data/wires',
      '--remote-debugging-port=0',
    ];
    const args = parseLaunchArgs(argv, '/work/app', dev);
    expect(args.paths).toEqual(['/data/wires']);
    expect(args.flags).toEqual(['--inspect=9229', '--no-sandbox', '--enable-logging', '--remote-debugging-port=0']);
  });

  it('treats everything after -- as a path, even names that start with a dash', () => {
    expect(parseLaunchArgs(['/usr/bin/dispatch-archive', '--', '-draft.txt'], '/home/ana', packaged).paths).toEqual([
      '/home/ana/-draft.txt',
    ]);
  });

  it('turns the file URLs a desktop entry may pass into paths', () => {
    expect(parseLaunchArgs(['/usr/bin/dispatch-archive', 'file:///home/ana/My%20Wires'], '/', packaged).paths).toEqual([
      '/home/ana/My Wires',
    ]);
  });

  it('lists a path given twice once', () => {
    expect(parseLaunchArgs(['/usr/bin/dispatch-archive', '/a', '/a/', '/a'], '/', packaged).paths).toEqual(['/a']);
  });

  it('does not take the next switch as the value of a --data without one', () => {
    const args = parseLaunchArgs(['/usr/bin/dispatch-archive', '--data', '--no-sandbox', '/a'], '/', packaged);
    expect(args).toEqual({ paths: ['/a'], flags: ['--no-sandbox'] });
  });
});

describe('secondLaunchCommandLine', () => {
  it('prefers the argv and cwd the second instance sent as the lock data', () => {
    const sent = { argv: ['/usr/bin/dispatch-archive', 'wires'], cwd: '/home/ana' };
    expect(
      secondLaunchCommandLine(['/usr/bin/dispatch-archive', '--original-process-start-time=1', 'wires'], '/tmp', sent),
    ).toEqual(sent);
  });

  it('falls back to the relayed argv and cwd when the lock data is missing or malformed', () => {
    const relayed = ['/usr/bin/dispatch-archive', 'wires'];
    expect(secondLaunchCommandLine(relayed, '/home/ana', undefined)).toEqual({ argv: relayed, cwd: '/home/ana' });
    expect(secondLaunchCommandLine(relayed, '/home/ana', { argv: [1, 2], cwd: '/x' })).toEqual({
      argv: relayed,
      cwd: '/home/ana',
    });
    expect(secondLaunchCommandLine(relayed, '/home/ana', { argv: [], cwd: 'relative' })).toEqual({
      argv: relayed,
      cwd: '/home/ana',
    });
  });

  it('gives a second launch in another folder its own working directory for relative paths', () => {
    const second = secondLaunchCommandLine(['/usr/bin/dispatch-archive', 'in/sana'], '/home/bo/desk', null);
    expect(parseLaunchArgs(second.argv, second.cwd, packaged).paths).toEqual(['/home/bo/desk/in/sana']);
  });
});
