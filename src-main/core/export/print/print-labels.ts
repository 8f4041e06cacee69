// The words the print template adds around the articles, in the export's locale, and
// how it writes dates. Article text is never translated; only these labels are.
import type { UiLocale } from '../../../contract/archive';
import type { DispatchStatus } from '../../../contract/records';
import type { TimelineUnit } from '../../../contract/timeline';

interface PrintLabels {
  date: string;
  place: string;
  agency: string;
  language: string;
  signature: string;
  byline: string;
  dateTime: string;
  status: string;
  statuses: Record<DispatchStatus, string>;
  embargoUntil: string;
  correction: string;
  /** The banner over an article its agency killed or cancelled. */
  withdrawn: string;
  subjects: string;
  slugline: string;
  urgency: string;
  version: string;
  tags: string;
  source: string;
  sources: string;
  sourceMissing: string;
  notes: string;
  notPlaced: string;
  notPlacedExplain: string;
  articleNote: string;
  related: string;
  contents: string;
  filter: string;
  exported: string;
  undated: string;
  /** `Page 3 of 12`, split around the two numbers Chromium fills in. */
  page: [string, string, string];
  articles: (n: number) => string;
  /** The caption of the cover's timeline, by the unit its bars are drawn in. */
  articlesBy: Record<TimelineUnit, string>;
}

const EN: PrintLabels = {
  date: 'Date',
  place: 'Place',
  agency: 'Agency',
  language: 'Language',
  signature: 'Signature',
  byline: 'Byline',
  dateTime: 'Time',
  status: 'Status',
  statuses: {
    usable: 'usable',
    embargoed: 'embargoed',
    correction: 'correction',
    withheld: 'withheld',
    canceled: 'withdrawn (killed or cancelled)',
  },
  embargoUntil: 'Embargoed until',
  correction: 'Correction',
  withdrawn: 'Withdrawn by the agency',
  subjects: 'Subjects',
  slugline: 'Slug',
  urgency: 'Urgency',
  version: 'Version',
  tags: 'Tags',
  source: 'Source',
  sources: 'Sources',
  sourceMissing: 'source file missing from disk',
  notes: 'Notes',
  notPlaced: 'Not placed',
  notPlacedExplain: 'The text changed when the article was imported again; these passages are no longer in it.',
  articleNote: 'Note',
  related: 'Related',
  contents: 'Contents',
  filter: 'Filter',
  exported: 'Exported',
  undated: 'undated',
  page: ['Page ', ' of ', ''],
  articles: (n) => `${n} article${n === 1 ? '' : 's'}`,
  articlesBy: { day: 'Articles by day', week: 'Articles by week', month: 'Articles by month' },
};

const RU_ARTICLES = { one: 'статья', few: 'статьи', many: 'статей', other: 'статьи' } as const;
const ruPlural = new Intl.PluralRules('ru');

const RU: PrintLabels = {
  date: 'Дата',
  place: 'Место',
  agency: 'Агентство',
  language: 'Язык',
  signature: 'Подпись',
  byline: 'Автор',
  dateTime: 'Время',
  status: 'Статус',
  statuses: {
    usable: 'к использованию',
    embargoed: 'под эмбарго',
    correction: 'исправление',
    withheld: 'задержано',
    canceled: 'отозвано (снято агентством)',
  },
  embargoUntil: 'Эмбарго до',
  correction: 'Исправление',
  withdrawn: 'Отозвано агентством',
  subjects: 'Темы',
  slugline: 'Слаг',
  urgency: 'Срочность',
  version: 'Версия',
  tags: 'Теги',
  source: 'Источник',
  sources: 'Источники',
  sourceMissing: 'файла источника больше нет на диске',
  notes: 'Заметки',
  notPlaced: 'Не найдены в тексте',
  notPlacedExplain: 'Текст статьи изменился при повторном импорте, и этих фрагментов в нём больше нет.',
  articleNote: 'Заметка',
  related: 'По теме',
  contents: 'Содержание',
  filter: 'Отбор',
  exported: 'Экспорт',
  undated: 'без даты',
  page: ['Стр. ', ' из ', ''],
  articles: (n) => `${n} ${RU_ARTICLES[ruPlural.select(n) as keyof typeof RU_ARTICLES] ?? RU_ARTICLES.other}`,
  articlesBy: { day: 'Статьи по дням', week: 'Статьи по неделям', month: 'Статьи по месяцам' },
};

export function printLabels(locale: UiLocale): PrintLabels {
  return locale === 'ru' ? RU : EN;
}

/**
 * An article date (`YYYY-MM-DD`) as words: `15 July 2016`, `15 июля 2016 г.`. Read in
 * UTC, since the date names a day, not an instant: no time zone may move it.
 */
export function formatArticleDate(date: string, locale: UiLocale): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

/** The export time in the exporting machine's time zone, as the person who exported it saw the clock. */
export function formatExportTime(iso: string, locale: UiLocale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

/** `ru` → `Russian` / `русский`; the code itself when the runtime has no name for it. */
export function languageName(code: string, locale: UiLocale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
