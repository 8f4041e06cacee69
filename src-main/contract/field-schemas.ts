// The schemas of the values channels take (ids, paths, tags, notes, annotations, queries,
// filters, settings), checked at run time in main. ipc.ts builds each channel's
// argument schema from these.
import { z } from 'zod';
import { MAX_FILE_MB, PAPER_SIZES, THEMES, UI_LOCALES } from './archive';
import { FACET_NAMES, type FacetName } from './search';
import { HIGHLIGHT_COLORS, MAX_NOTE_LENGTH, MAX_TAG_LENGTH, normalizeTagName } from './userdata';
import { DATE_RANGE } from './timeline';

export const articleId = z.string().regex(/^[0-9a-f]{16}$/, 'an article id is 16 hex digits');
export const folderPath = z.string().min(1, 'a folder path is required').max(4096);

/** Every settable field, each optional: a call changes only what it names. Also validates settings read from disk. */
export const SETTINGS_PATCH = z.strictObject({
  locale: z.enum(UI_LOCALES).nullable().optional(),
  theme: z.enum(THEMES).optional(),
  paperSize: z.enum(PAPER_SIZES).optional(),
  maxFileMb: z.number().int().min(MAX_FILE_MB.min).max(MAX_FILE_MB.max).optional(),
  exportRelated: z.boolean().optional(),
});

export const paneWidth = z.number().int().min(120).max(2000);
export const windowBounds = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
/** Also validates the UI state read from disk. */
export const UI_STATE_PATCH = z.strictObject({
  paneWidths: z.strictObject({ filters: paneWidth, list: paneWidth }).nullable().optional(),
  lastView: z.string().max(10_000).optional(),
  window: windowBounds.nullable().optional(),
});

/** A tag as typed; arrives in main already in its canonical spelling (normalizeTagName). */
export const tagName = z
  .string()
  .max(MAX_TAG_LENGTH * 4)
  .transform((raw, ctx) => {
    const name = normalizeTagName(raw);
    if (name === null) {
      ctx.addIssue({
        code: 'custom',
        message: `a tag name needs 1 to ${MAX_TAG_LENGTH} characters besides spaces and slashes`,
      });
      return z.NEVER;
    }
    return name;
  });
export const noteText = z
  .string()
  .max(MAX_NOTE_LENGTH, `a note is at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`);
export const annotationId = z.string().regex(/^[0-9a-f-]{8,64}$/, 'an annotation id is a UUID');
export const offset = z.number().int().min(0).max(50_000_000);
export const isoTime = z.iso.datetime({ offset: true });
/** An annotation as the renderer hands one back for undo; main checks its anchor against the text again. */
export const annotation = z.strictObject({
  id: annotationId,
  color: z.enum(HIGHLIGHT_COLORS),
  note: noteText,
  anchor: z.strictObject({
    start: offset,
    end: offset,
    quote: z.string().min(1).max(MAX_NOTE_LENGTH),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
  }),
  placement: z.enum(['created', 'position', 'quote', 'fuzzy', 'orphaned']),
  createdAt: isoTime,
  updatedAt: isoTime,
});

/** A search query as typed; the query language is parsed in main (core/search/query.ts). */
export const query = z.string().max(2000, 'a query is at most 2,000 characters');
export const facetValues = z.array(z.string().min(1).max(4096)).max(200);
export const filters = z
  .strictObject({
    ...(Object.fromEntries(FACET_NAMES.map((name) => [name, facetValues.optional()])) as Record<
      FacetName,
      z.ZodOptional<typeof facetValues>
    >),
    date: z.string().regex(DATE_RANGE, 'a date range is YYYY-MM-DD..YYYY-MM-DD').optional(),
  })
  .default({});
