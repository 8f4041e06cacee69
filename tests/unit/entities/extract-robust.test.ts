// Every span the extractor gives is well formed, on odd input and on the real copy in
// ../shared/corpus (Russian FactRuEval test texts, English BBC, Arabic Jawhara FM): within
// the text, non-empty, with a name; it must never throw, since it runs on every import.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textFiles } from '../../../bench/ner-standard';
import { extractEntities } from '../../../src-main/core/entities/extract';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

function expectWellFormed(text: string, language: string): void {
  for (const s of extractEntities(text, language)) {
    expect(s.start, `${language}: ${JSON.stringify(s)}`).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.name.trim()).not.toBe('');
  }
}

const files = textFiles;

describe('entity extraction on any input', () => {
  it.each(['ru', 'en', 'ar'])('gives well-formed spans on odd %s input', (language) => {
    for (const text of [
      '',
      ' ',
      '.',
      'В.',
      'А. Б.',
      'В',
      '«',
      '«»',
      'ООО «',
      'компания «Газ',
      'Mr.',
      'الرئيس',
      'وزارة',
      'ولل',
      'A B C D E F G',
      '\n\nМосква\n',
      'Юрий'.repeat(50),
    ])
      expectWellFormed(text, language);
  });

  const sets: [string, string, string[]][] = [
    ['ru', 'FactRuEval test texts', files(join(CORPUS, 'factrueval/testset'), 75)],
    ['en', 'BBC', files(join(CORPUS, 'bbc'), 150)],
    ['ar', 'Jawhara FM', files(join(CORPUS, 'ant-jawharafm'), 50)],
  ];
  for (const [language, name, paths] of sets)
    it.skipIf(paths.length === 0)(
      `gives well-formed spans on ${name}${paths.length ? '' : ' (skipped: ../shared/corpus is absent)'}`,
      () => {
        let spans = 0;
        for (const path of paths) {
          const text = readFileSync(path, 'utf8');
          expectWellFormed(text, language);
          spans += extractEntities(text, language).length;
        }
        expect(spans).toBeGreaterThan(paths.length); // more than one mention an article on average
      },
    );
});
