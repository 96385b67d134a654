/**
 * `motcua report --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD [--data DIR] [--json] [--docx FILE] [--xlsx FILE]`
 * The periodic report of a unit (or, with a city code, of every ward and commune of the city),
 * both dates included. docs/reports.md describes every member of the JSON and what it counts.
 */
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { AppError } from '../../platform/errors.ts';
import { buildReport } from '../../features/reports/build-report.ts';
import { reportJson } from '../../domain/report/report-json.ts';
import { dayOf, localMinuteFromInstant, parseIsoDate, parseIsoLocalDateTime } from '../../domain/calendar/local-time.ts';
import { formatInteger } from '../../domain/format/number.ts';
import { formatRatioPercent } from '../../domain/format/percent.ts';
import { reportDocx } from '../../documents/reports/report-docx.ts';
import { reportXlsx } from '../../documents/reports/report-xlsx.ts';
import { withDatabase } from '../database.ts';
import { CliError, nowInstant, print, printJson } from '../io.ts';

interface ReportOptions {
  unit: string;
  from: string;
  to: string;
  data?: string;
  json?: boolean;
  docx?: string;
  xlsx?: string;
  asOf?: string;
  round?: boolean;
}

function dateOption(text: string, flag: string): number {
  const day = parseIsoDate(text);
  if (day === undefined) throw new CliError(`Ngày ${flag} không hợp lệ: "${text}". Hãy viết theo dạng YYYY-MM-DD, ví dụ 2026-03-31.`);
  return day;
}

function progressReporter(): { update: (step: number, steps: number, label: string) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: 'Lập báo cáo [{bar}] {value}/{total} {label}', stream: process.stderr, hideCursor: true });
    let started = false;
    return {
      update: (step, steps, label) => {
        if (!started) bar.start(steps, 0, { label });
        started = true;
        bar.update(step, { label });
      },
      stop: () => started && bar.stop(),
    };
  }
  return { update: (step, steps, label) => process.stderr.write(`[${step}/${steps}] ${label}…\n`), stop: () => undefined };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Lập báo cáo định kỳ của một đơn vị (hoặc cả thành phố) trong khoảng ngày, gồm cả hai ngày đầu và cuối')
    .requiredOption('--unit <mã>', 'mã đơn vị; mã thành phố cho báo cáo cấp thành phố')
    .requiredOption('--from <YYYY-MM-DD>', 'ngày đầu kỳ')
    .requiredOption('--to <YYYY-MM-DD>', 'ngày cuối kỳ')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--json', 'in báo cáo dạng JSON (một đối tượng)')
    .option('--docx <tệp>', 'ghi báo cáo Word (.docx)')
    .option('--xlsx <tệp>', 'ghi các bảng số liệu Excel (.xlsx)')
    .option('--as-of <YYYY-MM-DDTHH:mm>', 'thời điểm lấy số liệu (mặc định: bây giờ)')
    .option('--round', 'làm tròn tỷ lệ thay vì cắt bớt')
    .action(async (options: ReportOptions) => {
      const from = dateOption(options.from, '--from');
      const to = dateOption(options.to, '--to');
      if (from > to) throw new CliError('Ngày --from phải trước hoặc trùng ngày --to.');
      const now = localMinuteFromInstant(nowInstant());
      let asOf = now;
      if (options.asOf !== undefined) {
        const parsed = parseIsoLocalDateTime(options.asOf);
        if (parsed === undefined) throw new CliError(`Thời điểm --as-of không hợp lệ: "${options.asOf}". Hãy viết theo dạng 2026-03-31T17:00.`);
        asOf = parsed;
      }
      const progress = progressReporter();
      const report = await withDatabase(options, async (handle) => {
        try {
          return await buildReport(handle.db, { unitCode: options.unit, from, to, asOf, percentMode: options.round ? 'round' : 'truncate', onProgress: progress.update });
        } catch (error) {
          if (error instanceof AppError) throw new CliError(error.message, error.kind === 'not_found' ? 3 : 2);
          throw error;
        } finally {
          progress.stop();
        }
      });
      if (options.docx) await fs.writeFile(options.docx, await reportDocx(report, { date: dayOf(now) }));
      if (options.xlsx) await fs.writeFile(options.xlsx, await reportXlsx(report));
      if (options.json) {
        printJson(reportJson(report));
        return;
      }
      const t = report.total;
      print(`${report.unit.name} — ${report.period.label}`);
      print(`Tiếp nhận: ${formatInteger(t.received.total)} (trực tuyến ${formatInteger(t.received.online)}, trực tiếp ${formatInteger(t.received.inPerson)}, bưu chính ${formatInteger(t.received.post)}, kỳ trước ${formatInteger(t.received.carriedOver)})`);
      print(`Đã giải quyết: ${formatInteger(t.resolved.total)} (trước hạn ${formatInteger(t.resolved.early)}, đúng hạn ${formatInteger(t.resolved.onTime)}, quá hạn ${formatInteger(t.resolved.overdue)}); từ chối ${formatInteger(t.refused)}; rút ${formatInteger(t.withdrawn)}`);
      print(`Đang giải quyết: ${formatInteger(t.inProgress.total)} (trong hạn ${formatInteger(t.inProgress.withinDeadline)}, quá hạn ${formatInteger(t.inProgress.overdue)}); yêu cầu bổ sung ${formatInteger(t.supplementRequested)}`);
      print(`Tỷ lệ trực tuyến ${formatRatioPercent(t.rates.online)}; đúng hạn ${formatRatioPercent(t.rates.onTime)}; thanh toán trực tuyến ${formatRatioPercent(t.rates.onlinePayment)}`);
      if (options.docx) print(`Đã ghi ${options.docx}`);
      if (options.xlsx) print(`Đã ghi ${options.xlsx}`);
    });
}
