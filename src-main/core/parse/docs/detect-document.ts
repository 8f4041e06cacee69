// Office documents and PDFs are binary, so they are known by their bytes before the text
// readers' binary check turns them away: PDF by its `%PDF-` header, DOCX and ODT by the
// entries of their ZIP container.
import type { DocumentFormat } from '../../../contract/records';

const PDF_MAGIC = /%PDF-\d\.\d/;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/**
 * The document format of these bytes, or null. A ZIP that is neither, but is named .docx or
 * .odt, is still given to that reader, so it is refused as a renamed zip rather than as binary.
 */
export function detectDocument(bytes: Uint8Array, path: string): DocumentFormat | null {
  // Writers may put junk before the header, and PDF readers look for it in the first 1,024
  // bytes; a header that is not at the very start counts only with the PDF's `%%EOF` at the
  // end, so a text dispatch that quotes "%PDF-1.7" stays text.
  const header = latin1(bytes.subarray(0, 1024)).search(PDF_MAGIC);
  if (header === 0 || (header > 0 && latin1(bytes.subarray(-1024)).includes('%%EOF'))) return 'pdf';
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return null;
  // ODF stores the `mimetype` entry first and uncompressed, so its value sits in the first bytes.
  if (latin1(bytes.subarray(0, 256)).includes(ODT_MIMETYPE)) return 'odt';
  // Entry names are plain in every local header and in the central directory.
  const names = latin1(bytes.length > 2_000_000 ? bytes.subarray(bytes.length - 2_000_000) : bytes);
  const head = latin1(bytes.subarray(0, 4096));
  if ((names + head).includes('word/document.xml')) return 'docx';
  const ext = /\.(docx|odt)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'docx' || ext === 'odt' ? ext : null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
