import { FormatError, type DraftRecord } from './draft';
import { describeSyntaxError } from './json-syntax';
import { draftsFromObjects, findJsonItems } from './json-records';

type JsonObject = Record<string, unknown>;

/**
 * JSON Lines: one record object per line. A line that does not parse is skipped and named
 * in a warning on every other record of the file; the file is rejected only when no line parses.
 */
export function parseJsonLines(text: string): DraftRecord[] {
  const objects: JsonObject[] = [];
  // The line each object came from: a line that breaks later must not renumber the rest.
  const lines: number[] = [];
  const notes: string[] = [];
  let parsedLines = 0;
  let firstError: FormatError | null = null;
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = parseLine(line);
    if (parsed instanceof FormatError) {
      firstError ??= parsed;
      notes.push(`line ${index + 1} skipped: ${parsed.message}`);
      return;
    }
    parsedLines += 1;
    const items = findJsonItems(parsed.value, `line ${index + 1} item`);
    if (items.objects.length === 0) notes.push(`line ${index + 1} skipped: not an object with a title or text`);
    // One by one: spreading a line's array of 200,000 objects into push() overflows the stack.
    for (const object of items.objects) {
      objects.push(object);
      lines.push(index);
    }
    for (const note of items.skipped) notes.push(note);
  });
  if (parsedLines === 0 && firstError) throw firstError;
  if (objects.length === 0) throw new FormatError('no-records', 'no line holds an object with a title or text');
  // A line holding several objects would give two records one index: fall back to positions.
  return draftsFromObjects(objects, notes, new Set(lines).size === lines.length ? lines : undefined);
}

function parseLine(line: string): { value: unknown } | FormatError {
  try {
    return { value: JSON.parse(line) as unknown };
  } catch (err) {
    if (err instanceof SyntaxError) return describeSyntaxError(line, err);
    throw err;
  }
}
