// Russian strings of the tags feature, spread into ru.ts; en-tags.ts has the keys.
import type { Messages } from './messages';
import type { enTags } from './en-tags';

export const ruTags: Pick<Messages, keyof typeof enTags> = {};
