// Problems main met opening the stores (a corrupt file set aside, a damaged journal):
// shown once at start, because they concern the user's own data and must not pass unseen.
import { call } from './api';

export class StoreWarningsState {
  warnings = $state.raw<string[]>([]);
  dismissed = $state(false);

  async load(): Promise<void> {
    try {
      this.warnings = (await call('archive:summary', {})).storeWarnings;
    } catch {
      // The list and its own error line report an unreachable main process.
    }
  }
}
