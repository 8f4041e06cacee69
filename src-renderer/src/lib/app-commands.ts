// Menu items main asks the window to carry out (`app:command`), each mapped to what
// the window does for it.
import type { AppCommand } from '../../../src-main/contract/archive';
import { subscribe } from './api';

export type AppCommandActions = Record<AppCommand, () => void>;

/** Carries out every command main sends; returns the unsubscribe function. */
export function connectAppCommands(actions: AppCommandActions): () => void {
  return subscribe('app:command', ({ command }) => actions[command]?.());
}
