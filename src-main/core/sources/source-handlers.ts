// The sources channels: the imported folders, re-scanning, removing, watching, and
// importing paths handed to the app.
import { resolve } from 'node:path';
import type { ImportSummary } from '../../contract/archive';
import { NotFoundError } from '../errors';
import type { ChannelsOf, HandlersOf } from '../../contract/ipc';
import { importPaths, tryImport } from './import-paths';
import { removeSource } from './remove-source';
import type { SourceHost } from './source-host';
import { listSources } from './source-list';
import type { SourceWatcher } from './source-watcher';

export type SourceChannel = ChannelsOf<'sources'> | 'import:paths';

export function sourceHandlers(host: SourceHost, watcher: SourceWatcher): HandlersOf<SourceChannel> {
  const { catalogue } = host;
  /** A source folder as stored (resolved, no trailing separator), or NotFoundError. */
  const known = (path: string): string => {
    const root = resolve(path);
    if (!catalogue.source(root)) throw new NotFoundError(`${root} is not a source folder of this archive`);
    return root;
  };
  return {
    'sources:list': async () => listSources(catalogue),
    'sources:rescan': async ({ path }) => {
      const roots = path === undefined ? [...catalogue.data.folders] : [known(path)];
      const summaries: ImportSummary[] = [];
      for (const [i, root] of roots.entries()) summaries.push(await tryImport(host, root, {}, i > 0));
      return summaries;
    },
    'sources:remove': async ({ path, keepUserData }) => {
      const removed = await removeSource(host, known(path), keepUserData);
      await watcher.sync();
      return removed;
    },
    'sources:set-watch': async ({ path, watch }) => {
      catalogue.updateSource(known(path), { watch });
      // Mid-import the catalogue holds half an import: the import's own save carries the flag.
      if (!host.busy) await catalogue.save();
      await watcher.sync({ catchUp: true });
      return listSources(catalogue);
    },
    'import:paths': async ({ paths }) => importPaths(host, paths),
  };
}
