// STUB (owner: helper B)
/** ISO 639-1 code of the text's language, or `und`. */
export function detectLanguage(text: string): string {
  void text;
  return 'und';
}
