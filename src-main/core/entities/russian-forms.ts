// Russian noun declension for names, in both directions: the case forms of a known
// nominative (so a lexicon of first names or places finds «Юрия», «Дамаске»), and the
// nominative of an unknown surname from its ending («Лужкова» → «Лужков»). No pure-JS
// Russian morphology is both maintained and small: Az.js (OpenCorpora) was last released
// in 2016 and its dictionaries are ~8 MB; these rules cover the personal and place names
// FactRuEval-2016 annotates (bench/ner.ts measures them).

export type Gender = 'm' | 'f' | '?';

const HUSHING = /[гкхжшчщц]$/;

/** Every case form of a nominative name or place, the nominative first. */
export function caseForms(nominative: string): string[] {
  const w = nominative;
  const stem = (n: number): string => w.slice(0, w.length - n);
  if (/ия$/.test(w)) return [w, stem(1) + 'и', stem(1) + 'ю', stem(1) + 'ей'];
  if (/ья$/.test(w)) return [w, stem(1) + 'и', stem(1) + 'е', stem(1) + 'ю', stem(1) + 'ей'];
  if (/а$/.test(w)) {
    const s = stem(1);
    return [w, s + (HUSHING.test(s) ? 'и' : 'ы'), s + 'е', s + 'у', s + 'ой', s + 'ою'];
  }
  if (/я$/.test(w)) return [w, stem(1) + 'и', stem(1) + 'е', stem(1) + 'ю', stem(1) + 'ей'];
  if (/ий$/.test(w)) return [w, stem(1) + 'я', stem(1) + 'ю', stem(1) + 'ем', stem(1) + 'и'];
  if (/[ео]й$/.test(w)) return [w, stem(1) + 'я', stem(1) + 'ю', stem(1) + 'ем', stem(1) + 'е'];
  if (/ь$/.test(w)) return [w, stem(1) + 'я', stem(1) + 'ю', stem(1) + 'ем', stem(1) + 'е', stem(1) + 'и', w + 'ю'];
  if (/ы$/.test(w)) return [w, stem(1) + 'ов', stem(1) + 'ам', stem(1) + 'ами', stem(1) + 'ах'];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    const ins = /[жшчщц]$/.test(w) ? 'ем' : 'ом';
    return [w, w + 'а', w + 'у', w + ins, w + 'е'];
  }
  return [w];
}

/** A map from every case form of the given nominatives to the nominative. */
export function formIndex(nominatives: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const lemma of nominatives) for (const form of caseForms(lemma)) if (!index.has(form)) index.set(form, lemma);
  return index;
}

// Ordered: the first suffix that matches decides. [ending, replacement for m, for f]
const SURNAME_RULES: [RegExp, string, string][] = [
  [/(ск|цк)(ого|ому|им|ом)$/, '$1ий', '$1ая'],
  [/(ск|цк)(ой|ую)$/, '$1ий', '$1ая'],
  [/(ов|ев|ёв|ин|ын)(а|у|ым|е)$/, '$1', '$1а'],
  [/([кгх])(ого|ому|им|ом)$/, '$1ий', '$1ая'], // «Долгорукому» → «Долгорукий»
  [/(ов|ев|ёв|ин|ын)(ой|ою)$/, '$1', '$1а'],
];

/**
 * The nominative of a surname in any case. The gender comes from the first name or title
 * beside it; with none, «-ова» is read as a man's genitive only when `oblique` says the
 * name beside it was declined.
 */
export function surnameLemma(word: string, gender: Gender, oblique: boolean): string {
  const lower = word.toLowerCase();
  for (const [re, m, f] of SURNAME_RULES) {
    if (!re.test(lower)) continue;
    if (gender === 'f' && /(ов|ев|ёв|ин|ын)а$/.test(lower)) return word;
    if (gender === '?' && !oblique && /(ов|ев|ёв|ин|ын)а$/.test(lower)) return word;
    return restoreCase(word, lower.replace(re, gender === 'f' ? f : m));
  }
  if (gender === 'm' && oblique) return foreignMasculine(word);
  if (oblique && /[^аеёиоуыэюя][ыи]$/.test(lower) && !/[кгх]и$/.test(lower)) return word.slice(0, -1) + 'а';
  return word;
}

/** «Лофнера» → «Лофнер», «Обамы» → «Обама»: a man's foreign surname declined as a noun. */
function foreignMasculine(word: string): string {
  const lower = word.toLowerCase();
  if (/[бвгджзклмнпрстфхцчшщ](а|у|ом|ем|е)$/.test(lower) && word.length > 4) return word.replace(/(а|у|ом|ем|е)$/, '');
  if (/[бвгджзклмнпрстфхцчшщ][ыи]$/.test(lower) && !/[кгх]и$/.test(lower)) return word.slice(0, -1) + 'а';
  if (/ю$/.test(lower) || /я$/.test(lower)) return word.slice(0, -1) + 'й';
  return word;
}

function restoreCase(original: string, lowered: string): string {
  return original[0] === original[0]?.toUpperCase() ? lowered.charAt(0).toUpperCase() + lowered.slice(1) : lowered;
}

const MALE_PATRONYMIC = /^(\p{Lu}\p{Ll}+(?:ович|евич|ьич))(?:а|у|ем|е)?$/u;
const FEMALE_PATRONYMIC = /^(\p{Lu}\p{Ll}+(?:овн|евн|ичн))(?:а|ы|е|у|ой)$/u;

/** The nominative of a patronymic («Николаевичу» → «Николаевич»), or undefined if it is not one. */
export function patronymicLemma(word: string): { lemma: string; gender: Gender } | undefined {
  // Both patterns need «ич», «вн» or «чн»: the Unicode-class regexes, asked of every word of a
  // run of capitals, were the Russian rules' largest line in the parse worker's profile.
  if (!word.includes('ич') && !word.includes('вн') && !word.includes('чн')) return undefined;
  const male = MALE_PATRONYMIC.exec(word);
  if (male?.[1]) return { lemma: male[1], gender: 'm' };
  const female = FEMALE_PATRONYMIC.exec(word);
  if (female?.[1]) return { lemma: female[1] + 'а', gender: 'f' };
  return undefined;
}
