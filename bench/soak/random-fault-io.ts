// The soak's file writes: the real ones, except that, by a seeded draw, a write comes up
// short (half its bytes, as write(2) may on a nearly full disk), fails as on a full disk,
// or is slow. The stores must turn each into a clean failure or a success, never a torn file.
import { NODE_FILE_IO, type FileIo } from '../../src-main/core/store/file-io';

/** A fixed-seed generator, so a failing round can be run again. */
export function lcg(seed: number): () => number {
  let state = seed % 2 ** 31 || 1;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

export interface FaultCounts {
  short: number;
  enospc: number;
  slow: number;
}

export function randomFaultIo(random: () => number, rate: number): { io: FileIo; counts: FaultCounts } {
  const counts: FaultCounts = { short: 0, enospc: 0, slow: 0 };
  const io: FileIo = {
    async open(path, flags) {
      const file = await NODE_FILE_IO.open(path, flags);
      return {
        write: async (bytes) => {
          const draw = random();
          if (draw < rate / 3 && bytes.length > 1) {
            counts.short++;
            return file.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          }
          if (draw < (2 * rate) / 3) {
            counts.enospc++;
            throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
          }
          if (draw < rate) {
            counts.slow++;
            await new Promise((done) => setTimeout(done, 5 + Math.floor(random() * 40)));
          }
          return file.write(bytes);
        },
        sync: () => file.sync(),
        close: () => file.close(),
      };
    },
    truncate: (path, size) => NODE_FILE_IO.truncate(path, size),
    rename: (from, to) => NODE_FILE_IO.rename(from, to),
  };
  return { io, counts };
}
