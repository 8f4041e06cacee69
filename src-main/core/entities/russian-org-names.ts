// Russian organisation names in the nominative, so one organisation is one name whatever
// case the sentence put it in (issue 19, part 2 follow-up): «Министерства обороны»,
// «Министерству обороны» and «Министерством обороны» are «Министерство обороны»;
// «Государственной думы» is «Государственная дума». Two kinds of rule:
//   - an institution named by a head noun the rules know (ORG_HEADS below) is put in the
//     nominative by its declension, with the adjectives before it; what follows the head
//     (a genitive tail: обороны, иностранных дел, США) stays as written;
//   - any other name (a quoted brand: «Газпрома», «Единой России») has only candidate
//     nominatives, taken when that form is also seen (joinOrgForms): the same ending is
//     a case of one name (Газпрома → Газпром) and the nominative of another (Правда).

/** Nominative, then the ending its oblique forms replace and the endings that replace it. */
type Declension = [gender: 'm' | 'f' | 'n', drop: string, endings: readonly string[]];

const DECLENSIONS: [RegExp, Declension][] = [
  [/ие$/u, ['n', 'е', ['я', 'ю', 'ем', 'и']]],
  [/о$/u, ['n', 'о', ['а', 'у', 'ом', 'е']]],
  [/ия$/u, ['f', 'я', ['и', 'ю', 'ей']]],
  [/ея$/u, ['f', 'я', ['и', 'е', 'ю', 'ей']]],
  [/[жшчщ]а$/u, ['f', 'а', ['и', 'е', 'у', 'ей']]],
  [/[гкх]а$/u, ['f', 'а', ['и', 'е', 'у', 'ой']]],
  [/а$/u, ['f', 'а', ['ы', 'е', 'у', 'ой']]],
  [/ь$/u, ['m', 'ь', ['я', 'ю', 'ем', 'е']]],
  [/й$/u, ['m', 'й', ['я', 'ю', 'ем', 'е']]],
  [/[жшчщц]$/u, ['m', '', ['а', 'у', 'ем', 'е']]],
  [/[бвгдзклмнпрстфх]$/u, ['m', '', ['а', 'у', 'ом', 'е']]],
];

// The head nouns of Russian institutions in wire copy and FactRuEval (russian-phrases.ts
// ORG_HEADS and ORG_NOUNS name the same kinds by stem), in the nominative.
const ORG_HEADS = `министерство агентство правительство издательство общество посольство ведомство
  управление движение объединение собрание
  совет комитет суд банк фонд союз театр завод университет институт конгресс сенат парламент
  департамент центр альянс клуб концерн холдинг синод бундестаг кнессет меджлис генштаб
  госдепартамент госдеп евросоюз центробанк минфин минюст минздрав минтранс комбинат архив фронт
  музей лицей кремль пентагон
  дума госдума служба палата прокуратура генпрокуратура партия комиссия еврокомиссия академия
  ассамблея организация компания корпорация федерация ассоциация администрация мэрия лига биржа
  фабрика школа гимназия больница полиция армия коллегия инспекция`;

interface Head {
  nominative: string;
  gender: Declension[0];
}

/** Every oblique form of a head noun (lower case) → its nominative and gender. */
const HEAD_FORMS: ReadonlyMap<string, Head> = (() => {
  const forms = new Map<string, Head>();
  for (const nominative of ORG_HEADS.split(/\s+/u).filter(Boolean)) {
    const rule = DECLENSIONS.find(([pattern]) => pattern.test(nominative));
    if (!rule) continue;
    const [gender, drop, endings] = rule[1];
    const stem = nominative.slice(0, nominative.length - drop.length);
    for (const ending of endings) if (!forms.has(stem + ending)) forms.set(stem + ending, { nominative, gender });
  }
  return forms;
})();

// Adjectives whose masculine nominative is stressed -ой (Большой театр, Городской суд, Мировой банк).
const STRESSED_ENDING = /(?:больш|молод|миров|морск|городск|областн|краев|окружн|рабоч)$/u;

/** The adjective's nominative agreeing with a head of `gender`; null when the word is no oblique adjective. */
function adjectiveNominative(word: string, gender: Head['gender']): string | null {
  const lower = word.toLowerCase();
  if (gender === 'f') {
    const m = /^(.+?)(ой|ей|ую|юю)$/u.exec(lower);
    if (!m) return null;
    const soft = (m[2] === 'ей' || m[2] === 'юю') && !/[жшчщ]$/u.test(m[1]!);
    return withCase(word, m[1]! + (soft ? 'яя' : 'ая'));
  }
  const m = /^(.+?)(ого|его|ому|ему|ым|им|ом|ем)$/u.exec(lower);
  if (!m) return null;
  const soft = m[2]!.startsWith('е') || m[2] === 'им';
  if (gender === 'n') return withCase(word, m[1]! + (soft ? 'ее' : 'ое'));
  if (STRESSED_ENDING.test(m[1]!)) return withCase(word, `${m[1]!}ой`);
  const ii = soft || /[гкхжшчщ]$/u.test(m[1]!);
  return withCase(word, m[1]! + (ii ? 'ий' : 'ый'));
}

/** `lowered` with `original`'s first letter's case: Министерства → Министерство, ГОСДУМЫ stays in capitals. */
function withCase(original: string, lowered: string): string {
  if (original === original.toUpperCase()) return lowered.toUpperCase();
  return original[0] === original[0]!.toUpperCase() ? lowered[0]!.toUpperCase() + lowered.slice(1) : lowered;
}

