// The JSON export's shape, which is also the backup format. One zod schema serves both
// sides: json.ts writes a BackupFile (so the compiler checks the writer against it) and
// restore reads a file through it. A backup may come from anyone, so every field is
// checked and bounded, the way the IPC contract checks what the renderer sends.
import { z } from 'zod';
import { DISPATCH_STATUSES } from '../../contract/archive';
import { EXPORT_FILE_FORMAT } from '../../contract/export';
import type { DispatchFormat } from '../../contract/records';
import {
  HIGHLIGHT_COLORS,
  MAX_NOTE_LENGTH,
  MAX_TAG_LENGTH,
  TAG_COLORS,
  normalizeTagName,
} from '../../contract/userdata';
import { ENTITY_TYPES } from '../entities/entity-types';
import { MAX_STORED_ENTITIES } from '../record-entities';

// Record<DispatchFormat, …> so adding a format to the contract fails to compile until it is listed here.
const FORMATS: Record<DispatchFormat, true> = {
  text: true,
  markdown: true,
  html: true,
  json: true,
  jsonl: true,
  csv: true,
  sgml: true,
  trec: true,
  feed: true,
  mhtml: true,
  pdf: true,
  docx: true,
  odt: true,
  nitf: true,
  newsml12: true,
  newsmlg2: true,
  ninjs: true,
  anpa1312: true,
  iptc7901: true,
  email: true,
  mbox: true,
  wxr: true,
};
const FORMAT_NAMES = Object.keys(FORMATS) as [DispatchFormat, ...DispatchFormat[]];

/** A note merged from two archives may pass the 100,000 characters one edit allows; a backup keeps it whole. */
const MAX_TEXT = 10_000_000;
/**
 * Caps on what one backup record may hold (audit finding 7: nothing was capped, and one
 * crafted file kept a restore busy for good). Each is far past what the app writes, so
 * only a file made by hand meets it; that record is refused with its reason and the rest
 * restores. Context and quote as the IPC contract takes them back from the renderer
 * (contract/ipc.ts: context 200, quote MAX_NOTE_LENGTH); the app itself writes 32
 * characters of context (annotations/anchor.ts CONTEXT_LENGTH).
 */
export const MAX_BACKUP_CONTEXT = 200;
/** Highlights on one article: a heavily worked article has dozens; each costs a re-anchoring when the text differs. */
export const MAX_BACKUP_ANNOTATIONS = 1_000;
/** Tags on one article: a few in practice. */
export const MAX_BACKUP_ARTICLE_TAGS = 500;
/** Tag colours in the file: one per tag in the archive. Past it, the rest are refused in one reason (restore-read.ts). */
export const MAX_BACKUP_TAGS = 50_000;
/**
 * Source files of one article (the files it was found in), and its related links and
 * parse warnings: a handful each. Sources are compared pairwise when restored.
 */
export const MAX_BACKUP_SOURCES = 1_000;
const MAX_BACKUP_LIST = 10_000;

const atMost = (what: string, max: number): string =>
  `a backup article holds at most ${max.toLocaleString('en')} ${what}`;
const text = z.string().max(MAX_TEXT);
const shortText = z.string().max(10_000);
const isoTime = z.iso.datetime({ offset: true });

/** A tag as stored: its canonical spelling, or the record is refused. */
export const backupTagName = z
  .string()
  .max(MAX_TAG_LENGTH * 4)
  .transform((raw, ctx) => {
    const name = normalizeTagName(raw);
    if (name === null) {
      ctx.addIssue({ code: 'custom', message: `"${raw.slice(0, 40)}" is not a tag name` });
      return z.NEVER;
    }
    return name;
  });

const sourceRef = z.object({
  path: z.string().min(1).max(4096),
  format: z.enum(FORMAT_NAMES),
  encoding: z.string().max(64),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 hex digits'),
  size: z.number().int().min(0),
  mtime: z.string().max(64),
  recordIndex: z.number().int().min(0).optional(),
});

