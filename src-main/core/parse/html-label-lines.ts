// Lines a page's template sets in the story as paragraphs of their own: picture credits and
// captions, sources, ad labels, date lines, button labels, download links and box headings
// (issue 18). Told by their words and shape alone, wherever they stand in the body.

/** A line this short can be a credit or label; longer text is prose even when it begins like one. */
const MAX_LABEL_LINE_CHARS = 120;

// Picture credits, sources and ad labels that pages set as paragraphs of their own, in the
// languages of the webdev pages: `Bild: Werk/…`, `Photograph by …`, `Quelle: Landesregierung`, `ANZEIGE - …`,
// `Advertisement:`, `© 2020 … All Rights Reserved.`; and the template's meta lines that
// Readability keeps under the headline (`Aktualisiert: 11.04.2020, 10:27`, `Kategorie: News`).
const LABEL_LINE =
  /^(?:(?:anzeige|werbung|advertisement)\s+[-–]\s|\(?(?:fotos?|bild(?:er)?|photos?|photograph(?: by)?|images?|credits?|crédits? photos?|titelbild|abbildung(?: \d+)?|quellen(?:angaben?)?|quelle|sources?|anzeige|advertisement|werbung|aktualisiert|updated|kategorien?|category|categories)\b\s*[:|©]|(?:photo(?:graph)?s?|images?|fotos?) (?:by|courtesy of)\s|©|\(c\)\s|.*\ball rights reserved\b)/iu;

// A caption closing with its credit in brackets: `Das Green im Überblick. (Foto: Getty)`, or
// after a copyright sign: `Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO`.
const CREDITED_CAPTION =
  /(?:\((?:fotos?|bild|photos?|credits?|quelle|source)\s*:[^)]*\)|(?:^|[\s|])©[^©.!?]{2,60})\s*$/iu;

// A numbered figure's caption, however long its text: `Abbildung 4: klassische Schwachschicht. …`.
const FIGURE_CAPTION = /^(?:abbildung|abb\.|figure|fig\.)(?: \d+)?\s*:/iu;

// The heading of the author box under a post, left behind as a line of its own.
const AUTHOR_BOX =
  /^(?:über den autor|über die autorin|zum autor|zur autorin|about the author|à propos de l'auteur)$/iu;

// A line that is a date and nothing else: the page's date line under the headline or over a
// box (webdev: tine.no `7. oktober 2020`, finanztip.de `05. Februar 2020`; ten of the set's
// `without` snippets are such lines, one `with` snippet, which sits inside a sentence).
const DATE_FORMS = String.raw`\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}`;
const DATE_ONLY = new RegExp(`^(?:${DATE_FORMS})$`, 'u');

// A button's label left as a line of its own: a few words ending in what the button does,
// print, download, share, go back, comment, bookmark (webdev: `Rezept drucken`, `Beitrag
// teilen`, `Dieses Skript als PDF herunterladen`, `zurück`; 23 of the set's `without`
// snippets are such lines and none of its `with` snippets).
const ACTION_LINE =
  /^(?:\S+\s+){0,4}(?:drucken|ausdrucken|print|herunterladen|download|teilen|share|zurück|kommentieren|favorisieren|merken|speichern|pinnen|imprimer|partager|télécharger)[\s!.:]*$/iu;

// The date line with its label or its section: `Stand: 05. Februar 2020`, `Date 23.05.2011`,
// `02.02.2022 A-Frauen` (webdev: finanztip.de, dw.com, dhb.de), a line no story sentence is.
// Not `Veröffentlicht am 16.08.2019`: the set wants a podcast's publication line kept
// (resonator-podcast.de) and drops another's (rhein-neckar-loewen.de), so it is left as it comes.
const DATED_LABEL = new RegExp(
  String.raw`^(?:(?:stand|as of|updated|aktualisiert|date|datum)(?:\s+(?:am|on))?\s*:?\s*)?` +
    `(?:${DATE_FORMS})` +
    String.raw`(?:\s*[|·]?\s*\p{L}[\p{L}-]*)?$`,
  'iu',
);

// A file offered for download, with its type and size: `Informationsschreiben vom 14. Oktober
// 2021PDF | 38 KB | Datei ist nicht barrierefrei` (webdev: zoll.de).
const FILE_LINK = /(?<!\p{L})(?:pdf|docx?|xlsx?|pptx?|zip)\s*[|,(]\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\b/iu;

// A picture's caption opened by its lightbox's button: `Vergrößern Eine kleine runde
// Aussparung für die Facetime-Kamera …` (webdev: macwelt.de).
const ENLARGE_CAPTION = /^(?:bild )?(?:vergrößern|enlarge|agrandir|ingrandisci)\s+\S/iu;

// The heading of a box of the site's most read stories, of an embed held back for consent or
// of a teaser for another story, as a line of its own (webdev: kath.net `meist-diskutiert`,
// munich2022.com `Externer Inhalt`, frau-sabienes.de `Vorschau auf den nächsten Artikel`).
const BOX_HEADING =
  /^(?:meist(?:-|\s)?(?:gelesen|diskutiert|kommentiert|geteilt)e?|most (?:read|popular|viewed|shared)|les plus lus|externer inhalt|external content|contenu externe|vorschau auf den nächsten artikel|nächster artikel|next article|article suivant|entdecken sie jetzt|jetzt entdecken)$/iu;

// The publisher's notice on the text as a whole: `(Alle Angaben ohne Gewähr)`, `Dieser Text …
// wurde von Medizinern geprüft` (webdev: handwerksblatt.de, omeda.de).
const TEXT_NOTICE =
  /^\(?(?:alle )?angaben ohne gewähr\)?\.?$|\b(?:wurde von (?:medizinern|ärzten|ärztinnen|experten) geprüft|medically reviewed by|fact[- ]checked by)\b/iu;

/** Whether a paragraph is a credit, source or advertising label rather than story text. */
export function isLabelLine(text: string): boolean {
  if (text.length > MAX_LABEL_LINE_CHARS * 2) return false;
  if (DATE_ONLY.test(text) || ACTION_LINE.test(text)) return true;
  if (DATED_LABEL.test(text) || ENLARGE_CAPTION.test(text) || BOX_HEADING.test(text) || TEXT_NOTICE.test(text))
    return true;
  if (text.length <= MAX_LABEL_LINE_CHARS && FILE_LINK.test(text)) return true;
  if (CREDITED_CAPTION.test(text) || FIGURE_CAPTION.test(text)) return true;
  return text.length <= MAX_LABEL_LINE_CHARS && (LABEL_LINE.test(text) || AUTHOR_BOX.test(text));
}
