import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devServerUrl, isOwnUrl, rendererFileFor } from '../../../src-main/desktop/app-origin';

const DIR = '/opt/app/out/renderer';

describe('rendererFileFor', () => {
  it('maps the bundle root to index.html and assets to their files', () => {
    expect(rendererFileFor('app://bundle/', DIR)).toBe(join(DIR, 'index.html'));
    expect(rendererFileFor('app://bundle/assets/index-abc.js?v=1#x', DIR)).toBe(join(DIR, 'assets/index-abc.js'));
    expect(rendererFileFor('app://bundle/assets/%D0%A8%D1%80%D0%B8%D1%84%D1%82.woff2', DIR)).toBe(
      join(DIR, 'assets/Шрифт.woff2'),
    );
  });

  it.each([
    ['a climb', 'app://bundle/../../etc/passwd'],
    ['an encoded climb', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'],
    ['a climb under assets', 'app://bundle/assets/../../../etc/passwd'],
  ])('keeps %s inside the folder (the URL parser resolves the dots first)', (_what, url) => {
    expect(rendererFileFor(url, DIR)).toBe(join(DIR, 'etc/passwd'));
  });

  it.each([
    ['an encoded separator climb', 'app://bundle/assets%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['a backslash', 'app://bundle/..%5c..%5cetc%5cpasswd'],
    ['a NUL byte', 'app://bundle/index.html%00.png'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a malformed escape', 'app://bundle/%E0%A4%A'],
    ['no URL at all', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(rendererFileFor(url, DIR)).toBeNull();
  });
});

describe('devServerUrl', () => {
  it('takes a local dev server in development', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toBeNull();
  });

  it('ignores a remote address even in development', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost.evil.example/' }, false)).toBeNull();
  });
});

describe('isOwnUrl', () => {
  it('owns the bundle and nothing else', () => {
    expect(isOwnUrl('app://bundle/index.html', null)).toBe(true);
    expect(isOwnUrl('app://bundlex/index.html', null)).toBe(false);
    expect(isOwnUrl('file:///opt/app/out/renderer/index.html', null)).toBe(false);
    expect(isOwnUrl('http://localhost:5173/src/main.ts', 'http://localhost:5173/')).toBe(true);
  });
});
