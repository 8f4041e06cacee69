// The page is served from app://bundle/, not file://. Under file:// the CSP's 'self'
// covers every local file, so a script tag smuggled into the page could load any file
// on the disk (issue 16, finding 12); under a scheme of our own, 'self' is the bundle.
import { isAbsolute, join, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
const HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The file under `rendererDir` an app:// URL names, or null for anything else: another
 * host, a path that climbs out of the folder (`..`, encoded or not), a NUL byte, a
 * malformed URL. The folder itself maps to index.html.
 */
export function rendererFileFor(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const file = join(rendererDir, path === '/' ? 'index.html' : path);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** Whether a URL is our own page (or one of its assets): the bundle, or the dev server in development. */
export function isOwnUrl(url: string, devUrl: string | null): boolean {
  if (devUrl && url.startsWith(devUrl)) return true;
  return url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * The dev server's address, honoured only in development: a packaged app that took
 * ELECTRON_RENDERER_URL from its environment would load whatever page that names, with
 * the preload's API (issue 16, finding 11).
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  if (isPackaged) return null;
  const url = env.ELECTRON_RENDERER_URL;
  if (!url || env.NODE_ENV?.startsWith('prod')) return null;
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(url.endsWith('/') ? url : `${url}/`) ? url : null;
}
