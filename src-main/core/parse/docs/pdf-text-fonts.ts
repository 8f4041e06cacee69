// pdf.js turns every embedded font program into a whole OpenType font it could draw with
// (Font#checkAndRepair in pdf.worker.mjs: tables read, glyphs sanitised, a cmap rebuilt),
// even when only the text layer is asked for. Reading text needs a glyph's Unicode and
// width; for a composite font that carries its own ToUnicode map (Chromium/Skia, Word and
// LibreOffice print every font so) both come from the PDF's dictionaries, not from the
// program: pdf.js's own path for a font without a program (fallbackToSystemFont) gives the
// same Unicode, the same widths and the same text. Building the fonts was 15% of reading a
// PDF of the bench corpus, a Chromium print (bench/prepare-stages.ts, cpu profile).
// pdf.js has no option for a text-only load, so the worker module is loaded from a copy
// with one added line at the head of that branch. The copy is made only when the line it
// goes before is found exactly once (the pdfjs-dist version in package.json); otherwise
// the stock worker is used, as before, and only the saving is lost.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/** In Font's constructor, where a font without a program goes to fallbackToSystemFont. */
const ANCHOR = '    if (!file || file.isEmpty) {\n      if (file) {\n        warn(\'Font file is empty in "\'';

/**
 * Fonts whose program is left unread: composite, with an included ToUnicode map that is not
 * the identity, and not named as one of the 14 standard fonts or their aliases, for which
 * fallbackToSystemFont rewrites toUnicode from its own glyph tables and the text could change.
 * Everything used here is pdf.worker.mjs's own, in scope where the line goes.
 */
const TEXT_ONLY =
  '    if (file && properties.composite && properties.hasIncludedToUnicodeMap &&' +
  ' !(this.toUnicode instanceof IdentityToUnicodeMap) &&' +
  ' !getStdFontMap()[normalizeFontName(name)] && !getNonStdFontMap()[normalizeFontName(name)]) {\n' +
  '      this.fallbackToSystemFont(properties);\n' +
  '      return;\n' +
  '    }\n';

/** pdf.worker.mjs's source with the text-only line added, or null when its anchor is not found once. */
export function textOnlyWorkerSource(source: string): string | null {
  const at = source.indexOf(ANCHOR);
  if (at < 0 || source.indexOf(ANCHOR, at + 1) >= 0) return null;
  return source.slice(0, at) + TEXT_ONLY + source.slice(at);
}

/** The worker module to hand pdf.js: the text-only copy when it can be made, else the stock one. */
export async function loadTextOnlyWorker(): Promise<unknown> {
  const path = createRequire(import.meta.url).resolve(WORKER);
  const patched = textOnlyWorkerSource(readFileSync(path, 'utf8'));
  if (patched === null) return import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // The worker bundle imports nothing (a data: module could not resolve a relative import).
  return import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`);
}
