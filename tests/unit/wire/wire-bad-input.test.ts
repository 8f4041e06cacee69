// Issue 17's bad agency files, imported as a user would (workers, limits, budgets) into an
// archive that already holds articles: each broken file is rejected with a reason that
// names its defect, the good files beside them import, and nothing already stored is lost.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Talks resume in Geneva</title>
<docdata><doc-id id-string="XYZ.1.2" /><date.issue norm="20240301T140500+0100" /></docdata></head>
<body><body.head><hedline><hl1>Talks resume in Geneva</hl1></hedline><byline>By Jane Roe</byline></body.head>
<body.content><p>Delegations met on Monday to discuss the ceasefire.</p><p>A second round is set for April.</p></body.content>
</body></nitf>`;

const G2_UNDECLARED = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20240301:talks" version="1" standard="NewsML-G2" standardversion="2.25">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-03-01T14:05:00Z</versionCreated></itemMeta>
<contentMeta><headline>Talks&nbsp;resume</headline></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Delegations met.</p></body></html></inlineXML></contentSet>
</newsItem>`;

// SYN SYN SOH, the ANPA-1312 header, STX and a story, but the ETX that ends a message is gone.
const ANPA_NO_ETX =
  '\x16\x16\x01a0123 r u bc-talks 03-01 0250\r\n\x02\tGENEVA (AP) — Delegations met on Monday.\r\n\tA second round is set for April.\r\n';

const ATTACHMENT_ONLY = [
  'From: Desk <desk@example.org>',
  'To: archive@example.org',
  'Subject: Scan of the statement',
  'Date: Fri, 1 Mar 2024 14:05:00 +0100',
  'Message-ID: <scan-1@example.org>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: application/pdf; name="statement.pdf"',
  'Content-Disposition: attachment; filename="statement.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 not really a pdf').toString('base64'),
  '--b1--',
  '',
].join('\r\n');

/** A mailbox of about `mb` megabytes of short alerts, each a distinct message. */
function mailbox(mb: number): { text: string; messages: number } {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const body = `Alert ${i}. ${'Delegations met on Monday to discuss the ceasefire in the north. '.repeat(30)}\n`;
    const message = [
      `From desk@example.org Mon Mar  4 10:00:00 2024`,
      'From: Desk <desk@example.org>',
      `Subject: Alert ${i}: talks resume`,
      'Date: Mon, 4 Mar 2024 10:00:00 +0100',
      `Message-ID: <alert-${i}@example.org>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
    ].join('\n');
    parts.push(message);
    size += message.length;
  }
  return { text: parts.join('\n'), messages: parts.length };
}

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-wire-bad-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

it(
  'rejects each broken agency file with its reason, imports the rest, and keeps the archive',
  { timeout: 120_000 },
  async () => {
    const dataDir = join(work, 'data');
    const catalogue = await CatalogueStore.open(dataDir, []);
    const bodies = new BodyStore(dataDir, []);

    const earlier = join(work, 'earlier');
    await mkdir(earlier);
    await writeFile(join(earlier, 'seed.txt'), 'Ceasefire holds in the north\n\nThe guns were silent overnight.\n');
    await importFolder(earlier, { catalogue, bodies });
    const before = Object.keys(catalogue.data.articles);
    expect(before).toHaveLength(1);

    const folder = join(work, 'wire');
    await mkdir(folder);
    const box = mailbox(50);
    await writeFile(join(folder, 'good.xml'), NITF);
    await writeFile(join(folder, 'truncated.xml'), NITF.slice(0, Math.floor(NITF.length * 0.6)));
    await writeFile(join(folder, 'entity.xml'), G2_UNDECLARED);
    await writeFile(join(folder, 'story.tst'), ANPA_NO_ETX);
    await writeFile(join(folder, 'scan.eml'), ATTACHMENT_ONLY);
    await writeFile(join(folder, 'alerts.mbox'), box.text);
    const summary = await importFolder(folder, { catalogue, bodies });

    const reasons = Object.fromEntries(summary.rejected.map((r) => [r.path.slice(folder.length + 1), r.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['entity.xml', 'scan.eml', 'story.tst', 'truncated.xml']);
    expect(reasons['truncated.xml']).toMatch(/nitf XML ends early/);
    expect(reasons['entity.xml']).toMatch(/newsmlg2 XML is not well-formed.*nbsp/);
    expect(reasons['story.tst']).toMatch(/no ETX/);
    expect(reasons['scan.eml']).toMatch(/only attachment.*statement\.pdf/);

    // Everything that was there is still there, and every good item came in.
    const articles = Object.values(catalogue.data.articles);
    for (const id of before) expect(catalogue.article(id)?.missing).toBe(false);
    const fromBox = articles.filter((a) => a.sources[0]!.path.endsWith('alerts.mbox'));
    expect(fromBox).toHaveLength(box.messages);
    const good = articles.find((a) => a.sources[0]!.path.endsWith('good.xml'));
    expect(good).toMatchObject({
      title: 'Talks resume in Geneva',
      byline: 'By Jane Roe',
      guid: 'XYZ.1.2',
      status: 'usable',
    });
    expect(good?.dateTime).toBe('2024-03-01T14:05:00+01:00');
    expect(summary.imported).toBe(box.messages + 1);
  },
);
