// The export channels over runExport. One export runs at a time; "show in folder" works
// only on files this door wrote, so the renderer cannot make it reveal arbitrary paths.
import type { ExportProgress } from '../../contract/export';
import type { ChannelsOf, HandlersOf } from '../../contract/ipc';
import { BusyError } from '../errors';
import { runExport, type ExportArchive, type ExportDestination, type ExportTarget } from './export-run';
import type { PdfRenderer } from './pdf';

type ExportChannel = ChannelsOf<'export'>;

export interface ExportHandlerDeps {
  archive: ExportArchive;
  /** Asks where to save (the shell's native save dialog, or a folder for one file per article). */
  chooseTarget?: (target: ExportTarget) => Promise<ExportDestination | null>;
  /** Opens the PDF engine: Electron's printToPDF in the app, Chromium through playwright-core elsewhere. */
  openRenderer?: () => Promise<PdfRenderer>;
  /** Shows a file selected in the system's file manager. */
  showItem?: (path: string) => Promise<boolean>;
  onProgress: (progress: ExportProgress) => void;
}

export function exportHandlers(deps: ExportHandlerDeps): HandlersOf<ExportChannel> {
  const written = new Set<string>();
  let running: AbortController | null = null;
  return {
    'export:run': async (request) => {
      if (running) throw new BusyError('an export is already running; wait for it or cancel it');
      const { chooseTarget, openRenderer } = deps;
      if (!chooseTarget || !openRenderer) throw new Error('this door has no save dialog or PDF engine');
      running = new AbortController();
      try {
        const result = await runExport(request, {
          archive: deps.archive,
          chooseTarget,
          openRenderer,
          onProgress: deps.onProgress,
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
    'export:reveal': async ({ path }) => ({ opened: written.has(path) && ((await deps.showItem?.(path)) ?? false) }),
  };
}
