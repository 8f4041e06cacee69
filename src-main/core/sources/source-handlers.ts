// The sources channels: the imported folders, re-scanning, removing, watching.
// PLACEHOLDER until the sources work lands: each call says it is not available yet.
import type { ContractHandlers } from '../service';

export type SourceChannel = 'sources:list' | 'sources:rescan' | 'sources:remove' | 'sources:set-watch' | 'import:paths';

const notYet = (): never => {
  throw new Error('not available yet');
};

export function sourceHandlers(): Pick<ContractHandlers, SourceChannel> {
  return {
    'sources:list': async () => notYet(),
    'sources:rescan': async () => notYet(),
    'sources:remove': async () => notYet(),
    'sources:set-watch': async () => notYet(),
    'import:paths': async () => notYet(),
  };
}
