import { EXPORT_FILE_FORMAT } from '../../contract/export';
import { FormatError, type DraftRecord } from './draft';
import { draftsFromObjects, findJsonItems } from './json-records';
import { parseJsonValue } from './json-syntax';
import { parseJsonLines } from './jsonl';

/**
 * A JSON file of dispatches: an array of record objects, a wrapper object holding one such
 * array, or a single record object. Field names are matched case-insensitively (json-fields.ts).
 */
export function parseJson(text: string): DraftRecord[] {
  if (isJsonLines(text)) return parseJsonLines(text);
  const value = parseJsonValue(text);
  // An export saved into a source folder would otherwise import as one empty "article"
  // named after the dossier; its articles and the user's work come back through Restore.
  if (isExportFile(value)) {
    throw new FormatError(
      'backup-file',
      'this is a Dispatch Archive export (a backup), not dispatches: restore it with File › Restore from Backup…',
    );
  }
  const { objects, indexes, skipped } = findJsonItems(value);
  if (objects.length === 0) {
    throw new FormatError('no-records', 'the JSON holds no object with a title or text');
  }
  return draftsFromObjects(objects, skipped, indexes);
}

/**
 * JSON Lines saved under a `.json` name: several lines, each one complete object. Such a
 * file is not valid JSON as a whole, so it is read line by line rather than rejected.
 */
function isJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  return lines.length > 1 && lines.every((line) => /^\s*\{.*\}\s*$/.test(line)) && !isValidJson(text);
}

function isExportFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === EXPORT_FILE_FORMAT;
}

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
