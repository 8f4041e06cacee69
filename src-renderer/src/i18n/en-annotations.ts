// English strings of the annotations feature, spread into en.ts (kept apart so features edit their own file).
export const enAnnotations = {} as const;
