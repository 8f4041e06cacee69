// DOCX through mammoth (mwilliamson/mammoth.js, kept since 2013, pure JS): it resolves
// styles, numbering, fields and tracked changes that a reader of word/document.xml by hand
// would get wrong. Its HTML keeps what raw text loses: which paragraph is a heading.
import { parseHTML } from '../linkedom-selector-cache';
import { zipSync } from 'fflate';
import { documentReject, type DocumentOutcome } from './document-outcome';
import { officeDocument, readOfficeMeta } from './office-meta';
import { unzipBounded } from './zip-entries';

/** Title style → h1.title, so it is told from an ordinary first heading. Images are left out. */
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => h2:fresh"];
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li';

export async function readDocx(bytes: Uint8Array): Promise<DocumentOutcome> {
  const zip = unzipBounded(bytes, () => true);
  if (!zip.ok) return documentReject(zip.bomb ? 'too-large' : 'malformed', zip.reason);
  if (!zip.entries['word/document.xml'])
    return documentReject('malformed', 'not a Word document: a zip without word/document.xml (renamed zip?)');
  // mammoth is given the entries already inflated within the caps, stored without
  // compression, so it never inflates anything the size checks did not see.
  const stored = zipSync(
    Object.fromEntries(Object.entries(zip.entries).map(([name, data]) => [name, [data, { level: 0 }]])),
  );
  // Loaded on the first DOCX only: most imports hold none, and every parse worker starts afresh.
  const { default: mammoth } = await import('mammoth');
  const html = await mammoth.convertToHtml(
    { buffer: Buffer.from(stored) },
    { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${html.value}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].map((el) => ({
    heading: /^H\d$/.test(el.tagName),
    styledTitle: el.classList.contains('doc-title'),
    text: ownText(el).replace(/\s+/g, ' ').trim(),
  }));
  const meta = readOfficeMeta(zip.entries['docProps/core.xml']);
  const kept = blocks.filter((b) => b.text !== '');
  const headline = kept.find((b) => b.styledTitle) ?? (kept[0]?.heading ? kept[0] : undefined);
  return officeDocument('docx', kept, headline, meta);
}

/** A list item's text without its nested lists, which are items of their own. */
function ownText(el: Element): string {
  if (el.tagName !== 'LI' || !el.querySelector('ul, ol')) return el.textContent ?? '';
  const copy = el.cloneNode(true) as Element;
  for (const nested of copy.querySelectorAll('ul, ol')) nested.remove();
  return copy.textContent ?? '';
}
