import { FormatError } from './draft';

// JSON syntax errors as FormatErrors that say where the input went wrong, and whether it was cut off.

/** JSON.parse with its error turned into a FormatError that says where the input went wrong. */
export function parseJsonValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw describeSyntaxError(text, err);
  }
}

/**
 * Input that stops inside a value is truncated (a partial download or copy), not merely
 * invalid: V8 then reports either "Unexpected end of JSON input" or a position at or past
 * the last non-blank character, depending on which token was cut.
 */
export function describeSyntaxError(text: string, err: SyntaxError): FormatError {
  const end = text.trimEnd().length;
  const position = errorPosition(err.message);
  if (position === null ? /end of JSON input/i.test(err.message) : position >= end) {
    return new FormatError(
      'truncated-json',
      `truncated JSON: unexpected end of input at byte ${byteOffset(text, end)}`,
    );
  }
  const detail = err.message.replace(/\s*(in JSON )?at position \d+.*$/s, '');
  if (position === null) return new FormatError('invalid-json', `invalid JSON: ${detail}`);
  const { line, column } = lineAndColumn(text, position);
  return new FormatError(
    'invalid-json',
    `invalid JSON at line ${line}, column ${column} (byte ${byteOffset(text, position)}): ${detail}`,
  );
}

function errorPosition(message: string): number | null {
  const match = /at position (\d+)/.exec(message);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}
