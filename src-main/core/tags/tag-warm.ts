// The tag path run on scratch state during the open's warm-up, with nothing written, so
// the user's first tagging after open runs code V8 has compiled. Timed one by one right
// after the 100k bench's open, the first five taggings of 1,000 articles cost 12-21 ms of
// CPU where later ones cost 5-9 (issue 20): applyTags, the journal line, the patch and the
// work sets each ran for the first time on the user's own click.
import type { ArticleUserRecord, UserData } from '../store/userdata-records';
import { patchInPlace } from '../store/userdata-records';
import { toLine } from '../store/userdata-journal-line';
import { applyTags } from './tag-ops';

/** As many articles as the taggings it warms for: a search's page of hits, selected at once. */
const ARTICLES = 1000;
/** Rounds: the first tags fresh records, the later ones records the round before made. */
const ROUNDS = 3;
/** A prefix no article id has (ids are hex, catalogue-records.ts): the scratch ids never meet a real one. */
const SCRATCH_ID = 'warm:';

/**
 * Tags scratch articles as a tags:apply would, into a scratch copy of `data` that shares
 * none of its records, builds each journal line as text without writing it, and hands
 * each changed record to `update` (the work sets' update, on scratch sets). Returns the
 * bytes the lines would have taken. `data` itself is only read.
 */
export function warmTagWrites(
  data: Readonly<UserData>,
  update: (id: string, record: ArticleUserRecord | undefined) => void,
): number {
  const scratch: UserData = { ...data, articles: {} };
  const ids = Array.from({ length: ARTICLES }, (_, i) => `${SCRATCH_ID}${i}`);
  const link = (id: string): ArticleUserRecord['link'] => ({ path: id, title: id, contentHash: id });
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const { result: _changed, ...patch } = applyTags(scratch, {
      ids,
      add: [`${SCRATCH_ID}${round}`],
      remove: round > 0 ? [`${SCRATCH_ID}${round - 1}`] : [],
      now: new Date().toISOString(),
      linkOf: link,
    });
    bytes += JSON.stringify(toLine(patch)).length;
    patchInPlace(scratch, patch);
    for (const id in patch.articles) update(id, scratch.articles[id]);
  }
  return bytes;
}
