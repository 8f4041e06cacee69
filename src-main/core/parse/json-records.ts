import { parseDateline, type Dateline } from './dateline';
import type { DraftRecord } from './draft';
import { readJsonBody } from './json-body';
import { looksLikeDispatch, readJsonFields, type JsonFields } from './json-fields';

type JsonObject = Record<string, unknown>;

/** The dispatch objects a parsed JSON value holds, plus notes on items that were skipped. */
export interface JsonItems {
  objects: JsonObject[];
  /** Each object's position in its array, so skipped items do not renumber the rest. */
  indexes: number[];
  skipped: string[];
}

/**
 * Finds the records in a parsed JSON value: an array of objects, a wrapper object with one
 * array of objects (`{ "articles": [...] }`), or a single object that is itself a dispatch.
 */
export function findJsonItems(value: unknown, label = 'item'): JsonItems {
  if (Array.isArray(value)) return fromArray(value, label);
  if (!isObject(value)) return { objects: [], indexes: [], skipped: [] };
  if (looksLikeDispatch(value)) return { objects: [value], indexes: [0], skipped: [] };
  const arrays = Object.entries(value).filter(
    (entry): entry is [string, unknown[]] => Array.isArray(entry[1]) && entry[1].some(isObject),
  );
  const only = arrays.length === 1 ? arrays[0] : undefined;
  return only ? fromArray(only[1], `${only[0]}[]`) : { objects: [], indexes: [], skipped: [] };
}

function fromArray(items: unknown[], label: string): JsonItems {
  const objects: JsonObject[] = [];
  const indexes: number[] = [];
  const skipped: string[] = [];
  items.forEach((item, index) => {
    if (isObject(item) && looksLikeDispatch(item)) {
      objects.push(item);
      indexes.push(index);
    } else skipped.push(`${label} ${index + 1} skipped: not an object with a title or text`);
  });
  return { objects, indexes, skipped };
}

/**
 * Every record carries the file's notes, so they are capped: a file of 100,000 records and
 * as many skipped items gave each record every note, 10^10 warnings (audit finding 1).
 */
const MAX_NOTES = 20;

/** One draft per dispatch object; `notes` (skipped items, bad lines) go on every record, the first few of them. */
export function draftsFromObjects(objects: JsonObject[], notes: string[], indexes?: number[]): DraftRecord[] {
  const shown =
    notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES), `and ${notes.length - MAX_NOTES} more skipped`] : notes;
  return objects.map((obj, i) => {
    const draft = draftFromObject(obj, shown);
    if (indexes?.[i] !== undefined) draft.sourceIndex = indexes[i];
    return draft;
  });
}

function draftFromObject(obj: JsonObject, notes: string[]): DraftRecord {
  const fields = readJsonFields(obj);
  const body = fields.body === null ? null : readJsonBody(fields.body);
  const dateline = fields.dateline === null ? null : readDatelineField(fields.dateline);
  const draft: DraftRecord = {
    title: fields.title ?? '',
    date: fields.date,
    place: fields.place ?? dateline?.place ?? body?.place ?? null,
    agency: fields.agency ?? dateline?.agency ?? body?.agency ?? null,
    signature: fields.signature ?? body?.signature ?? null,
    paragraphs: body?.paragraphs ?? [],
    related: [],
    warnings: [...fieldWarnings(fields), ...notes],
  };
  if (fields.tags) draft.tags = fields.tags;
  if (fields.language) draft.languageHint = fields.language.toLowerCase();
  return draft;
}

// A `dateline` field states place (and maybe agency); when it is not in a recognised
// dateline form it is still the place the source names.
function readDatelineField(value: string): Dateline {
  return parseDateline(value) ?? { place: value, agency: null };
}

function fieldWarnings(fields: JsonFields): string[] {
  const warnings: string[] = [];
  if (fields.swapped) warnings.push('title and date were stored under each other\u2019s keys; swapped back');
  if (fields.rawDate !== null && fields.date === null) warnings.push(`date not recognised: "${fields.rawDate}"`);
  return warnings;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
