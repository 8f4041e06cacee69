// Whether a process that left something in the data folder (a lock, a temp file) still
// runs. A pid alone can be reused by an unrelated process after a crash, so on Linux the
// process's start time is read as well: the same pid with another start time is another process.
import { readFile } from 'node:fs/promises';

/** Whether a process with this pid exists (any process: pids are reused). */
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When the process with this pid started, as Linux counts it (field 22 of /proc/<pid>/stat,
 * clock ticks since boot); null where there is no such process or no /proc (macOS, Windows).
 */
export async function processStartTime(pid: number): Promise<string | null> {
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Field 2, the command name, is in parentheses and may hold spaces and parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[22 - 3] ?? null;
}
