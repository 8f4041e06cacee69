// `npm test`: runs Vitest (unit, component) and then Playwright (e2e, electron), reads
// both JSON reports, prints one line per suite and ends with the line CI reads:
// `N passed, N failed, N skipped`. A runner that crashes, writes no report or exits
// non-zero without a failing test counts as a failure, so a broken run is never green.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const VITEST_REPORT = join(ROOT, 'test-results/vitest.json');
const PLAYWRIGHT_REPORT = join(ROOT, 'test-results/playwright.json');

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Tallies by suite name (unit, component, e2e, electron, or a runner's name for its own failures). */
type Tallies = Map<string, Tally>;

function count(tallies: Tallies, suite: string, outcome: keyof Tally, n = 1): void {
  const tally = tallies.get(suite) ?? { passed: 0, failed: 0, skipped: 0 };
  tally[outcome] += n;
  tallies.set(suite, tally);
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', () => done(127));
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

function readReport<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

// --- Vitest's JSON report (Jest's shape) ---
interface VitestReport {
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

function tallyVitest(report: VitestReport, tallies: Tallies): void {
  for (const file of report.testResults) {
    // tests/<suite>/...: the folder names the suite.
    const suite = relative(ROOT, file.name).split(sep)[1] ?? 'vitest';
    // A file that failed to load has no tests; it still counts as one failure.
    if (file.status === 'failed' && file.assertionResults.length === 0) count(tallies, suite, 'failed');
    for (const test of file.assertionResults) {
      count(tallies, suite, test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped');
    }
  }
}

// --- Playwright's JSON report ---
interface PlaywrightSuite {
  suites?: PlaywrightSuite[];
  specs?: { tests: { projectName: string; status: string; annotations: { type: string; description?: string }[] }[] }[];
}
interface PlaywrightReport {
  suites: PlaywrightSuite[];
  errors: unknown[];
}

function tallyPlaywright(report: PlaywrightReport, tallies: Tallies, skipReasons: Set<string>): void {
  const walk = (suite: PlaywrightSuite): void => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const outcome = test.status === 'unexpected' ? 'failed' : test.status === 'skipped' ? 'skipped' : 'passed';
        count(tallies, test.projectName, outcome);
        for (const note of test.annotations)
          if (note.type === 'skip' && note.description) skipReasons.add(`${test.projectName}: ${note.description}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
  // Errors outside any test: a spec that fails to load, a broken config.
  if (report.errors.length > 0) count(tallies, 'playwright', 'failed', report.errors.length);
}

/** Runs one runner and tallies its report; a missing report or an unexplained exit code is a failure. */
async function runSuite<T>(
  name: string,
  command: string[],
  reportPath: string,
  tally: (report: T) => void,
  tallies: Tallies,
): Promise<void> {
  rmSync(reportPath, { force: true });
  const code = await run(command[0]!, command.slice(1));
  const report = readReport<T>(reportPath);
  if (!report) {
    console.error(`${name} wrote no report (exit code ${code}): counted as a failure`);
    count(tallies, name, 'failed');
    return;
  }
  const before = totalFailed(tallies);
  tally(report);
  if (code !== 0 && totalFailed(tallies) === before) {
    console.error(`${name} exited with code ${code} and no failing test: counted as a failure`);
    count(tallies, name, 'failed');
  }
}

function totalFailed(tallies: Tallies): number {
  return [...tallies.values()].reduce((sum, t) => sum + t.failed, 0);
}

function line({ passed, failed, skipped }: Tally): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

async function main(): Promise<void> {
  const tallies: Tallies = new Map();
  const skipReasons = new Set<string>();
  const vitest = [
    'npx',
    '--no-install',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${VITEST_REPORT}`,
  ];
  await runSuite<VitestReport>('vitest', vitest, VITEST_REPORT, (r) => tallyVitest(r, tallies), tallies);
  const playwright = ['npx', '--no-install', 'playwright', 'test'];
  await runSuite<PlaywrightReport>(
    'playwright',
    playwright,
    PLAYWRIGHT_REPORT,
    (r) => tallyPlaywright(r, tallies, skipReasons),
    tallies,
  );

  const total: Tally = { passed: 0, failed: 0, skipped: 0 };
  console.log('');
  for (const reason of skipReasons) console.log(`skipped: ${reason}`);
  const order = ['unit', 'component', 'e2e', 'electron'];
  const rank = (suite: string) => (order.includes(suite) ? order.indexOf(suite) : order.length);
  for (const [suite, tally] of [...tallies].sort(([a], [b]) => rank(a) - rank(b))) {
    console.log(`${suite.padEnd(10)} ${line(tally)}`);
    total.passed += tally.passed;
    total.failed += tally.failed;
    total.skipped += tally.skipped;
  }
  console.log(line(total));
  process.exitCode = total.failed > 0 ? 1 : 0;
}

await main();
