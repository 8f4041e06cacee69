// An mbox file is messages one after another, each opened by a "From " line at the start
// of the file or after a blank line (RFC 4155). The split works on the bytes in one pass
// and hands out views into them, so a 50 MB mailbox is never copied or decoded whole.

const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/** Each message's bytes, without its "From " separator line. */
export function* mboxMessages(bytes: Uint8Array): Generator<Uint8Array> {
  let start = -1;
  let i = 0;
  while (i < bytes.length) {
    if (startsFromLine(bytes, i) && (i === 0 || afterBlankLine(bytes, i))) {
      if (start >= 0) yield bytes.subarray(start, i);
      const eol = bytes.indexOf(0x0a, i);
      start = eol < 0 ? bytes.length : eol + 1;
      i = start;
      continue;
    }
    const eol = bytes.indexOf(0x0a, i);
    if (eol < 0) break;
    i = eol + 1;
  }
  if (start >= 0 && start < bytes.length) yield bytes.subarray(start);
}

/** True when the bytes open with an mbox "From " separator line. */
export function isMbox(bytes: Uint8Array): boolean {
  return startsFromLine(bytes, 0);
}

// A separator is "From sender asctime-date" (`From x@example.com Thu Feb 19 17:18:40 2015`);
// a body line "From the desk: …" that a writer forgot to escape has no clock time, so it stays text.
function startsFromLine(bytes: Uint8Array, at: number): boolean {
  for (let k = 0; k < FROM.length; k++) if (bytes[at + k] !== FROM[k]) return false;
  const end = bytes.indexOf(0x0a, at);
  const line = LATIN1.decode(bytes.subarray(at, Math.min(end < 0 ? bytes.length : end, at + 200)));
  return SEPARATOR.test(line);
}

const LATIN1 = new TextDecoder('latin1');
const SEPARATOR = /^From \S+ .*\b\d{1,2}:\d{2}(?::\d{2})?\b/;

function afterBlankLine(bytes: Uint8Array, at: number): boolean {
  // at is a line start: the previous line is blank when it is "\n" or "\r\n" alone.
  return bytes[at - 1] === 0x0a && (bytes[at - 2] === 0x0a || (bytes[at - 2] === 0x0d && bytes[at - 3] === 0x0a));
}
