// Russian strings of the names articles mention, spread into ru.ts; en-mentions.ts has the keys.
import type { Messages } from './messages';
import type { enMentions } from './en-mentions';

export const ruMentions: Pick<Messages, keyof typeof enMentions> = {
  facetPerson: 'Упомянутые люди',
  facetOrg: 'Упомянутые организации',
  facetLocation: 'Упомянутые места',
  mentionsLabel: 'Имена в статье',
  mentionsPerson: 'Люди',
  mentionsOrg: 'Организации',
  mentionsPlace: 'Места',
  mentionFilterHint: {
    one: 'Упомянуто {n} раз · показать статьи, где оно упомянуто',
    few: 'Упомянуто {n} раза · показать статьи, где оно упомянуто',
    many: 'Упомянуто {n} раз · показать статьи, где оно упомянуто',
    other: 'Упомянуто {n} раза · показать статьи, где оно упомянуто',
  },
};
