// app://bundle/ serves the built renderer (see desktop/app-origin.ts for why not file://).
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { APP_SCHEME, rendererFileFor } from '../desktop/app-origin';

/** Before `ready`: the scheme is standard and secure, so 'self', fetch and module scripts work as on https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After `ready`: answers app:// requests from the renderer folder, and nothing outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = rendererFileFor(request.url, rendererDir);
    if (!file) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).href);
  });
}