const annotation = z.object({
  id: z.string().regex(/^[0-9a-f-]{8,64}$/, 'an annotation id is a UUID'),
  color: z.enum(HIGHLIGHT_COLORS),
  note: text,
  anchor: z.object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: z.string().min(1).max(MAX_NOTE_LENGTH),
    prefix: z.string().max(MAX_BACKUP_CONTEXT),
    suffix: z.string().max(MAX_BACKUP_CONTEXT),
  }),
  placement: z.enum(['created', 'position', 'quote', 'fuzzy', 'orphaned']),
  createdAt: isoTime,
  updatedAt: isoTime,
});

/** What agency copy states (contract/records.ts WireFields); absent in backups made before them. */
const wireFields = {
  byline: shortText.optional(),
  dateTime: z.string().max(64).optional(),
  subjects: z.array(shortText).max(MAX_BACKUP_LIST, atMost('subjects', MAX_BACKUP_LIST)).optional(),
  urgency: z.number().int().min(0).max(99).optional(),
  slugline: shortText.optional(),
  guid: shortText.optional(),
  version: shortText.optional(),
  versionCreated: z.string().max(64).optional(),
  status: z.enum(DISPATCH_STATUSES).optional(),
  embargo: z.string().max(64).optional(),
  correctionNote: text.optional(),
};

/** The names the article mentions (contract/records.ts entities); absent in backups made before them. */
const entities = z
  .array(z.object({ type: z.enum(ENTITY_TYPES), name: shortText.min(1), count: z.number().int().min(1) }))
  .max(MAX_STORED_ENTITIES, atMost('entities', MAX_STORED_ENTITIES))
  .optional();

export const backupArticle = z
  .object({
    ...wireFields,
    entities,
    id: z.string().regex(/^[0-9a-f]{16}$/, 'an article id is 16 hex digits'),
    title: shortText,
    date: z.iso.date().nullable(),
    place: shortText.nullable(),
    agency: shortText.nullable(),
    language: z.string().min(1).max(16),
    signature: shortText.nullable(),
    paragraphs: z.array(text),
    related: z
      .array(z.object({ title: shortText, excerpt: text }))
      .max(MAX_BACKUP_LIST, atMost('related links', MAX_BACKUP_LIST))
      .default([]),
    source: sourceRef,
    sources: z.array(sourceRef).max(MAX_BACKUP_SOURCES, atMost('source files', MAX_BACKUP_SOURCES)).default([]),
    warnings: z.array(shortText).max(MAX_BACKUP_LIST, atMost('warnings', MAX_BACKUP_LIST)).default([]),
    missing: z.boolean().default(false),
    tags: z.array(backupTagName).max(MAX_BACKUP_ARTICLE_TAGS, atMost('tags', MAX_BACKUP_ARTICLE_TAGS)).default([]),
    note: text.default(''),
    annotations: z
      .array(annotation)
      .max(MAX_BACKUP_ANNOTATIONS, atMost('highlights', MAX_BACKUP_ANNOTATIONS))
      .default([]),
  })
  .refine((a) => a.annotations.every((n) => n.anchor.start < n.anchor.end), {
    message: 'an annotation ends before it starts',
    path: ['annotations'],
  });

export type BackupArticle = z.output<typeof backupArticle>;

export const backupTag = z.object({ name: backupTagName, color: z.enum(TAG_COLORS) });
export type BackupTag = z.output<typeof backupTag>;

/**
 * The file's frame. Articles and tags are checked one by one after it (restore.ts), so one
 * bad record is refused with its reason while the rest restores.
 */
export const backupFrame = z.object({
  format: z.literal(EXPORT_FILE_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string().max(64),
  title: z.string().max(10_000),
  filter: z.string().max(10_000).nullable(),
  tags: z.array(z.unknown()).default([]),
  articles: z.array(z.unknown()),
});

/** What json.ts writes: the frame with every record in its checked form. */
export interface BackupFile extends Omit<z.input<typeof backupFrame>, 'tags' | 'articles'> {
  tags: z.input<typeof backupTag>[];
  articles: z.input<typeof backupArticle>[];
}

/** A zod error as one line: `annotations.0.anchor.quote: Too small…; title: …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'record'}: ${i.message}`)
    .join('; ');
}
