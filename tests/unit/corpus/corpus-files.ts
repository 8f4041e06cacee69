import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile } from '../../../src-main/core/parse/index';

/** `../shared/corpus` beside the repo; tests that need it skip with a message when it is absent. */
export const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus');

export interface ParsedCorpusFile {
  /** Path relative to the folder that was read. */
  file: string;
  bytes: Buffer;
  records: DispatchRecord[];
}

/** Every file under `dir` ending in `ext`, through the whole parseFile pipeline, in a stable order. */
export async function parseCorpusFolder(dir: string, ext: string): Promise<ParsedCorpusFile[]> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .sort();
  const parsed: ParsedCorpusFile[] = [];
  for (const file of files) {
    const full = path.join(dir, file);
    const bytes = readFileSync(full);
    const out = await parseFile({ path: full, bytes, mtimeMs: statSync(full).mtimeMs });
    parsed.push({ file, bytes, records: out.ok ? out.records : [] });
  }
  return parsed;
}
