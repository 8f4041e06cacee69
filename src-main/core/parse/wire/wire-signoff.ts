// Lines that end a story without being part of it, when they stand as their own
// paragraph (SOURCES.md, "trailer"). Each shape is one a desk really sends:
const SIGN_OFFS: readonly RegExp[] = [
  // aap.xml `AAP RTV ar`: agency code, desk code, operator initials.
  /^[A-Z]{2,5}(?: [A-Z]{2,5})* [a-z]{1,4}$/,
  // afp.xml `hh/ph/ts/hd`: editors' initials joined by slashes.
  /^[a-z]{1,4}(?:\/[a-z]{1,4})+$/i,
  // IPTC7901.txt `dpa wsz jln npr`: lower-case agency then initials.
  /^[a-z]{2,5}(?: [a-z]{2,4}){1,5}$/,
  // Ritzau `/ritzau/`, and `(BusinessDesk)`: the agency alone, slashed or bracketed.
  /^\/[\w ]{2,30}\/$/,
  /^\([A-Z][\w]*(?: [A-Z][\w]*){0,3}\)$/,
  // pa1.xml `ends`; also AP/US end marks.
  /^(?:ends?|-?30-|#{3}|\+{3}|(?:-|=){2,3}\s*(?:end|ends)?\s*(?:-|=){0,3})$/i,
  // Reuters `(Reporting by …; Editing by …)`.
  /^\((?:additional |further )?(?:reporting|writing|editing|compiled|compiling|translated|translation|research) by\b.*\)$/i,
  // Copyright and licence boilerplate.
  /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i,
];

export function isSignOff(paragraph: string): boolean {
  return paragraph.length <= 300 && SIGN_OFFS.some((re) => re.test(paragraph));
}

/** Takes sign-off paragraphs off the end (never the only paragraph). */
export function splitTrailer(paragraphs: string[]): { body: string[]; trailer: string[] } {
  let end = paragraphs.length;
  while (end > 1 && isSignOff(paragraphs[end - 1]!)) end--;
  return { body: paragraphs.slice(0, end), trailer: paragraphs.slice(end) };
}

/**
 * A paragraph that is only a byline: `By Toby Davis`, `By PAUL BYRNE and ALMUDENA CALATRAVA`,
 * `By Sam Lister, Press Association Political Correspondent`. Digits, brackets, a spaced
 * dash or a sentence break mean a story line that happens to open with "By".
 */
export function isBylineOnly(text: string): boolean {
  return (
    /^By:?\s+\S/.test(text) &&
    text.length <= 80 &&
    text.split(/\s+/).length <= 10 &&
    !/\d|[()]|\s[-–—]\s|[.!?]\s|[!?]$/.test(text)
  );
}

/** efe_nitf.xml `<byline>gr/bp</byline>` holds editors' initials, not an author. */
export function isInitialsOnly(text: string): boolean {
  return /^[a-z]{1,4}(?:[/ ][a-z]{1,4})*$/i.test(text) && text.length <= 12 && /[/]/.test(text);
}
