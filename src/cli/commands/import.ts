/**
 * `motcua import FILE --source NAME [--unit CODE] [--unit-name NAME] [--data DIR] [--json]
 *  [--preview] [--dry-run] [--report PATH] [--as-of DATETIME]`: imports an XLSX or CSV export of another system
 * (docs/import.md). Progress on stderr; `--json` prints {rows, created, updated, unchanged,
 * rejected} (+ errorReport when rows were rejected) on stdout.
 * `motcua import FILE --kind pakn [--unit CODE] [--source NAME] [--json]`: a PAKN export
 * (docs/pakn.md §10), same summary (+ rejectedRows when rows were rejected).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { progressBarWithFormat } from '../progress.ts';
import { CliError, nowInstant, print, printJson } from '../io.ts';
import { withDatabase } from '../database.ts';
import { configWithOptions } from './serve.ts';
import { CalendarService } from '../../platform/calendar/calendar-service.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { saveErrorReport } from '../../features/imports/error-report.ts';
import { ImportFailedError, importFile, type ImportProgress } from '../../features/imports/import-file.ts';
import type { ImportedBy } from '../../domain/dossier/events.ts';
import { missingRequired, previewFile } from '../../features/imports/preview-import.ts';
import { localMinuteFromInstant, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { parseImportedTime } from '../../domain/import/values.ts';
import { formatInteger } from '../../domain/format/index.ts';
import { importPaknFile } from '../../features/pakn/import-pakn.ts';

/** The source of a PAKN export when --source is not given: the national portal. */
const PAKN_DEFAULT_SOURCE = 'dvc-quoc-gia';

/** `--kind pakn`: one pass over the file, row by row; the summary and the rejected rows. */
async function importPakn(ctx: AppContext, filePath: string, options: ImportOptions): Promise<void> {
  const result = await importPaknFile(ctx, { filePath, source: options.source ?? PAKN_DEFAULT_SOURCE, ...(options.unit ? { unitCode: options.unit.trim() } : {}), scope: 'all' });
  const summary = { rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected };
  if (options.json) {
    printJson({ ...summary, ...(result.rejected > 0 ? { rejectedRows: result.rejections } : {}) });
    return;
  }
  print(`Đã đọc ${formatInteger(result.rows)} dòng: ${formatInteger(result.created)} phản ánh, kiến nghị mới, ${formatInteger(result.updated)} cập nhật, ${formatInteger(result.unchanged)} không đổi, ${formatInteger(result.rejected)} dòng bị từ chối.`);
  for (const r of result.rejections) print(`  Dòng ${r.row}${r.column ? ` (${r.column}${r.value ? `: ${r.value}` : ''})` : ''}: ${r.reason}.`);
}

interface ImportOptions {
  source?: string;
  kind: string;
  unit?: string;
  unitName?: string;
  data?: string;
  json?: boolean;
  preview?: boolean;
  dryRun?: boolean;
  report?: string;
  asOf?: string;
}

/**
 * `--as-of`: when the file's undated status changes were known, read like a date cell of the file
 * (day first; a date alone is 00:00 of that day); never after now.
 */
function asOfOption(text: string | undefined, now: LocalMinute): LocalMinute | undefined {
  if (text === undefined) return undefined;
  const parsed = parseImportedTime(text);
  if (!parsed.ok) throw new CliError(`--as-of "${text}": ${parsed.reason}. Ví dụ: --as-of "31/03/2026 17:00" hoặc --as-of 2026-03-31T17:00.`);
  if (parsed.value.at > now) throw new CliError(`--as-of "${text}" là thời điểm trong tương lai; hãy ghi thời điểm xuất tệp (không sau lúc này).`);
  return parsed.value.at;
}

/**
 * Progress on stderr: a redrawn bar on a terminal; otherwise (logs, pipes) one plain line per
 * committed batch, so that a log shows exactly how far an interrupted import had got.
 */
