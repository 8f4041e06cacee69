// Lines of a plain-text body into paragraphs.

// A line that stops mid-sentence: no closing punctuation at its end. Lines are trimmed, so
// their last character decides; testing it alone keeps the check constant-time.
const SENTENCE_CLOSER = /[.!?…:;»”"')\]]/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Blank lines (including ones that held only NBSP, already turned into spaces)
 * separate blocks. Inside a block each line is its own paragraph, as in the seed,
 * the ANT texts and bbc bullet lists (`bbc/tech/208.txt`), except that a line
 * continuing a sentence broken by hard wrapping (previous line has no closing
 * punctuation, next starts in lower case) is joined back with a space.
 *
 * A paragraph's lines are gathered and joined once: growing the paragraph string line by
 * line and testing its end each time flattened it at every line, and a 1 MB text of
 * lower-case lines (all one paragraph) took 39 s (robustness audit, finding 1).
 */
export function toParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[][] = [];
  let previous: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      previous = null;
      continue;
    }
    if (previous !== null && !SENTENCE_CLOSER.test(previous.at(-1)!) && STARTS_LOWER.test(line)) {
      paragraphs.at(-1)!.push(line);
    } else {
      paragraphs.push([line]);
    }
    previous = line;
  }
  return paragraphs.map((parts) => parts.join(' '));
}
