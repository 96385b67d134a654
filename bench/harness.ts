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
export { seededRandom } from '../src/features/demo/random.ts';

// ─── PostgreSQL for the suites that measure it ───────────────────────────────

/** A server of scripts/pg-start.sh: its URL, and whether this run started it (and so stops it). */
interface ScriptServer {
  url: string | undefined;
  startedHere: boolean;
  flags: string[];
}

const servers = new Map<string, Promise<ScriptServer>>();

function scriptServer(flags: string[]): Promise<string | undefined> {
  const key = flags.join(' ');
  let server = servers.get(key);
  if (!server) {
    server = (async () => {
      const { spawnSync } = await import('node:child_process');
      const started = spawnSync('bash', [new URL('../scripts/pg-start.sh', import.meta.url).pathname, ...flags], { encoding: 'utf8' });
      // pg-start.sh says "đang chạy" when it found the server already up: that one is left running.
      return { url: started.status === 0 ? started.stdout.trim() : undefined, startedHere: started.status === 0 && !started.stderr.includes('đang chạy'), flags };
    })();
    servers.set(key, server);
  }
  return server.then((s) => s.url);
}

/**
 * The PostgreSQL server the suites measure on: MOTCUA_BENCH_PG_URL, else a PostgreSQL 15 run as
 * a city runs it, every durability setting on (`scripts/pg-start.sh --durable`, a server of its
 * own, never the tests' throwaway one). Undefined when none can be had.
 */
export function benchPostgresUrl(): Promise<string | undefined> {
  if (process.env.MOTCUA_BENCH_PG_URL) return Promise.resolve(process.env.MOTCUA_BENCH_PG_URL);
  return scriptServer(['--durable']);
}

/**
 * The tests' throwaway PostgreSQL (fsync, synchronous_commit and full_page_writes off), for a
 * comparison row only: what the durable server's figures would be without durability.
 */
export function throwawayPostgresUrl(): Promise<string | undefined> {
  return scriptServer([]);
}

/** Stops the servers this run started (one found running is left as it was). */
export async function stopBenchServers(): Promise<void> {
  const { spawnSync } = await import('node:child_process');
  for (const server of servers.values()) {
    const { startedHere, flags } = await server;
    if (startedHere) spawnSync('bash', [new URL('../scripts/pg-stop.sh', import.meta.url).pathname, ...flags], { stdio: 'inherit' });
  }
  servers.clear();
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

/** "PostgreSQL 15.x (fsync=on, …)" of the bench server, for the machine description. */
export async function postgresVersion(): Promise<string> {
  const url = await benchPostgresUrl();
  if (!url) return 'PostgreSQL: không có máy chủ để đo';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string; settings: string }>(
      "select version(), concat_ws(', ', 'fsync=' || current_setting('fsync'), 'synchronous_commit=' || current_setting('synchronous_commit'), 'full_page_writes=' || current_setting('full_page_writes')) as settings",
    );
    const row = rows[0];
    return row ? `${row.version.split(',')[0]} (${row.settings})` : 'PostgreSQL (không rõ phiên bản)';
  } catch {
    return 'PostgreSQL: không kết nối được';
  } finally {
    await client.end().catch(() => undefined);
  }
}
