// The wire mix of the bench corpus: single-item agency files of ../shared/wire (NITF,
// NewsML, ninjs, ANPA, IPTC 7901, e-mail) as templates. Each copy gets its own identifier
// (every guid the readers find is suffixed), so copies are separate stories rather than
// thousands of versions of one, and one prose sentence swapped, so their texts differ.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readWire } from '../src-main/core/parse/wire/read-wire';
import { varyText, type Rng, type Template } from './corpus-templates';

export const WIRE = join(import.meta.dirname, '../../shared/wire/files');

/** One prose run of a text node: no markup, entities or quotes, so a swap keeps the file well-formed. */
const SENTENCE = /[^.!?<>&"\n\r\\]{30,300}[.!?]/g;

export interface WireTemplate extends Template {
  /** Identifiers the readers find in it, as written in the file. */
  guids: string[];
}

/** Agency files that hold one text item, a guid as written (or none: ANPA, 7901) and a sentence to vary. */
export async function loadWireTemplates(dir = WIRE): Promise<WireTemplate[]> {
  if (!existsSync(dir)) return [];
  const out: WireTemplate[] = [];
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    const read = await readWire(bytes, name);
    if (!read.ok || read.items.length !== 1) continue;
    // UTF-8 or Latin-1 byte for byte, as the other templates (corpus-templates.ts decode).
    let text: string;
    let latin1 = false;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = bytes.toString('latin1');
      latin1 = true;
    }
    // A guid spelt otherwise in the file (entities) could not be made unique: its copies would be versions of one story.
    const guids = read.items.map((i) => i.guid).filter((g): g is string => g !== null);
    if (guids.some((g) => !text.includes(g)) || !SENTENCE.test(text)) continue;
    SENTENCE.lastIndex = 0;
    const ext = extname(name).slice(1);
    out.push({
      source: `wire/${name}`,
      kind: 'wire',
      agency: `wire-${read.format}`,
      base: (ext ? name.slice(0, -ext.length - 1) : name).replace(/[^\w.-]+/g, '_'),
      ext: ext || 'wire',
      latin1,
      language: read.items[0]!.language ?? 'und',
      text,
      guids,
    });
  }
  return out;
}

/**
 * The match starts a run of text, not the tail of an entity (`&amp;` → `amp; …`) or an
 * attribute list written with single quotes: after a space or `>`, outside any tag.
 */
function inTextNode(text: string, at: number): boolean {
  const before = text[at - 1];
  if (at > 0 && before !== '>' && !/\s/.test(before!)) return false;
  return text.lastIndexOf('<', at) <= text.lastIndexOf('>', at);
}

/** Words, not the indented numbers of a JSON array (ninjs coordinates) that SENTENCE also matches. */
const PROSE = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;

/** A copy of a wire template: its own guid and one sentence swapped (varyText, within that sentence). */
export function wireVariant(t: WireTemplate, index: number, donor: string | null, rng: Rng): string {
  let text = t.text;
  for (const guid of t.guids) text = text.split(guid).join(`${guid}-b${index}`);
  const spots = [...text.matchAll(SENTENCE)].filter(
    (m) => inTextNode(text, m.index) && PROSE.test(m[0]) && (!t.latin1 || /^[\x20-\x7e]*$/.test(m[0])),
  );
  if (spots.length === 0 || !donor) return text;
  const spot = spots[Math.floor(rng() * spots.length)]!;
  // eslint-disable-next-line no-control-regex -- a tab in a donor sentence would break a JSON string
  const swapped = varyText(spot[0], donor.replace(/[<>&"\\\x00-\x1f]/g, ' '), rng, t.latin1);
  return text.slice(0, spot.index) + swapped + text.slice(spot.index! + spot[0].length);
}
