// Russian strings of the results timeline, spread into ru.ts; en-timeline.ts has the keys.
import type { Messages } from './messages';
import type { enTimeline } from './en-timeline';

export const ruTimeline: Pick<Messages, keyof typeof enTimeline> = {
  timelineLabel: 'Результаты по датам',
  'timelineBy.day': 'Результаты по дням',
  'timelineBy.week': 'Результаты по неделям',
  'timelineBy.month': 'Результаты по месяцам',
  timelineSummary: '{by}, с {from} по {to}: с датой — {dated}, без даты — {undated}',
  timelineUndated: { one: '{n} без даты', few: '{n} без даты', many: '{n} без даты', other: '{n} без даты' },
  timelineHint:
    'Протяните мышью по столбцам, чтобы искать в этих датах. С клавиатуры: стрелки — перейти, Shift+стрелки — расширить, Enter — искать, Escape — сбросить.',
  timelinePeriod: 'Период',
  timelineCount: 'Результаты',
  timelineUndatedRow: 'Без даты',
  timelineBucket: {
    one: '{period}: {n} результат',
    few: '{period}: {n} результата',
    many: '{period}: {n} результатов',
    other: '{period}: {n} результата',
  },
  timelineRange: 'Даты: {from} – {to}',
  timelineClear: 'Сбросить даты',
  timelineOpen: 'Открытая статья: {date}',
};
