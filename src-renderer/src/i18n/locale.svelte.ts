// The current UI language as reactive state: every `t()` read in a template
// depends on it, so switching the language re-renders the interface in place.
import type { UiLocale } from '../../../src-main/contract/archive';
import { detectLocale } from './detect';

/** The language the OS prefers, as far as we have messages for it. */
export function systemLocale(): UiLocale {
  return typeof navigator === 'undefined' ? 'en' : detectLocale(navigator.languages ?? [navigator.language]);
}

const current = $state<{ locale: UiLocale }>({ locale: systemLocale() });

export function getLocale(): UiLocale {
  return current.locale;
}

/** Switches the interface language, and the document's, so screen readers follow. */
export function setLocale(locale: UiLocale): void {
  current.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Applies the saved setting: a chosen language, or the OS's when it is null. */
export function applyLocaleSetting(locale: UiLocale | null): void {
  setLocale(locale ?? systemLocale());
}
