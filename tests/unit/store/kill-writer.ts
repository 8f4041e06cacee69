// Child process of the kill test: opens the stores on a data dir and writes highlights
// through the same path the annotations:create channel takes (the pure change, then the
// store's commit), printing each one's id once its call resolved. The parent kills it
// with SIGKILL at random moments. The stores alone, not the whole service, so each of
// the 50 rounds starts in a fraction of a second.
import { createAnnotation } from '../../../src-main/core/annotations/annotation-ops';
import { loadArticleText } from '../../../src-main/core/annotations/article-text';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { UserDataStore } from '../../../src-main/core/store/userdata';

const [dataDir, articleId, round] = process.argv.slice(2) as [string, string, string];
const catalogue = await CatalogueStore.open(dataDir, []);
const userData = await UserDataStore.open(dataDir, []);
const article = await loadArticleText(catalogue, new BodyStore(dataDir, []), articleId);
if (!article) throw new Error(`no article ${articleId}`);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const start = (i * 37) % (article.text.length - 20);
  const input = { start, end: start + 12, color: 'yellow' as const, note: `round ${round} write ${i}` };
  const created = await userData.commit((data) => createAnnotation(data, article, input, new Date().toISOString()));
  process.stdout.write(`${created.id}\n`);
}
