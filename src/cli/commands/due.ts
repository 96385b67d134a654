import type { Command } from 'commander';
import { withDatabase } from '../database.ts';
import { CliError, print, printJson } from '../io.ts';
import { dayOf, isoLocalDateTime, parseIsoLocalDateTime, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { weekdayName } from '../../domain/calendar/names.ts';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../domain/calendar/year-schedule.ts';
import { computeDueDate, pausedWorkingMinutes, shiftByPauses, type ClosedPause } from '../../domain/deadline/due-date.ts';
import { describeTimeLimit, parseTimeLimit, timeLimitToText } from '../../domain/deadline/time-limit.ts';
import { formatDateTimeLong } from '../../domain/format/index.ts';
import { CalendarService } from '../../platform/calendar/calendar-service.ts';
import { findUnit } from '../../platform/units/units.queries.ts';

interface DueOptions {
  received: string;
  limit: string;
  pause: string[];
  unit?: string;
  data?: string;
  json?: boolean;
}

/** The national calendar, or a unit's (its working hours and calendar overrides) from the database. */
async function calendarFor(options: DueOptions): Promise<WorkingCalendar> {
  const unitCode = options.unit?.trim();
  if (unitCode === undefined) return new WorkingCalendar({ schedule: yearSchedule });
  if (unitCode === '') throw new CliError('Mã đơn vị (--unit) không được để trống.');
  return withDatabase(options, async ({ db }) => {
    if (!(await findUnit(db, unitCode))) throw new CliError(`Không tìm thấy đơn vị có mã "${unitCode}" trong cơ sở dữ liệu. Kiểm tra lại --unit (và --data hoặc DATABASE_URL).`);
    return (await new CalendarService(db).forUnit(unitCode)).calendar;
  });
}

function parseTime(text: string, what: string): LocalMinute {
  const value = parseIsoLocalDateTime(text);
  if (value === undefined) throw new CliError(`${what} "${text}" không hợp lệ. Hãy nhập theo dạng YYYY-MM-DDTHH:mm, ví dụ 2026-02-13T16:00.`);
  return value;
}

function parsePause(text: string): ClosedPause {
  const [fromText, toText, extra] = text.split('/');
  if (fromText === undefined || toText === undefined || extra !== undefined) {
    throw new CliError(`Khoảng tạm dừng "${text}" không hợp lệ. Hãy nhập "từ/đến", ví dụ 2026-02-23T08:00/2026-02-24T08:00.`);
  }
  const from = parseTime(fromText, 'Thời điểm bắt đầu tạm dừng');
  const to = parseTime(toText, 'Thời điểm kết thúc tạm dừng');
  if (to < from) throw new CliError(`Khoảng tạm dừng "${text}" kết thúc trước khi bắt đầu.`);
  return { from, to };
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerDue(program: Command): void {
  program
    .command('due')
    .description('Tính hạn trả kết quả theo thời hạn giải quyết, lịch làm việc và các khoảng tạm dừng')
    .requiredOption('--received <time>', 'thời điểm tiếp nhận, dạng YYYY-MM-DDTHH:mm (giờ Việt Nam)')
    .requiredOption('--limit <limit>', 'thời hạn: "N working-days", "N working-hours", "N days" hoặc "same-day"')
    .option('--pause <from/to>', 'khoảng tạm dừng (chờ bổ sung, nghĩa vụ tài chính); có thể lặp lại', collect, [])
    .option('--unit <code>', 'tính theo lịch và giờ làm việc của đơn vị (mã cơ quan), đọc từ cơ sở dữ liệu')
    .option('--data <dir>', 'thư mục dữ liệu khi dùng --unit (mặc định ./data; DATABASE_URL chọn PostgreSQL)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (options: DueOptions) => {
      const received = parseTime(options.received, 'Thời điểm tiếp nhận');
      const parsed = parseTimeLimit(options.limit);
      if (!parsed.ok) throw new CliError(parsed.error);
      const pauses = options.pause.map(parsePause);
      const calendar = await calendarFor(options);
      const baseDue = computeDueDate(received, parsed.value, calendar);
      const due = shiftByPauses(baseDue, pauses, calendar);
      const paused = pausedWorkingMinutes(pauses, calendar);
      if (options.json) {
        printJson({
          due: isoLocalDateTime(due),
          received: isoLocalDateTime(received),
          limit: timeLimitToText(parsed.value),
          dueBeforePauses: isoLocalDateTime(baseDue),
          pausedWorkingMinutes: paused,
          workingMinutes: calendar.workingMinutesBetween(received, due),
          ...(options.unit ? { unit: options.unit.trim() } : {}),
        });
        return;
      }
      print(`Tiếp nhận:          ${formatDateTimeLong(received)} (${weekdayName(dayOf(received))})`);
      print(`Thời hạn giải quyết: ${describeTimeLimit(parsed.value)}`);
      if (pauses.length > 0) print(`Thời gian tạm dừng: ${paused} phút làm việc`);
      print(`Hạn trả kết quả:    ${formatDateTimeLong(due)} (${weekdayName(dayOf(due))})`);
    });
}
