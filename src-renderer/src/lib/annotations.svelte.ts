// The user's highlights and article notes, as the reader changes them: each change
// goes to main (which answers once it is on disk), then the open article and the
// result list are fetched again so every view shows what is stored, nothing else.
import type { Annotation, HighlightColor } from '../../../src-main/contract/userdata';
import { call, errorMessage } from './api';
import type { BodyRange } from './text-selection';

/** What the state needs from the reading room after a change. */
export interface AnnotationHost {
  reloadArticle(): Promise<void>;
  refreshResults(): void;
}

/** The last deleted annotation and its article, kept for undo. */
export interface DeletedAnnotation {
  articleId: string;
  annotation: Annotation;
}

export class AnnotationState {
  /** The colour the last highlight took; the `h` key and "Add note" use it. */
  lastColor = $state<HighlightColor>('yellow');
  /** The annotation whose note is open for editing, one at a time. */
  editingId = $state<string | null>(null);
  deleted = $state.raw<DeletedAnnotation | null>(null);
  /** Whether the panel is open; kept from article to article. */
  panelOpen = $state(true);
  error = $state<string | null>(null);

  constructor(private readonly host: AnnotationHost) {}

  /** Highlights a stretch of the article; with `editNote`, opens the new highlight's note for typing. */
  async create(
    articleId: string,
    range: BodyRange,
    color: HighlightColor,
    editNote = false,
  ): Promise<Annotation | null> {
    this.lastColor = color;
    const created = await this.#change(() => call('annotations:create', { articleId, ...range, color }));
    if (created && editNote) {
      this.panelOpen = true;
      this.editingId = created.id;
    }
    return created;
  }

  async recolor(articleId: string, id: string, color: HighlightColor): Promise<void> {
    this.lastColor = color;
    await this.#change(() => call('annotations:update', { articleId, id, color }));
  }

  /** Saves a highlight's note and closes its editor once it is stored. */
  async saveNote(articleId: string, id: string, note: string): Promise<boolean> {
    const saved = await this.#change(() => call('annotations:update', { articleId, id, note }));
    if (saved && this.editingId === id) this.editingId = null;
    return saved !== null;
  }

  async delete(articleId: string, id: string): Promise<void> {
    const annotation = await this.#change(() => call('annotations:delete', { articleId, id }));
    if (annotation) this.deleted = { articleId, annotation };
    if (this.editingId === id) this.editingId = null;
  }

  /** Puts the last deleted annotation back exactly as it was. */
  async undoDelete(): Promise<void> {
    const deleted = this.deleted;
    if (!deleted) return;
    const restored = await this.#change(() => call('annotations:restore', deleted));
    if (restored) this.deleted = null;
  }

  /** Sets the article-level note; an empty or blank note removes it. */
  async setNote(articleId: string, note: string): Promise<boolean> {
    const text = note.trim() === '' ? '' : note;
    return (await this.#change(() => call('note:set', { articleId, note: text }))) !== null;
  }

  async #change<T>(request: () => Promise<T>): Promise<T | null> {
    this.error = null;
    let result: T;
    try {
      result = await request();
    } catch (err) {
      this.error = errorMessage(err);
      return null;
    }
    this.host.refreshResults();
    await this.host.reloadArticle();
    return result;
  }
}
