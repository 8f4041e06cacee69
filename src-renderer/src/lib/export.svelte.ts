// One export from the dialog's point of view: open with what the window holds, run
// (main asks where to save), follow `export:progress`, cancel, and show what was
// written with a way to find it. The request itself comes from export-request.ts.
import type { ExportProgress, ExportRequest, ExportResult } from '../../../src-main/contract/export';
import type { ErrorCode } from '../../../src-main/contract/ipc';
import { ApiError, call, errorMessage, subscribe } from './api';
import { initialChoices, type ExportChoices, type ExportContext, type ExportOrigin } from './export-request';

/** What the dialog shows: the choices, the running export, or how it ended. */
export type ExportStage = 'choosing' | 'running' | 'finished';

export interface ExportFailure {
  code: ErrorCode | null;
  message: string;
}

export class ExportState {
  /** What the window held when the dialog last opened; null before it first opens. */
  context = $state.raw<ExportContext | null>(null);
  /** The user's choices, kept across a failed run or a cancelled save dialog. */
  choices = $state<ExportChoices>({
    scope: 'search',
    tag: '',
    format: 'pdf',
    layout: 'dossier',
    title: '',
    includeWithdrawn: false,
  });
  stage = $state<ExportStage>('choosing');
  /** The running export's last report; null before the first. */
  progress = $state.raw<ExportProgress | null>(null);
  result = $state.raw<ExportResult | null>(null);
  error = $state.raw<ExportFailure | null>(null);
  /** Main could not show the file (a plain browser, or a file it did not write). */
  revealFailed = $state(false);
  /** Cancel was asked for and main has not answered with the result yet. */
  cancelling = $state(false);

  open(origin: ExportOrigin, context: ExportContext): void {
    // One export at a time: the menu asking again while one runs leaves it on screen.
    if (this.stage === 'running') return;
    this.context = context;
    this.choices = initialChoices(origin, context);
    this.#reset();
  }

  /**
   * The dialog may close, except while an export runs: its outcome (or its error) must
   * be seen, and Cancel is the way out then.
   */
  get closable(): boolean {
    return this.stage !== 'running';
  }

  /** Runs the export; a save dialog the user cancels leaves the choices as they were. */
  async run(request: ExportRequest): Promise<void> {
    this.#reset();
    this.stage = 'running';
    try {
      const result = await call('export:run', request);
      this.result = result;
      this.stage = result ? 'finished' : 'choosing';
    } catch (err) {
      this.error = { code: err instanceof ApiError ? err.code : null, message: errorMessage(err) };
      this.stage = 'choosing';
    } finally {
      this.progress = null;
      this.cancelling = false;
    }
  }

  async cancel(): Promise<void> {
    this.cancelling = true;
    try {
      await call('export:cancel', {});
    } catch (err) {
      this.error = { code: err instanceof ApiError ? err.code : null, message: errorMessage(err) };
    }
  }

  /** Shows the first file written in the system's file manager. */
  async reveal(): Promise<void> {
    const path = this.result?.files[0];
    if (!path) return;
    try {
      this.revealFailed = !(await call('export:reveal', { path })).opened;
    } catch {
      this.revealFailed = true;
    }
  }

  /** Back from the outcome to the choices, for another export of the same things. */
  again(): void {
    this.#reset();
  }

  /** Follows main's progress reports; returns the unsubscribe function. */
  connect(): () => void {
    return subscribe('export:progress', (progress) => {
      if (this.stage === 'running') this.progress = progress;
    });
  }

  #reset(): void {
    this.stage = 'choosing';
    this.progress = null;
    this.result = null;
    this.error = null;
    this.revealFailed = false;
    this.cancelling = false;
  }
}
