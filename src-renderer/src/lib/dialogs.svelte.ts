// Which modal dialog is on screen: one at a time, in the whole window. The menu's
// commands reach the window whatever is on screen, so without one owner a command could
// open Settings over a running export: two backdrops, two focus traps, and closing the
// top one hands the focus back into the one underneath. Opening a dialog replaces the
// open one, as if the user had closed it first, unless that one refuses to close (an
// export or a restore still running: its progress and outcome must stay in view); then
// nothing changes. The dialogs themselves are named once, in app-state.ts.

/** What a dialog says about being closed; without a rule it always may be. */
export interface DialogRule {
  /** False keeps the dialog on screen, whoever asks: its own Close or Esc, or another dialog opening. */
  mayClose?(): boolean;
}

export class Dialogs<Name extends string> {
  /** The dialog on screen, or null. Components read it; only `open` and `close` change it. */
  #current = $state<Name | null>(null);
  readonly #rules: Record<Name, DialogRule>;

  constructor(rules: Record<Name, DialogRule>) {
    this.#rules = rules;
  }

  get current(): Name | null {
    return this.#current;
  }

  isOpen(name: Name): boolean {
    return this.#current === name;
  }

  /**
   * Puts `name` on screen in place of the open dialog; false, and nothing changes, when
   * that one refuses to close. Opening the dialog already open answers true and leaves
   * it as it is: what it shows then is its own business (a running export ignores it).
   */
  open(name: Name): boolean {
    const current = this.#current;
    if (current !== null && current !== name && !this.close(current)) return false;
    this.#current = name;
    return true;
  }

  /** Closes `name` unless its rule refuses; true when it is closed now, or was not open. */
  close(name: Name): boolean {
    if (this.#current !== name) return true;
    if (this.#rules[name].mayClose?.() === false) return false;
    this.#current = null;
    return true;
  }
}
