// `export` and `restore`: the same export:run and backup:restore channels the app calls,
// through the router (so arguments are checked alike), with the output path taken from
// the command line where the app would show its save dialog.
import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportFormat, ExportProgress, ExportRequest, ExportScope } from '../contract/export';
import { openChromiumPdfRenderer } from '../core/export/pdf-chromium';
import type { ExportTarget } from '../core/export/export-run';
import type { DataLockOptions } from '../core/store/data-lock';
import { withArchive } from './archive-door';

export const EXPORT_USAGE = `  export (--pdf OUT | --md OUT | --json OUT | --csv OUT) [--ids ID,…] [--tag T] [--query Q]
         [--per-article] [--title T] [--include-withdrawn] [--force] [--data D] [--wait]
                               Export articles: every article, or those --ids, --tag (children
                               included) or --query pick. PDF and Markdown make one dossier file,
                               or with --per-article one file per article into the folder OUT.
                               JSON is the full backup that \`restore\` reads back. An existing
                               OUT is replaced only with --force. Stories their agency killed or
                               cancelled are left out unless --include-withdrawn (then marked).
  restore FILE [--data D]      Restore a JSON export: articles, tags, highlights and notes`;

const FORMAT_FLAGS = { pdf: 'pdf', md: 'markdown', json: 'json', csv: 'csv' } as const satisfies Record<
  string,
  ExportFormat
>;

export class ExportUsageError extends Error {}

interface ExportOptions {
  request: ExportRequest;
  out: string;
  force: boolean;
}

/** The export command's own flags (its `--json` takes a file, unlike the other commands'). */
export function parseExportArgs(argv: string[]): ExportOptions & { dataDir: string | undefined; wait: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      pdf: { type: 'string' },
      md: { type: 'string' },
      json: { type: 'string' },
      csv: { type: 'string' },
      ids: { type: 'string', multiple: true, default: [] },
      tag: { type: 'string' },
      query: { type: 'string' },
      title: { type: 'string' },
      'per-article': { type: 'boolean', default: false },
      'include-withdrawn': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      data: { type: 'string' },
      wait: { type: 'boolean', default: false },
    },
  });
  const formats = (Object.keys(FORMAT_FLAGS) as (keyof typeof FORMAT_FLAGS)[]).filter(
    (flag) => values[flag] !== undefined,
  );
  if (formats.length !== 1)
    throw new ExportUsageError('export needs exactly one of --pdf, --md, --json, --csv with an output path');
  const flag = formats[0]!;
  const ids = values.ids
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const picks = [ids.length > 0, values.tag !== undefined, values.query !== undefined].filter(Boolean).length;
  if (picks > 1) throw new ExportUsageError('give at most one of --ids, --tag, --query');
  const scope: ExportScope = ids.length
    ? { kind: 'ids', ids }
    : values.tag !== undefined
      ? { kind: 'tag', tag: values.tag }
      : { kind: 'search', query: values.query ?? '', filters: {} };
  const request: ExportRequest = {
    format: FORMAT_FLAGS[flag],
    layout: values['per-article'] ? 'per-article' : 'dossier',
    scope,
  };
  if (values.title !== undefined) request.title = values.title;
  if (values['include-withdrawn']) request.includeWithdrawn = true;
  return { request, out: resolve(values[flag]!), force: values.force, dataDir: values.data, wait: values.wait };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function exportCommand(
  { request, out, force }: ExportOptions,
  dataDir: string,
  lock: DataLockOptions = {},
): Promise<number> {
  if (request.layout === 'dossier' && !force && (await exists(out))) {
    console.error(`error: ${out} exists; choose another path, or pass --force to replace it`);
    return 1;
  }
  const door = {
    dataDir,
    lock,
    chooseExportTarget: async (target: ExportTarget) => {
      // One file per article needs a folder; it is made if missing, and files in it are never replaced.
      if (target.kind === 'folder') await mkdir(out, { recursive: true });
      return { path: out, replace: force };
    },
    openPdfRenderer: () => openChromiumPdfRenderer(),
  };
  const result = await withArchive(door, async (archive) => {
    archive.onEvent((event, payload) => {
      if (event !== 'export:progress' || !process.stderr.isTTY) return;
      const p = payload as ExportProgress;
      process.stderr.write(`\r\x1b[K${p.phase} ${p.done}/${p.total}`);
    });
    return archive.call('export:run', request).finally(() => process.stderr.isTTY && process.stderr.write('\n'));
  });
  if (!result) return 1;
  console.log(
    `Exported ${result.articles} article${result.articles === 1 ? '' : 's'} in ${(result.durationMs / 1000).toFixed(1)} s:`,
  );
  for (const file of result.files) console.log(`  ${file}`);
  return 0;
}

export async function restoreCommand(file: string, dataDir: string, lock: DataLockOptions = {}): Promise<number> {
  const s = await withArchive({ dataDir, lock }, (archive) => archive.call('backup:restore', { path: resolve(file) }));
  console.log(`Restored ${s.file} into ${dataDir}`);
  console.log(`  articles in the backup: ${s.articles} (${s.added} added, the rest were already here)`);
  console.log(`  highlights put in place: ${s.annotations}`);
  console.log(`  notes put in place:      ${s.notes}`);
  console.log(`  articles tagged:         ${s.tagged}`);
  console.log(`  rejected:                ${s.rejected.length}`);
  for (const r of s.rejected) console.log(`    ${r.path}: ${r.reason}`);
  return s.rejected.length ? 1 : 0;
}
