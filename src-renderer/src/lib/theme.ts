// The colour theme on the document: app.css reads `data-theme` on <html> and sets
// `color-scheme` from it, and every colour is a light-dark() pair, so Light and
// Dark override the OS while System follows it, live, with no script watching it.
import type { Theme } from '../../../src-main/contract/archive';

/** Applies a theme setting to the document (the root element by default). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
