// franc-min answers in ISO 639-3, often with an *individual* language code (`arb`
// Standard Arabic, `cmn` Mandarin, `pes` Iranian Persian) whose ISO 639-1 code belongs
// to the macrolanguage (`ar`, `zh`, `fa`). Generic 639-3→639-1 tables (e.g. the
// `iso-639-3` package) only map codes that carry a 639-1 code themselves and so miss
// exactly these, hence this table, which covers every language franc-min can return.
// Languages with no 639-1 code keep their 639-3 code, as BCP 47 does.

const TO_639_1: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs',
  cmn: 'zh', deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu', hau: 'ha',
  hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja',
  kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my',
  nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl',
  por: 'pt', qug: 'qu', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so', spa: 'es',
  srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th',
  tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
  zyb: 'za',
};

/** ISO 639-1 code for a franc (ISO 639-3) code; the 639-3 code itself when 639-1 has none; `und` stays `und`. */
export function toIso6391(code: string): string {
  return TO_639_1[code] ?? code;
}
