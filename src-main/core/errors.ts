// Errors a handler throws on purpose; ipc-router turns each into its own error code,
// so the renderer can tell "that article is gone" from "the disk is full".

/** The article, annotation or tag a call names does not exist (any more). */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A request that passed its schema but cannot be carried out as asked (e.g. a tag renamed under itself). */
export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

/** The user-data file could not be written. The change was not kept, on disk or in memory. */
export class WriteFailedError extends Error {
  constructor(path: string, cause: unknown) {
    super(
      `could not save your change to ${path}: ${cause instanceof Error ? cause.message : String(cause)}; nothing was changed`,
    );
    this.name = 'WriteFailedError';
  }
}

/** Another import (or export) is running; imports never overlap, since both would rewrite the catalogue. */
export class BusyError extends Error {
  constructor(message = 'an import is already running; wait for it or cancel it') {
    super(message);
    this.name = 'BusyError';
  }
}
