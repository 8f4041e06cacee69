// One key per spelling, so that the ways wire copy writes a name meet: case, accents and
// Arabic orthography. Keys are what the gazetteer's data stores and what look-ups compare.
//
// - NFKD then dropping combining marks folds Latin accents (Zürich), Cyrillic ё/й to е/и,
//   and Arabic hamza carriers (أ إ آ ؤ ئ) to their bare letters; Arabic harakat and
//   tatweel go with them (SANA writes دِمَشق as often as دمشق).
// - ة/ه and ى/ي are spelt either way in the ANT corpus and on Arabic sites.
// - A leading ال (the article) is dropped from each word: الرياض and رياض are one city.
//   Only a bare ال: ألمانيا (Germany) keeps its hamza alef.
// - Apostrophes and dots go (Sana'a, U.S.A., Bloomberg.com meets Bloomberg com only by alias);
//   hyphens, commas and brackets split words (ITAR-TASS = itar tass).

const MARKS = /[\p{Mn}\u0640]/gu;
const GONE = /['’ʼ`´"«»“”„.]/gu;
const SPLIT = /[\s\-‐‑–—_/\\,،;:()[\]{}]+/u;

// ASCII, the Cyrillic alphabet but й/Й (NFKD takes their breve off) and the quotes wire
// copy wraps names in: no character that normalising would change, and no Arabic article.
const PLAIN = /^[\u0020-\u007e\u0410-\u0418\u041a-\u0438\u043a-\u044f«»“”„’]*$/u;

export function nameKey(spelling: string): string {
  // The mention facets key every distinct name an archive mentions, 100k and more, and most
  // are plain Latin or Cyrillic: they skip both normalisations for the same key
  // (bench/names-facets.ts; tests/unit/names/name-key.test.ts holds the two paths equal).
  if (PLAIN.test(spelling)) return plainKey(spelling);
  return spelling
    .normalize('NFC')
    .split(SPLIT)
    .map((word) => fold(withoutArticle(word)))
    .filter(Boolean)
    .join(' ');
}

function plainKey(spelling: string): string {
  return spelling
    .split(SPLIT)
    .map((word) => word.toLowerCase().replace(GONE, ''))
    .filter(Boolean)
    .join(' ');
}

// Before folding, so that only a bare ال goes: ألبانيا and ألمانيا begin with a hamza alef, not the article.
function withoutArticle(word: string): string {
  return word.length > 3 && word.startsWith('ال') ? word.slice(2) : word;
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ة/gu, 'ه')
    .replace(/ى/gu, 'ي')
    .replace(GONE, '');
}
