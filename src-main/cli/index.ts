#!/usr/bin/env node
// Argument parsing and dispatch only: every command but `parse` goes through the
// archive door (archive-door.ts), the same validating router the desktop app's IPC uses.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_SORTS, type SearchSort } from '../contract/search';
import { parseFile } from '../core/parse/index';
import { withEntities } from '../core/record-entities';
import { defaultDataDir } from '../core/store/data-dir';
import { DataLockedError } from '../core/store/data-lock';
import { CliCallError, withArchive, type ArchiveDoor } from './archive-door';
import { EXPORT_USAGE, ExportUsageError, exportCommand, parseExportArgs, restoreCommand } from './export-command';
import { describe } from './print';
import { listCommand, searchCommand, sourcesCommand, statsCommand, tagsCommand } from './read-commands';
import { importCommand, rescanCommand, tagCommand } from './write-commands';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  parse FILE [--json]          Parse one file and print its records
  import DIR [--data D]        Import a folder (recursively) into the archive
  list [--json] [--data D]     List the archive's articles, newest first
  search QUERY [--data D] [--json] [--sort S] [--limit N]
                               Search the archive: words, "phrases", OR, -not, prefix*,
                               agency:X place:X lang:xx date:2016-07 date:2016-01..2016-12
                               tag:T has:annotations has:note has:tags has:versions
                               status:canceled (usable embargoed correction withheld)
                               byline:"Jane Doe" subject:POLITICS subject:medtop:20001065
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
  --wait      If the app or another command has the archive open, wait for it to close
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
    return exportCommand(options, resolve(options.dataDir ?? defaultDataDir()), { wait: options.wait });
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
      wait: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'parse') return parseCommand(required(target, 'parse needs a FILE'), values.json);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const lock = { wait: values.wait };
  if (command === 'restore')
    return restoreCommand(required(target, 'restore needs a FILE (a JSON export)'), dataDir, lock);
  const run = archiveCommand(command, target, values);
  // stats prints the store's warnings itself, after its figures.
  return withArchive({ dataDir, lock, warn: command !== 'stats' }, run);
}

type Flags = { json: boolean; sort: string; limit: string; add: string[]; remove: string[] };

/** The command to run on the opened archive; usage errors are thrown before it opens. */
function archiveCommand(
  command: string,
  target: string | undefined,
  values: Flags,
): (door: ArchiveDoor) => Promise<number> {
  switch (command) {
    case 'import': {
      const dir = required(target, 'import needs a DIR');
      return (door) => importCommand(door, dir);
    }
    case 'list':
      return (door) => listCommand(door, values.json);
    case 'search': {
      const query = required(target, 'search needs a QUERY');
      const options = { json: values.json, sort: sortOption(values.sort), limit: limitOption(values.limit) };
      return (door) => searchCommand(door, query, options);
    }
    case 'tags':
      return (door) => tagsCommand(door, values.json);
    case 'tag': {
      if (target === undefined) throw new UsageError("tag needs a QUERY ('' for every article)");
      if (values.add.length === 0 && values.remove.length === 0)
        throw new UsageError('tag needs --add T or --remove T');
      return (door) => tagCommand(door, target, values.add, values.remove);
    }
    case 'stats':
      return statsCommand;
    case 'sources':
      return (door) => sourcesCommand(door, values.json);
    case 'rescan':
      return (door) => rescanCommand(door, target);
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
  const outcome = await parseFile({ path, bytes, mtimeMs: info.mtimeMs });
  if (!outcome.ok) {
    console.error(`${path}: rejected (${outcome.code}): ${outcome.reason}`);
    return 1;
  }
  // With the names the importer would find in each, so `parse` shows what an import stores.
  const records = outcome.records.map(withEntities);
  if (json) console.log(JSON.stringify(records, null, 2));
  else for (const r of records) console.log(describe(r));
  return 0;
}

function sortOption(value: string): SearchSort {
  const sort = SORTS.find((s) => s === value);
  if (!sort) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`);
  return sort;
}

function limitOption(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new UsageError('--limit must be a whole number from 1 to 500');
  return limit;
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
      if (err instanceof DataLockedError) console.error(`error: ${e.message}; close it, or pass --wait to wait for it`);
      else
        console.error(
          `error: ${err instanceof CliCallError ? e.message : e.code === 'ENOENT' ? `no such file: ${e.path}` : e.message}`,
        );
      process.exitCode = 1;
    }
  },
);
