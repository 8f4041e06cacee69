// A file that moved unchanged keeps its articles (the importer finds them by content).
// One that moved and changed gets new article ids, and its old articles go missing; the
// user's work on them is matched here to the new articles by text similarity.
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import type { UserDataStore } from '../store/userdata';
import { loadArticleText } from './article-text';
import { bestMatch } from './similarity';

export interface Move {
  from: string;
  to: string;
  /** 1 for identical text; the similarity that decided otherwise. */
  score: number;
}

interface MoveInput {
  userData: UserDataStore;
  catalogue: CatalogueStore;
  bodies: BodyStore;
  existedBefore: ReadonlySet<string>;
  /** Articles whose work already has a place to go (a newer version of their story: version-moves.ts). */
  settled?: ReadonlySet<string>;
}

// Comparing every orphan with every new article costs a shingle set each; past this many
// pairs, only new articles with the orphan's headline are compared.
const MAX_PAIRS = 20_000;

export async function findMoves(input: MoveInput): Promise<Move[]> {
  const { userData, catalogue, bodies, existedBefore, settled } = input;
  const orphans = Object.keys(userData.data.articles).filter(
    (id) => (catalogue.article(id)?.missing ?? true) && !settled?.has(id),
  );
  if (orphans.length === 0) return [];
  const created = Object.keys(catalogue.data.articles).filter(
    (id) => !existedBefore.has(id) && !catalogue.article(id)!.missing,
  );
  if (created.length === 0) return [];
  const texts = new Map<string, string>();
  const textOf = async (id: string): Promise<string | null> => {
    if (!texts.has(id)) texts.set(id, (await loadArticleText(catalogue, bodies, id))?.text ?? '');
    return texts.get(id) || null;
  };
  const moves: Move[] = [];
  const taken = new Set<string>();
  for (const from of orphans) {
    const record = userData.data.articles[from]!;
    const title = catalogue.article(from)?.title ?? record.link?.title ?? '';
    const twin = record.link && catalogue.articleByContentHash(record.link.contentHash);
    if (twin && !twin.missing && twin.id !== from && !taken.has(twin.id)) {
      moves.push({ from, to: twin.id, score: 1 });
      taken.add(twin.id);
      continue;
    }
    const text = await textOf(from);
    if (!text) continue;
    const pool = created.filter(
      (id) =>
        !taken.has(id) &&
        (orphans.length * created.length <= MAX_PAIRS || sameTitle(catalogue.article(id)!.title, title)),
    );
    const candidates = [];
    for (const id of pool) candidates.push({ id, text: (await textOf(id)) ?? '' });
    const best = bestMatch(text, candidates);
    if (best) {
      moves.push({ from, to: best.id, score: best.score });
      taken.add(best.id);
    }
  }
  return moves;
}

function sameTitle(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase().trim() === b.normalize('NFC').toLowerCase().trim();
}
