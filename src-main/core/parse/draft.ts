import type { RelatedItem, WireFields } from '../../contract/records';

/**
 * What a format parser extracts from decoded text, before the assembler adds
 * id, language and source. Each format parser returns one draft per record.
 * Fields are null when the source states nothing: never guess a value.
 */
export interface DraftRecord {
  title: string;
  date: string | null;
  place: string | null;
  agency: string | null;
  signature: string | null;
  paragraphs: string[];
  related: RelatedItem[];
  warnings: string[];
  /** Tags from Markdown front matter; other formats leave it undefined. */
  tags?: string[];
  /**
   * This record's position among the file's items when the parser skipped some (a JSON
   * array item that is no dispatch, a JSONL line that does not parse). It keeps the ids of
   * later records stable when an earlier item breaks; without it the draft's position is used.
   */
  sourceIndex?: number;
  /** A language stated by the source itself (e.g. `lang` in front matter or `<html lang>`), used before detection. */
  languageHint?: string;
  /** What agency copy states beyond the common fields; only the wire readers set it. */
  wire?: WireFields;
}

/** Thrown only by format parsers for a file that cannot be read as that format; the assembler turns it into a reject. */
export class FormatError extends Error {
  constructor(
    readonly code: 'truncated-json' | 'invalid-json' | 'no-records' | 'malformed' | 'backup-file',
    message: string,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}
