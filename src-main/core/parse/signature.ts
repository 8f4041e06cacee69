// Editor signatures: the desk initials or names agencies put under a dispatch
// (`*Н.С./М.К.`, `هـ.ح/م.ش`, `M. al-Frieh/H. Said`, `English Bulletin`).
// We recognise a signature by its shape only; nothing is ever made up.

// One surname-like word: `Zain`, `GHossoun` (sic, sanasyria.json), `Jaba’din`, `Abdel-Karim`.
// It must be in lower case after its capital(s): fa-kes rows from alalam end in all-caps
// junk (`MBMB`, `NTJHH`) and camel-case (`MoreImage`), which are not signers.
const WORD = "\\p{Lu}\\p{Lu}?\\p{Ll}[\\p{Ll}’']*(?:-\\p{Lu}?\\p{Ll}+)*";
// `al-Frieh`, `el-Sayed`; `a,-Frieh` is a typo SANA really printed (sanasyria.json `Manar a,-Frieh/Manal`).
const PARTICLE_WORD = "\\p{Ll}{1,3},?-\\p{Lu}[\\p{L}’'-]*\\p{L}";
const NAME = `(?:${WORD}|${PARTICLE_WORD})`;
const INITIAL = '\\p{Lu}\\.';
// Initials only: `R.J.`, `R.J`, `Н.С.`; Arabic `هـ.ح`, `م.ش` (a letter, optional tatweel, dots between).
const ARABIC_LETTER = '\\p{Script=Arabic}\\u0640?';
const INITIALS = `(?:\\p{Lu}\\.\\p{Lu}(?:\\.\\p{Lu})*\\.?|${ARABIC_LETTER}(?:\\.${ARABIC_LETTER})+\\.?)`;
// The SANA English desk signs some items `English Bulletin` (once `English bulletin`).
const DESK = 'English [Bb]ulletin';
// A signer: `H. Zain`, `M.al-Frieh`, `Manar al-Freih`, `Mazen`, or initials alone.
// An initial is followed by exactly one surname, which keeps `U.S. Senate Votes` out.
const PART = `(?:${DESK}|${INITIALS}|${INITIAL}\\s?${NAME}|${NAME}(?:\\s${NAME})?)`;
// Between signers: a slash; or a space when the next signer starts with an initial (fa-kes `H. Zain H. Said`).
const SEP = `(?:\\s*\\/\\s*|\\s+(?=${INITIAL}))`;
// Glued signatures also use a comma (sanasyria.json `Rasha, Mazen`); own lines do not, so a
// line like `Moscow, Russia` is never a signature.
const GLUED_SEP = `(?:${SEP}|,\\s*)`;

const SIGNATURE_LINE = new RegExp(`^\\*?\\s*${PART}(?:${SEP}${PART}){0,5}$`, 'u');
const GLUED_SIGNATURE = new RegExp(`^${PART}(?:${GLUED_SEP}${PART}){0,5}$`, 'u');
// Evidence that a short capitalised line is a signature and not a sub-headline or a name in passing.
const STRONG_CUE = new RegExp(`^\\*|\\/|${INITIALS}|${INITIAL}\\s?${NAME}|${DESK}`, 'u');
// Where a sentence can end right before a glued signature: `.`, `!`, `?`, `…`, closing quotes, `)`.
const SENTENCE_END = /[.!?…"”’»)]/gu;
// Page furniture that scrapers leave after the last sentence, shaped like a name:
// fa-kes rows end in `Read Also`, `Twitter`, `Source Reuters`.
const NOT_A_SIGNER =
  /(?<!\p{L})(?:Also|Read|More|Source|Twitter|Facebook|Share|Comments?|Photos?|Video|Image|Advertisement|Related|Tags|Print|Email|Copyright|Follow|Like)(?!\p{L})/u;
// Signatures are short; only the tail of a text is searched.
const MAX_SIGNATURE = 90;

/** True when a whole line is an editor signature such as `*Н.С./М.К.` or `هـ.ح/م.ش`. */
export function isSignatureLine(line: string): boolean {
  const s = line.trim();
  if (!s || s.length > MAX_SIGNATURE) return false;
  return SIGNATURE_LINE.test(s) && STRONG_CUE.test(s) && !NOT_A_SIGNER.test(s);
}

/**
 * A signature glued to the end of the last sentence (SANA English JSON), e.g.
 * `...in it.H. Zain/ Ghossoun` or fa-kes `...in the city. Manar/Mazen`. The earliest
 * sentence end after which everything left is signature-shaped wins, so `...the U.S.H. Said`
 * keeps `U.S.` in the text. Null when the text ends in an ordinary sentence.
 */
export function splitGluedSignature(text: string): { text: string; signature: string } | null {
  const trimmed = text.trimEnd();
  const from = Math.max(0, trimmed.length - MAX_SIGNATURE - 1);
  for (const end of sentenceEnds(trimmed, from)) {
    const signature = trimmed.slice(end).trim();
    if (!signature || !GLUED_SIGNATURE.test(signature) || NOT_A_SIGNER.test(signature)) continue;
    const body = trimmed.slice(0, end).trimEnd();
    if (body) return { text: body, signature };
  }
  return null;
}

/** Indexes just after each sentence-ending character from `from` on, in order. */
function sentenceEnds(text: string, from: number): number[] {
  SENTENCE_END.lastIndex = from;
  const ends: number[] = [];
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push(m.index + m[0].length);
  return ends;
}
