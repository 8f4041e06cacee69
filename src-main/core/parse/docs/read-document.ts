// One door to the document readers, chosen by detect-document.ts.
import type { DocumentFormat } from '../../../contract/records';
import type { DocumentOutcome } from './document-outcome';
import { readDocx } from './read-docx';
import { readOdt } from './read-odt';
import { readPdf } from './read-pdf';

export async function readDocument(format: DocumentFormat, bytes: Uint8Array): Promise<DocumentOutcome> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'odt':
      return readOdt(bytes);
  }
}
