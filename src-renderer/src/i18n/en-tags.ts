// English strings of the tags feature, spread into en.ts (kept apart so features edit their own file).
export const enTags = {} as const;
