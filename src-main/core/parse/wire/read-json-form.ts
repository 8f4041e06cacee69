import type { WireDraft } from './wire-draft';
import { intOrNull } from './wire-text';
import { collapseWhitespace } from '../../collapse-whitespace';

// AAP's "formatted e-mail" (googleform.txt, json-email.txt): the text/plain body is a
// Google Form's JSON object, each value a one-element list. Headline, slugline, dateline
// and body come from it, not from the Subject ("Formatted Editorial Story").

/** The form's fields as a draft, or null when the body is not such a form. */
export function readJsonForm(text: string): Partial<WireDraft> | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return null;
  const form = parseForm(trimmed);
  if (!form || !('Headline' in form || 'Body' in form)) return null;
  const value = (key: string): string | null => {
    const v = form[key];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' && first.trim() ? first : null;
  };
  const body = (value('Body') ?? '')
    .split(/\n+/)
    .map((p) => collapseWhitespace(p).trim())
    .filter(Boolean);
  return {
    title: value('Headline'),
    slugline: value('Slugline'),
    placeHint: value('Dateline'),
    byline: value('Byline'),
    urgency: intOrNull(value('News Value') ?? value('Urgency')),
    priority: intOrNull(value('Priority')),
    body: { paragraphs: body, raw: body, tableRows: [] },
  };
}

// json-email.txt breaks the "Timestamp" string with a hard CRLF, which is not valid JSON.
// Line breaks inside JSON are only ever whitespace or such damage, so a second try drops them.
function parseForm(text: string): Record<string, unknown> | null {
  for (const candidate of [text, text.replace(/\r?\n/g, '')]) {
    try {
      const parsed: unknown = JSON.parse(candidate);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        return parsed as Record<string, unknown>;
    } catch {
      // try the next reading
    }
  }
  return null;
}
