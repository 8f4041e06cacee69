import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, cli } from './run-cli';
import type { SearchPage } from '../../../src-main/contract/search';

describe('cli search', { timeout: 60_000 }, () => {
  let work: string;
  let data: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-cli-search-'));
    data = join(work, 'data');
    await mkdir(join(work, 'in'));
    await copyFile(SEED, join(work, 'in', 'seed.txt'));
    // More hits than a first page cuts snippets for at once, each with its word past the opening.
    const lead = 'The ministry said on Tuesday that talks would resume after the holiday. '.repeat(3);
    const reports = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ title: `Field report ${i}`, date: '2016-03-01', text: `${lead}The pipeline near site ${i}.` }),
    );
    await writeFile(join(work, 'in', 'reports.jsonl'), reports.join('\n'));
    await cli('import', join(work, 'in'), '--data', data);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('prints each hit with its hits in brackets, and the count on stderr', async () => {
    const { code, stdout, stderr } = await cli('search', 'Москве', '--data', data);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2016-07-15 {2}САНА {8}Песков: РФ готова/m);
    expect(stdout).toContain('[Москва]');
    expect(stderr).toBe('1 hits\n');
  });

  it('prints the search page as JSON', async () => {
    const { stdout } = await cli('search', 'Сирии', '--json', '--limit', '5', '--sort', 'date-asc', '--data', data);
    const page = JSON.parse(stdout) as SearchPage;
    expect(page).toMatchObject({ total: 1, offset: 0, queryError: null });
    const [hit] = page.items;
    expect(hit!.titleHits.map(([s, e]) => hit!.title.slice(s, e))).toEqual(['Сирии']);
    expect(page.facets.language).toEqual([{ value: 'ru', count: 1 }]);
  });

  it('prints every row with its snippet cut around its hit, past the first screen too', async () => {
    const { stdout } = await cli('search', 'pipeline', '--json', '--limit', '30', '--data', data);
    const { items } = JSON.parse(stdout) as SearchPage;
    expect(items).toHaveLength(30);
    for (const hit of items) {
      expect(hit.snippetPending).toBeUndefined();
      expect(hit.snippetHits.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['pipeline']);
    }
  });

  it('prints nothing but the count when nothing matches', async () => {
    const { code, stdout, stderr } = await cli('search', 'Vladivostok', '--data', data);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('0 hits\n');
  });

  it('exits with 2 and the message for a query that does not parse', async () => {
    const { code, stderr } = await cli('search', '(Путин', '--data', data);
    expect(code).toBe(2);
    expect(stderr).toBe('error: A closing bracket ")" is missing.\n');
  });

  it('refuses an unknown sort and a missing query', async () => {
    expect((await cli('search', 'x', '--sort', 'newest', '--data', data)).stderr).toMatch(
      /^error: --sort must be one of relevance, date-desc, date-asc, title/,
    );
    expect((await cli('search', '--data', data)).stderr).toMatch(/^error: search needs a QUERY/);
  });
});
