// The preload under a stand-in `electron`: what the page gets on window.dispatchArchive,
// and what of it reaches ipcRenderer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DispatchArchiveApi } from '../../../src-main/contract/ipc';

let exposed: DispatchArchiveApi;
let invoked: [string, unknown][];
const diskPaths = new Map<object, string>();

beforeEach(async () => {
  invoked = [];
  vi.resetModules();
  vi.doMock('electron', () => ({
    contextBridge: { exposeInMainWorld: (_name: string, api: DispatchArchiveApi) => (exposed = api) },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => (invoked.push([channel, payload]), { ok: true, value: [] }),
      on: () => {},
      removeListener: () => {},
    },
    // As Electron: a File the user dropped has a path; one a script made has ''.
    webUtils: { getPathForFile: (file: object) => diskPaths.get(file) ?? '' },
  }));
  await import('../../../src-main/preload/index');
});
afterEach(() => vi.doUnmock('electron'));

describe('the preload', () => {
  it('passes the page calls on its own channels', async () => {
    await exposed.invoke('archive:stats', {});
    expect(invoked).toEqual([['dispatch-archive:archive:stats', {}]]);
  });

  it.each(['import:folder', 'import:paths', 'backup:restore'])(
    'refuses the page %s, which would make main read a path the page names',
    async (channel) => {
      await expect(
        exposed.invoke(channel as 'archive:stats', { path: '/home/ana/.ssh/id_rsa' } as never),
      ).rejects.toThrow(/unknown channel/);
      expect(invoked).toEqual([]);
    },
  );

  it('imports what the user dropped by the paths Electron gives, files and folders alike', async () => {
    const folder = new File([], 'wires');
    const file = new File(['x'], 'one.txt');
    diskPaths.set(folder, '/home/ana/wires');
    diskPaths.set(file, '/home/ana/one.txt');
    await exposed.importDropped([folder, file]);
    expect(invoked).toEqual([['dispatch-archive:import:paths', { paths: ['/home/ana/wires', '/home/ana/one.txt'] }]]);
  });

  it('sends nothing for a File a script made, which has no path on disk', async () => {
    expect(await exposed.importDropped([new File(['x'], '/etc/passwd')])).toEqual({ ok: true, value: [] });
    expect(invoked).toEqual([]);
  });
});
