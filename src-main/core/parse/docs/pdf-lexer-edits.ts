// Changes to the lexer of pdf.js's worker (pdf.worker.mjs), made in the text-only copy
// (pdf-text-worker.ts). A Chromium print writes every glyph as its own operator pair,
// `9.01 0 Td <0052> Tj`: about 900 per page, so each token of the page's content stream is
// cheap or not many times over. Some were not (bench/pdf-read.ts on the PDFs of the bench
// corpus, cpu profile): the lexer was a quarter of reading a PDF, these its heaviest lines.
// - The lexer's buffer was emptied with `length = 0` at each name and hex string, a call into
//   the runtime even when it was empty already, as it mostly is now: it is emptied if not.
// - A hex string was built as an array of one-character strings, then joined. It is now
//   appended to a string, in parts of 4,096 characters that are joined as before, so a long
//   one is not a chain of a million pieces.
// - A command (Td, Tj, ...) was looked up in the table of known commands one prefix at a
//   time, each prefix a new string, and the table is a dictionary-mode object (null
//   prototype); then its Cmd was looked up by that string again. Those keyed lookups with
//   new strings missed V8's caches. A command of up to three letters, every one of pdf.js's
//   operators but none of `true`, `false` and `null`, is now read as a number, its letters
//   one byte each (a lexer's token never holds a zero byte: it is white space), and its Cmd
//   is found by that number in a Map kept beside pdf.js's own cache and emptied when that
//   cache is replaced. Longer tokens go on through pdf.js's own loop, unchanged.
// The same tokens come out, the same Cmd objects, the same errors.

export interface SourceEdit {
  anchor: string;
  /** What the anchor becomes. */
  replacement: string;
}

const STRBUF_RESET = '    strBuf.length = 0;\n';
const STRBUF_RESET_IF_USED = '    if (strBuf.length !== 0) {\n      strBuf.length = 0;\n    }\n';
const NAME_START = `  getName() {\n    let ch, previousCh;\n    const strBuf = this.strBuf;\n${STRBUF_RESET}`;
const HEX_START = '  getHexString() {\n    const strBuf = this.strBuf;\n    strBuf.length = 0;\n';
const HEX_DIGIT = '          strBuf.push(String.fromCharCode(firstDigit << 4 | digit));\n';
const HEX_END = '      strBuf.push(String.fromCharCode(firstDigit << 4));\n    }\n    return strBuf.join("");\n';

/** Lexer#getObj from its table of known commands to its end: reading a command's letters. */
const COMMAND_LOOP = `    const knownCommands = this.knownCommands;
    let knownCommandFound = knownCommands?.[str] !== undefined;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch]) {
`;
const COMMAND_LONG = `      const possibleCommand = str + String.fromCharCode(ch);
      if (knownCommandFound && knownCommands[possibleCommand] === undefined) {
        break;
      }
      if (str.length === 128) {
        throw new FormatError(\`Command token too long: \${str.length}\`);
      }
      str = possibleCommand;
      knownCommandFound = knownCommands?.[str] !== undefined;
    }
`;

/** The first three letters as a number (first letter lowest), then pdf.js's loop from the fourth on. */
const COMMAND_BY_CODE = `    const knownCommands = this.knownCommands;
    const knownCodes = knownCommands ? shortCommandCodes(knownCommands) : null;
    let code = ch;
    let length = 1;
    let knownCommandFound = knownCodes !== null && knownCodes.has(code);
    let longer = false;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch]) {
      if (length === 3) {
        longer = true;
        break;
      }
      const possibleCode = code + (ch << (8 * length));
      if (knownCommandFound && !knownCodes.has(possibleCode)) {
        break;
      }
      code = possibleCode;
      length++;
      knownCommandFound = knownCodes !== null && knownCodes.has(code);
    }
    if (!longer) {
      if (code === 0x4942) {
        this.beginInlineImagePos = this.stream.pos;
      }
      return shortCmd(code);
    }
    str = shortCommandString(code);
    do {
${COMMAND_LONG.replace(/\n {4}\}\n$/, '\n')}    } while ((ch = this.nextChar()) >= 0 && !specialChars[ch]);
`;

/** Module-level helpers for COMMAND_BY_CODE; CmdCache, Cmd are pdf.worker.mjs's own. */
const SHORT_COMMANDS = `const shortCommandCodeSets = new WeakMap();
function shortCommandCodes(table) {
  let codes = shortCommandCodeSets.get(table);
  if (!codes) {
    codes = new Set();
    for (const key in table) {
      if (table[key] !== undefined && key.length <= 3 && /^[\\x01-\\xff]+$/.test(key)) {
        let code = 0;
        for (let i = key.length - 1; i >= 0; i--) {
          code = code * 256 + key.charCodeAt(i);
        }
        codes.add(code);
      }
    }
    shortCommandCodeSets.set(table, codes);
  }
  return codes;
}
function shortCommandString(code) {
  let str = "";
  for (; code > 0; code >>= 8) {
    str += String.fromCharCode(code & 0xff);
  }
  return str;
}
let shortCmds = new Map();
let shortCmdsOf = null;
function shortCmd(code) {
  if (shortCmdsOf !== CmdCache) {
    shortCmds = new Map();
    shortCmdsOf = CmdCache;
  }
  let cmd = shortCmds.get(code);
  if (cmd === undefined) {
    cmd = Cmd.get(shortCommandString(code));
    shortCmds.set(code, cmd);
  }
  return cmd;
}
`;

export const LEXER_EDITS: readonly SourceEdit[] = [
  { anchor: HEX_START, replacement: `${HEX_START.replace(STRBUF_RESET, STRBUF_RESET_IF_USED)}    let str = "";\n` },
  { anchor: NAME_START, replacement: NAME_START.replace(STRBUF_RESET, STRBUF_RESET_IF_USED) },
  {
    anchor: HEX_DIGIT,
    replacement:
      '          str += String.fromCharCode(firstDigit << 4 | digit);\n' +
      '          if (str.length === 4096) {\n            strBuf.push(str);\n            str = "";\n          }\n',
  },
  {
    anchor: HEX_END,
    replacement:
      '      str += String.fromCharCode(firstDigit << 4);\n    }\n' +
      '    if (strBuf.length === 0) {\n      return str;\n    }\n    strBuf.push(str);\n    return strBuf.join("");\n',
  },
  { anchor: COMMAND_LOOP + COMMAND_LONG, replacement: COMMAND_BY_CODE },
  { anchor: 'class Lexer {\n', replacement: `${SHORT_COMMANDS}class Lexer {\n` },
];
