// The CLI on an agency file, as a user runs it: `parse` prints the wire fields a line each
// (and in --json), whatever the file's name says.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli } from './run-cli';

const G2 = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20240301:talks" version="3" standard="NewsML-G2" standardversion="2.25">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-03-01T15:00:00+01:00</versionCreated><pubStatus qcode="stat:canceled"/></itemMeta>
<contentMeta><urgency>2</urgency><subject qcode="medtop:20001065"/><keyword>diplomacy</keyword><slugline>Talks-Geneva</slugline>
<headline>Talks resume in Geneva</headline><by>By Jane Roe</by></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
<p>GENEVA, March 1 (Example) - Delegations met on Monday to discuss the ceasefire.</p><p>A second round is set for April.</p>
</body></html></inlineXML></contentSet></newsItem>`;

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-cli-wire-'));
  // No extension, as Reuters delivers.
  await writeFile(join(work, 'tag_example.org_talks_3'), G2);
});
afterAll(() => rm(work, { recursive: true, force: true }));

it('prints byline, status, subjects, slug, urgency, guid and version of an agency item', async () => {
  const { code, stdout } = await cli('parse', join(work, 'tag_example.org_talks_3'));
  expect(code).toBe(0);
  expect(stdout).toContain('Talks resume in Geneva');
  expect(stdout).toContain('byline: By Jane Roe');
  expect(stdout).toContain('status: canceled');
  expect(stdout).toContain('subjects: medtop:20001065, diplomacy');
  expect(stdout).toContain('slug: Talks-Geneva');
  expect(stdout).toContain('urgency: 2');
  expect(stdout).toContain('guid: urn:newsml:example.org:20240301:talks (version 3)');
  expect(stdout).toContain('newsmlg2/utf-8');
});

it('gives the same fields in --json', async () => {
  const { code, stdout } = await cli('parse', join(work, 'tag_example.org_talks_3'), '--json');
  expect(code).toBe(0);
  const [record] = JSON.parse(stdout) as Record<string, unknown>[];
  expect(record).toMatchObject({
    byline: 'By Jane Roe',
    status: 'canceled',
    subjects: ['medtop:20001065', 'diplomacy'],
    urgency: 2,
    slugline: 'Talks-Geneva',
    guid: 'urn:newsml:example.org:20240301:talks',
    version: '3',
    versionCreated: '2024-03-01T15:00:00+01:00',
  });
});
