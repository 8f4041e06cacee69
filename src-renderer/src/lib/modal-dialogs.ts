// One modal dialog at a time. The menu's commands reach the window whatever is on
// screen, so without this a command could open Settings over a running export: two
// backdrops, two focus traps, and closing the top one hands the focus back into the
// one underneath. A command for another dialog replaces the open one, as if the user
// had closed it first, unless that one refuses to close (an export or a restore still
// running: its progress and outcome must stay in view); then the command is ignored.
export type ModalName = 'settings' | 'sources' | 'tags' | 'export' | 'restore';

/** How the window sees one modal dialog: whether it is open, and closing it on the dialog's own terms. */
export interface ModalDoor {
  isOpen(): boolean;
  /** May refuse, as the dialog's own Close does (a running export stays). */
  close(): void;
}

export class ModalDialogs {
  readonly #doors: Record<ModalName, ModalDoor>;

  constructor(doors: Record<ModalName, ModalDoor>) {
    this.#doors = doors;
  }

  /**
   * Closes every other open dialog so `which` can open alone; false when one of them
   * refused to close, and `which` must not open. The dialog itself is left as it is:
   * opening it again is its own business (an export running ignores it).
   */
  makeWayFor(which: ModalName): boolean {
    const others = (Object.keys(this.#doors) as ModalName[])
      .filter((name) => name !== which)
      .map((name) => this.#doors[name]);
    for (const door of others) if (door.isOpen()) door.close();
    return others.every((door) => !door.isOpen());
  }
}
