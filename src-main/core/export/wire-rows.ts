// The agency fields of an article as label/value rows, shared by the PDF's metadata list
// and the Markdown dossier's, so both show the same fields in the same order.
import type { Article, UiLocale } from '../../contract/archive';
import { printLabels } from './print/print-labels';

/** Rows for the wire fields the article has; values are plain text (callers escape them). */
export function wireRows(article: Article, locale: UiLocale): [string, string][] {
  const l = printLabels(locale);
  const rows: [string, string | undefined][] = [
    [l.byline, article.byline],
    [l.dateTime, article.dateTime],
    [l.status, article.status && article.status !== 'usable' ? l.statuses[article.status] : undefined],
    [l.embargoUntil, article.embargo],
    [l.correction, article.correctionNote],
    [l.subjects, article.subjects?.join(', ')],
    [l.slugline, article.slugline],
    [l.urgency, article.urgency === undefined ? undefined : String(article.urgency)],
    [l.version, article.version],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
}
