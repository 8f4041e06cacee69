// The export and backup channels over runExport and restoreBackup. One export runs at a
// time; "show in folder" works only on files this service wrote, so the renderer cannot
// make it reveal arbitrary paths.
import type { Channel, ChannelResult, ParsedArgs } from '../../contract/ipc';
import type { ExportProgress } from '../../contract/export';
import { BusyError } from '../errors';
import type { ArchiveService } from '../service';
import { runExport } from './export-run';
import { restoreBackup } from './restore';

type ExportChannel = 'export:run' | 'export:cancel' | 'export:reveal' | 'backup:restore' | 'backup:choose-and-restore';
type Handlers = { [C in ExportChannel & Channel]: (args: ParsedArgs<C>) => Promise<ChannelResult<C>> };

export function exportHandlers(service: ArchiveService, emitProgress: (progress: ExportProgress) => void): Handlers {
  const written = new Set<string>();
  let running: AbortController | null = null;
  const { options } = service;
  return {
    'export:run': async (request) => {
      if (running) throw new BusyError('an export is already running; wait for it or cancel it');
      if (!options.chooseExportTarget || !options.openPdfRenderer) throw new Error('this door has no save dialog or PDF engine');
      running = new AbortController();
      try {
        const result = await runExport(request, {
          service,
          chooseTarget: options.chooseExportTarget,
          openRenderer: options.openPdfRenderer,
          onProgress: emitProgress,
          signal: running.signal,
        });
        for (const file of result?.files ?? []) written.add(file);
        return result;
      } finally {
        running = null;
      }
    },
    'export:cancel': async () => {
      running?.abort();
      return { cancelled: running !== null };
    },
    'export:reveal': async ({ path }) => ({ opened: written.has(path) && ((await options.showItem?.(path)) ?? false) }),
    'backup:restore': async ({ path }) => service.exclusive(() => restoreBackup(service, path)),
    'backup:choose-and-restore': async () => {
      const path = await options.chooseBackupFile?.();
      return path ? service.exclusive(() => restoreBackup(service, path)) : null;
    },
  };
}
