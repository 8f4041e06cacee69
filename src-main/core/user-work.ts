// The channels of the user's own work (tags, highlights, notes) over the user-data
// store. Each one computes the next state with a pure function and resolves once the
// store has it on disk.
import type { ArticleUserData } from '../contract/userdata';
import {
  createAnnotation,
  currentRecord,
  deleteAnnotation,
  restoreAnnotation,
  setArticleNote,
  updateAnnotation,
  userDataView,
  type ArticleText,
} from './annotations/annotation-ops';
import { linkOf, loadArticleText } from './annotations/article-text';
import { NotFoundError } from './errors';
import type { ChannelsOf, HandlersOf } from '../contract/ipc';
import type { BodyStore } from './store/bodies';
import type { CatalogueStore } from './store/catalogue';
import type { UserDataStore } from './store/userdata';
import { applyTags, deleteTag, renameTag, setTagColor } from './tags/tag-ops';
import { tagTree } from './tags/tag-tree';

export type UserWorkChannel = ChannelsOf<'tags' | 'annotations' | 'note'>;

interface Stores {
  catalogue: CatalogueStore;
  bodies: BodyStore;
  userData: UserDataStore;
}

const now = (): string => new Date().toISOString();

export function userWorkHandlers(stores: Stores): HandlersOf<UserWorkChannel> {
  const { catalogue, userData } = stores;
  const text = async (id: string): Promise<ArticleText> => {
    const found = await loadArticleText(catalogue, stores.bodies, id);
    if (!found)
      throw new NotFoundError(
        catalogue.article(id) ? `the text of article ${id} cannot be read` : `no article ${id} in the archive`,
      );
    return found;
  };
  return {
    'tags:list': async () => tagTree(userData.data),
    'tags:apply': async ({ ids, add, remove }) => {
      const unknown = ids.filter((id) => !catalogue.article(id));
      if (unknown.length)
        throw new NotFoundError(`${unknown.length} of the articles are not in the archive (first: ${unknown[0]})`);
      return userData.commit((d) =>
        applyTags(d, { ids, add, remove, now: now(), linkOf: (id) => linkOf(catalogue.article(id)!) }),
      );
    },
    'tags:rename': async ({ from, to }) => userData.commit((d) => renameTag(d, from, to, now())),
    'tags:delete': async ({ name }) => userData.commit((d) => deleteTag(d, name, now())),
    'tags:set-color': async ({ name, color }) => {
      await userData.commit((d) => setTagColor(d, name, color, now()));
      return tagTree(userData.data);
    },
    'annotations:create': async ({ articleId, ...input }) => {
      const article = await text(articleId);
      return userData.commit((d) => createAnnotation(d, article, input, now()));
    },
    'annotations:update': async ({ articleId, id, ...patch }) =>
      userData.commit((d) => updateAnnotation(d, articleId, id, patch, now())),
    'annotations:delete': async ({ articleId, id }) =>
      userData.commit((d) => deleteAnnotation(d, articleId, id, now())),
    'annotations:restore': async ({ articleId, annotation }) => {
      const article = await text(articleId);
      return userData.commit((d) => restoreAnnotation(d, article, annotation, now()));
    },
    'note:set': async ({ articleId, note }) => {
      const article = await text(articleId);
      return userData.commit((d) => setArticleNote(d, article, note, now()));
    },
  };
}

/**
 * The user's work on an article for the reader. Highlights anchored in an older text
 * (the import that changed it was interrupted before re-anchoring) are placed again first.
 */
export async function articleUserData(stores: Stores, id: string): Promise<ArticleUserData> {
  const record = stores.userData.record(id);
  const meta = stores.catalogue.article(id);
  if (!record || !meta || record.annotations.length === 0 || record.anchoredTo === meta.contentHash)
    return userDataView(record);
  const article = await loadArticleText(stores.catalogue, stores.bodies, id);
  if (!article) return userDataView(record);
  return stores.userData.commit((d) => {
    const next = currentRecord(d, article, now());
    return { articles: { [id]: next }, result: userDataView(next) };
  });
}
