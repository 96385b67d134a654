/**
 * `motcua alerts raise [--unit CODE] [--data DIR] [--json]`: runs the raising pass of escalation
 * alerts now (docs/supervision.md §9) — what every `motcua serve` does every
 * MOTCUA_ALERT_INTERVAL_MS. Each alert is stored once, however many passes run.
 * `--json` prints {units, raised, unaddressed}.
 */
import type { Command } from 'commander';
import { CliError, nowInstant, print, printJson } from '../io.ts';
import { AppError } from '../../platform/errors.ts';
import { withDatabase } from '../database.ts';
import { configWithOptions } from './serve.ts';
import { CalendarService } from '../../platform/calendar/calendar-service.ts';
import type { AppContext } from '../../platform/context.ts';
import { localMinuteFromInstant } from '../../domain/calendar/local-time.ts';
import { raiseAlerts } from '../../features/alerts/raise-alerts.ts';

export function registerAlerts(program: Command): void {
  const alerts = program.command('alerts').description('Cảnh báo sớm và báo cáo vượt cấp');
  alerts
    .command('raise')
    .description('Xét ngay các hồ sơ, phản ánh kiến nghị đang giải quyết và gửi cảnh báo mới theo thang báo cáo vượt cấp của đơn vị')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--unit <code>', 'chỉ xét một đơn vị')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (options: { data?: string; unit?: string; json?: boolean }) => {
      const config = configWithOptions(options.data ? { data: options.data } : {});
      const summary = await withDatabase(options, (handle) => {
        const ctx: AppContext = { db: handle.db, driver: handle.driver, config, calendars: new CalendarService(handle.db), now: () => localMinuteFromInstant(nowInstant()) };
        return raiseAlerts(ctx, options.unit ? { unitCode: options.unit.trim() } : {}).catch((error: unknown) => {
          throw error instanceof AppError ? new CliError(error.message, 1) : error;
        });
      });
      if (options.json) printJson(summary);
      else {
        print(`Đã xét ${summary.units} đơn vị; gửi ${summary.raised} cảnh báo mới.`);
        if (summary.unaddressed.length > 0) print(`Không có người nhận cho ${summary.unaddressed.length} cảnh báo (đơn vị chưa có Lãnh đạo Trung tâm, Chủ tịch): ${summary.unaddressed.slice(0, 10).join(', ')}`);
      }
    });
}
