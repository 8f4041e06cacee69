// The e2e harness: the real ArchiveService and the real router behind a tiny
// HTTP + Server-Sent-Events transport, so Chromium runs the built renderer
// against real lowdb files, the real parser and the real import. Only the
// transport differs from Electron's IPC. Test-only: binds to 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ArchiveService, type ServiceOptions } from '../../src-main/core/service';
import { routeCall } from '../../src-main/core/ipc-router';
import type { ContractHandlers } from '../../src-main/contract/ipc';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const MAX_BODY = 1024 * 1024;

export interface Harness {
  url: string;
  /** The service behind the server now; `restart` replaces it. */
  readonly service: ArchiveService;
  /** Reopens the service on the same data directory behind the same URL, as a relaunched app would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Optional: what stands between the transport and the service's handlers (bench/render-scaled.ts scales answers). */
export interface HarnessTransport {
  handlers?: (handlers: ContractHandlers) => ContractHandlers;
}

export async function startHarness(options: ServiceOptions, transport: HarnessTransport = {}): Promise<Harness> {
  const wrap = transport.handlers ?? ((handlers: ContractHandlers) => handlers);
  const streams = new Set<ServerResponse>();
  let unsubscribe = (): unknown => undefined;
  // Opened as the desktop app opens it (shell/main.ts): the page is served the early
  // handlers, which hand every call to the service once it is open.
  let handlers: ContractHandlers;
  const open = async (): Promise<ArchiveService> => {
    unsubscribe();
    const early = await ArchiveService.openEarly(options);
    handlers = early.handlers;
    unsubscribe = early.onEvent((event, payload) => {
      for (const res of streams) res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
    });
    const next = await early.service;
    // As the desktop app does: watched source folders import changes in the background.
    await next.startWatching();
    return next;
  };
  let service = await open();
  const server = createServer((req, res) => {
    handle(req, res, wrap(handlers), streams).catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get service() {
      return service;
    },
    async restart() {
      // The old service stops watching first, or it would go on importing into the same files.
      await service.close();
      service = await open();
    },
    close: async () => {
      await service.close();
      await new Promise<void>((done) => {
        for (const res of streams) res.end();
        server.close(() => done());
      });
    },
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: ContractHandlers,
  streams: Set<ServerResponse>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
    const payload = JSON.parse((await readBody(req)) || 'null') as unknown;
    const reply = await routeCall(handlers, decodeURIComponent(url.pathname.slice(5)), payload);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    return;
  }
  if (url.pathname === '/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
    return;
  }
  await serveStatic(url.pathname, res);
}

async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
  const file = normalize(join(RENDERER_DIR, pathname === '/' ? 'index.html' : pathname));
  if (!file.startsWith(RENDERER_DIR)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) req.destroy(new Error('request body too large'));
    });
    req.on('end', () => done(body));
    req.on('error', fail);
  });
}
