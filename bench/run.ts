/**
 * `npm run bench`: runs every benchmark suite at its stated size, prints a table
 * (figure, baseline measured in the same run, ratio, target) and writes docs/benchmarks.md
 * with a description of the machine. `npm run bench -- deadline` runs one suite.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { BenchRow, BenchSuite } from './harness.ts';
import { deadlineSuite } from './suites/deadline.ts';

const SUITES: BenchSuite[] = [deadlineSuite];

const number = (n: number): string =>
  n >= 100 ? Math.round(n).toLocaleString('vi-VN') : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'không rõ';
  return `${os.cpus().length} lõi (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
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
  const suites = only.length ? SUITES.filter((s) => only.includes(s.name)) : SUITES;
  const rows: Array<BenchRow & { suite: string }> = [];
  for (const suite of suites) {
    console.log(`» ${suite.name}: ${suite.description}`);
    for (const row of await suite.run()) {
      rows.push({ ...row, suite: suite.name });
      console.log(`  ${row.figure}: ${number(row.value)} ${row.unit} | mốc ${number(row.baselineValue)} | ${number(row.ratio)}× | ${row.met ? 'đạt' : 'CHƯA ĐẠT'} (${row.target})`);
    }
  }
  const body = table(rows);
  console.log(`\n${body}`);
  const doc = [
    '# Số đo hiệu năng',
    '',
    'Sinh bởi `npm run bench` (bench/run.ts); mỗi chỉ số đặt cạnh một mốc đo trong cùng lần chạy.',
    '',
    `Máy đo: ${machine()}. Ngày đo: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...suites.map((s) => `- **${s.name}**: ${s.description}`),
    '',
    body,
    '',
  ].join('\n');
  if (only.length === 0) writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), doc);
}

await main();
