import type { Command } from 'commander';
import { CliError, print, printJson } from '../io.ts';
import { isoDate, parseIsoDate } from '../../domain/calendar/local-time.ts';
import { solarToLunar } from '../../domain/calendar/lunar.ts';
import { weekdayName } from '../../domain/calendar/names.ts';

export function registerLunar(program: Command): void {
  program
    .command('lunar')
    .description('Đổi ngày dương lịch sang âm lịch Việt Nam (múi giờ UTC+7)')
    .argument('<date>', 'ngày dương lịch dạng YYYY-MM-DD')
    .option('--json', 'in kết quả dạng JSON')
    .action((dateText: string, options: { json?: boolean }) => {
      const day = parseIsoDate(dateText);
      if (day === undefined) throw new CliError(`Ngày "${dateText}" không hợp lệ. Hãy nhập theo dạng YYYY-MM-DD, ví dụ 2026-02-17.`);
      const lunar = solarToLunar(day);
      if (options.json) {
        printJson({ solar: isoDate(day), lunar });
        return;
      }
      const leap = lunar.leap ? ' (tháng nhuận)' : '';
      print(`${weekdayName(day)}, ${isoDate(day).split('-').reverse().join('/')} dương lịch`);
      print(`= ngày ${lunar.day} tháng ${lunar.month}${leap} năm ${lunar.year} âm lịch`);
    });
}
