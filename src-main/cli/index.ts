#!/usr/bin/env node
// Argument parsing and printing only: every action goes through ArchiveService,
// the same object the desktop app's IPC uses.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportProgress, ImportSummary } from '../contract/archive';
import type { DispatchRecord } from '../contract/records';
import { SEARCH_SORTS, type SearchSort } from '../contract/search';
import { parseFile } from '../core/parse/index';
import { ArchiveService } from '../core/service';
import { defaultDataDir } from '../core/store/data-dir';
import { ImportError } from '../core/import/import-folder';
import { routeCall } from '../core/ipc-router';
import { describe, marked, printProgress, printSummary, warnStore } from './print';
import { EXPORT_USAGE, ExportUsageError, exportCommand, parseExportArgs, restoreCommand } from './export-command';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  parse FILE [--json]          Parse one file and print its records
  import DIR [--data D]        Import a folder (recursively) into the archive
  list [--json] [--data D]     List the archive's articles, newest first
  search QUERY [--data D] [--json] [--sort S] [--limit N]
                               Search the archive: words, "phrases", OR, -not, prefix*,
                               agency:X place:X lang:xx date:2016-07 date:2016-01..2016-12
                               tag:T has:annotations has:note has:tags
  tags [--json] [--data D]     The tag tree with article counts
  tag QUERY --add T [--remove T] [--data D]
                               Tag (or untag) every article QUERY matches ('' for all);
                               --add and --remove may be repeated; / nests: syria/aleppo
  stats [--data D]             Counts by format, language and agency
  sources [--json] [--data D]  The source folders: articles, files, last scan, watching
  rescan [DIR] [--data D]      Import a source folder again (every source without DIR)
${EXPORT_USAGE}

Options:
  --data D    Data directory (default: ${defaultDataDir()})
  --json      Machine-readable output
  --sort S    Search order: relevance (default), date-desc, date-asc, title
  --limit N   How many search hits to print (default 20)
  -h, --help  Show this help`;

const SORTS = SEARCH_SORTS;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  // export has flags of its own (its --json names a file), so it parses its own arguments.
  if (argv[0] === 'export') {
    const options = parseExportArgs(argv.slice(1));
    return exportCommand(options, resolve(options.dataDir ?? defaultDataDir()));
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      sort: { type: 'string', default: 'relevance' },
      limit: { type: 'string', default: '20' },
      add: { type: 'string', multiple: true, default: [] },
      remove: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const dataDir = resolve(values.data ?? defaultDataDir());
  switch (command) {
    case 'parse':
      return parseCommand(required(target, 'parse needs a FILE'), values.json);
    case 'import':
      return importCommand(required(target, 'import needs a DIR'), dataDir);
    case 'list':
      return listCommand(dataDir, values.json);
    case 'search':
      return searchCommand(required(target, 'search needs a QUERY'), dataDir, { json: values.json, sort: sortOption(values.sort), limit: limitOption(values.limit) });
    case 'tags':
      return tagsCommand(dataDir, values.json);
    case 'tag':
      if (target === undefined) throw new UsageError("tag needs a QUERY ('' for every article)");
      return tagCommand(target, dataDir, values.add, values.remove);
    case 'stats':
      return statsCommand(dataDir);
    case 'sources':
      return sourcesCommand(dataDir, values.json);
    case 'rescan':
      return rescanCommand(target, dataDir);
    case 'restore':
      return restoreCommand(required(target, 'restore needs a FILE (a JSON export)'), dataDir);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function required(value: string | undefined, message: string): string {
  if (!value) throw new UsageError(message);
  return value;
}

async function parseCommand(file: string, json: boolean): Promise<number> {
  const path = resolve(file);
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
  const outcome = parseFile({ path, bytes, mtimeMs: info.mtimeMs });
  if (!outcome.ok) {
    console.error(`${path}: rejected (${outcome.code}): ${outcome.reason}`);
    return 1;
  }
  if (json) console.log(JSON.stringify(outcome.records, null, 2));
  else for (const r of outcome.records) console.log(describe(r));
  return 0;
}

async function importCommand(dir: string, dataDir: string): Promise<number> {
  const service = await ArchiveService.open({ dataDir });
  warnStore(service.storeWarnings);
  service.onEvent((event, payload) => {
    if (event === 'import:progress') printProgress(payload as ImportProgress);
  });
  const summary = await service.importFolder(dir);
  if (process.stderr.isTTY) process.stderr.write('\n');
  printSummary(summary, dataDir);
  return 0;
}

async function listCommand(dataDir: string, json: boolean): Promise<number> {
  const service = await ArchiveService.open({ dataDir });
  warnStore(service.storeWarnings);
  const page = service.catalogue.list(0, Number.MAX_SAFE_INTEGER, 'date-desc');
  if (!json) {
    for (const a of page.items) console.log(`${a.date ?? '----------'}  ${(a.agency ?? '').padEnd(10).slice(0, 10)}  ${a.title}${a.missing ? '  [missing]' : ''}`);
    console.error(`${page.total} articles in ${dataDir}`);
    return 0;
  }
  const records: DispatchRecord[] = [];
  for (const item of page.items) {
    const article = await service.article(item.id);
    if (!article) continue;
    // The record shape exactly, as `parse --json` prints it; the extra provenance stays in `stats`.
    const { sources: _sources, missing: _missing, ...record } = article;
    records.push(record);
  }
  console.log(JSON.stringify(records, null, 2));
  return 0;
}

function sortOption(value: string): SearchSort {
  const sort = SORTS.find((s) => s === value);
  if (!sort) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`);
  return sort;
}

