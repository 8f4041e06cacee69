// Child process of the data-lock tests: takes the lock on a data folder and says so, then
// holds it until killed, lets go after a while, or exits without letting go, as asked.
import { acquireDataLock } from '../../../src-main/core/store/data-lock';

const [dataDir, then = 'hold'] = process.argv.slice(2) as [string, string?];
const lock = await acquireDataLock(dataDir);
process.stdout.write('locked\n');
if (then === 'exit') process.exit(0);
const releaseAfter = /^release-after-(\d+)$/.exec(then);
if (releaseAfter) setTimeout(() => void lock.release().then(() => process.exit(0)), Number(releaseAfter[1]));
else setInterval(() => undefined, 60_000);
