// pdf.js has no text-only mode: reading a PDF's text layer pays for work done for drawing
// it. Two such costs were a quarter of reading a PDF of the bench corpus, a Chromium print
// (bench/prepare-stages.ts, cpu profile of pdf.worker.mjs):
// - Fonts. Every embedded font program is turned into a whole OpenType font pdf.js could
//   draw with (Font#checkAndRepair: tables read, glyphs sanitised, a cmap rebuilt). Text
//   needs a glyph's Unicode and width; for a composite font that carries its own ToUnicode
//   map (Chromium/Skia, Word and LibreOffice embed every font so) both come from the PDF's
//   dictionaries, and pdf.js's own path for a font without a program (fallbackToSystemFont)
//   gives the same Unicode, the same widths, the same text. Left out: the standard 14 fonts
//   and their aliases, for which that path rewrites toUnicode from its own glyph tables.
// - The text position of each glyph (getCurrentTextTransform, twice per glyph) went through
//   Util.transform, which every part of pdf.js calls with every kind of array; V8 ran that
//   shared function slowly. The same products, in the same order, in a function of the text
//   path's own give the same numbers to the bit.
// Reading the content streams, and closing a document, cost more than they needed to in these
// places (bench/pdf-read.ts, cpu profile, after the two above); each is now done a cheaper
// way to the same outcome:
// - TextState#clone made each copy with the state it copied as its prototype, so every saved
//   state became a prototype and V8 gave each its own map: the text path's reads of the
//   state went slow. Copies of the class's own prototype hold the same own fields.
// - The operator loop of getTextContent emptied its argument array with `length = 0`, a call
//   into the runtime per operator; a new array each time is cheaper, and nothing keeps the old.
// - Hex strings and commands in the lexer (pdf-lexer-edits.ts).
// - Each document's MessageHandler, destroyed with its document, aborted its listener's
//   signal with no reason, so Node made a DOMException ("AbortError", a stack captured) that
//   nothing reads: the signal is the handler's own and only takes its listener off the port
//   (pdf-worker-port.ts). It is aborted with the reason null instead (cpu profile of 1,266
//   reads: the worker's DOMExceptions had cost 78 ms self, now there are none).
// So the worker module is loaded from a copy with these lines changed. Each change applies
// only where its anchor is found exactly once (the pdfjs-dist version in package.json);
// otherwise the stock worker is used, as before, and only the saving is lost.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXER_EDITS, type SourceEdit } from './pdf-lexer-edits';

const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

const FONT_ANCHOR = "    if (!file || file.isEmpty) {\n      if (file) {\n        warn('Font file is empty in \"'";
const TRANSFORM_ANCHOR = '      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));\n';
const EVALUATOR_ANCHOR = 'class PartialEvaluator {\n';

/** Util.transform(m1, Util.transform(t, m2)), its products written out in its own order. */
const TEXT_TRANSFORM = `function textTransform(m1, t, m2) {
  const a0 = t[0] * m2[0] + t[2] * m2[1], a1 = t[1] * m2[0] + t[3] * m2[1];
  const a2 = t[0] * m2[2] + t[2] * m2[3], a3 = t[1] * m2[2] + t[3] * m2[3];
  const a4 = t[0] * m2[4] + t[2] * m2[5] + t[4], a5 = t[1] * m2[4] + t[3] * m2[5] + t[5];
  return [m1[0] * a0 + m1[2] * a1, m1[1] * a0 + m1[3] * a1, m1[0] * a2 + m1[2] * a3, m1[1] * a2 + m1[3] * a3, m1[0] * a4 + m1[2] * a5 + m1[4], m1[1] * a4 + m1[3] * a5 + m1[5]];
}
`;

/** Everything these lines name is pdf.worker.mjs's own, in scope where they go. */
export const TEXT_ONLY_EDITS: readonly SourceEdit[] = [
  {
    anchor: FONT_ANCHOR,
    replacement:
      '    if (file && properties.composite && properties.hasIncludedToUnicodeMap &&' +
      ' !(this.toUnicode instanceof IdentityToUnicodeMap) &&' +
      ' !getStdFontMap()[normalizeFontName(name)] && !getNonStdFontMap()[normalizeFontName(name)]) {\n' +
      '      this.fallbackToSystemFont(properties);\n' +
      '      return;\n' +
      '    }\n' +
      FONT_ANCHOR,
  },
  { anchor: TRANSFORM_ANCHOR, replacement: '      return textTransform(textState.ctm, textState.textMatrix, tsm);\n' },
  { anchor: EVALUATOR_ANCHOR, replacement: TEXT_TRANSFORM + EVALUATOR_ANCHOR },
  {
    anchor:
      '  clone() {\n    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();\n',
    replacement:
      '  clone() {\n    const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();\n',
  },
  {
    anchor:
      '        args.length = 0;\n        operation.args = args;\n        if (!preprocessor.read(operation)) {\n          break;\n        }\n        textState = stateManager.state;\n',
    replacement:
      '        args = [];\n        operation.args = args;\n        if (!preprocessor.read(operation)) {\n          break;\n        }\n        textState = stateManager.state;\n',
  },
  {
    anchor: '  destroy() {\n    this.#messageAC?.abort();\n    this.#messageAC = null;\n',
    replacement: '  destroy() {\n    this.#messageAC?.abort(null);\n    this.#messageAC = null;\n',
  },
  ...LEXER_EDITS,
];

/** pdf.worker.mjs's source with every edit made, or null when an anchor is not found exactly once. */
export function textOnlyWorkerSource(source: string, edits = TEXT_ONLY_EDITS): string | null {
  let out = source;
  for (const { anchor, replacement } of edits) {
    const at = out.indexOf(anchor);
    if (at < 0 || out.indexOf(anchor, at + 1) >= 0) return null;
    out = out.slice(0, at) + replacement + out.slice(at + anchor.length);
  }
  return out;
}

/**
 * The worker module to hand pdf.js: the text-only copy when it can be made and loaded, else
 * the stock one (a packaged app that could not read the file, say, reads PDFs as before).
 */
export async function loadTextOnlyWorker(): Promise<unknown> {
  const source = textOnlyWorkerSourceOrNull();
  if (source !== null) {
    for (const load of [importFromFile, importFromDataUrl]) {
      try {
        return await load(source);
      } catch {
        // Tries the next way, then falls through to the stock worker.
      }
    }
  }
  return import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

function textOnlyWorkerSourceOrNull(): string | null {
  try {
    return textOnlyWorkerSource(readFileSync(createRequire(import.meta.url).resolve(WORKER), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The copy imported from a file of its own, in a new private folder removed once it is
 * loaded. As a data: URL it cost each parse worker 17 MB more heap (the 3 MB base64 URL held
 * three times over, besides the source) and 70 ms more CPU to load (bench/_load runs, heap
 * after gc: 57 MB retained as a data: URL, 41 MB from a file, 36 MB for the stock worker).
 */
async function importFromFile(source: string): Promise<unknown> {
  const folder = mkdtempSync(join(tmpdir(), 'pdfjs-text-worker-'));
  try {
    const file = join(folder, 'pdf.worker.mjs');
    // Its map file is not beside the copy: a reader of source maps (vite in tests, tsx) would look for it.
    writeFileSync(file, source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    return await import(/* @vite-ignore */ pathToFileURL(file).href);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The copy as a data: URL (the worker bundle imports nothing a data: module could not resolve). */
function importFromDataUrl(source: string): Promise<unknown> {
  return import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}
