/**
 * `motcua demo generate`: demo data sets of any size (up to millions of dossiers) into the
 * embedded database of a data folder or into PostgreSQL (DATABASE_URL), with a progress bar
 * and a final summary. See docs/demo-data.md.
 */
import type { Command } from 'commander';
import { CliError, nowInstant, print, printJson } from '../io.ts';
import { progressBar } from '../progress.ts';
import { withDatabase } from '../database.ts';
import { bootstrap } from '../../platform/bootstrap/bootstrap.ts';
import { dayOf, localMinuteFromInstant, parseIsoDate, type DayNumber } from '../../domain/calendar/local-time.ts';
import { formatInteger } from '../../domain/format/index.ts';
import { DEMO_UNIT_SEEDS } from '../../features/demo/city.ts';
import { DEFAULT_DEMO_PASSWORD, DemoAlreadyLoadedError, generateDemo, type DemoSummary } from '../../features/demo/write.ts';
import { seedFrom } from '../../features/demo/random.ts';
import { localFileStore } from '../../platform/files/file-store.ts';
import { configWithOptions } from './serve.ts';

export interface DemoGenerateOptions {
  data?: string;
  units?: string;
  from?: string;
  to?: string;
  dossiers?: string;
  seed?: string;
  json?: boolean;
}

/** Default span of `demo generate`: the 90 days up to today (about a quarter). */
export const DEFAULT_SPAN_DAYS = 90;
export const DEFAULT_SEED = 2026;

function positiveInteger(text: string | undefined, name: string, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > max) {
    throw new CliError(`${name} phải là số nguyên từ 1 đến ${formatInteger(max)} (đang là "${text}").`);
  }
  return Number(text);
}

function day(text: string | undefined, name: string): DayNumber | undefined {
  if (text === undefined) return undefined;
  const parsed = parseIsoDate(text.trim());
  if (parsed === undefined) throw new CliError(`${name} phải là ngày dạng YYYY-MM-DD, ví dụ 2026-01-15 (đang là "${text}").`);
  return parsed;
}

/** A seed from the command line: an integer as is, any other text hashed. */
export function parseSeed(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_SEED;
  return /^\d+$/.test(text.trim()) ? Number(text) >>> 0 : seedFrom(text.trim());
}

export function describeSummary(summary: DemoSummary): string[] {
  const statuses = Object.entries(summary.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status}: ${formatInteger(count)}`)
    .join(', ');
  return [
    `Đã sinh ${formatInteger(summary.dossiers)} hồ sơ (${formatInteger(summary.events)} sự kiện) cho ${summary.units} đơn vị, tiếp nhận từ ${summary.from.split('-').reverse().join('/')} đến ${summary.to.split('-').reverse().join('/')}, hạt giống ${summary.seed}.`,
    `Theo trạng thái: ${statuses}.`,
    `Thời gian: ${summary.seconds.toFixed(1).replace('.', ',')} giây (${formatInteger(Math.round(summary.dossiersPerSecond))} hồ sơ/giây).`,
  ];
}

export async function demoGenerate(options: DemoGenerateOptions): Promise<void> {
  const units = positiveInteger(options.units, '--units', DEMO_UNIT_SEEDS.length) ?? 5;
  const dossiers = positiveInteger(options.dossiers, '--dossiers', 50_000_000);
  const now = localMinuteFromInstant(nowInstant());
  const to = day(options.to, '--to') ?? dayOf(now);
  const from = day(options.from, '--from') ?? to - DEFAULT_SPAN_DAYS + 1;
  if (from > to) throw new CliError('--from phải trước hoặc bằng --to.');
  if (from > dayOf(now)) throw new CliError('--from không được ở tương lai: dữ liệu mẫu chỉ có các sự kiện đã xảy ra.');
  const seed = parseSeed(options.seed);
  const bar = progressBar('Sinh dữ liệu mẫu');
  const summary = await withDatabase(options, async (handle) => {
    const boot = await bootstrap(handle.db, { adminPassword: process.env.MOTCUA_ADMIN_PASSWORD || undefined });
    if (boot.generatedAdminPassword && !options.json) print(`Tài khoản quản trị: admin / ${boot.generatedAdminPassword}  (mật khẩu chỉ in một lần)`);
    try {
      const { summary: result } = await generateDemo(
        handle.db,
        { seed, units, from, to, now, ...(dossiers ? { dossiers } : {}) },
        {
          password: process.env.MOTCUA_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
          // The files of its attachments, where the server of this data folder reads them.
          fileStore: localFileStore(configWithOptions(options.data ? { data: options.data } : {}).filesDir),
          onProgress: (done, total) => bar.update(done, total),
        },
      );
      return { ...result, driver: handle.driver };
    } catch (error) {
      if (error instanceof DemoAlreadyLoadedError) throw new CliError(error.message, 1);
      throw error;
    } finally {
      bar.stop();
    }
  });
  if (options.json) printJson(summary);
  else for (const line of describeSummary(summary)) print(line);
}

export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('Dữ liệu mẫu: một thành phố Hải Phòng với các xã, phường và hồ sơ như thật');
  demo
    .command('generate')
    .description('Sinh dữ liệu mẫu vào CSDL nhúng của thư mục dữ liệu, hoặc vào PostgreSQL qua DATABASE_URL')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--units <n>', `số xã, phường (1–${DEMO_UNIT_SEEDS.length}; mặc định 5)`)
    .option('--from <YYYY-MM-DD>', `ngày tiếp nhận đầu tiên (mặc định ${DEFAULT_SPAN_DAYS} ngày trước --to)`)
    .option('--to <YYYY-MM-DD>', 'ngày tiếp nhận cuối cùng (mặc định hôm nay)')
    .option('--dossiers <n>', 'tổng số hồ sơ (mặc định theo quy mô thật: khoảng 4.500 hồ sơ/quý một phường)')
    .option('--seed <s>', `hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu (mặc định ${DEFAULT_SEED})`)
    .option('--json', 'in kết quả dạng JSON')
    .action(demoGenerate);
}
