// The lines a publisher closes every story with, inside the story's own container where
// no class names them: calls to subscribe, share, donate or write in (webdev: elpais.com
// `Puede escribirnos … o suscribirse aquí a nuestra newsletter`, verfassungsblog.de
// `would you consider supporting our work?`, diem25.org `Sign up here`), licence and
// citation notices, permalinks and the headings of the lists that follow a story. They are
// told by their words, in the languages of the archive, and only among the last lines of
// the body and when short: a story's own paragraph that mentions a newsletter is longer or earlier.

/** How many of the body's last paragraphs of prose length may be such a line (short lines among them count free). */
const TAIL_PARAGRAPHS = 3;
/** A line shorter than this (`Date 23.05.2011`, `Imprimer cette page`) does not use up the tail's count. */
const PROSE_CHARS = 60;
/** A call to action is a line or two; a longer paragraph is the story's. */
const MAX_CALL_CHARS = 200;
/** A list's heading (`Mehr zum Thema`, `Audios et vidéos sur le sujet`) is a short line. */
const MAX_HEADING_CHARS = 80;

const CALL_TO_ACTION = new RegExp(
  [
    // subscribe, sign up, newsletter
    String.raw`\b(?:subscribe|sign up|newsletter|abonnieren|abonniere|abonnez|suscr[ií]b|iscriviti)`,
    // share the article
    String.raw`\b(?:share this|teile[nt]? (?:sie )?(?:diesen|den) (?:artikel|beitrag)|artikel (?:mit anderen )?teilen|partagez)`,
    // support, donate (wordsmith.org `Help us continue to spread the magic of words`)
    String.raw`\b(?:support(?:ing)? (?:our|us)|donate|spenden sie|unterstütze[nt]? (?:sie )?(?:uns|unsere)|soutenez|help us (?:continue|keep))`,
    // write to us, tell us what you think
    String.raw`\b(?:what you think|write to us|puede escribirnos|schreiben sie uns|écrivez-nous)`,
    // click here to register (handwerksblatt.de `Einfach hier klicken und … registrieren!`)
    String.raw`\b(?:hier klicken|click here|cliquez ici)\b`,
    // licence of the page (fluter.de `veröffentlicht unter der Lizenz CC-BY-NC-ND`, soundofscience.fr `licence Creative Commons`)
    String.raw`\b(?:cc[- ]by|creative commons)\b`,
    // how to cite the page (verfassungsblog.de `SUGGESTED CITATION`), its permalink (dw.com `Permalien https://…`)
    String.raw`\b(?:suggested citation|zitiervorschlag|cite this|citer cet article|perma(?:link|lien))\b`,
    // what a button does (resonator-podcast.de `Mit diesem Button kannst Du diese Episode …`)
    String.raw`\b(?:mit diesem button|with this button|avec ce bouton)\b`,
    // the paywall's offer and the shop's (aoc.media `Pour accéder en illimité`, report24.news `sparen Sie bis zu 500 Euro!`)
    String.raw`\b(?:accéder en illimité|unlimited access|unbegrenzte[nr]? zugriff|sparen sie bis zu|save up to|jetzt bestellen|order now)`,
    // the part of a series this is (hpd.de `Dies ist Teil 2 zum Text …`)
    String.raw`^(?:dies ist (?:der )?teil|this is part|ceci est la partie) \d`,
    // a note set off by the reference mark (nhk.or.jp `※下に線があることばは…`)
    String.raw`^※`,
    // where to read more (btv.de `Weitere Infos unter www.itfjuniors.de.`)
    String.raw`^(?:weitere |mehr )?(?:infos?|informationen) (?:unter|auf)\b|^more information (?:at|on)\b`,
  ].join('|'),
  'iu',
);

/** A disclosure or an invitation to join in runs to a paragraph, yet no story paragraph this short closes on one. */
const MAX_NOTICE_CHARS = 700;

/**
 * The notices a page closes on that run to a paragraph: the disclaimer, how the site earns from
 * links (publishedreporter.com `participates in the Amazon Associate program`, finanztip.de
 * `Geld erhalten wir, wenn Sie …`), the site's own product, the invitation to join in by a comment (derpapierplanet.de).
 */
const LONG_NOTICE = new RegExp(
  [
    String.raw`^disclaimer\b|\b(?:amazon associates?|affiliate[- ]links?|qualifying purchases|geld erhalten wir|wir erhalten (?:eine )?provision)\b`,
    // the site's own product (peppermynta.de `Kennt ihr schon unseren Brandfinder?`)
    String.raw`\b(?:kennt ihr|kennen sie|kennst du) (?:schon|eigentlich) unsere[nrs]?\b`,
    String.raw`\b(?:hinterlass(?:e|t|en sie)? (?:\p{L}+ ){0,2}(?:einen )?kommentar|leave (?:us )?a comment|laissez un commentaire)`,
  ].join('|'),
  'iu',
);

/**
 * The heading of a list of other pages or of the page's tags, as a line of its own
 * (uepo.de `Mehr zum Thema auf UEPO.de`, dw.com `Audios et vidéos sur le sujet`, dhb.de `News`).
 */
const LIST_HEADING =
  /^(?:mehr zum thema|weiterführende links?|lesen sie auch|auch interessant|empfehlungen aus|related|read more|more on this|(?:audios? et )?vidéos sur le sujet|à lire aussi|sur le même sujet)\b|^(?:news|tags|schlagwörter|themen|topics)$/iu;

/**
 * The heading of the author box under a post, naming its author: `Über Michael
 * Veeser-Dombrowski`, `About Jane Doe` (webdev: grossefragen.wordpress.com); the blurb under it is the box's.
 */
const ABOUT_NAME = /^(?:[üÜ]ber|[aA]bout|[àÀ] propos de|[sS]obre)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** `paragraphs` without the short calls to action, notices and list headings among its last few, nor an author box closing them. */
export function withoutClosingCalls(paragraphs: string[]): string[] {
  const from = tailStart(paragraphs);
  const about = paragraphs.findIndex((p, i) => i >= from && ABOUT_NAME.test(p));
  const story = about < 0 ? paragraphs : paragraphs.slice(0, about);
  return story.filter((p, i) => i < from || !closingLine(p));
}

function closingLine(p: string): boolean {
  if (p.length <= MAX_NOTICE_CHARS && LONG_NOTICE.test(p)) return true;
  return (
    (p.length <= MAX_CALL_CHARS && CALL_TO_ACTION.test(p)) || (p.length <= MAX_HEADING_CHARS && LIST_HEADING.test(p))
  );
}

/** Index of the tail's first line: the last TAIL_PARAGRAPHS lines of prose length, with the short lines among and after them. */
function tailStart(paragraphs: string[]): number {
  let prose = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (paragraphs[i]!.length >= PROSE_CHARS && ++prose === TAIL_PARAGRAPHS) return i;
  }
  return 0;
}
