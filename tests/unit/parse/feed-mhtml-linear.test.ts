// Crafted megabyte inputs for the feed and MHTML readers, as linear-time.test.ts does for
// the others: a quadratic pattern would take minutes; the deadline only stops it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineParser } from './deadline-parser';

const MB = 1024 * 1024;
const DEADLINE_MS = 15_000;
const times = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length));

const parser = new DeadlineParser();
beforeAll(() => parser.ready(), 60_000);
afterAll(() => parser.close());

const parse = (path: string, text: string) =>
  parser.parse({ path, bytes: new TextEncoder().encode(text), mtimeMs: 0 }, DEADLINE_MS);

describe('feed and MHTML readers on crafted megabyte inputs', { timeout: 20_000 }, () => {
  it('reads an RSS author of a megabyte of @ signs', async () => {
    const author = times('@');
    const out = await parse(
      '/in/feed.xml',
      `<rss><channel><item><title>T</title><author>${author}</author><description>Body.</description></item></channel></rss>`,
    );
    expect(out.ok && out.records[0]!.byline).toBe(author);
  });

  it('reads an MHTML page whose head is a megabyte of unclosed <meta tags', async () => {
    const mhtml = [
      'Snapshot-Content-Location: https://example.com/',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="b"',
      '',
      '--b',
      'Content-Type: text/html',
      '',
      `<html><head>${times('<meta ')}<title>Talks resume</title></head><body><p>Delegations met.</p></body></html>`,
      '--b--',
      '',
    ].join('\r\n');
    const out = await parse('/in/page.mhtml', mhtml);
    expect(out.ok && out.format).toBe('mhtml');
  });
});
