// The current UI language as reactive state: every `t()` read in a template
// depends on it, so switching the language re-renders the interface in place.
import type { UiLocale } from '../../../src-main/contract/archive';
import { detectLocale } from './detect';

const current = $state<{ locale: UiLocale }>({
  locale: typeof navigator === 'undefined' ? 'en' : detectLocale(navigator.languages ?? [navigator.language]),
});

export function getLocale(): UiLocale {
  return current.locale;
}

/** Switches the interface language, and the document's, so screen readers follow. */
export function setLocale(locale: UiLocale): void {
  current.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
