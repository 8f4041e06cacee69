// import:paths: folders and files given on the command line, through "Open with", or dropped.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportSummary } from '../../contract/archive';
import { ImportError } from '../import/import-folder';
import { errorText } from '../import/walk-folder';
import { failedImport, importWhenFree, rootForFile, type ImportScope, type SourceHost } from './source-host';

/**
 * One summary per path, in order. A path that cannot be imported (gone, not a file or
 * folder) gets a summary with one reject saying why, and the others still run. Busy is
 * reported only for the first: the rest wait for whatever started in between.
 */
export async function importPaths(host: SourceHost, paths: readonly string[]): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const [i, given] of paths.entries()) summaries.push(await importPath(host, resolve(given), i > 0));
  return summaries;
}

/**
 * A folder is imported whole and becomes a source. A file is imported alone: inside a
 * source folder it is part of that source; elsewhere its folder does not become a source,
 * since opening one file from Downloads should not make the app adopt and watch Downloads.
 */
async function importPath(host: SourceHost, path: string, wait: boolean): Promise<ImportSummary> {
  let scope: ImportScope;
  try {
    const info = await stat(path);
    if (!info.isDirectory() && !info.isFile())
      return failedImport(path, `cannot import ${path}: it is neither a file nor a folder`);
    scope = info.isFile() ? { only: [path] } : {};
  } catch (err) {
    return failedImport(path, `cannot import ${path}: ${errorText(err)}`);
  }
  const root = scope.only ? rootForFile(host.catalogue, path) : path;
  const summary = await tryImport(host, root, scope, wait);
  return scope.only ? { ...summary, root: path } : summary;
}

/** Imports, turning a failure of the whole import (ImportError) into a summary; busy still throws. */
export async function tryImport(
  host: SourceHost,
  root: string,
  scope: ImportScope,
  wait: boolean,
): Promise<ImportSummary> {
  try {
    return await (wait ? importWhenFree(host, root, scope) : host.importFolder(root, scope));
  } catch (err) {
    if (err instanceof ImportError) return failedImport(root, err.message);
    throw err;
  }
}
