// fast-check arbitraries for the reader fuzz tests: random and adversarial file contents.
import fc from 'fast-check';
import iconv from 'iconv-lite';

/** Every extension the format detector tells apart, and none. */
export const PATHS = [
  'a.txt',
  'a.md',
  'a.html',
  'a.json',
  'a.jsonl',
  'a.csv',
  'a.sgm',
  'a.tsv',
  'a.xhtml',
  'a.xml',
  'a.mhtml',
  'a',
].map((name) => `/fuzz/${name}`);

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Pieces of every format's syntax, so random text often looks like a file of some format. */
const PIECES = [
  '<DOC>',
  '</DOC>',
  '<TITLE>',
  '</TITLE>',
  '<TEXT>',
  '</TEXT>',
  '<REUTERS>',
  '</REUTERS>',
  '<BODY>',
  '<DATE>',
  '<html>',
  '<p>',
  '</p>',
  '<br>',
  '<b>',
  '<related>',
  '<a href="/x">',
  '</a>',
  '<script>',
  '<article>',
  '<h1>',
  '<rss><channel><item><title>',
  '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml">',
  '<description>',
  '<pubDate>',
  '{"version":"https://jsonfeed.org/version/1.1","items":[{"content_html":"',
  'Snapshot-Content-Location: x\n',
  'Content-Type: multipart/related; type="text/html"; boundary="b"\n\n--b\nContent-Type: text/html\n\n',
  '--b\n',
  '{',
  '}',
  '[',
  ']',
  '"title"',
  '"text"',
  ':',
  ',',
  '"',
  '---\n',
  'title: T\n',
  '# ',
  '> ',
  '- ',
  '* ',
  '**',
  '_',
  '~',
  '`',
  '|',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\t',
  '.',
  '…',
  '–',
  '-',
  'Damascus, SANA – ',
  'GENEVA (Reuters) - ',
  'Москва – САНА',
  'دمشق-سانا',
  '15-07-2016',
  '27 Apr 2020',
  'Check Also',
  'Reuter',
  'H. Zain/ Ghossoun',
  '*Н.С./М.К.',
  'title,text\n',
  'Talks resume',
  'delegations met',
  'The army',
  '\u00a0',
  '\ufeff',
  '\u200b',
  'é',
  '𝑎',
];

const textOfPieces = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A long run of one character inside a short frame: the shape that made regexes quadratic. */
const longRun = fc
  .tuple(
    fc.constantFrom(' ', '.', 'a', '_', '*', '<', '>', '[', '{', '"', '\t', '-', '…', '\n', 'é'),
    fc.integer({ min: 500, max: 20_000 }),
    textOfPieces,
    textOfPieces,
  )
  .map(([c, n, before, after]) => `${before}${c.repeat(n)}${after}`);

/** An opener nested many times: the shape that overflowed recursive readers. */
const deepNesting = fc
  .tuple(
    fc.constantFrom(
      '<b>',
      '<div>',
      '<p>',
      '[',
      '{"a":',
      '>',
      '- ',
      '**',
      '<DOC>',
      '<REUTERS><TEXT>',
      '<a>',
      '<li>',
      '<blockquote>',
    ),
    fc.integer({ min: 100, max: 5_000 }),
    textOfPieces,
  )
  .map(([opener, n, inside]) => `${opener.repeat(n)}${inside}`);

/** Text in one of the encodings dispatches arrive in, with and without a byte-order mark. */
const encoded = fc
  .tuple(
    textOfPieces,
    fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1256', 'latin1'),
    fc.boolean(),
  )
  .map(
    ([text, encoding, bom]) =>
      new Uint8Array(iconv.encode(text, encoding, { addBOM: bom && encoding.startsWith('utf') })),
  );

/** A well-formed file of some format cut off at any byte. */
const truncated = fc
  .tuple(
    fc.constantFrom(
      JSON.stringify([
        { title: 'Talks resume', date: '2017-03-05', text: 'Damascus, SANA – Delegations met.\nH. Zain' },
      ]),
      '<DOC>\n<TITLE>عنوان</TITLE>\n<TIME>2018-02-25</TIME>\n<TEXT>\nنص الخبر.\n</TEXT>\n</DOC>\n',
      '<REUTERS><DATE>19-OCT-1987</DATE><TEXT><TITLE>TALKS</TITLE><DATELINE>BAHRAIN, Oct 19 -</DATELINE><BODY>Talks resumed.\n Reuter</BODY></TEXT></REUTERS>',
      '---\ntitle: Talks\ndate: 2017-03-05\n---\n\nDelegations **met** on Monday.\n',
      'title,date,text\nTalks,4/18/17,"Damascus, SANA – Delegations met."\n',
      '<html lang="en"><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Delegations met.</p></article></body></html>',
    ),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.boolean(),
  )
  .map(([text, at, utf16]) => {
    const bytes = utf16 ? new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })) : encode(text);
    return bytes.subarray(0, Math.floor(bytes.length * at));
  });

/** Every kind of input the fuzz tests feed a reader, as bytes. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 2_000 }), weight: 2 },
  { arbitrary: textOfPieces.map(encode), weight: 4 },
  { arbitrary: longRun.map(encode), weight: 1 },
  { arbitrary: deepNesting.map(encode), weight: 1 },
  { arbitrary: encoded, weight: 2 },
  { arbitrary: truncated, weight: 2 },
);
