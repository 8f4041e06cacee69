// The archive while its catalogue loads (issue 20): the app's own channels (settings, the
// saved view) at once, the plain list's first page from the head the last close wrote
// (store/list-head.ts), and every other call once the whole service is open. The shell
// registers these handlers and opens its window without waiting for the catalogue, which
// takes ~1 s to read at 100,000 articles and ~10 s at 1M.
import type { AppCommand } from '../contract/archive';
import { CHANNEL_NAMES, type Channel } from '../contract/channels';
import type { ContractHandlers, EventListener } from '../contract/ipc';
import { isPlainList, NO_FACET_COUNTS, type SearchPage } from '../contract/search';
import { appHandlers } from './archive/app-handlers';
import type { SearchArgs } from './search/archive-search';
import { UserSearch } from './search/user-search';
import type { ArchiveService } from './service';
import { logDirOf, type ServiceOptions } from './service-options';
import type { ListHead } from './store/list-head';
import type { UserDataStore } from './store/userdata';

export interface EarlyArchive {
  readonly handlers: ContractHandlers;
  onEvent(listener: EventListener): () => void;
  /** A menu item for the renderer, sent once the service is open (it owns the events). */
  command(command: AppCommand): void;
  /** Closes the service once it is open; nothing to close if it failed to open. */
  close(): Promise<void>;
  /** Open already: the window's saved place and the saved view are read from it. */
  readonly userData: UserDataStore;
  /** What opening the stores found; the catalogue's warnings join it as it loads. */
  readonly storeWarnings: string[];
  /** The whole service, once the catalogue and search are open; rejects as ArchiveService.open would. */
  readonly service: Promise<ArchiveService>;
}

interface EarlyParts {
  options: ServiceOptions;
  userData: UserDataStore;
  head: ListHead | null;
  storeWarnings: string[];
  service: Promise<ArchiveService>;
}

/** The plain list's first rows: what the renderer asks for first when the saved view is the plain list. */
function headServes(head: ListHead, args: SearchArgs): boolean {
  const wanted = Math.min(args.limit, Math.max(0, head.total - args.offset));
  return isPlainList(args) && args.sort === 'date-desc' && args.offset + wanted <= head.rows.length;
}

/**
 * The page the head holds, with the user's part of each row read now: what ArchiveSearch
 * answers for a plain list too large to count at once (result-set.ts), before threads are built.
 */
function headPage(head: ListHead, args: SearchArgs, user: UserSearch): SearchPage {
  const rows = head.rows.slice(args.offset, args.offset + args.limit);
  return {
    total: head.total,
    offset: args.offset,
    items: rows.map((row) => ({ ...row, ...user.summary(row.id) })),
    facets: NO_FACET_COUNTS,
    queryError: null,
    timeline: null,
    countsPending: true,
  };
}

export function earlyArchive({ options, userData, head, storeWarnings, service }: EarlyParts): EarlyArchive {
  let opened: ArchiveService | null = null;
  service.then((s) => (opened = s)).catch(() => undefined);
  const user = new UserSearch(userData);
  const later = Object.fromEntries(
    CHANNEL_NAMES.map((channel: Channel) => [
      channel,
      async (args: never) => ((await service).handlers[channel] as (a: never) => Promise<unknown>)(args),
    ]),
  ) as unknown as ContractHandlers;
  const handlers: ContractHandlers = {
    ...later,
    ...appHandlers({
      userData,
      dataDir: options.dataDir,
      logDir: logDirOf(options),
      version: options.version,
      openPath: options.openPath,
    }),
    'archive:search': async (args) =>
      !opened && head && headServes(head, args)
        ? headPage(head, args, user)
        : (await service).handlers['archive:search'](args),
  };
  return {
    handlers,
    userData,
    storeWarnings,
    service,
    command(command) {
      service.then((s) => s.command(command)).catch(() => undefined);
    },
    close: () =>
      service.then(
        (s) => s.close(),
        () => undefined,
      ),
    onEvent(listener) {
      let off: (() => void) | null = null;
      let stopped = false;
      service
        .then((s) => {
          if (!stopped) off = s.onEvent(listener);
        })
        .catch(() => undefined);
      return () => {
        stopped = true;
        off?.();
      };
    },
  };
}
