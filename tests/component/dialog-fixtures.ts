import type { Dialogs } from '../../src-renderer/src/lib/dialogs.svelte';

/**
 * A modal's props as the window gives them: `open` while `name` is the dialog on screen
 * (a getter, so the component follows it), `onClose` asking the owner, plus `others`.
 */
export function modalProps<Name extends string, const P extends object>(dialogs: Dialogs<Name>, name: Name, others: P) {
  const door = {
    get open() {
      return dialogs.isOpen(name);
    },
    onClose: () => dialogs.close(name),
  };
  return Object.assign(door, others);
}
