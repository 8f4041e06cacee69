// Which body paragraphs read as sub-headlines, so the reader can set them as headings.
// Plain-text dispatches carry no markup for them; the seed's "Путин обозначил взаимные
// усилия РФ и США в урегулировании конфликтов, в частности в Сирии и на Украине" is a
// short line with no closing punctuation between two ordinary paragraphs.

// The sentence ends the paragraph splitter knows (parse/paragraphs.ts), plus dashes and
// the Arabic question mark.
const ENDS_SENTENCE = /[.!?…:;»”"')\]–—\-؟]\s*$/u;
// `اقرأ.. …` and `أيضاً.. …` lines are links to other stories (CNN Arabic), not headings.
const TEASER = /\.\./u;
const STARTS_HEADING = /^["«“]?[\p{Lu}\p{Lo}\p{N}]/u;
const MAX_LENGTH = 160;
const MIN_WORDS = 3;
const MAX_WORDS = 18;

/**
 * Indexes of paragraphs that are sub-headlines. Conservative on purpose: a false
 * heading hurts reading more than a missed one. A sub-headline is short (3–18 words,
 * at most 160 characters), starts with a capital (or an uncased letter, as in Arabic),
 * has no closing punctuation, and sits between two paragraphs that end as sentences
 * and the next one is longer; so never the first or last paragraph, and never an item
 * of a run of unpunctuated lines such as a bullet list.
 */
export function findSubheadings(paragraphs: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 1; i < paragraphs.length - 1; i++) {
    if (isSubheading(paragraphs[i - 1]!, paragraphs[i]!, paragraphs[i + 1]!)) found.push(i);
  }
  return found;
}

function isSubheading(before: string, line: string, after: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u).length;
  return (
    text.length <= MAX_LENGTH &&
    words >= MIN_WORDS &&
    words <= MAX_WORDS &&
    STARTS_HEADING.test(text) &&
    !ENDS_SENTENCE.test(text) &&
    !TEASER.test(text) &&
    ENDS_SENTENCE.test(before) &&
    ENDS_SENTENCE.test(after) &&
    after.trim().length > text.length
  );
}
