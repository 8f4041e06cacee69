import { attr, descendants, isElement, type XmlElement } from './xml-tree';
import { clean } from './wire-text';

// How SOURCES.md finds story paragraphs in an XML or HTML body: every <p> (any namespace)
// with text counts; <br> and nested blocks are whitespace; headings (hl2, h1–h6), lists,
// tables, media and figures are not paragraphs. Table rows are kept apart as text rows
// (ap_media_text_nitf.xml puts league tables before its three <p>).

export interface BodyText {
  /** Normalised paragraph texts. */
  paragraphs: string[];
  /** The same paragraphs before normalisation, line breaks kept (a `By …` first line is a byline). */
  raw: string[];
  /** Table rows, cells joined by " | ". */
  tableRows: string[];
}

/** Containers whose text is never a story paragraph. */
const NOT_BODY = new Set([
  'figure',
  'figcaption',
  'media',
  'ul',
  'ol',
  'dl',
  'script',
  'style',
  'note',
  'head',
  'title',
  'img',
  'iframe',
]);

/** Paragraphs under `root`; dpa's XHTML keeps the story in `section.main`, so that wins when present. */
export function bodyParagraphs(root: XmlElement | null): BodyText {
  const out: BodyText = { paragraphs: [], raw: [], tableRows: [] };
  if (!root) return out;
  const main = descendants(root, 'section').find((s) => (attr(s, 'class') ?? '').split(/\s+/).includes('main'));
  walk(main ?? root, out);
  if (out.raw.length === 1 && out.raw[0]!.includes('\n')) return { ...out, ...splitPlainText(out.raw[0]!) };
  return out;
}

function walk(el: XmlElement, out: BodyText): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (NOT_BODY.has(c.local)) continue;
    if (c.local === 'table') {
      out.tableRows.push(...tableRows(c));
    } else if (c.local === 'p') {
      const raw = paragraphText(c);
      const text = clean(raw);
      if (text) {
        out.paragraphs.push(text);
        out.raw.push(raw);
      }
    } else {
      walk(c, out);
    }
  }
}

/** Text of a paragraph with <br> as a line break; figures inside it are left out. */
export function paragraphText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (c.local === 'br') out += '\n';
    else if (!NOT_BODY.has(c.local)) out += ` ${paragraphText(c)} `.replace(/^ | $/g, blockSpace(c));
  }
  return out;
}

// Inline markup (<person>, <org>, <em>) joins its neighbours as written; a nested block
// (an <h3> inside a <p> in stt_newsml_test.xml) is separated by whitespace.
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hl1',
  'hl2',
  'block',
  'section',
  'li',
  'blockquote',
  'pre',
  'tr',
  'td',
  'th',
]);
function blockSpace(el: XmlElement): string {
  return BLOCKS.has(el.local) ? ' ' : '';
}

function tableRows(table: XmlElement): string[] {
  return descendants(table, 'tr')
    .map((tr) =>
      tr.children
        .filter(isElement)
        .map((cell) => clean(paragraphText(cell)))
        .filter(Boolean)
        .join(' | '),
    )
    .filter(Boolean);
}

/**
 * Reuters and ANSA put a whole story in one <p> of plain text: a line that starts with
 * whitespace starts a paragraph, other lines continue it, blank lines separate
 * (tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232 indents each paragraph by four spaces).
 */
export function splitPlainText(text: string): Pick<BodyText, 'paragraphs' | 'raw'> {
  const raw: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.some((l) => l.trim())) raw.push(current.join('\n'));
    current = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) flush();
    else {
      if (/^\s/.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return { raw, paragraphs: raw.map(clean) };
}
