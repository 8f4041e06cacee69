// A class per UTF-16 unit, asked of a classifier (regexes, mostly) once per unit and kept in
// a table: the import's per-character loops (names tokens, MinHash words) ran a regex per
// token or per text where a table read does. Classes are 1-255; a surrogate is never
// classified here, as a pair is one code point and the callers ask their regexes for it.

/** The class of each BMP unit as `classify` says (1-255), remembered after the first ask. */
export function unitClasses(classify: (char: string) => number): (code: number) => number {
  const table = new Uint8Array(0x10000);
  return (code) => {
    let cls = table[code]!;
    if (cls === 0) {
      cls = classify(String.fromCharCode(code));
      table[code] = cls;
    }
    return cls;
  };
}

export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
