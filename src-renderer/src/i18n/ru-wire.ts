// Russian strings of agency copy, spread into ru.ts; en-wire.ts has the keys.
import type { Messages } from './messages';
import type { enWire } from './en-wire';

export const ruWire: Pick<Messages, keyof typeof enWire> = {
  metaByline: 'Автор',
  metaDateTime: 'Время',
  metaLocalTime: 'По вашему времени: {time}',
  metaSlugline: 'Слаглайн',
  metaUrgency: 'Срочность',
  metaUrgencyHint: 'Как её оценивает агентство, 1 — самое срочное',
  metaVersion: 'Версия',
  metaSubjects: 'Темы',

  bannerWithdrawn: 'Отозвано агентством',
  bannerWithdrawnHint: 'Агентство отозвало или отменило это сообщение: его не следует использовать.',
  bannerWithheld: 'Задержано агентством',
  bannerCorrection: 'Исправление',
  bannerEmbargoed: 'Эмбарго до {time}',
  bannerEmbargoedUntimed: 'Под эмбарго',
  bannerEmbargoLifted: 'Эмбарго снято {time}',

  versionsHeading: 'Версии ({n})',
  versionName: 'Версия {version}',
  versionShown: 'открыта',
  versionTimeUnknown: 'время неизвестно',
  earlierVersion: 'Более ранняя версия — новая: {link}',
  showChanges: 'Показать изменения',
  diffHeading: 'Изменения от версии {from} к версии {to}',
  diffLegend: 'Удалённые слова зачёркнуты, добавленные подчёркнуты.',
  diffNone: 'Текст не изменился.',
  diffGone: 'Изменения показать нельзя: одной из версий больше нет в архиве.',
  diffFailed: 'Не удалось загрузить изменения: {error}',

  rowVersions: { one: '{n} версия', few: '{n} версии', many: '{n} версий', other: '{n} версии' },
  rowWithdrawn: 'Отозвано',

  facetStatus: 'Статус',
  'status.usable': 'Без ограничений',
  'status.embargoed': 'Под эмбарго',
  'status.correction': 'Исправление',
  'status.withheld': 'Задержано',
  'status.canceled': 'Отозвано',
} as const;
