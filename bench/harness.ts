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

// ─── PostgreSQL for the suites that measure it ───────────────────────────────

let postgresUrl: Promise<string | undefined> | undefined;

/**
 * The PostgreSQL server the suites measure on: MOTCUA_BENCH_PG_URL, else the throwaway
 * PostgreSQL 15 of the tests (scripts/pg-start.sh starts it, or finds it running).
 * Undefined when none can be had (the PostgreSQL rows are then reported as not measured).
 */
export function benchPostgresUrl(): Promise<string | undefined> {
  postgresUrl ??= (async () => {
    if (process.env.MOTCUA_BENCH_PG_URL) return process.env.MOTCUA_BENCH_PG_URL;
    const { spawnSync } = await import('node:child_process');
    const started = spawnSync('bash', [new URL('../scripts/pg-start.sh', import.meta.url).pathname], { encoding: 'utf8' });
    return started.status === 0 ? started.stdout.trim() : undefined;
  })();
  return postgresUrl;
}

/** A fresh, empty database on the bench server (dropped by `drop`). */
export async function freshPostgresDatabase(baseUrl: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `motcua_bench_${label}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: baseUrl });
      await again.connect();
      try {
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.end();
      }
    },
  };
}

/** "PostgreSQL 15.x" of the bench server, for the machine description. */
export async function postgresVersion(): Promise<string> {
  const url = await benchPostgresUrl();
  if (!url) return 'PostgreSQL: không có máy chủ để đo';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('select version()');
    return rows[0]?.version.split(',')[0] ?? 'PostgreSQL (không rõ phiên bản)';
  } catch {
    return 'PostgreSQL: không kết nối được';
  } finally {
    await client.end().catch(() => undefined);
  }
}
