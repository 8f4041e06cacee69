// What a document reader (PDF, DOCX, ODT) hands the assembler: one document, or a reason.
import type { DocumentFormat } from '../../../contract/records';

export interface DocumentText {
  title: string | null;
  /** Body paragraphs in reading order, the headline not among them. */
  paragraphs: string[];
  /** ISO instant with its offset as the file states it (PDF CreationDate, dcterms:created), or null. */
  dateTime: string | null;
  /** Who wrote it, as the file's own properties say (DOCX dc:creator, ODT meta:initial-creator); absent for PDF. */
  author?: string | null;
  warnings: string[];
}

export type DocumentRejectCode = 'encrypted' | 'no-text-layer' | 'malformed' | 'too-large' | 'no-records';

export type DocumentOutcome =
  | { ok: true; format: DocumentFormat; document: DocumentText }
  | { ok: false; code: DocumentRejectCode; reason: string };

export function documentReject(code: DocumentRejectCode, reason: string): DocumentOutcome & { ok: false } {
  return { ok: false, code, reason };
}
