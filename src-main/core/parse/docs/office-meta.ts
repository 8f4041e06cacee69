// Title, author and creation time as DOCX (docProps/core.xml, OPC core properties) and ODT
// (meta.xml) state them. Both use Dublin Core for the title; the creation time is
// dcterms:created in DOCX and meta:creation-date in ODT. The author is dc:creator in DOCX
// (its last editor is cp:lastModifiedBy); in ODT dc:creator is the last editor and
// meta:initial-creator the author, so that one is asked first.
import type { DocumentOutcome } from './document-outcome';
import { descendants, firstDescendant, parseXml, textOf } from '../wire/xml-tree';

export interface OfficeMeta {
  title: string | null;
  author: string | null;
  dateTime: string | null;
}

export function readOfficeMeta(xml: Uint8Array | undefined): OfficeMeta {
  if (!xml) return { title: null, author: null, dateTime: null };
  const parsed = parseXml(new TextDecoder().decode(xml));
  if (!parsed.ok) return { title: null, author: null, dateTime: null };
  const title = textOf(firstDescendant(parsed.root, 'title')).replace(/\s+/g, ' ').trim();
  const author = [...descendants(parsed.root, 'initial-creator'), ...descendants(parsed.root, 'creator')]
    .map((el) => textOf(el).replace(/\s+/g, ' ').trim())
    .find((t) => t !== '');
  const created = [...descendants(parsed.root, 'created'), ...descendants(parsed.root, 'creation-date')]
    .map((el) => textOf(el).trim())
    .find((t) => t !== '');
  return { title: title || null, author: author ?? null, dateTime: created ? isoInstant(created) : null };
}

/**
 * An instant as written, with its offset. ODT writes local times without one
 * (`2024-05-14T09:30:00`): that stays without, since the file does not say which zone.
 */
function isoInstant(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?)?(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!m || Number.isNaN(Date.parse(m[1]!))) return null;
  return `${m[1]}${m[2] ?? ''}${m[4] ?? ''}`;
}

/** A block of an office document's text, in reading order. */
export interface OfficeBlock {
  text: string;
}

/**
 * The document a DOCX or ODT makes: the stated title, else the headline block; the blocks
 * as paragraphs, the headline left out unless the stated title differs from it.
 */
export function officeDocument(
  format: 'docx' | 'odt',
  kept: readonly OfficeBlock[],
  headline: OfficeBlock | undefined,
  meta: OfficeMeta,
): DocumentOutcome {
  return {
    ok: true,
    format,
    document: {
      title: meta.title ?? headline?.text ?? null,
      paragraphs: kept.filter((b) => b !== headline || (meta.title && meta.title !== b.text)).map((b) => b.text),
      dateTime: meta.dateTime,
      author: meta.author,
      warnings: [],
    },
  };
}
