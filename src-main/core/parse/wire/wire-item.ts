// The output of the wire readers: one news-agency text item, as plain serialisable data.
// Field names follow the conventions of /work/shared/wire/SOURCES.md (the dev set's
// items.json), so a scorer can compare them one to one. Every string is normalised:
// entities decoded (double-escaped ones too), each run of `\s` one space, trimmed.

import type { DispatchStatus, WireFormat } from '../../../contract/records';

/** The wire formats detectWire recognises. `iptc7901` covers dpa's 7901 flavour. */
export type { WireFormat };

/**
 * One summary of whether the item may be used:
 * `canceled` (killed or cancelled), `withheld`, `embargoed` (an embargo time or status is
 * stated), `correction`, else `usable`. The first that applies wins, in that order.
 */
export type WireStatus = DispatchStatus;

/** Flags the file states about this version of the item. */
export type WireFlag = 'update' | 'writethru' | 'correction' | 'kill' | 'canceled' | 'embargoed' | 'alert';

export interface WireItem {
  /** The format the item was read from. */
  format: WireFormat;
  /** 0-based position among the text items kept from this file. */
  itemIndex: number;
  /** The file's own identifier as written (NITF doc-id@id-string, NewsML 1.2 PublicIdentifier, G2 guid, ninjs guid/uri, Message-ID, WXR guid); null when the file has none. */
  guid: string | null;
  /** The item's version as written (G2 @version, NewsML 1.2 RevisionId, ninjs version), or null. */
  version: string | null;
  /** The headline, or null when the file has none. */
  title: string | null;
  /** Calendar date `YYYY-MM-DD` in the offset the file itself states (first-created time where the format has one). */
  date: string | null;
  /** That timestamp in ISO 8601 extended form: with the stated offset (`Z` kept), or bare wall time when the file states no zone. */
  dateTime: string | null;
  /** The same instant in UTC; null when the file states no offset. */
  dateUtc: string | null;
  /** The timestamp as written in the file. */
  dateRaw: string | null;
  /** When this version was created (G2 versionCreated, ninjs versioncreated), ISO as `dateTime`. */
  versionCreated: string | null;
  /** Embargo time (ISO as `dateTime`) when the file states one. */
  embargo: string | null;
  /** Dateline place as written, with qualifiers ("FORT WASHINGTON, Pa."); else the located/event location name. */
  place: string | null;
  /** The dateline text as written ("NEW YORK (AP) —"), or null. */
  dateline: string | null;
  /** The structured location name (G2/ninjs located, NewsML 1.2 City, NITF evloc city), or null. */
  located: string | null;
  /** The agency credited for the content: creditline, dateline credit, ninjs source, doc-id prefix, else provider. */
  agency: string | null;
  /** The delivering service when stated apart from the agency, or null. */
  distributor: string | null;
  /** An explicit credit line, as written. */
  credit: string | null;
  /** The byline as written, "By " kept. */
  byline: string | null;
  /** True when the byline was also the first body paragraph (it is then not in `paragraphs`). */
  bylineInBody: boolean;
  /** ISO 639-1 primary subtag of the stated language; else detected from plain text; null when unclear. */
  language: string | null;
  /** Story paragraphs: no header lines, typesetting codes, byline-only lead or sign-off trailer; table rows kept as text rows. */
  paragraphs: string[];
  /** Rows of tables in the body as text, cells joined by " | "; ANPA tab-line (BS) rows too. */
  tableRows: string[];
  /** Trailing paragraphs taken off the story: sign-offs, end markers, reporting credits, copyright lines. */
  trailer: string[];
  /** Subject codes as given (G2 codes keep their scheme prefix, `medtop:20001065`). */
  subjects: string[];
  /** Keywords as given. */
  keywords: string[];
  /** Editorial urgency (1 most urgent), or null. */
  urgency: number | null;
  /** Priority where the format states one (ANPA/7901 header, ninjs priority), or null. */
  priority: number | null;
  /** The slugline (keyword/slug), or null. */
  slugline: string | null;
  /** Publication status as the file states it (`usable`, `withheld`, `canceled`, `embargoed`), or null. */
  pubStatus: string | null;
  /** The derived summary status; see WireStatus. */
  status: WireStatus;
  /** Flags stated for this version. */
  flags: WireFlag[];
  /** Editor's note, or null. */
  ednote: string | null;
  /** The note that states what a correction changed, when the item is a correction. */
  correctionNote: string | null;
  /** Things a reader noticed and a person may want to check; never fatal. */
  warnings: string[];
}

/** What readWire returns: the file's text items plus file-level warnings, or a reject with a reason. */
export type WireOutcome =
  | { ok: true; format: WireFormat; items: WireItem[]; warnings: string[]; encoding: string }
  | { ok: false; code: WireRejectCode; reason: string };

export type WireRejectCode = 'not-wire' | 'malformed' | 'truncated' | 'undecodable' | 'no-text-items' | 'too-large';
