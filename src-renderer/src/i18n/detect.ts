import type { UiLocale } from '../../../src-main/contract/archive';

/**
 * The UI language for the OS's preferred languages: Russian when the first language
 * we have messages for is Russian (`ru`, `ru-RU`…), English otherwise.
 */
export function detectLocale(languages: readonly string[]): UiLocale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}
