// Russian strings of the annotations feature, spread into ru.ts; en-annotations.ts has the keys.
import type { Messages } from './messages';
import type { enAnnotations } from './en-annotations';

export const ruAnnotations: Pick<Messages, keyof typeof enAnnotations> = {};
