// Plain, serialisable record types shared by every layer (core, shell, preload, renderer).
// This file is type-only on purpose: importing it never pulls runtime code into a bundle.

/** Formats the parser recognises. `text` covers plain-text dispatches like the seed. */
export type DispatchFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'sgml' | 'trec';

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
export interface DispatchRecord {
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
}
