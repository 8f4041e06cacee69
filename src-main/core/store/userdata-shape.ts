// What userdata.json must hold to be read as the user's work (issue 16, finding 8). A
// file of `{}` or `[]` is valid JSON, and was taken for an empty store and copied over
// the last good copy, so the user's work was gone from both; `{"version":2}` and records
// that are not objects crashed the start. Such a file is now set aside like a corrupt one.
// The check is of structure only (each field's type), never of values: settings and UI
// state are checked field by field later (settings.ts), and a value a later version
// allows must not cost a user their file.
import { z } from 'zod';

const isText = (v: unknown): v is string => typeof v === 'string';
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTextList = (v: unknown): boolean => Array.isArray(v) && v.every(isText);

function isAnnotation(a: unknown): boolean {
  if (!isMap(a) || !isMap(a.anchor)) return false;
  const { start, end, quote, prefix, suffix } = a.anchor;
  return (
    [a.id, a.color, a.note, a.placement, a.createdAt, a.updatedAt, quote, prefix, suffix].every(isText) &&
    typeof start === 'number' &&
    typeof end === 'number'
  );
}

const isLink = (v: unknown): boolean =>
  isMap(v) &&
  [v.path, v.title, v.contentHash].every(isText) &&
  (v.recordIndex === undefined || typeof v.recordIndex === 'number');

/**
 * One article's record (ArticleUserRecord), checked by hand rather than by a zod object:
 * over the 20,000 records of the 100k bench, the whole check took 55–125 ms of every start
 * with a zod object per record, and takes 13–50 ms with this (the first run the slowest).
 */
function isArticleRecord(r: unknown): boolean {
  if (!isMap(r) || !isTextList(r.tags) || !isTextList(r.sourceTags) || !isText(r.note) || !isText(r.updatedAt))
    return false;
  if (r.anchoredTo !== null && !isText(r.anchoredTo)) return false;
  if (r.link !== null && !isLink(r.link)) return false;
  return Array.isArray(r.annotations) && r.annotations.every(isAnnotation);
}

const articleRecord = z.custom<unknown>(isArticleRecord, {
  message: 'not an article record (tags, note, annotations, anchoredTo, link, sourceTags, updatedAt)',
});

const tagRecord = z.looseObject({ name: z.string(), color: z.string(), createdAt: z.string() });

/**
 * The shape of each version this app reads, before it is migrated. Add the next one with
 * its migration (migrations.ts). Version 1 held maps nothing wrote, kept as they are.
 */
const SHAPES: Record<number, z.ZodType> = {
  1: z.looseObject({ version: z.literal(1) }),
  2: z.looseObject({
    version: z.literal(2),
    tags: z.record(z.string(), tagRecord),
    articles: z.record(z.string(), articleRecord),
    // `settings` and `ui` are not checked here but field by field on load (settings.ts): a bad one is reset, not the file set aside.
    journalSeq: z.number().int().min(0).optional(),
  }),
};

/**
 * Why `raw` (the parsed file) is not user data of a version this app reads, or null when
 * it is. A version newer than the app's passes: migrate() refuses it with its own error,
 * and the file is left alone for the newer app.
 */
export function userDataShapeProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return `it holds ${Array.isArray(raw) ? 'a list' : String(raw === null ? null : typeof raw)}, not a key: value map`;
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'it has no schema version';
  const shape = SHAPES[version];
  if (!shape) return null;
  const parsed = shape.safeParse(raw);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.length > 0 ? `at ${issue.path.join('.')}` : 'at the top'}: ${issue.message}`;
}
