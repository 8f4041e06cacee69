// What changed between two versions of a story (or any two articles): a word diff of
// their texts, headline first, for the reader's version history (archive:diff).
//
// jsdiff (`diff` on npm) 9.0, Myers' O(ND) diff, maintained since 2011. It ships its own
// TypeScript types since 8.0 (@types/diff is a deprecated stub now). 9.0 is the current
// major and differs from 8.0.4 only in dropping ES5 and in parsing patch files, neither
// of which matters here; its `maxEditLength` lets a diff give up rather than run long.
import { diffArrays, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { ArticleBody, DiffPart } from '../../contract/archive';
import type { ArchiveStores } from '../archive-stores';

/** Past this many characters in either text, paragraphs are compared whole rather than word by word. */
export const WORD_DIFF_MAX_CHARS = 200_000;
/**
 * Myers' diff costs (length × edits). Versions of one story differ by a few dozen words
 * and diff in milliseconds; two unrelated texts would run on for seconds, so past this
 * many edits a word diff gives up (about 0.3 s for 30,000 words) and paragraphs are compared.
 */
const MAX_WORD_EDITS = 1000;
/** The same bound for paragraphs; past it, the one text is shown removed and the other added. */
const MAX_PARAGRAPH_EDITS = 5000;
/** Paragraphs are joined with a blank line, so the parts in order read as the texts do. */
export const PARAGRAPH_BREAK = '\n\n';

/** The diff of article `id` (the older text) against `against` (the newer); null when either is not in the archive. */
export async function versionDiff(stores: ArchiveStores, id: string, against: string): Promise<DiffPart[] | null> {
  const { catalogue, bodies } = stores;
  const older = catalogue.article(id);
  const newer = catalogue.article(against);
  if (!older || !newer) return null;
  // A body that cannot be read diffs as an empty one, as the reader shows it.
  const [a, b] = await Promise.all([bodies.get(id), bodies.get(against)]);
  return diffTexts(blocksOf(older.title, a), blocksOf(newer.title, b));
}

function blocksOf(title: string, body: ArticleBody | undefined | null): string[] {
  return [title, ...(body?.paragraphs ?? [])].filter((block) => block !== '');
}

/**
 * Word diff of two texts given as paragraphs. Same parts plus removed ones read as the
 * old text, same plus added as the new; runs of one kind are merged into one part.
 */
export function diffTexts(older: readonly string[], newer: readonly string[]): DiffPart[] {
  const a = older.join(PARAGRAPH_BREAK);
  const b = newer.join(PARAGRAPH_BREAK);
  if (a.length <= WORD_DIFF_MAX_CHARS && b.length <= WORD_DIFF_MAX_CHARS) {
    // With spaces as tokens, so the parts give both texts back exactly: diffWords matches
    // words only and drops a paragraph break from one side where the other has text.
    const words = diffWordsWithSpace(a, b, { maxEditLength: MAX_WORD_EDITS });
    if (words) return joinedChanges(words.map((c) => ({ kind: kindOf(c), text: c.value })));
  }
  return diffParagraphs(older, newer);
}

/** Whole paragraphs kept, removed or added, with the breaks between them kept in the parts. */
export function diffParagraphs(older: readonly string[], newer: readonly string[]): DiffPart[] {
  const changes = diffArrays([...older], [...newer], { maxEditLength: MAX_PARAGRAPH_EDITS }) ?? [
    { value: [...older], added: false, removed: true, count: older.length },
    { value: [...newer], added: true, removed: false, count: newer.length },
  ];
  const parts: DiffPart[] = [];
  // A break precedes every paragraph but each text's first. Before a run, it is in the
  // texts that run continues: both (same), or one (removed or added); a paragraph
  // replaced by another shares one break rather than showing it removed and added.
  let oldSeen = false;
  let newSeen = false;
  for (let i = 0; i < changes.length; i++) {
    const run = changes[i]!;
    const removed = run.removed ? run.value : [];
    const added = run.added ? run.value : changes[i + 1]?.added && run.removed ? changes[++i]!.value : [];
    const same = !run.added && !run.removed ? run.value : [];
    const inOld = removed.length > 0 || same.length > 0;
    const inNew = added.length > 0 || same.length > 0;
    const breakInOld = inOld && oldSeen;
    const breakInNew = inNew && newSeen;
    if (breakInOld || breakInNew)
      parts.push({ kind: breakInOld && breakInNew ? 'same' : breakInOld ? 'removed' : 'added', text: PARAGRAPH_BREAK });
    if (same.length) parts.push({ kind: 'same', text: same.join(PARAGRAPH_BREAK) });
    if (removed.length) parts.push({ kind: 'removed', text: removed.join(PARAGRAPH_BREAK) });
    if (added.length) parts.push({ kind: 'added', text: added.join(PARAGRAPH_BREAK) });
    oldSeen ||= inOld;
    newSeen ||= inNew;
  }
  return merged(parts);
}

/**
 * "quick brown" → "slow red" diffs as quick→slow, a same space, brown→red; read as one
 * change: the spaces between changed words go to both sides. Paragraph breaks stay same.
 */
function joinedChanges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  let gap = '';
  const flush = (): void => {
    out.push({ kind: 'removed', text: removed }, { kind: 'added', text: added }, { kind: 'same', text: gap });
    removed = added = gap = '';
  };
  for (const part of parts) {
    if (part.kind === 'same' && (removed || added) && !gap && /^[^\S\n]+$/.test(part.text)) gap = part.text;
    else if (part.kind === 'same') {
      flush();
      out.push(part);
    } else {
      removed += gap;
      added += gap;
      gap = '';
      if (part.kind === 'removed') removed += part.text;
      else added += part.text;
    }
  }
  flush();
  return merged(out);
}

function kindOf(change: Pick<ChangeObject<unknown>, 'added' | 'removed'>): DiffPart['kind'] {
  return change.added ? 'added' : change.removed ? 'removed' : 'same';
}

function merged(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last?.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
