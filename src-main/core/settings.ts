// Settings and UI state as read from disk: validated field by field against the same
// schemas the IPC door uses, so a hand-edited or older file never reaches the app
// with a bad value. A bad or missing field takes its default; the rest are kept.
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE, type Settings, type UiState } from '../contract/archive';
import { SETTINGS_PATCH, UI_STATE_PATCH } from '../contract/ipc';

/** Settings from a stored object of any age; `problems` names each field that was dropped. */
export function loadSettings(raw: unknown, problems: string[] = []): Settings {
  return { ...DEFAULT_SETTINGS, ...validFields(SETTINGS_PATCH.shape, raw, 'setting', problems) } as Settings;
}

export function loadUiState(raw: unknown, problems: string[] = []): UiState {
  return { ...DEFAULT_UI_STATE, ...validFields(UI_STATE_PATCH.shape, raw, 'window state', problems) } as UiState;
}

type Shape = Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>;

function validFields(shape: Shape, raw: unknown, what: string, problems: string[]): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`the stored ${what}s were not a key: value map and were reset`);
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const field = shape[key];
    if (!field) continue; // a field from a newer or older version: ignored, not an error
    const parsed = field.safeParse(value);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
    else
      problems.push(`the stored ${what} "${key}" (${JSON.stringify(value)?.slice(0, 60)}) was not valid and was reset`);
  }
  return out;
}
