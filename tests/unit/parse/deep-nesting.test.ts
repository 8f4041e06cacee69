// Deeply nested input is read, quickly and alike on every thread, instead of overflowing the
// stack (robustness audit, finding 2: a 9 KB page of 3,000 nested <b> failed a whole import;
// 5,000 nested <div> took 5 minutes). Files go through a worker with a deadline so a reader
// that is slow or recursive on them fails the test in bounded time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { DeadlineParser } from './deadline-parser';

const DEADLINE_MS = 15_000;
const parser = new DeadlineParser();
beforeAll(() => parser.ready(), 60_000);
afterAll(() => parser.close());

async function readOne(path: string, text: string): Promise<DispatchRecord> {
  const outcome = await parser.parse({ path, bytes: new TextEncoder().encode(text), mtimeMs: 0 }, DEADLINE_MS);
  if (!outcome.ok) throw new Error(`${path} rejected: ${outcome.reason}`);
  expect(outcome.records).toHaveLength(1);
  return outcome.records[0]!;
}

describe('reading deeply nested input', { timeout: 20_000 }, () => {
  it('reads the text of a page of 3,000 nested <b>, with a warning that the nesting was cut', async () => {
    const record = await readOne(
      '/in/bold.html',
      `<html><head><title>Talks resume</title></head><body><p>${'<b>'.repeat(3_000)}Delegations met.</p></body></html>`,
    );
    expect(record.title).toBe('Talks resume');
    expect(record.paragraphs).toEqual(['Delegations met.']);
    expect(record.warnings).toContain(
      'the page nests elements more than 128 deep; below that only their text was kept',
    );
  });

  it('reads a page of 5,000 nested <div> holding paragraphs, keeping their text', async () => {
    const deep = `${'<div>'.repeat(5_000)}<p>Delegations met on Monday.</p><p>They meet again next week.</p>`;
    const record = await readOne(
      '/in/divs.html',
      `<html><head><title>Talks resume</title></head><body><article><p>The talks resumed.</p>${deep}</article></body></html>`,
    );
    expect(record.paragraphs.join(' ')).toContain('The talks resumed.');
    expect(record.paragraphs.join(' ')).toContain('Delegations met on Monday. They meet again next week.');
  });

  it('leaves out script text found below the nesting cap', async () => {
    const record = await readOne(
      '/in/script.html',
      `<html><body><p>${'<span>'.repeat(200)}Delegations met.<script>steal()</script></p></body></html>`,
    );
    expect(record.paragraphs.join(' ')).not.toContain('steal');
  });

  it('reads Markdown of 5,000 nested block quotes as plain text, with a warning', async () => {
    const record = await readOne('/in/quotes.md', `Talks resume\n\n${'>'.repeat(5_000)} Delegations met.\n`);
    expect(record.title).toBe('Talks resume');
    expect(record.warnings).toContain('Markdown nested more than 32 levels deep: read as plain text');
  });

  it('reads Markdown of 2,000 nested lists as plain text, with a warning', async () => {
    const record = await readOne('/in/lists.md', `Talks resume\n\n${'- '.repeat(2_000)}Delegations met.\n`);
    expect(record.warnings).toContain('Markdown nested more than 32 levels deep: read as plain text');
  });

  it('reads Markdown of 1,000 nested strong emphases as plain text, with a warning', async () => {
    const record = await readOne(
      '/in/strong.md',
      `Talks resume\n\n${'**'.repeat(1_000)}Delegations met.${'**'.repeat(1_000)}\n`,
    );
    expect(record.warnings).toContain('emphasis nested more than 32 levels deep: read as plain text');
  });

  it('reads ordinary Markdown emphasis and lists as Markdown', async () => {
    const record = await readOne(
      '/in/plain.md',
      `# Talks resume\n\nDelegations met on **Monday** and _agreed_ to meet again.\n\n- first point\n  - a detail\n`,
    );
    expect(record.paragraphs).toEqual([
      'Delegations met on Monday and agreed to meet again.',
      'first point',
      'a detail',
    ]);
    expect(record.warnings).toEqual([]);
  });

  it('ignores front matter nested 10,000 levels deep, with a warning, and reads the body', async () => {
    const record = await readOne(
      '/in/front.md',
      `---\ntitle: ${'['.repeat(10_000)}\n---\nTalks resume\n\nDelegations met.\n`,
    );
    expect(record.warnings).toContain('front matter nests more than 64 levels deep and was ignored');
    expect([record.title, ...record.paragraphs]).toEqual(['Talks resume', 'Delegations met.']);
  });
});
