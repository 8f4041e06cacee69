// Russian strings of story threads, spread into ru.ts; en-threads.ts has the keys.
import type { Messages } from './messages';
import type { enThreads } from './en-threads';

export const ruThreads: Pick<Messages, keyof typeof enThreads> = {
  threadReports: { one: '{n} сообщение', few: '{n} сообщения', many: '{n} сообщений', other: '{n} сообщения' },
  threadAgencies: { one: '{n} агентство', few: '{n} агентства', many: '{n} агентств', other: '{n} агентства' },
  threadBadgeLabel: 'Сюжет: {reports}, {agencies}',
  collapseThreads: 'Свернуть сюжеты',
  collapseThreadsHint: 'Показывать каждый сюжет один раз, по самому раннему сообщению',
  threadHeading: 'Сюжет: {reports} · {agencies}',
  threadEarliest: 'первое',
  threadShown: 'открыто',
  threadNoAgency: 'агентство не указано',
  threadTimeUnknown: 'время неизвестно',
  compareEarliest: 'Сравнить с первым',
  threadDiffHeading: 'Отличия от первого сообщения ({agency})',
};
