/**
 * `motcua start` (the README's first command, through `npm start`): the server on the
 * embedded database of ./data, with demo data loaded the first time (a progress bar), then
 * the URL and one demo account for each role. `--no-demo` starts on an empty database.
 *
 * First time = the database holds nothing but the bootstrap (catalog, city unit,
 * administrator): no other unit and no dossier. A database with real data is never touched.
 */
import type { Command } from 'commander';
import { CliError, nowInstant, print } from '../io.ts';
import { weakPasswordReason } from '../../platform/users/password-strength.ts';
import { progressBar } from '../progress.ts';
import { configWithOptions, serve, type ServerOptions } from './serve.ts';
import type { Config } from '../../platform/config.ts';
import { DemoOnNetworkError, demoExposure } from '../../platform/instance/instance.ts';
import { describeSummary, DEFAULT_SEED } from './demo.ts';
import type { Database } from '../../platform/db/client.ts';
import { findUsersByUsernames } from '../../platform/users/users.store.ts';
import { dayOf, localMinuteFromInstant } from '../../domain/calendar/local-time.ts';
import { ROLE_NAMES, type StaffRole } from '../../domain/dossier/roles.ts';
import { allOfficers, planCity } from '../../features/demo/city.ts';
import { DEFAULT_DEMO_PASSWORD, generateDemo, hasOperationalData } from '../../features/demo/write.ts';
import { localFileStore } from '../../platform/files/file-store.ts';

/**
 * The first-run demo: the seeds' first three units (phường Gia Viên, xã Kim Thành, phường
 * Hưng Đạo) at their real daily volume over the last 31 days: about 4.300 dossiers, sized so
 * that a fresh clone is ready within a minute (docs/benchmarks.md, suite "demo").
 */
export const START_DEMO = { units: 3, spanDays: 31 } as const;

/** The demo account printed for each role (usernames do not depend on the seed). */
const SHOWN_ROLES: Array<{ role: StaffRole; username: (slug: string) => string }> = [
  { role: 'counter_officer', username: (s) => `${s}.tiepnhan1` },
  { role: 'specialist', username: (s) => `${s}.vanphong.chuyenvien1` },
  { role: 'department_head', username: (s) => `${s}.vanphong.truongphong` },
  { role: 'center_leader', username: (s) => `${s}.giamdoc` },
  { role: 'chairman', username: (s) => `${s}.chutich` },
  { role: 'city_supervisor', username: () => 'haiphong.giamsat' },
  { role: 'administrator', username: () => 'haiphong.quantri' },
];

export interface StartOptions extends ServerOptions {
  demo?: boolean;
  demoDossiers?: string;
}

function demoDossiers(options: StartOptions): number | undefined {
  const text = options.demoDossiers ?? process.env.MOTCUA_DEMO_DOSSIERS;
  if (text === undefined || text.trim() === '') return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new CliError(`Số hồ sơ mẫu (--demo-dossiers hoặc MOTCUA_DEMO_DOSSIERS) phải là số nguyên dương (đang là "${text}").`);
  }
  return Number(text);
}

/**
 * Loads the demo into the open database the first time (nothing but the bootstrap in it). On an
 * address the demo may not be served on (app/instance.ts) it refuses before loading anything, so
 * the data folder stays clean for a real start with --no-demo.
 */
async function loadDemoIfFirstRun(db: Database, dossiers: number | undefined, config: Config): Promise<void> {
  if (await hasOperationalData(db)) return;
  const host = config.server.host;
  if (demoExposure({ demo: true, host, allowDemoOnNetwork: config.allowDemoOnNetwork }) === 'refused') throw new DemoOnNetworkError(host);
  print('Lần chạy đầu tiên: nạp dữ liệu mẫu (thành phố Hải Phòng, các phường, xã và hồ sơ như thật)…');
  const now = localMinuteFromInstant(nowInstant());
  const bar = progressBar('Nạp dữ liệu mẫu');
  try {
    const { summary } = await generateDemo(
      db,
      { seed: DEFAULT_SEED, units: START_DEMO.units, from: dayOf(now) - START_DEMO.spanDays + 1, to: dayOf(now), now, ...(dossiers ? { dossiers } : {}) },
      { password: demoPassword(), fileStore: localFileStore(config.filesDir), onProgress: (done, total) => bar.update(done, total) },
    );
    bar.stop();
    for (const line of describeSummary(summary)) print(line);
  } finally {
    bar.stop();
  }
}

function demoPassword(): string {
  const password = process.env.MOTCUA_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  const weak = weakPasswordReason(password);
  if (weak) throw new CliError(`MOTCUA_DEMO_PASSWORD: ${weak}`);
  return password;
}

/** Lines naming one demo account per role that exists in the database. */
export async function demoAccountLines(db: Database): Promise<string[]> {
  const city = planCity(DEFAULT_SEED, 1);
  const slug = city.units[0]!.slug;
  const wanted = SHOWN_ROLES.map((r) => r.username(slug));
  const rows = await findUsersByUsernames(db, wanted);
  if (rows.length === 0) return [];
  const byName = new Map(rows.map((row) => [row.username, row]));
  const lines = [`Tài khoản dùng thử (mật khẩu chung: ${demoPassword()}), ${city.units[0]!.placeName} và thành phố Hải Phòng:`];
  for (const shown of SHOWN_ROLES) {
    const row = byName.get(shown.username(slug));
    if (row) lines.push(`  ${ROLE_NAMES[shown.role].padEnd(32)} ${row.username.padEnd(30)} ${row.fullName}`);
  }
  lines.push(`Mỗi phường, xã có đủ các vai trò (ví dụ kimthanh.tiepnhan1); danh sách đầy đủ: ${allOfficers(planCity(DEFAULT_SEED, START_DEMO.units)).length} tài khoản, xem docs/demo-data.md.`);
  return lines;
}

export async function start(options: StartOptions): Promise<void> {
  const dossiers = demoDossiers(options);
  const config = configWithOptions(options);
  await serve(options, {
    ...(options.demo === false ? {} : { afterBootstrap: (handle) => loadDemoIfFirstRun(handle.db, dossiers, config) }),
    afterStart: async (server) => {
      for (const line of await demoAccountLines(server.ctx.db)) print(line);
    },
  });
}

export function registerStart(program: Command): void {
  program
    .command('start', { isDefault: true })
    .description('Khởi động Một Cửa: lần đầu nạp dữ liệu mẫu, rồi chạy máy chủ và in địa chỉ cùng tài khoản dùng thử')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--port <n>', 'cổng (mặc định 3000; 0: chọn cổng còn trống)')
    .option('--host <h>', 'địa chỉ lắng nghe (mặc định 127.0.0.1)')
    .option('--allow-demo-on-network', 'cho phép mở dữ liệu mẫu ra mạng (địa chỉ khác 127.0.0.1; hoặc MOTCUA_ALLOW_DEMO_ON_NETWORK=1)')
    .option('--no-demo', 'không nạp dữ liệu mẫu')
    .option('--demo-dossiers <n>', 'số hồ sơ mẫu nạp lần đầu (mặc định theo quy mô thật, khoảng 4.300; hoặc MOTCUA_DEMO_DOSSIERS)')
    .action(start);
}
