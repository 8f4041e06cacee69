// PLACEHOLDER (helper B replaces this file).
import type { RestoreSummary } from '../../contract/export';
import type { ArchiveService } from '../service';

/** Restores a JSON export into the archive: articles it lacks, then tags, annotations and notes. */
export async function restoreBackup(service: ArchiveService, file: string): Promise<RestoreSummary> {
  void service;
  void file;
  throw new Error('restoreBackup is not built yet');
}
