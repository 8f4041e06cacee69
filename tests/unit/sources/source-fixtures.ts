// A real service on a temp data folder, with source folders of small dispatches, for the sources tests.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, ChannelArgs, ChannelResult } from '../../../src-main/contract/ipc';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';

/** A plain-text dispatch whose headline and body both carry `word`, so a search for it finds this one article. */
export function dispatch(word: string, extra = ''): string {
  return `${word} talks resume in Geneva\n\nDelegations met on Monday to discuss ${word}.${extra ? ` ${extra}` : ''}\n\nThe next round is due next week.\n`;
}

export interface Workspace {
  root: string;
  data: string;
  service: ArchiveService;
  /** A new folder under the workspace, with these files (name → text). */
  folder(name: string, files?: Record<string, string>): Promise<string>;
  /** A call through the router, as the renderer makes it; throws `code: message` on failure. */
  call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>>;
  /** The error code and message of a call expected to fail. */
  failure(channel: Channel, args: unknown): Promise<string>;
  /** Ids of the articles a query finds. */
  find(query: string): Promise<string[]>;
  /** Closes the service and opens a new one on the same data folder. */
  reopen(): Promise<void>;
  dispose(): Promise<void>;
}

export async function workspace(prefix: string): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), `da-${prefix}-`));
  const data = join(root, 'data');
  const ws: Workspace = {
    root,
    data,
    service: await ArchiveService.open({ dataDir: data }),
    async folder(name, files = {}) {
      const dir = join(root, name);
      await mkdir(dir, { recursive: true });
      for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
      return dir;
    },
    async call(channel, args) {
      const reply = await routeCall(ws.service.handlers, channel, args);
      if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
      return reply.value as never;
    },
    async failure(channel, args) {
      const reply = await routeCall(ws.service.handlers, channel, args);
      if (reply.ok) throw new Error(`${channel} succeeded`);
      return `${reply.error.code}: ${reply.error.message}`;
    },
    async find(query) {
      const page = await ws.call('archive:search', { query, limit: 100 });
      return page.items.map((hit) => hit.id);
    },
    async reopen() {
      await ws.service.close();
      ws.service = await ArchiveService.open({ dataDir: data });
    },
    async dispose() {
      await ws.service.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  return ws;
}
