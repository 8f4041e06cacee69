// STUB (owner: helper A)
/** True when a whole line is an editor signature such as `*Н.С./М.К.` or `هـ.ح/م.ش`. */
export function isSignatureLine(line: string): boolean {
  void line;
  return false;
}

/** A signature glued to the end of the last sentence (SANA English JSON). Null when none is recognised. */
export function splitGluedSignature(text: string): { text: string; signature: string } | null {
  void text;
  return null;
}
