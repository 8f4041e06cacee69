import type { BrowserWindow } from 'electron';
import type { ImportSummary } from '../contract/archive';
import { failedPaths, importFailedDialog } from '../desktop/error-dialog-text';
import { routeCall } from '../core/ipc-router';
import type { BatchOutcome } from '../desktop/launch-queue';
import type { RotatingLog } from '../desktop/log/rotating-log';
import type { ArchiveService } from '../core/service';
import { showError } from './error-dialogs';

/**
 * Imports paths handed to the app from outside (command line, Open With) through the
 * router, so they are validated like the renderer's calls. Busy means the user's own
 * import is running: the queue tries again later.
 */
export async function importHandedPaths(
  service: ArchiveService,
  paths: string[],
  getWindow: () => BrowserWindow | null,
  log: RotatingLog,
): Promise<BatchOutcome> {
  log.info(`importing ${paths.length} handed path(s): ${paths.join(', ')}`);
  const result = await routeCall(service.handlers, 'import:paths', { paths });
  if (!result.ok && result.error.code === 'busy') return 'busy';
  const failures = result.ok
    ? failedPaths(result.value as ImportSummary[])
    : paths.map((path) => ({ path, reason: result.error.message }));
  if (failures.length === 0) return 'done';
  for (const { path, reason } of failures) log.warn(`could not import ${path}: ${reason}`);
  const { title, message } = importFailedDialog(failures);
  await showError(getWindow, title, message);
  return 'done';
}