function progressBar(file: string): { update(p: ImportProgress): void; stop(): void } {
  if (!process.stderr.isTTY) {
    return {
      update(p) {
        process.stderr.write(`Đã ghi ${formatInteger(p.rows)} dòng của ${file} (mới ${formatInteger(p.created)}, cập nhật ${formatInteger(p.updated)}, không đổi ${formatInteger(p.unchanged)}, bị từ chối ${formatInteger(p.rejected)}); đã đọc ${Math.floor((100 * p.bytesRead) / Math.max(1, p.bytesTotal))}% tệp.\n`);
      },
      stop() {},
    };
  }
  const bar = progressBarWithFormat<Record<'rows' | 'created' | 'updated' | 'rejected', string>>(
    `Nhập ${file} [{bar}] {percentage}% | {rows} dòng (mới {created}, cập nhật {updated}, bị từ chối {rejected}) | còn khoảng {eta_formatted}`,
  );
  return {
    update(p) {
      const payload = { rows: formatInteger(p.rows), created: formatInteger(p.created), updated: formatInteger(p.updated), rejected: formatInteger(p.rejected) };
      const total = Math.max(1, p.bytesTotal);
      bar.update(Math.min(p.bytesRead, total), total, payload);
    },
    stop: () => bar.stop(),
  };
}

/**
 * Who runs `motcua import`: the operating-system account of the server's console (whoever may
 * run it may write the data folder or holds DATABASE_URL, so every unit is in scope).
 */
