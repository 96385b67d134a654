import type { Command } from 'commander';
import { CliError, print, printJson } from '../io.ts';
import { dayNumberFromYmd, daysInMonth, isoDate, weekdayOf } from '../../domain/calendar/local-time.ts';
import { weekdayName, weekdayShortName } from '../../domain/calendar/names.ts';
import { yearSchedule } from '../../domain/calendar/year-schedule.ts';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import type { YearSchedule } from '../../domain/calendar/types.ts';

const CONFIDENCE_NAMES: Record<YearSchedule['confidence'], string> = {
  confirmed: 'đã xác nhận',
  'single-source': 'một nguồn, cần đối chiếu',
  unconfirmed: 'chưa xác nhận',
  'default-rule': 'quy tắc mặc định (chưa có thông báo chính thức)',
};

const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** A month grid: days off marked "*", make-up working days marked "+". */
function monthGrid(year: number, month: number, calendar: WorkingCalendar, schedule: YearSchedule): string[] {
  const off = new Set(schedule.daysOff.map((d) => d.date));
  const extra = new Set(schedule.extraWorkingDays.map((d) => d.date));
  const lines = [`Tháng ${String(month).padStart(2, '0')}/${year}`, [1, 2, 3, 4, 5, 6, 0].map((w) => ` ${weekdayShortName(w).padStart(2)} `).join('')];
  const first = dayNumberFromYmd(year, month, 1);
  let line = '    '.repeat((weekdayOf(first) + 6) % 7);
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const day = first + d - 1;
    const iso = isoDate(day);
    const mark = off.has(iso) ? '*' : extra.has(iso) ? '+' : calendar.isWorkingDay(day) ? ' ' : '·';
    line += ` ${String(d).padStart(2)}${mark}`;
    if (weekdayOf(day) === 0) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function registerCalendar(program: Command): void {
  program
    .command('calendar')
    .description('Lịch làm việc một năm: ngày nghỉ lễ, nghỉ bù và ngày làm bù')
    .argument('[year]', 'năm, ví dụ 2026 (mặc định: năm nay)')
    .option('--json', 'in kết quả dạng JSON')
    .action((yearText: string | undefined, options: { json?: boolean }) => {
      const year = yearText === undefined ? new Date().getFullYear() : Number(yearText);
      if (!Number.isInteger(year) || year < 1968 || year > 2100) {
        throw new CliError(`Năm "${yearText}" không hợp lệ. Hãy nhập một năm từ 1968 đến 2100, ví dụ 2026.`);
      }
      const schedule = yearSchedule(year);
      if (options.json) {
        printJson({ year, daysOff: schedule.daysOff.map((d) => d.date), extraWorkingDays: schedule.extraWorkingDays.map((d) => d.date) });
        return;
      }
      const calendar = new WorkingCalendar({ schedule: yearSchedule, initialYears: [year, year] });
      const workingDays = calendar.workingDaysBetween(dayNumberFromYmd(year, 1, 1), dayNumberFromYmd(year + 1, 1, 1));
      print(`LỊCH LÀM VIỆC NĂM ${year}`);
      print(`Nguồn: ${schedule.source} (${CONFIDENCE_NAMES[schedule.confidence]})`);
      print(`Số ngày làm việc: ${workingDays}`);
      print('');
      print('Ngày nghỉ trong tuần làm việc:');
      for (const d of schedule.daysOff) print(`  ${dmy(d.date)} ${weekdayName(dayNumberFromYmd(...(d.date.split('-').map(Number) as [number, number, number]))).padEnd(9)} ${d.reason}`);
      if (schedule.extraWorkingDays.length > 0) {
        print('Ngày làm bù (thứ Bảy, Chủ nhật đi làm):');
        for (const d of schedule.extraWorkingDays) print(`  ${dmy(d.date)} ${d.reason}`);
      }
      print('');
      print('Ký hiệu: * ngày nghỉ, + ngày làm bù, · cuối tuần');
      for (let month = 1; month <= 12; month += 3) {
        const grids = [month, month + 1, month + 2].map((m) => monthGrid(year, m, calendar, schedule));
        const height = Math.max(...grids.map((g) => g.length));
        for (let i = 0; i < height; i++) print(grids.map((g) => (g[i] ?? '').padEnd(30)).join('  '));
        print('');
      }
    });
}
