// Lines of a plain-text body into paragraphs.

// A line that stops mid-sentence: no closing punctuation at its end.
const ENDS_SENTENCE = /[.!?…:;»”"')\]]\s*$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Blank lines (including ones that held only NBSP, already turned into spaces)
 * separate blocks. Inside a block each line is its own paragraph, as in the seed,
 * the ANT texts and bbc bullet lists (`bbc/tech/208.txt`), except that a line
 * continuing a sentence broken by hard wrapping (previous line has no closing
 * punctuation, next starts in lower case) is joined back with a space.
 */
export function toParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let previousBlank = true;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = paragraphs.at(-1);
    if (!previousBlank && last !== undefined && !ENDS_SENTENCE.test(last) && STARTS_LOWER.test(line)) {
      paragraphs[paragraphs.length - 1] = `${last} ${line}`;
    } else {
      paragraphs.push(line);
    }
    previousBlank = false;
  }
  return paragraphs;
}