function limitOption(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be a whole number from 1 to 500');
  return limit;
}

async function searchCommand(query: string, dataDir: string, options: { json: boolean; sort: SearchSort; limit: number }): Promise<number> {
  const service = await ArchiveService.open({ dataDir });
  warnStore(service.storeWarnings);
  const page = await service.handlers['archive:search']({ query, filters: {}, sort: options.sort, offset: 0, limit: options.limit });
  if (page.queryError) {
    console.error(`error: ${page.queryError.message}`);
    return 2;
  }
  if (options.json) {
    console.log(JSON.stringify(page, null, 2));
    return 0;
  }
  for (const hit of page.items) {
    console.log(`${hit.date ?? '----------'}  ${(hit.agency ?? '').padEnd(10).slice(0, 10)}  ${marked(hit.title, hit.titleHits)}`);
    console.log(`    ${marked(hit.snippet, hit.snippetHits)}`);
  }
  console.error(`${page.total} hits${page.total > page.items.length ? `, first ${page.items.length} shown` : ''}`);
  return 0;
}

async function tagsCommand(dataDir: string, json: boolean): Promise<number> {
  const service = await ArchiveService.open({ dataDir });
  warnStore(service.storeWarnings);
  const tags = await service.handlers['tags:list']({});
  if (json) console.log(JSON.stringify(tags, null, 2));
  else for (const tag of tags) console.log(`${'  '.repeat(tag.name.split('/').length - 1)}${tag.name}  ${tag.count}${tag.implicit ? '' : ` (${tag.color})`}`);
  if (!json && tags.length === 0) console.error('no tags yet');
  return 0;
}

async function tagCommand(query: string, dataDir: string, add: string[], remove: string[]): Promise<number> {
  if (add.length === 0 && remove.length === 0) throw new UsageError('tag needs --add T or --remove T');
  const service = await ArchiveService.open({ dataDir });
  warnStore(service.storeWarnings);
  const page = await service.handlers['archive:search']({ query, filters: {}, sort: 'date-desc', offset: 0, limit: 1 });
  if (page.queryError) {
    console.error(`error: ${page.queryError.message}`);
    return 2;
  }
  const { ids } = await service.handlers['archive:ids']({ query, filters: {}, sort: 'date-desc' });
  if (ids.length === 0) {
    console.error('no article matches; nothing tagged');
    return 1;
  }
  // Through the router, so tag names are checked and spelt as the app would.
  const reply = await routeCall(service.handlers, 'tags:apply', { ids, add, remove });
  if (!reply.ok) {
    console.error(`error: ${reply.error.message}`);
    return 1;
  }
  console.log(`${(reply.value as { changed: number }).changed} of ${ids.length} matching articles changed`);
  return 0;
}

async function statsCommand(dataDir: string): Promise<number> {
  const service = await ArchiveService.open({ dataDir });
  const stats = await service.stats();
  console.log(`Data directory: ${stats.dataDir}`);
  console.log(`Articles: ${stats.articles} (${stats.missingArticles} missing, ${stats.multiSource} with several source files)`);
  console.log(`Files: ${stats.files}`);
  console.log(`Folders: ${stats.folders.join(', ') || '(none)'}`);
  for (const [label, map] of [['Formats', stats.byFormat], ['Languages', stats.byLanguage], ['Agencies', stats.byAgency]] as const) {
    const top = Object.entries(map).sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`${label}: ${top.map(([k, v]) => `${k} ${v}`).join(', ') || '(none)'}`);
  }
  warnStore(stats.storeWarnings);
  return 0;
}

async function sourcesCommand(dataDir: string, json: boolean): Promise<number> {
  const service = await ArchiveService.open({ dataDir });
  warnStore(service.storeWarnings);
  const sources = await service.handlers['sources:list']({});
  if (json) {
    console.log(JSON.stringify(sources, null, 2));
    return 0;
  }
  for (const s of sources) {
    const flags = [s.present ? '' : 'folder gone', s.watch ? '' : 'not watched'].filter(Boolean).join(', ');
    console.log(`${s.path}${flags ? `  [${flags}]` : ''}`);
    console.log(`    ${s.articles} articles (${s.missingArticles} missing), ${s.files} files, last scan ${s.lastScanAt ?? 'never'}`);
  }
  if (sources.length === 0) console.error('no source folders yet');
  return 0;
}

async function rescanCommand(dir: string | undefined, dataDir: string): Promise<number> {
  const service = await ArchiveService.open({ dataDir });
  warnStore(service.storeWarnings);
  service.onEvent((event, payload) => {
    if (event === 'import:progress') printProgress(payload as ImportProgress);
  });
  // Through the router, so an unknown folder is refused as the app would refuse it.
  const reply = await routeCall(service.handlers, 'sources:rescan', dir === undefined ? {} : { path: resolve(dir) });
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (!reply.ok) {
    console.error(`error: ${reply.error.message}`);
    return 1;
  }
  const summaries = reply.value as ImportSummary[];
  for (const summary of summaries) printSummary(summary, dataDir);
  if (summaries.length === 0) console.error('no source folders to re-scan');
  return 0;
}

// `npm run cli -- list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError || err instanceof ExportUsageError) {
      console.error(`error: ${err.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      const e = err as NodeJS.ErrnoException;
      console.error(`error: ${err instanceof ImportError ? e.message : e.code === 'ENOENT' ? `no such file: ${e.path}` : e.message}`);
      process.exitCode = 1;
    }
  },
);
