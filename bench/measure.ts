// Small measuring tools shared by the bench run and its phases.
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * Peak RSS of this process: sampled every 100 ms (what a monitor would see) and the
 * kernel's own high-water mark (which also catches peaks inside long synchronous work).
 */
export function rssSampler(): { stop: () => { sampledMb: number; maxRssMb: number } } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return { sampledMb: peak / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 };
    },
  };
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

/** Runs a command, resolving with its stdout, stderr, exit code and wall time. */
export function run(
  cmd: string,
  args: string[],
  options: { cwd?: string } = {},
): Promise<{ ms: number; code: number; stdout: string; stderr: string }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - start, code: code ?? -1, stdout, stderr }));
  });
}

export const ms = (n: number): string => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms` : 'n/a');
export const secs = (n: number): string => (Number.isFinite(n) ? `${(n / 1000).toFixed(1)} s` : 'n/a');
export const rate = (count: number, msTaken: number): number => (count * 1000) / msTaken;
