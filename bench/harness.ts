/** Shared types and helpers of the benchmark suites (see bench/run.ts). */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  /** Vietnamese name of the figure. */
  figure: string;
  value: number;
  unit: string;
  /** What the figure is compared with, measured in the same run. */
  baseline: string;
  baselineValue: number;
  /** value / baselineValue for rates, baselineValue / value for durations (higher is better). */
  ratio: number;
  /** The target stated in the issue, in words. */
  target: string;
  /** Did the figure meet its target? */
  met: boolean;
}

export interface BenchSuite {
  name: string;
  /** Stated sizes, printed in the report. */
  description: string;
  run(): Promise<BenchRow[]>;
}

/** Runs `fn` `rounds` times after one warm-up round and returns the best time in ms. */
export function bestOf(rounds: number, fn: () => void): number {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A small deterministic PRNG (mulberry32) so that every run measures the same inputs. */
export { seededRandom } from '../src/demo/random.ts';
