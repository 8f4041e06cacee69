import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../src-main/core/collapse-whitespace';
import { contentHash, snippetOf } from '../../../src-main/core/import/content-hash';

/** The snippet by its definition: the whole body on one line, cut at 220 characters. */
function wholeBodySnippet(paragraphs: readonly string[]): string {
  const text = paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 220 ? `${text.slice(0, 219)}…` : text;
}

const word = (i: number): string => `word${i % 7}`;
const BODIES: Record<string, string[]> = {
  empty: [],
  'one short paragraph': ['Talks resume in Geneva.'],
  'whitespace only': ['  \n\t ', ' '],
  'one long paragraph': [Array.from({ length: 200 }, (_, i) => word(i)).join(' ')],
  'many short paragraphs': Array.from({ length: 80 }, (_, i) => `${word(i)}.`),
  'whitespace runs where the cut falls': ['x'.repeat(219), '   \n\n   ', 'y'.repeat(300)],
  'a body just past 440 characters ending in spaces': ['a'.repeat(220), `${' '.repeat(230)}`],
  'leading whitespace longer than the snippet': [' '.repeat(500), 'Dispatch text follows here.', 'z'.repeat(10)],
  'exactly 220 and 221 characters': ['b'.repeat(100), 'c'.repeat(119)],
  'exactly 221 characters': ['b'.repeat(100), 'c'.repeat(120)],
  'one long paragraph with a whitespace run across 440 characters': [`${'d'.repeat(430)}${' \n '.repeat(20)}e`],
  'one long paragraph mostly whitespace at its start': [`f ${' '.repeat(400)}g ${'h'.repeat(300)}`],
};

describe('snippetOf', () => {
  for (const [name, paragraphs] of Object.entries(BODIES)) {
    it(`gives the whole body's snippet while reading only its start: ${name}`, () => {
      expect(snippetOf(paragraphs)).toBe(wholeBodySnippet(paragraphs));
    });
  }
});

describe('contentHash', () => {
  it('keeps the hashes stored by earlier versions: the same text hashes as it always did', () => {
    // sha256 of 'Talks resume in Geneva Delegations met on Monday.', the text as earlier versions collapsed it.
    expect(
      contentHash({ title: ' Talks resume\tin Geneva ', paragraphs: ['Delegations  met\r\non Monday.\u00a0'] }),
    ).toBe('c11ee2fad5f51c76bfbd0c873728c8068a8c8e16e2f6f94dc8319b4403d52a8e');
  });

  it('hashes text composed otherwise as its NFC, and text below U+0300 as it is', () => {
    const composed = contentHash({ title: 'Caf\u00e9 Zürich', paragraphs: ['£5 – “quoted”'] });
    expect(contentHash({ title: 'Cafe\u0301 Zu\u0308rich', paragraphs: ['£5 – “quoted”'] })).toBe(composed);
    expect(contentHash({ title: 'Talks', paragraphs: ['Résumé, naïve'] })).toBe(
      contentHash({ title: 'Talks', paragraphs: ['Re\u0301sume\u0301, nai\u0308ve'] }),
    );
  });

  it('collapses every kind and length of whitespace run as /\\s+/ does', () => {
    const text = 'a b  c\td \n e\u00a0f\u2028\u2029g\u3000\ufeff h\r\n\r\ni   \v\fj ';
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});
