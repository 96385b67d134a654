/**
 * Receptions per second and p99 latency of `POST /api/dossiers` (a counter officer receiving a
 * dossier: session and CSRF check, catalog lookup, fee, dossier code, event appended to the
 * hash chain, read model, detail answer), with autocannon, 20 connections, 10 s after a 2 s
 * warm-up, against the real server (`motcua serve` as a child process) on PGlite (a data
 * folder) and on PostgreSQL (a fresh database). Baseline measured in the same run: a bare
 * Fastify route that parses the same JSON body and answers it, also in a child process.
 * Target (issue 3) on PostgreSQL: ≥ 500 receptions/s and p99 ≤ 50 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { BenchRow, BenchSuite } from '../harness.ts';
import { benchPostgresUrl, freshPostgresDatabase } from '../harness.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(REPO, 'bin/motcua.js');
const CONNECTIONS = 20;
const SECONDS = 10;
const WARM_UP_SECONDS = 2;
const ADMIN_PASSWORD = 'do-hieu-nang-api';
const WARD = '000.07.24.H24';

const RECEPTION = JSON.stringify({
  procedureCode: '1.004873',
  channel: 'in_person',
  applicant: { kind: 'individual', name: 'Nguyễn Thị Đo Tải', idNumber: '031190004567', phone: '0912345678', address: 'Số 5 Lê Lợi, phường Gia Viên' },
  components: [{ code: 'to-khai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'ban-chinh', quantity: 1 }],
});

/** A bare Fastify server: parse the JSON body, answer 201 with it. */
const BARE_SERVER = `
const fastify = require('fastify')({ logger: false });
fastify.post('/bare', async (request, reply) => reply.status(201).send({ received: request.body }));
fastify.listen({ host: '127.0.0.1', port: 0 }).then((address) => console.log('đang chạy tại ' + address + ' '));
`;

export interface Child {
  child: ChildProcess;
  url: string;
}

export function startChild(args: string[], env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, args, { cwd: REPO, env: { ...process.env, MOTCUA_LOG_LEVEL: 'error', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /đang chạy tại (http:\/\/[^\s]+) /.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

export async function stopChild({ child }: Child): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function json(response: Response, expected: number): Promise<Record<string, unknown>> {
  const body = await response.text();
  if (response.status !== expected) throw new Error(`${response.url}: ${response.status} ${body}`);
  return JSON.parse(body) as Record<string, unknown>;
}

export async function signIn(url: string, username: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const { csrfToken } = (await json(response, 200)) as { csrfToken: string };
  return { cookie: response.headers.getSetCookie()[0]!.split(';')[0]!, 'x-csrf-token': csrfToken };
}

/** A ward and its counter officer, made through the admin API; the counter's request headers. */
async function counterHeaders(url: string): Promise<Record<string, string>> {
  const admin = { ...(await signIn(url, 'admin', ADMIN_PASSWORD)), 'content-type': 'application/json' };
  await json(await fetch(`${url}/api/units`, { method: 'POST', headers: admin, body: JSON.stringify({ code: WARD, name: 'Trung tâm Phục vụ hành chính công phường Đo Tải', kind: 'ward', parentCode: '000.00.00.H24' }) }), 201);
  await json(await fetch(`${url}/api/users`, { method: 'POST', headers: admin, body: JSON.stringify({ username: 'tiepnhan.dotai', fullName: 'Công chức tiếp nhận', password: 'mat-khau-do-tai', role: 'counter_officer', unitCode: WARD }) }), 201);
  return { ...(await signIn(url, 'tiepnhan.dotai', 'mat-khau-do-tai')), 'content-type': 'application/json' };
}

interface Measured {
  rate: number;
  p99: number;
  /** Answers other than the expected status, and connection errors. */
  failures: number;
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Measured> {
  const result = await autocannon({ url, method: 'POST', headers, body: RECEPTION, connections: CONNECTIONS, duration: seconds });
  return { rate: result.requests.average, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

async function measure(url: string, headers: Record<string, string>): Promise<Measured> {
  await load(url, headers, WARM_UP_SECONDS);
  return load(url, headers, SECONDS);
}

async function measureApp(env: Record<string, string>): Promise<Measured> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-api-'));
  const server = await startChild([BIN, 'serve', '--data', dataDir, '--port', '0'], { MOTCUA_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env });
  try {
    return await measure(`${server.url}/api/dossiers`, await counterHeaders(server.url));
  } finally {
    await stopChild(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const TARGET_RATE = 500;
const TARGET_P99_MS = 50;

export const apiSuite: BenchSuite = {
  name: 'api',
  description: `POST /api/dossiers (tiếp nhận hồ sơ tại quầy, một phường) qua máy chủ thật (motcua serve), autocannon ${CONNECTIONS} kết nối, ${SECONDS} giây sau ${WARM_UP_SECONDS} giây khởi động, trên PGlite và PostgreSQL; mốc: một route Fastify trần đọc cùng thân JSON, đo trong cùng lần chạy`,
  async run(): Promise<BenchRow[]> {
    const bare = await startChild(['-e', BARE_SERVER]);
    let baseline: Measured;
    try {
      baseline = await measure(`${bare.url}/bare`, { 'content-type': 'application/json' });
    } finally {
      await stopChild(bare);
    }
    const rows: BenchRow[] = [];
    const add = (driver: string, measured: Measured, target: boolean): void => {
      const clean = measured.failures === 0;
      rows.push(
        {
          figure: `Tiếp nhận hồ sơ/giây (${driver})${clean ? '' : `, ${measured.failures} lỗi`}`,
          value: measured.rate,
          unit: 'hồ sơ/giây',
          baseline: 'route Fastify trần (yêu cầu/giây)',
          baselineValue: baseline.rate,
          ratio: measured.rate / baseline.rate,
          target: target ? `≥ ${TARGET_RATE} hồ sơ/giây` : 'không đặt (đo để so sánh)',
          met: clean && (!target || measured.rate >= TARGET_RATE),
        },
        {
          figure: `Độ trễ p99 tiếp nhận (${driver})`,
          value: measured.p99,
          unit: 'ms',
          baseline: 'p99 route Fastify trần (ms)',
          baselineValue: baseline.p99,
          ratio: baseline.p99 / Math.max(measured.p99, 0.001),
          target: target ? `≤ ${TARGET_P99_MS} ms` : 'không đặt (đo để so sánh)',
          met: clean && (!target || measured.p99 <= TARGET_P99_MS),
        },
      );
    };
    add('PGlite', await measureApp({}), false);
    const baseUrl = await benchPostgresUrl();
    if (baseUrl === undefined) throw new Error('Không khởi động được PostgreSQL để đo (scripts/pg-start.sh); đặt MOTCUA_BENCH_PG_URL.');
    const database = await freshPostgresDatabase(baseUrl, 'api');
    try {
      add('PostgreSQL', await measureApp({ DATABASE_URL: database.url }), true);
    } finally {
      await database.drop();
    }
    return rows;
  },
};
