// The document and feed part of the bench corpus: copies of the Chromium-printed article
// PDF (tests/fixtures/documents) and one-entry RSS files, so the scale bench meets pdf.js
// and the feed reader at the rate an analyst's folder might hold them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rss } from '../tests/fixtures/feeds';
import type { Rng, Template } from './corpus-templates';

const PDF = join(import.meta.dirname, '../tests/fixtures/documents/article.pdf');
/** The fixture's info Title, rewritten per copy at the same length so the file's offsets hold. */
const PDF_TITLE = '(River basin accord)';

/** Each template is taken this many times over: about 2% PDFs and 3% feeds beside ~2,700 others. */
export const DOCUMENT_WEIGHTS = { pdf: 60, feed: 80 } as const;

export function documentTemplates(): Template[] {
  const pdf = readFileSync(PDF).toString('latin1');
  if (!pdf.includes(PDF_TITLE)) throw new Error(`${PDF} no longer has the info Title ${PDF_TITLE}`);
  const base = { language: 'en', latin1: true } as const;
  return [
    ...Array.from({ length: DOCUMENT_WEIGHTS.pdf }, () => ({
      ...base,
      source: 'fixtures/article.pdf',
      kind: 'pdf' as const,
      agency: 'documents',
      base: 'report',
      ext: 'pdf',
      text: pdf,
    })),
    ...Array.from({ length: DOCUMENT_WEIGHTS.feed }, () => ({
      ...base,
      latin1: false,
      source: 'generated rss',
      kind: 'feed' as const,
      agency: 'feeds',
      base: 'feed',
      ext: 'xml',
      text: '',
    })),
  ];
}

/** A copy: the PDF under its own title (same length), or a one-entry RSS file of donor sentences. */
export function documentVariant(t: Template, index: number, date: Date, donor: string | null, rng: Rng): string {
  if (t.kind === 'pdf') return t.text.replace(PDF_TITLE, `(River basin #${String(index).padStart(5, '0').slice(-5)})`);
  const sentence = donor ?? 'Delegations met on Monday to discuss the ceasefire in the north.';
  return rss('Example Wire feed', [
    {
      title: `Feed item ${index}: ${sentence.slice(0, 60)}`,
      paragraphs: [sentence, `Item ${index} was filed at ${date.toISOString()} (${Math.floor(rng() * 1000)}).`],
      date: date.toUTCString(),
      link: `https://feeds.example.com/item/${index}`,
      author: 'Desk',
    },
  ]);
}