/**
 * The nominative of an organisation named by a head noun the rules know, in any case,
 * with up to two adjectives before it: «Министерству иностранных дел» → «Министерство
 * иностранных дел», «Верховного суда России» → «Верховный суд России». Any other name,
 * or one already in the nominative, comes back as it is.
 */
export function orgHeadNominative(name: string): string {
  const words = name.split(' ');
  for (let h = 0; h < Math.min(words.length, 3); h++) {
    const head = HEAD_FORMS.get(words[h]!.toLowerCase());
    if (!head) continue;
    const adjectives = words.slice(0, h).map((w) => adjectiveNominative(w, head.gender));
    if (adjectives.some((a) => a === null)) return name;
    return [...(adjectives as string[]), withCase(words[h]!, head.nominative), ...words.slice(h + 1)].join(' ');
  }
  return name;
}

// Endings of an oblique form and what its nominative may end in instead, for names the rules
// do not know (a nominative is taken only when seen: joinOrgForms).
const CANDIDATE_ENDINGS: [RegExp, string[]][] = [
  [/ии$/u, ['ия']],
  [/ию$/u, ['ия']],
  [/ией$/u, ['ия']],
  [/(?<=[бвгдзклмнпрстфхжшчщц])(а|у|ом|ем|е)$/u, ['', 'о']],
  [/(?<=[бвгдзклмнпрстфхжшчщц])(ы|и|е|у|ой|ей)$/u, ['а']],
  [/(?<=[бвгдзклмнпрстфхжшчщц])и$/u, ['ь']],
  [/(я|ю|ем|е)$/u, ['ь', 'й']],
  [/(ой|ей)$/u, ['ая', 'ый', 'ий', 'ое']],
  [/(ого|ому|ым|ом)$/u, ['ый', 'ий', 'ой', 'ое']],
  [/(его|ему|им|ем)$/u, ['ий', 'ее']],
  [/(ую)$/u, ['ая']],
];

/** The forms a word's nominative may take, the word itself first. */
function wordCandidates(word: string): string[] {
  const out = [word];
  for (const [pattern, replacements] of CANDIDATE_ENDINGS)
    if (pattern.test(word)) for (const r of replacements) out.push(word.replace(pattern, r));
  return [...new Set(out)];
}

const CYRILLIC_WORD = /^[А-ЯЁа-яё-]+$/u;

const ADJECTIVE_CASE = /(?:ой|ей|ого|его|ому|ему|ым|им|ом|ем|ую|юю)$/u;

/**
 * The nominatives a Russian name of one or two words may be a case of; none for any other
 * (a third word makes hundreds of candidates for each name of an archive). Both words of two
 * change together only after an adjective («Единой России»); otherwise one or the other
 * («Банка Развития»), which keeps an archive's 15k Russian names to a few candidates each.
 */
export function nominativeCandidates(name: string): string[] {
  // In lower case: callers compare them by a case-folding key.
  const lower = name.toLowerCase();
  const words = lower.split(' ');
  if (words.length > 2 || !words.every((w) => CYRILLIC_WORD.test(w))) return [];
  const [first, second] = words as [string, string?];
  if (second === undefined) return wordCandidates(first).slice(1);
  const firsts = wordCandidates(first);
  const seconds = wordCandidates(second);
  const both = ADJECTIVE_CASE.test(first) ? firsts.flatMap((a) => seconds.map((b) => `${a} ${b}`)) : [];
  const out = [...firsts.map((a) => `${a} ${second}`), ...seconds.map((b) => `${first} ${b}`), ...both];
  return [...new Set(out)].filter((n) => n !== lower);
}

/**
 * Which of `names` are a case of another of them: «Газпрома» of «Газпром» when both are
 * seen. Keys are the oblique names as given; `keyOf` folds case, so «ГАЗПРОМА» meets «Газпром».
 */
export function joinOrgForms(names: Iterable<string>, keyOf: (name: string) => string): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(keyOf(name))) byKey.set(keyOf(name), name);
  const direct = new Map<string, string>();
  for (const [key, name] of byKey) {
    for (const candidate of nominativeCandidates(name)) {
      const seen = byKey.get(keyOf(candidate));
      if (seen !== undefined && keyOf(candidate) !== key) {
        direct.set(name, seen);
        break;
      }
    }
  }
  // A nominative that is itself a candidate case of a third name follows the chain, once round at most.
  const joined = new Map<string, string>();
  for (const [name, target] of direct) {
    let end = target;
    for (let hops = 0; direct.has(end) && hops < direct.size && direct.get(end) !== name; hops++)
      end = direct.get(end)!;
    joined.set(name, end);
  }
  for (const name of names) {
    const first = byKey.get(keyOf(name))!;
    if (first !== name && joined.has(first)) joined.set(name, joined.get(first)!);
  }
  return joined;
}

/**
 * The name an archive's organisations are counted under: a known head noun in the
 * nominative (for articles stored before the rule), and a case of a name the archive also
 * holds in the nominative as that name. `names` are every organisation name of the archive;
 * the answer takes any of them, or another spelling of one (ГАЗПРОМА), through `keyOf`.
 */
export function orgNominatives(names: Iterable<string>, keyOf: (name: string) => string): (name: string) => string {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = keyOf(name);
    if (!byKey.has(key)) byKey.set(key, orgHeadNominative(name));
  }
  const joined = joinOrgForms(byKey.values(), keyOf);
  return (name) => {
    const headed = byKey.get(keyOf(name)) ?? orgHeadNominative(name);
    return joined.get(headed) ?? headed;
  };
}
