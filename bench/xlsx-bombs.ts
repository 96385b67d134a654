/**
 * `npx tsx bench/xlsx-bombs.ts [part of a name]`: builds the hostile XLSX files of issue 12 §4 (one 400 MB
 * cell in a ≈ 400 KB file; 4 million shared strings) and sends each to the import preview
 * (`POST /api/imports/preview`) of a real server (Fastify + PGlite in memory, the API test
 * harness) in a child process of its own, printing the server process's resident memory when
 * idle and its peak (VmHWM) after the request, the time, and the answer. Memory is measured
 * here, not in the tests; docs/security.md records the figures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHugeCellXlsx, writeManySharedStringsXlsx } from '../test/support/xlsx-bombs.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const at = (file: string): string => JSON.stringify(path.join(ROOT, file));

/** The child: a server on a fresh PGlite, an administrator's preview of the file, peak RSS. */
const CHILD = `
import fs from 'node:fs';
const { createTestApp } = await import(${at('test/support/api.ts')});
const { createPgliteTestDatabase } = await import(${at('test/support/db.ts')});
const { formData } = await import(${at('test/support/multipart.ts')});
const peak = () => Math.round(Number(/VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) / 1024);
const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const t = await createTestApp(await createPgliteTestDatabase(), { maxUploadMb: 50 });
const admin = await t.login('admin');
const form = await formData({ source: 'bom' }, { bytes: fs.readFileSync(process.argv[2]), name: 'bom.xlsx' });
const idle = rss();
const started = performance.now();
const response = await t.app.inject({ method: 'POST', url: '/api/imports/preview', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': form.contentType }, payload: form.body });
const seconds = Math.round((performance.now() - started) / 100) / 10;
const answer = response.statusCode + ' ' + (response.statusCode === 200 ? (response.json().rows.length + ' rows') : response.json().message);
console.log(JSON.stringify({ idleRssMb: idle, peakRssMb: peak(), seconds, answer }));
process.exit(0);
`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(ROOT, '.tmp', 'bombs-'));
  try {
    const files = [
      { name: 'baseline: a file of one row', file: path.join(dir, 'nho.xlsx'), make: (f: string) => writeManySharedStringsXlsx(f, 1) },
      { name: 'one 400 MB cell (inline string)', file: path.join(dir, 'o-400mb.xlsx'), make: (f: string) => writeHugeCellXlsx(f, 400 * 2 ** 20, 'inline') },
      { name: 'one 400 MB cell (shared string)', file: path.join(dir, 'o-400mb-shared.xlsx'), make: (f: string) => writeHugeCellXlsx(f, 400 * 2 ** 20, 'shared') },
      { name: '4 000 000 shared strings ("0"…"999" repeated)', file: path.join(dir, '4m-chuoi.xlsx'), make: (f: string) => writeManySharedStringsXlsx(f, 4_000_000) },
      { name: '4 000 000 distinct shared strings', file: path.join(dir, '4m-chuoi-khac-nhau.xlsx'), make: (f: string) => writeManySharedStringsXlsx(f, 4_000_000, { distinct: true }) },
      { name: '990 000 distinct shared strings (just under the limit: accepted)', file: path.join(dir, 'gan-gioi-han.xlsx'), make: (f: string) => writeManySharedStringsXlsx(f, 990_000, { distinct: true }) },
      { name: '4 000 000 shared strings as rich text', file: path.join(dir, '4m-chuoi-dinh-dang.xlsx'), make: (f: string) => writeManySharedStringsXlsx(f, 4_000_000, { rich: true }) },
    ];
    const childFile = path.join(dir, 'child.mts');
    fs.writeFileSync(childFile, CHILD);
    const only = process.argv[2];
    for (const { name, file, make } of files.filter((f) => !only || f.name.includes(only))) {
      await make(file);
      const run = spawnSync(process.execPath, ['--import', 'tsx', childFile, file], { cwd: ROOT, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 24 });
      const result = run.stdout.trim().split('\n').pop() ?? '';
      console.log(`${name} (${(fs.statSync(file).size / 1024).toFixed(0)} KB): ${result || `no result (signal ${run.signal}, status ${run.status}) ${run.stderr.slice(0, 500)}`}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
