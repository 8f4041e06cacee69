import type { BodyText } from './xml-paragraphs';
import type { WireFlag } from './wire-item';

/**
 * What a format reader finds, before the shared rules (wire-finish.ts) decide the byline,
 * dateline, place, agency, trailer, dates and status. Strings may still be raw here.
 */
export interface WireDraft {
  guid?: string | null;
  version?: string | null;
  title?: string | null;
  /** The first-created (or issue) timestamp as written. */
  dateRaw?: string | null;
  versionCreatedRaw?: string | null;
  embargoRaw?: string | null;
  /** A dateline element's text, as written. */
  datelineText?: string | null;
  /** A structured dateline place (NITF `dateline/location/city`). */
  datelinePlace?: string | null;
  /** A place stated outside any dateline (the AAP form's `Dateline` field). */
  placeHint?: string | null;
  located?: string | null;
  credit?: string | null;
  /** Agency candidates after credit and dateline, best first: ninjs source, doc-id prefix, provider. */
  agencyHints?: Array<string | null | undefined>;
  distributor?: string | null;
  byline?: string | null;
  /** The stated language tag. */
  language?: string | null;
  body: BodyText;
  subjects?: string[];
  keywords?: string[];
  urgency?: number | null;
  priority?: number | null;
  slugline?: string | null;
  pubStatus?: string | null;
  flags?: WireFlag[];
  ednote?: string | null;
  correctionNote?: string | null;
  /** Trailer lines the format itself marks (the 7901 sign-off after the notebook). */
  trailer?: string[];
  warnings?: string[];
}

export const EMPTY_BODY: BodyText = { paragraphs: [], raw: [], tableRows: [] };
