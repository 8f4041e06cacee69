// The Markdown export: one article, or a dossier in one file. Front matter is YAML
// written by the `yaml` package (never by hand, so no headline can break out of it) with
// the keys the app's own Markdown parser reads (parse/front-matter.ts): an exported
// article imports again as itself, tags included. Highlights are `==text==` with `[^n]`
// footnotes for their notes (markdown-highlights.ts); article text is escaped so it
// reads as text (markdown-text.ts). The article note is the user's own Markdown and is
// kept as written, but for raw HTML.
import { stringify } from 'yaml';
import type { Article } from '../../contract/archive';
import type { Annotation } from '../../contract/userdata';
import type { ExportDocument } from './export-document';
import { markBody, marksOf } from './markdown-highlights';
import { escapeLine, escapeText, footnoteBody, noteMarkdown } from './markdown-text';
import { printLabels } from './print/print-labels';
import { pickWireFields } from '../wire-fields';
import { wireRows } from './wire-rows';
import { namesByLabel, type MentionLabel } from './mention-names';

type Labels = ReturnType<typeof printLabels>;

function frontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---`;
}

function articleFrontMatter(a: Article, exportedAt: string): string {
  return frontMatter({
    title: a.title,
    date: a.date,
    place: a.place,
    agency: a.agency,
    language: a.language,
    signature: a.signature,
    ...pickWireFields(a),
    ...mentionLists(a),
    source: { path: a.source.path, sha256: a.source.sha256 },
    tags: a.userData.tags,
    exported: exportedAt,
  });
}

/** The people, organisations and places the article mentions, a list each where it has any. */
function mentionLists(a: Article): Partial<Record<MentionLabel, string[]>> {
  return Object.fromEntries(Object.entries(namesByLabel(a.entities)).filter(([, names]) => names.length > 0));
}

/** Footnote labels, numbered across the whole file so a dossier never repeats one. */
class Footnotes {
  #next = 1;
  /** Label and note of each footnote of the article in hand. */
  pending: [string, string][] = [];

  label(a: Annotation): string | null {
    if (!a.note.trim()) return null;
    const label = String(this.#next++);
    this.pending.push([label, a.note]);
    return label;
  }

  /** The article's footnote definitions, and a clean slate for the next one. */
  take(): string[] {
    const out = this.pending.map(([label, note]) => `[^${label}]: ${footnoteBody(note)}`);
    this.pending = [];
    return out;
  }
}

/** The per-article metadata of a dossier, as a short list under its heading. */
function metadataList(a: Article, labels: Labels, doc: ExportDocument): string {
  const rows: [string, string | null][] = [
    [labels.date, a.date],
    [labels.place, a.place],
    [labels.agency, a.agency],
    [labels.language, a.language],
    [labels.signature, a.signature],
    ...wireRows(a, doc.locale),
    [labels.tags, a.userData.tags.join(', ') || null],
    [labels.source, `${a.source.path} (sha256 ${a.source.sha256})`],
  ];
  return rows
    .filter((row): row is [string, string] => row[1] !== null)
    .map(([label, value]) => `- **${label}:** ${escapeLine(value)}`)
    .join('\n');
}

function body(a: Article, notes: Footnotes): string[] {
  const marks = marksOf(a.userData.annotations, (n) => notes.label(n));
  const subheadings = new Set(a.subheadings);
  return markBody(a.paragraphs, marks)
    .map((md, i) => (subheadings.has(i) ? `### ${md.replace(/\s*\n\s*/gu, ' ')}` : md))
    .filter((md) => md.trim() !== '');
}

function notPlaced(a: Article, labels: Labels, level: string): string[] {
  const orphans = a.userData.annotations.filter((n) => n.placement === 'orphaned');
  if (orphans.length === 0) return [];
  const items = orphans.map(
    (n) => `- “${escapeLine(n.anchor.quote)}”${n.note.trim() ? ` — ${escapeLine(n.note)}` : ''}`,
  );
  return [`${level} ${labels.notPlaced}`, escapeText(labels.notPlacedExplain), items.join('\n')];
}

function related(a: Article, labels: Labels, level: string, include: boolean): string[] {
  if (!include || a.related.length === 0) return [];
  const items = a.related.map(
    (r) => `- **${escapeLine(r.title)}**${r.excerpt.trim() ? ` — ${escapeLine(r.excerpt)}` : ''}`,
  );
  return [`${level} ${labels.related}`, items.join('\n')];
}

/** An article's blocks after its heading: body, note, unplaced highlights, related teasers, footnotes. */
function articleBlocks(a: Article, doc: ExportDocument, notes: Footnotes, level: string): string[] {
  const labels = printLabels(doc.locale);
  const note = noteMarkdown(a.userData.note);
  // A killed story exported on purpose says so before its text.
  const withdrawn = a.status === 'canceled' ? [`> **${escapeLine(labels.withdrawn)}**`] : [];
  return [
    ...withdrawn,
    ...body(a, notes),
    ...(note ? [`${level} ${labels.articleNote}`, note] : []),
    ...notPlaced(a, labels, level),
    ...related(a, labels, level, doc.includeRelated),
    ...notes.take(),
  ];
}

function singleArticle(doc: ExportDocument): string[] {
  const a = doc.articles[0];
  if (!a) throw new Error('an article export needs an article');
  return [
    articleFrontMatter(a, doc.exportedAt),
    `# ${escapeLine(a.title)}`,
    ...articleBlocks(a, doc, new Footnotes(), '##'),
  ];
}

/**
 * Contents links point at explicit anchors (`<a id="article-3">`): heading slugs differ
 * between renderers, most of all for Cyrillic and Arabic headlines.
 */
const anchorOf = (i: number): string => `article-${i + 1}`;

function dossier(doc: ExportDocument): string[] {
  const labels = printLabels(doc.locale);
  const notes = new Footnotes();
  const contents = doc.articles.map(
    (a, i) => `${i + 1}. [${escapeLine(a.title)}](#${anchorOf(i)})${a.date ? ` — ${a.date}` : ''}`,
  );
  const blocks = [
    frontMatter({ title: doc.title, exported: doc.exportedAt, filter: doc.filterLabel, count: doc.articles.length }),
    `# ${escapeLine(doc.title)}`,
    escapeLine(
      [doc.filterLabel, labels.articles(doc.articles.length), `${labels.exported} ${doc.exportedAt}`]
        .filter(Boolean)
        .join(' · '),
    ),
    `## ${labels.contents}`,
    contents.join('\n'),
  ];
  doc.articles.forEach((a, i) => {
    blocks.push(
      '---',
      `<a id="${anchorOf(i)}"></a>`,
      `## ${escapeLine(a.title)}`,
      metadataList(a, labels, doc),
      ...articleBlocks(a, doc, notes, '###'),
    );
  });
  return blocks;
}

/** One article (doc.kind 'article') or a whole dossier as one Markdown file. */
export function buildMarkdown(doc: ExportDocument): string {
  const blocks = doc.kind === 'article' ? singleArticle(doc) : dossier(doc);
  return `${blocks.join('\n\n')}\n`;
}
