import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { DEFAULT_QUEUE_CONFIG, findServiceGroup, queueConfigSchema, type QueueConfigInput } from './queue-config.ts';
import { decideTicket } from './ticket.ts';
import { planIssue } from './ticket-issue.ts';
import { formatTicketLabel, nextPosition, nextTicketNumber, queueDay } from './ticket-number.ts';
import { dayAt, minuteAt, QUEUE_ACTORS, UNIT } from '../../../test/support/queue-builders.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });
const config = DEFAULT_QUEUE_CONFIG;
const group = (code: string) => findServiceGroup(config, code)!;

describe('ticket numbers', () => {
  it('belong to the local date of issue', () => {
    expect(queueDay(minuteAt('2026-03-02T07:00'))).toBe(dayAt('2026-03-02'));
    expect(queueDay(minuteAt('2026-03-02T23:59'))).toBe(dayAt('2026-03-02'));
  });

  it('start each day at the group’s first number and count up', () => {
    expect(nextTicketNumber(group('chung-thuc'), undefined)).toEqual({ ok: true, number: 1001, label: '1001' });
    expect(nextTicketNumber(group('tu-phap-ho-tich'), 2022)).toEqual({ ok: true, number: 2023, label: '2023' });
  });

  it('refuse once the range is used up rather than print a number twice', () => {
    expect(nextTicketNumber(group('chung-thuc'), 1999)).toEqual({
      ok: false,
      reason: 'Nhóm "Chứng thực" đã cấp hết số trong ngày (số cuối 1999). Mời công dân liên hệ quầy hướng dẫn.',
    });
  });

  it('print a letter prefix and zero padding when the unit prefers A001', () => {
    expect(formatTicketLabel({ prefix: 'A', first: 1, last: 999 }, 23)).toBe('A023');
    expect(formatTicketLabel({ prefix: '', first: 1, last: 999, digits: 4 }, 7)).toBe('0007');
    expect(formatTicketLabel({ prefix: '', first: 1001, last: 1999 }, 1023)).toBe('1023');
  });

  it('draw queue positions from one sequence per unit and day', () => {
    expect(nextPosition(undefined)).toBe(1);
    expect(nextPosition(41)).toBe(42);
  });
});

describe('planIssue: what the kiosk does', () => {
  const request = { unitCode: UNIT, serviceGroup: 'tu-phap-ho-tich', at: minuteAt('2026-03-02T08:15'), actor: QUEUE_ACTORS.kiosk };

  it('returns the issued event, which decideTicket admits', () => {
    const plan = planIssue(config, calendar, { ...request, priorityGroup: 'nguoi-cao-tuoi' }, { lastNumber: 2022, lastPosition: 40 });
    expect(plan).toMatchObject({
      ok: true,
      opening: { open: true, session: 'working' },
      event: { type: 'issued', serviceGroup: 'tu-phap-ho-tich', priorityGroup: 'nguoi-cao-tuoi', priorityRank: 1, number: 2023, label: '2023', position: 41 },
    });
    if (!plan.ok) throw new Error(plan.reason);
    expect(decideTicket('new', [], plan.event, { config }).ok).toBe(true);
  });

  it('issues at lunch with the resume time, refuses outside opening hours', () => {
    expect(planIssue(config, calendar, { ...request, at: minuteAt('2026-03-02T12:00') }, {})).toMatchObject({ ok: true, opening: { session: 'break' } });
    expect(planIssue(config, calendar, { ...request, at: minuteAt('2026-03-08T09:00') }, {})).toEqual({
      ok: false,
      reason: 'Hôm nay (Chủ nhật, 08/03/2026) Trung tâm không làm việc. Mời ông/bà quay lại lúc 07:00 Thứ Hai, 09/03/2026.',
      nextOpenAt: minuteAt('2026-03-09T07:00'),
    });
  });

  it('applies the unit’s stop time', () => {
    const early = queueConfigSchema.parse({ ...config, issueStopsBeforeCloseMinutes: 30 } satisfies QueueConfigInput);
    expect(planIssue(early, calendar, { ...request, at: minuteAt('2026-03-02T16:45') }, {})).toMatchObject({ ok: false, nextOpenAt: minuteAt('2026-03-03T07:00') });
  });

  it('refuses unknown or closed groups and used-up ranges, naming the field', () => {
    expect(planIssue(config, calendar, { ...request, serviceGroup: 'khong-co' }, {})).toEqual({ ok: false, field: 'serviceGroup', reason: 'Không có nhóm dịch vụ "khong-co".' });
    expect(planIssue(config, calendar, { ...request, priorityGroup: 'vip' }, {})).toEqual({ ok: false, field: 'priorityGroup', reason: 'Không có nhóm ưu tiên "vip".' });
    expect(planIssue(config, calendar, request, { lastNumber: 2999 })).toMatchObject({ ok: false, field: 'serviceGroup' });
    const closed = queueConfigSchema.parse({ ...config, priorityGroups: config.priorityGroups.map((p) => ({ ...p, active: p.code !== 'tre-nho' })) });
    expect(planIssue(closed, calendar, { ...request, priorityGroup: 'tre-nho' }, {})).toEqual({ ok: false, field: 'priorityGroup', reason: 'Nhóm ưu tiên "Người đi cùng trẻ nhỏ" không còn áp dụng.' });
  });
});
