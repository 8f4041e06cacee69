import type { RelatedItem } from '../../contract/records';
import { collapseWhitespace } from '../collapse-whitespace';

// The body of a TREC-style <DOC> (ANT corpus): one paragraph per line, with outlet furniture mixed in.

/**
 * BBC Arabic ends its articles with an app promotion, e.g. in
 * ant-multisource/BBC/middleEast/*.txt: `يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث
 * نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.` (one file says `تسلم` for `استلام`).
 * It is boilerplate, not news.
 */
const BOILERPLATE = [/^يمكنكم (?:استلام|تسلم) إشعارات بأهم الموضوعات .*تطبيق بي بي سي عربي/];

/** CNN Arabic's in-text related links: a line `للمزيد: <headline of another story>`. */
const RELATED_LINE = /^للمزيد\s*[:：]\s*(.+)$/;

export interface TrecBody {
  paragraphs: string[];
  related: RelatedItem[];
}

/** Splits TEXT into paragraphs, dropping boilerplate and lifting related-story links. */
export function readTrecText(text: string): TrecBody {
  const paragraphs: string[] = [];
  const related: RelatedItem[] = [];
  for (const raw of text.split('\n')) {
    const line = collapseWhitespace(raw).trim();
    if (!line || BOILERPLATE.some((re) => re.test(line))) continue;
    const link = RELATED_LINE.exec(line);
    if (link?.[1]) related.push({ title: link[1].trim(), excerpt: '' });
    else paragraphs.push(line);
  }
  return { paragraphs, related };
}

/**
 * ABSTRACT repeats the lead in most ANT files: verbatim (115 of 176), cut short, or
 * reworded (BBC Arabic: `الجيش السوري يقول إنه استعاد...` over a lead `قال الجيش السوري إنه
 * استعاد...`). It is kept as a standfirst only when it is mostly new: when fewer than
 * half of its words occur in the first two paragraphs.
 */
export function withAbstract(abstract: string | null, paragraphs: string[]): string[] {
  const summary = abstract?.replace(/\s+/g, ' ').trim();
  if (!summary) return paragraphs;
  const words = wordsOf(summary);
  const lead = new Set(wordsOf(paragraphs.slice(0, 2).join(' ')));
  const shared = words.filter((w) => lead.has(w)).length;
  return shared >= words.length * REPEAT_SHARE ? paragraphs : [summary, ...paragraphs];
}

const REPEAT_SHARE = 0.5;

// Words of two letters or more: abstracts differ from the lead in spacing, punctuation and ellipses.
function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}
