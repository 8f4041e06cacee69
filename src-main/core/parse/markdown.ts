// Markdown dispatches: optional YAML front matter (front-matter.ts), then a body
// whose blocks (markdown-blocks.ts) are read like a plain-text dispatch, so a
// dateline, date line, signature or related block in the body is found as in text.
import type { DraftRecord } from './draft';
import { readDispatchBody } from './dispatch-body';
import { readFrontMatter } from './front-matter';
import { markdownBlocks, type MarkdownBlock } from './markdown-blocks';
import { markdownHazard } from './markdown-guard';

export function parseMarkdown(text: string): DraftRecord[] {
  const { front, body: source, warnings } = readFrontMatter(text);
  const hazard = markdownHazard(source);
  if (hazard) warnings.push(`${hazard}: read as plain text`);
  const { title, lines } = hazard ? plainLines(front.title, source) : markdownLines(front.title, source);
  const body = readDispatchBody(lines);
  const draft: DraftRecord = {
    title,
    date: front.date ?? body.date,
    place: front.place ?? body.place,
    agency: front.agency ?? body.agency,
    signature: front.signature ?? body.signature,
    paragraphs: body.paragraphs,
    related: body.related,
    warnings,
  };
  if (front.tags) draft.tags = front.tags;
  if (front.languageHint) draft.languageHint = front.languageHint;
  return [draft];
}

function markdownLines(fromFront: string | null, source: string): { title: string; lines: string[] } {
  const { title, blocks } = takeTitle(fromFront, markdownBlocks(source));
  // One block per paragraph: blank lines between them keep hard-wrap joining out of it.
  return { title, lines: blocks.flatMap((b) => [b.text, '']) };
}

/** The body as a plain-text dispatch reads it (text.ts): without a front-matter title, line 1 is the title. */
function plainLines(fromFront: string | null, source: string): { title: string; lines: string[] } {
  const lines = source.split('\n');
  if (fromFront !== null) return { title: fromFront, lines };
  const titleAt = lines.findIndex((line) => line.trim() !== '');
  return titleAt < 0 ? { title: '', lines: [] } : { title: lines[titleAt]!.trim(), lines: lines.slice(titleAt + 1) };
}

/**
 * The front-matter title wins; a top `# Heading` repeating it is dropped. Without
 * one, the first block is the title, as line 1 is in a plain-text dispatch.
 */
function takeTitle(fromFront: string | null, blocks: MarkdownBlock[]): { title: string; blocks: MarkdownBlock[] } {
  const first = blocks[0];
  if (fromFront !== null) {
    const repeated = first?.heading === 1 && first.text === fromFront;
    return { title: fromFront, blocks: repeated ? blocks.slice(1) : blocks };
  }
  return { title: first?.text ?? '', blocks: blocks.slice(1) };
}
