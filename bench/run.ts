/**
 * `npm run bench`: runs every benchmark suite at its stated size, prints a table
 * (figure, baseline measured in the same run, ratio, target) and writes docs/benchmarks.md
 * with a description of the machine. `npm run bench -- deadline` runs one suite and replaces only
 * its section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { postgresVersion, stopBenchServers, type BenchRow, type BenchSuite } from './harness.ts';
import { replaceGenerated, sectionsOf } from './doc-sections.ts';
import { deadlineSuite } from './suites/deadline.ts';
import { demoSuite } from './suites/demo.ts';
import { apiSuite } from './suites/api.ts';
import { reportsSuite } from './suites/reports.ts';
import { importSuite } from './suites/import.ts';
import { burstSuite } from './suites/burst.ts';
import { queueSuite } from './suites/queue.ts';

import { supervisionSuite } from './suites/supervision.ts';

import { webSuite } from './suites/web.ts';
import { sessionSuite } from './suites/session.ts';

/** Every suite of the project, one line each (`npm run bench -- <name>` runs one). */
const SUITES: BenchSuite[] = [
  deadlineSuite,
  reportsSuite,
  demoSuite,
  apiSuite,
  importSuite,
  burstSuite,
  queueSuite,

  supervisionSuite,

  webSuite,
  sessionSuite,
];

const number = (n: number): string =>
  n >= 100 ? Math.round(n).toLocaleString('vi-VN') : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

async function machine(): Promise<string> {
  const cpu = os.cpus()[0]?.model ?? 'không rõ';
  return `${os.cpus().length} lõi (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${await postgresVersion()}, thư mục dữ liệu đo trên ${fileSystemOf(os.tmpdir())}, tải trung bình lúc bắt đầu ${os.loadavg()[0]!.toFixed(1)}`;
}

/** "ext4 (/dev/vda)": what an fsync there reaches (a tmpfs would make durable commits free). */
function fileSystemOf(dir: string): string {
  const lines = spawnSync('df', ['-T', dir], { encoding: 'utf8' }).stdout?.trim().split('\n') ?? [];
  const [device, type] = lines.at(-1)?.split(/\s+/) ?? [];
  return device && type ? `${type} (${device})` : 'hệ tệp không rõ';
}

function table(rows: Array<BenchRow & { suite: string }>): string {
  const header = '| Bộ | Chỉ số | Giá trị | Mốc so sánh (cùng lần chạy) | Giá trị mốc | Tỷ lệ | Mục tiêu | Đạt |\n|---|---|---|---|---|---|---|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.suite} | ${r.figure} | ${number(r.value)} ${r.unit} | ${r.baseline} | ${number(r.baselineValue)} | ${number(r.ratio)}× | ${r.target} | ${r.met ? 'có' : 'KHÔNG'} |`,
  );
  return [header, ...lines].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !SUITES.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`Không có bộ đo: ${unknown.join(', ')}. Các bộ đo: ${SUITES.map((s) => s.name).join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  const suites = only.length ? SUITES.filter((s) => only.includes(s.name)) : SUITES;
  const machineLine = await machine();
  const rows: Array<BenchRow & { suite: string }> = [];
  try {
    for (const suite of suites) {
      console.log(`» ${suite.name}: ${suite.description}`);
      for (const row of await suite.run()) {
        rows.push({ ...row, suite: suite.name });
        console.log(`  ${row.figure}: ${number(row.value)} ${row.unit} | mốc ${number(row.baselineValue)} | ${number(row.ratio)}× | ${row.met ? 'đạt' : 'CHƯA ĐẠT'} (${row.target})`);
      }
    }
  } finally {
    await stopBenchServers();
  }
  console.log(`\n${table(rows)}`);
  writeDoc(suites, rows, machineLine);
}

const DOC = new URL('../docs/benchmarks.md', import.meta.url);
const DOC_HEAD = [
  '# Số đo hiệu năng',
  '',
  'Sinh bởi `npm run bench` (bench/run.ts): mỗi chỉ số đặt cạnh một mốc đo trong cùng lần chạy. Mỗi bộ đo có một mục;',
  '`npm run bench -- <bộ>` chỉ thay mục của bộ đó. Máy dùng chung (nhiều tiến trình khác chạy cùng lúc) thì số đo thấp hơn máy riêng:',
  'tải trung bình lúc bắt đầu được ghi cạnh mô tả máy.',
].join('\n');

/** docs/benchmarks.md: one section per suite; the suites just run replace their generated part (bench/doc-sections.ts), the notes and the others stay. */
function writeDoc(suites: readonly BenchSuite[], rows: Array<BenchRow & { suite: string }>, machineLine: string): void {
  const previous = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  const sections = sectionsOf(previous);
  for (const suite of suites) {
    sections.set(
      suite.name,
      replaceGenerated(sections.get(suite.name), [
        `## ${suite.name}`,
        '',
        suite.description,
        '',
        `Máy đo: ${machineLine}. Ngày đo: ${new Date().toISOString().slice(0, 10)}.`,
        '',
        table(rows.filter((r) => r.suite === suite.name)),
      ].join('\n')),
    );
  }
  const ordered = [...SUITES.map((s) => s.name).filter((name) => sections.has(name)), ...[...sections.keys()].filter((name) => !SUITES.some((s) => s.name === name))];
  writeFileSync(DOC, [DOC_HEAD, ...ordered.map((name) => sections.get(name)!)].join('\n\n') + '\n');
}

await main();
