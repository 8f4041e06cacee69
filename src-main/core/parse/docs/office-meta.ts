// Title and creation time as DOCX (docProps/core.xml, OPC core properties) and ODT
// (meta.xml) state them. Both use Dublin Core for the title; the creation time is
// dcterms:created in DOCX and meta:creation-date in ODT.
import { descendants, firstDescendant, parseXml, textOf } from '../wire/xml-tree';

export interface OfficeMeta {
  title: string | null;
  dateTime: string | null;
}

export function readOfficeMeta(xml: Uint8Array | undefined): OfficeMeta {
  if (!xml) return { title: null, dateTime: null };
  const parsed = parseXml(new TextDecoder().decode(xml));
  if (!parsed.ok) return { title: null, dateTime: null };
  const title = textOf(firstDescendant(parsed.root, 'title')).replace(/\s+/g, ' ').trim();
  const created = [...descendants(parsed.root, 'created'), ...descendants(parsed.root, 'creation-date')]
    .map((el) => textOf(el).trim())
    .find((t) => t !== '');
  return { title: title || null, dateTime: created ? isoInstant(created) : null };
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
