// Plain, serialisable record types shared by every layer (core, shell, preload, renderer).
// This file is type-only on purpose: importing it never pulls runtime code into a bundle.
import type { EntityMention } from './entities';

/** Formats the parser recognises. `text` covers plain-text dispatches like the seed. */
export type DispatchFormat = TextFormat | WireFormat | DocumentFormat;

/**
 * Formats told apart by name and text once decoded (parse/detect-format.ts). `feed` is RSS,
 * Atom or JSON Feed; `mhtml` is a page saved as one file, known by its MIME header block
 * before decoding (parse/mhtml.ts) and then read as HTML.
 */
export type TextFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'sgml' | 'trec' | 'feed' | 'mhtml';

/** Binary documents known by their bytes (parse/docs/detect-document.ts): PDF, Word DOCX, OpenDocument text. */
export type DocumentFormat = 'pdf' | 'docx' | 'odt';

/**
 * News-agency formats, known by content (parse/wire/detect-wire.ts): NITF, NewsML 1.2,
 * NewsML-G2, ninjs, ANPA-1312, IPTC 7901 (dpa's flavour too), e-mail, mbox, WordPress WXR.
 */
export type WireFormat =
  'nitf' | 'newsml12' | 'newsmlg2' | 'ninjs' | 'anpa1312' | 'iptc7901' | 'email' | 'mbox' | 'wxr';

/**
 * Whether an item may be used, as the agency states it: `canceled` (killed or cancelled),
 * `withheld`, `embargoed`, `correction`, else `usable`. A record without one is usable.
 */
export type DispatchStatus = 'usable' | 'embargoed' | 'correction' | 'withheld' | 'canceled';

export interface RelatedItem {
  title: string;
  excerpt: string;
}

/** Where a record came from. `recordIndex` is set for files that hold several records. */
export interface SourceRef {
  path: string;
  format: DispatchFormat;
  /** Encoding label as detected, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `windows-1251`, `iso-8859-1`. */
  encoding: string;
  sha256: string;
  size: number;
  /** ISO 8601 modification time of the file. */
  mtime: string;
  recordIndex?: number;
}

/** The record shape the parser returns and the CLI prints, field for field. */
export interface DispatchRecord extends WireFields {
  id: string;
  title: string;
  /** ISO `YYYY-MM-DD`, or null when the source states no date. */
  date: string | null;
  place: string | null;
  agency: string | null;
  /** ISO 639-1 code (`ru`, `ar`, `en`, …) or `und` when undetermined. */
  language: string;
  signature: string | null;
  paragraphs: string[];
  related: RelatedItem[];
  source: SourceRef;
  warnings: string[];
  /** Tags the source file itself gives (Markdown or JSON `tags`); imported as the user's tags. */
  tags?: string[];
  /**
   * The people, organisations and places the title and body mention, commonest first
   * (issue 19): found by the importer, not the parser; absent on records stored before them.
   */
  entities?: EntityMention[];
}

/**
 * What agency copy states beyond a dispatch's common fields (issue 17). Each is absent when
 * the source does not state it, so records stored before these existed stay valid unchanged
 * and a plain-text dispatch carries none of them.
 */
export interface WireFields {
  /** The author line as written ("By Jane Doe"). */
  byline?: string;
  /** The dated instant with its offset (`2024-03-01T14:05:00+01:00`, `Z` kept) or bare wall time when no zone is stated; `date` is its calendar day. */
  dateTime?: string;
  /** Subject and keyword codes or names, as given (`medtop:20001065`, `POLITICS`). */
  subjects?: string[];
  /** Editorial urgency, 1 most urgent. */
  urgency?: number;
  slugline?: string;
  /** The story's identifier (NITF doc-id, G2 guid, ninjs uri, Message-ID): records sharing one are versions of one story. */
  guid?: string;
  version?: string;
  /** When this version was created, ISO as `dateTime`. */
  versionCreated?: string;
  /** Absent means usable. */
  status?: DispatchStatus;
  /** The embargo time, ISO as `dateTime`, when one is stated. */
  embargo?: string;
  /** What a correction changed, as the agency wrote it. */
  correctionNote?: string;
}
