// One bench file from one template: the template's own format and encoding, a new date in
// the format's own spelling (dateline, header field, metadata), one sentence swapped for
// one from another article of the same language, and one number changed.
import Papa from 'papaparse';
import { csvFile, pick, varyText, type Rng, type Template } from './corpus-templates';
import { documentVariant } from './corpus-documents';
import { wireVariant, type WireTemplate } from './corpus-wire';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const mon = (d: Date): string => MONTHS[d.getUTCMonth()]!.slice(0, 3);
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const compactDay = (d: Date): string => isoDay(d).replaceAll('-', '');

export interface Variant {
  /** Path relative to the corpus root: agency/year/month/name. */
  path: string;
  bytes: Buffer;
}

export interface VariantInput {
  template: Template;
  index: number;
  date: Date;
  donor: string | null;
  rng: Rng;
}

export function variant({ template: t, index, date, donor, rng }: VariantInput): Variant {
  const vary = (region: string): string => varyText(region, donor, rng, t.latin1);
  // Agency files keep their own dates (each format spells them its own way, some several times).
  const text =
    t.kind === 'wire'
      ? wireVariant(t as WireTemplate, index, donor, rng)
      : t.kind === 'pdf' || t.kind === 'feed'
        ? documentVariant(t, index, date, donor, rng)
        : RENDER[t.kind](t.text, date, vary, rng);
  const base = t.kind === 'trec' ? t.base.replace(/\d{8}$/, compactDay(date)) : t.base;
  const path = `${t.agency}/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${base}-${index}.${t.ext}`;
  return { path, bytes: Buffer.from(text, t.latin1 ? 'latin1' : 'utf8') };
}

type Render = (text: string, date: Date, vary: (region: string) => string, rng: Rng) => string;

/** Rewrites the inside of the first match of `re`, whose groups are (open)(inside)(close). */
function inside(text: string, re: RegExp, fn: (inner: string) => string): string {
  return text.replace(re, (_all, open: string, inner: string, close: string) => open + fn(inner) + close);
}

const RENDER: Record<Exclude<Template['kind'], 'wire' | 'pdf' | 'feed'>, Render> = {
  // bbc/ and factrueval/ state no date: the file's mtime (set by the writer) is the only one.
  text: (text, _date, vary) => {
    const cut = text.indexOf('\n');
    return cut < 0 ? vary(text) : text.slice(0, cut) + vary(text.slice(cut));
  },
  trec: (text, date, vary) => {
    const out = inside(text, /(<TEXT>)([\s\S]*?)(<\/TEXT>)/, vary);
    return inside(out, /(<TIME>)([^<]*)(<\/TIME>)/, (time) => trecTime(time, date)).replace(
      /\d{8}(?=<\/DOCNO>)/,
      compactDay(date),
    );
  },
  sgml: (text, date, vary) => {
    const body = /<BODY>/.test(text)
      ? /(<BODY>)([\s\S]*?)((?:\s*Reuter\s*)?&#3;|<\/BODY>)/
      : /(<\/TITLE>)([\s\S]*?)(&#3;)/;
    const out = inside(text, body, vary).replace(
      /(<DATE>\s*)\d{1,2}-[A-Z]{3}-\d{4}/,
      (_all, open: string) => `${open}${date.getUTCDate()}-${mon(date).toUpperCase()}-${date.getUTCFullYear()}`,
    );
    return inside(out, /(<DATELINE>)([^<]*)(<\/DATELINE>)/, (line) =>
      line.replace(
        /\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/,
        `${mon(date)} ${date.getUTCDate()}`,
      ),
    );
  },
  // sana/sanasyria.json: `title` holds the date (`11 September، 2017`), `date` the headline.
  json: (text, date, vary) => {
    const [item] = JSON.parse(text) as Record<string, unknown>[];
    const out: Record<string, unknown> = { ...item };
    if (typeof out.text === 'string') out.text = vary(out.text);
    if (typeof out.title === 'string' && /^\d{1,2} \p{L}+\u060c \d{4}$/u.test(out.title)) {
      out.title = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}\u060c ${date.getUTCFullYear()}`;
    }
    return `[\n${JSON.stringify(out)}\n]\n`;
  },
  // fa-kes/input/fakes.csv: `date` is m/d/yy.
  csv: (text, date, vary) => {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
    const row = { ...parsed.data[0]! };
    if (row.article_content !== undefined) row.article_content = vary(row.article_content);
    if (row.date !== undefined)
      row.date = `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${pad(date.getUTCFullYear() % 100)}`;
    return csvFile(parsed.meta.fields ?? [], row);
  },
  html: (text, date, vary, rng) => {
    const paragraphs = [...text.matchAll(/<p>([^<]{30,})<\/p>/g)];
    let out = text;
    if (paragraphs.length) {
      const p = pick(rng, paragraphs);
      out = `${text.slice(0, p.index! + 3)}${vary(p[1]!)}${text.slice(p.index! + 3 + p[1]!.length)}`;
    }
    out = out.replace(/\d{4}-\d{2}-\d{2}(?=T)/g, isoDay(date));
    return out.replace(/>\d{1,2} [A-Z][a-z]{2} \d{4}/g, `>${date.getUTCDate()} ${mon(date)} ${date.getUTCFullYear()}`);
  },
};

// ant-multisource: RFC 822 (`Sun, 25 Feb 2018 10:11:12 GMT`); ant-jawharafm: ISO 8601 or dd/mm/yyyy.
function trecTime(time: string, date: Date): string {
  if (/^\s*\w{3}, \d{1,2} \w{3} \d{4}/.test(time)) {
    return time.replace(
      /\w{3}, \d{1,2} \w{3} \d{4}/,
      `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${mon(date)} ${date.getUTCFullYear()}`,
    );
  }
  if (/\d{4}-\d{2}-\d{2}/.test(time)) return time.replace(/\d{4}-\d{2}-\d{2}/, isoDay(date));
  return time.replace(
    /\d{2}\/\d{2}\/\d{4}/,
    `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`,
  );
}