function consoleImporter(): ImportedBy {
  let account = process.env.USER ?? 'không rõ';
  try {
    account = os.userInfo().username || account;
  } catch {
    // No entry for the uid (a container): the environment's name, if any, is kept.
  }
  return { kind: 'console', account };
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Nhập hồ sơ từ tệp XLSX hoặc CSV xuất từ hệ thống khác (sổ theo dõi hồ sơ, cổng dịch vụ công…)')
    .argument('<file>', 'tệp .xlsx hoặc .csv')
    .option('--kind <kind>', 'loại dữ liệu: dossier (hồ sơ, mặc định) hoặc pakn (phản ánh, kiến nghị)', 'dossier')
    .option('--source <name>', `tên hệ thống nguồn, ví dụ dvc-haiphong (ghi vào từng sự kiện); bắt buộc với hồ sơ, mặc định ${PAKN_DEFAULT_SOURCE} với --kind pakn`)
    .option('--unit <code>', 'mã đơn vị của các dòng không ghi đơn vị (tạo mới nếu chưa có)')
    .option('--unit-name <name>', 'tên đơn vị khi cần tạo mới (mặc định là mã)')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--preview', 'chỉ xem trước: dòng tiêu đề, cột nhận ra và 10 dòng đầu; không ghi gì')
    .option('--dry-run', 'kiểm tra định dạng mọi dòng, không ghi gì')
    .option('--report <path>', 'nơi ghi báo cáo lỗi (.csv hoặc .xlsx); mặc định trong thư mục dữ liệu')
    .option('--json', 'in kết quả dạng JSON')
    .option('--as-of <datetime>', 'thời điểm hệ thống nguồn xuất tệp: các thay đổi trạng thái không ghi ngày được tính vào lúc này (mặc định: bây giờ), ví dụ "31/03/2026 17:00"')
    .action(async (file: string, options: ImportOptions) => {
      const filePath = path.resolve(file);
      if (options.kind !== 'dossier' && options.kind !== 'pakn') throw new CliError(`Loại dữ liệu "${options.kind}" không có; dùng --kind dossier hoặc --kind pakn.`);
      if (options.kind === 'dossier' && !options.source) throw new CliError("Thiếu tùy chọn bắt buộc --source <name>.");
      if (options.kind === 'pakn' && (options.preview || options.dryRun || options.unitName || options.report)) throw new CliError('Với --kind pakn chỉ dùng --unit, --source, --data và --json.');
      if (!fs.existsSync(filePath)) throw new CliError(`Không tìm thấy tệp ${file}.`);
      const source = options.source ?? PAKN_DEFAULT_SOURCE;
      const config = configWithOptions(options.data ? { data: options.data } : {});
      const asOf = asOfOption(options.asOf, localMinuteFromInstant(nowInstant()));
      await withDatabase(options, async (handle) => {
        const ctx: AppContext = { db: handle.db, driver: handle.driver, config, calendars: new CalendarService(handle.db), now: () => localMinuteFromInstant(nowInstant()) };
        try {
          if (options.kind === 'pakn') return await importPakn(ctx, filePath, options);
          if (options.preview || options.dryRun) {
            const preview = await previewFile(ctx, { filePath, source, wholeFile: options.dryRun === true });
            if (options.json) return printJson(preview);
            print(`Dòng tiêu đề: ${preview.mapping.headerRow}. Cột nhận ra:`);
            for (const column of preview.mapping.columns) print(`  ${column.header} → ${column.fieldLabel ?? '(giữ nguyên theo hồ sơ)'}`);
            const missing = missingRequired(preview);
            if (missing.length) print(`THIẾU cột bắt buộc: ${missing.join(', ')}.`);
            for (const row of preview.rows) print(`  Dòng ${row.row}: ${row.problems ? `LỖI — ${row.problems.map((p) => `${p.column}: ${p.reason}`).join('; ')}` : JSON.stringify(row.record)}`);
            if (preview.totals) print(`Kiểm tra toàn tệp: ${formatInteger(preview.totals.rows)} dòng, ${formatInteger(preview.totals.rejected)} dòng có lỗi. Chưa ghi gì vào cơ sở dữ liệu.`);
            return;
          }
          const bar = options.json ? undefined : progressBar(path.basename(filePath));
          let result;
          try {
            result = await importFile(ctx, {
              filePath,
              source,
              ...(options.unit ? { unitCode: options.unit.trim(), createUnit: options.unitName ? { name: options.unitName } : {} } : {}),
              scope: 'all',
              importedBy: consoleImporter(),
              ...(asOf !== undefined ? { asOf } : {}),
              onProgress: (p) => bar?.update(p),
            });
          } finally {
            bar?.stop();
          }
          let errorReport: string | undefined;
          if (result.rejected > 0) {
            errorReport = path.resolve(options.report ?? path.join(config.dataDir, 'imports', `${path.basename(filePath).replace(/\.[^.]+$/, '')}-${result.jobId.slice(0, 8)}-loi.csv`));
            fs.mkdirSync(path.dirname(errorReport), { recursive: true });
            await saveErrorReport(handle.db, result.jobId, errorReport);
          }
          const summary = { rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected };
          if (options.json) {
            printJson({ ...summary, ...(errorReport ? { errorReport } : {}), ...(result.unitCreated ? { unitCreated: options.unit } : {}), ...(result.cancelled ? { cancelled: true } : {}), jobId: result.jobId });
            return;
          }
          if (result.unitCreated) print(`Đã tạo đơn vị mới ${options.unit} (${options.unitName?.trim() || options.unit}).`);
          if (result.cancelled) print('Lần nhập đã bị hủy từ trang quản trị; các lô đã ghi trước khi hủy được giữ nguyên.');
          print(`Đã đọc ${formatInteger(result.rows)} dòng: ${formatInteger(result.created)} hồ sơ mới, ${formatInteger(result.updated)} hồ sơ cập nhật, ${formatInteger(result.unchanged)} không đổi, ${formatInteger(result.rejected)} dòng bị từ chối.`);
          if (errorReport) print(`Báo cáo lỗi (dòng, cột, giá trị, lý do): ${errorReport}`);
        } catch (error) {
          if (error instanceof AppError || error instanceof ImportFailedError) throw new CliError(error.message, 1);
          throw error;
        }
      });
    });
}
