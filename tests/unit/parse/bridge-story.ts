// A short made-up news story the HTML body tests wrap in pages of their own making.
import { parseHTML } from 'linkedom';
import { parseHtml } from '../../../src-main/core/parse/html';

export const STORY = [
  'The ministry said on Monday that the new bridge over the river would open to traffic next month, two years late.',
  'Engineers blamed the delay on flooding in the spring and on a shortage of steel, which pushed the cost up by a third.',
  'Residents have waited a decade for the crossing, which will cut the drive to the regional hospital by an hour.',
  'The opposition asked for an inquiry into the contracts, which were signed without a public tender in 2018.',
];

export const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('');

/** A page of the given body (and head additions) under the story's headline. */
export const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head><title>Bridge to open next month</title>${head}</head><body>${body}</body></html>`;

/** The body parseHtml reads from a page, its paragraphs one a line. */
export const bodyOf = (html: string): string => parseHtml(html)[0]!.paragraphs.join('\n');

/** The first element of a fragment, in a page of its own. */
export const element = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild!;
