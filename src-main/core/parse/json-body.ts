import { liftLeadingDateline } from './dateline';
import { isSignatureLine, splitGluedSignature } from './signature';

/** What a JSON body yields besides its paragraphs: a dateline's place/agency and an editor signature. */
export interface JsonBody {
  paragraphs: string[];
  place: string | null;
  agency: string | null;
  signature: string | null;
}

/**
 * Turns a stated body into paragraphs, lifting a leading dateline and a trailing signature.
 * Order matters: the signature comes off before glued sentences are split, because
 * signatures such as `R.J. / Hazem Sabbagh` contain the very `.X` joins the splitter cuts at.
 */
export function readJsonBody(body: string | string[]): JsonBody {
  const paragraphs = Array.isArray(body) ? body.flatMap(splitLines) : splitLines(body);
  const dateline = liftLeadingDateline(paragraphs);
  const signature = liftSignature(paragraphs);
  return {
    paragraphs: paragraphs.flatMap(splitGluedParagraphs).filter(Boolean),
    place: dateline?.place ?? null,
    agency: dateline?.agency ?? null,
    signature,
  };
}

/**
 * One paragraph per line, except that a line ending mid-sentence is a hard wrap and is
 * joined to the next: sana/sanasyria.json has `...press service said in a\nstatement.` and
 * `...Secretary of State John\nKerry.`.
 * A blank line always ends a paragraph. Whitespace-only lines (SANA's runs of tabs) are blank.
 */
export function splitLines(text: string): string[] {
  const paragraphs: string[] = [];
  // The current paragraph's lines, joined once it ends: growing one string line by line and
  // testing its end each time is quadratic on a long run of wrapped lines (audit finding 1).
  let current: string[] = [];
  const end = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) end();
    else if (current.length > 0 && endsMidSentence(current.at(-1)!)) current.push(line);
    else {
      end();
      current.push(line);
    }
  }
  end();
  return paragraphs;
}

// A line ending in a lower-case letter, a comma or a hyphen has not finished its sentence.
// Caseless scripts (Arabic) are never joined: without a case there is no telling a wrap from
// an unpunctuated paragraph end. Lines are trimmed, so the last character is the end.
function endsMidSentence(line: string): boolean {
  return /[\p{Ll},\-–]$/u.test(line.slice(-2));
}

/**
 * SANA English JSON concatenates paragraphs with no separator: `...hostilities in it.The army`,
 * `...against ISIS.The source`, `...Platform”.The Syrian`, `...helping ISIS?President`.
 * Split where a sentence end (`.`, `!`, `?`, `…`, optionally followed by a closing quote or
 * bracket) is immediately followed by a capital letter or an opening quote with no space,
 * unless the word before the stop is an abbreviation: a single letter or a dotted word
 * (`U.S.Congress`, `Russian-U.S. agreement`, `M.Nassr`) or a title (`Dr.Kamal al-Sheikh`).
 */
export function splitGluedParagraphs(paragraph: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(GLUED_STOP)) {
    // Only the word before the stop matters; a bounded look-back keeps long bodies linear.
    if (isAbbreviation(lastWord(paragraph.slice(Math.max(start, match.index - 40), match.index)))) continue;
    const end = match.index + match[0].length;
    parts.push(paragraph.slice(start, end).trim());
    start = end;
  }
  parts.push(paragraph.slice(start).trim());
  return parts.filter(Boolean);
}

// The look-behind starts a match only at the first stop of a run: without it a run of
// thousands of dots was rescanned from each of its dots (quadratic; audit finding 1).
const GLUED_STOP = /(?<![.!?…])[.!?…]+["”’)]?(?=[\p{Lu}“"])/gu;
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'prof',
  'gov',
  'sen',
  'rep',
  'jr',
  'sr',
  'no',
]);

// The last word before a stop; in a compound only its last part (`Russian-U.S.` ends in `U`).
function lastWord(text: string): string {
  return (/[^\s\-–/]*$/.exec(text)?.[0] ?? '').replace(/^[("“‘'«]+/, '');
}

function isAbbreviation(word: string): boolean {
  return /^\p{L}$/u.test(word) || word.includes('.') || TITLES.has(word.toLowerCase());
}

/** Removes an editor signature: a last line of its own, or glued to the last sentence. */
function liftSignature(paragraphs: string[]): string | null {
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined) return null;
  if (isSignatureLine(last)) {
    paragraphs.pop();
    return last;
  }
  const glued = splitGluedSignature(last) ?? nameOnLastLine(paragraphs);
  if (!glued) return null;
  const rest = glued.text.trim();
  if (rest) paragraphs[paragraphs.length - 1] = rest;
  else paragraphs.pop();
  return glued.signature;
}

/**
 * A lone name on the last line, as in sana/sanasyria.json `...joint-brotherly relations.\nBarry`.
 * On its own a single name is too weak to call a signature (it could be a sub-heading), but
 * SANA line breaks are as arbitrary as its missing ones, so it is judged as if glued to the
 * sentence before it; it counts only when the whole line is what comes off.
 */
function nameOnLastLine(paragraphs: string[]): { text: string; signature: string } | null {
  const last = paragraphs[paragraphs.length - 1];
  const previous = paragraphs[paragraphs.length - 2];
  if (last === undefined || previous === undefined) return null;
  const glued = splitGluedSignature(`${previous} ${last}`);
  if (glued?.signature !== last) return null;
  paragraphs.pop();
  return { text: previous, signature: last };
}
