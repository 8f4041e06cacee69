// The lines a publisher closes every story with, inside the story's own container where
// no class names them: calls to subscribe, share, donate or write in (webdev: elpais.com
// `Puede escribirnos … o suscribirse aquí a nuestra newsletter`, verfassungsblog.de
// `would you consider supporting our work?`, diem25.org `Sign up here`). They are told by
// their words, in the languages of the archive, and only among the last lines of the body
// and when short: a story's own paragraph that mentions a newsletter is longer or earlier.

/** How many of the body's last paragraphs may be such a line. */
const TAIL_PARAGRAPHS = 3;
/** A call to action is a line or two; a longer paragraph is the story's. */
const MAX_CALL_CHARS = 200;

const CALL_TO_ACTION = new RegExp(
  [
    // subscribe, sign up, newsletter
    String.raw`\b(?:subscribe|sign up|newsletter|abonnieren|abonniere|abonnez|suscr[ií]b|iscriviti)`,
    // share the article
    String.raw`\b(?:share this|teile[nt]? (?:sie )?(?:diesen|den) (?:artikel|beitrag)|artikel (?:mit anderen )?teilen|partagez)`,
    // support, donate
    String.raw`\b(?:support(?:ing)? (?:our|us)|donate|spenden sie|unterstütze[nt]? (?:sie )?(?:uns|unsere)|soutenez)`,
    // write to us, tell us what you think
    String.raw`\b(?:what you think|write to us|puede escribirnos|schreiben sie uns|écrivez-nous)`,
  ].join('|'),
  'iu',
);

/** `paragraphs` without the short calls to action among its last few. */
export function withoutClosingCalls(paragraphs: string[]): string[] {
  const from = Math.max(0, paragraphs.length - TAIL_PARAGRAPHS);
  return paragraphs.filter((p, i) => i < from || p.length > MAX_CALL_CHARS || !CALL_TO_ACTION.test(p));
}
