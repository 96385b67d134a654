import type { Command } from 'commander';
import { nowInstant, print } from '../io.ts';
import { dayOf, localMinuteFromInstant, ymdFromDayNumber } from '../../domain/calendar/local-time.ts';
import { weekdayName } from '../../domain/calendar/names.ts';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../domain/calendar/year-schedule.ts';
import { findProcedure } from '../../domain/catalog/catalog.ts';
import { computeDueDate } from '../../domain/deadline/due-date.ts';
import { describeTimeLimit } from '../../domain/deadline/time-limit.ts';
import { formatDateTimeLong } from '../../domain/format/index.ts';

/** Frequent procedures of a commune center, shown on the start screen. */
const SHOWCASE_CODES = ['1.001193', '2.000815', '1.004873', '1.001612', '1.001776'];

export function registerStart(program: Command): void {
  program
    .command('start', { isDefault: true })
    .description('Khởi động Một Cửa (hiện tại: hạn trả của các thủ tục thường gặp nếu tiếp nhận ngay bây giờ, và lịch làm việc năm nay)')
    .action(() => {
      const now = localMinuteFromInstant(nowInstant());
      const today = dayOf(now);
      const calendar = new WorkingCalendar({ schedule: yearSchedule });
      print('MỘT CỬA — Trung tâm Phục vụ hành chính công');
      print(`Bây giờ: ${formatDateTimeLong(now)} (${weekdayName(today)})`);
      print('');
      print('Nếu tiếp nhận hồ sơ ngay bây giờ, hạn trả kết quả là:');
      for (const code of SHOWCASE_CODES) {
        const procedure = findProcedure(code, today);
        if (!procedure) continue;
        const due = computeDueDate(now, procedure.timeLimit, calendar);
        print(`- ${procedure.code} ${procedure.name}`);
        print(`    thời hạn ${describeTimeLimit(procedure.timeLimit)} → ${formatDateTimeLong(due)} (${weekdayName(dayOf(due))})`);
      }
      const { year } = ymdFromDayNumber(today);
      const schedule = yearSchedule(year);
      print('');
      print(`Ngày nghỉ trong tuần làm việc năm ${year} (${schedule.source}):`);
      for (const d of schedule.daysOff) print(`  ${d.date.split('-').reverse().join('/')}  ${d.reason}`);
      for (const d of schedule.extraWorkingDays) print(`  ${d.date.split('-').reverse().join('/')}  ${d.reason} (làm bù)`);
      print('');
      print('Xem thêm: npx motcua --help');
    });
}
