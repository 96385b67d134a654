import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER, DEFAULT_SUPERVISION_CONFIG, parseSupervisionConfig, thresholdsFor, workingDaysToMinutes } from './config.ts';

describe('supervision settings of a unit', () => {
  it('defaults: due soon at one working day left or 80 % used; risk at two days; the three-rung ladder', () => {
    expect(DEFAULT_SUPERVISION_CONFIG).toMatchObject({ dueSoonRemainingWorkingDays: 1, dueSoonElapsedPercent: 80, apologyRiskRemainingWorkingDays: 2, riskWhenStepOverdue: true });
    expect(DEFAULT_SUPERVISION_CONFIG.ladder.map((rung) => [rung.id, rung.trigger.kind, rung.notify])).toEqual([
      ['buoc-qua-han', 'step-overdue', 'department_head'],
      ['sap-den-han', 'legal-due-within', 'center_leader'],
      ['qua-han', 'legal-overdue', 'chairman'],
    ]);
  });
  it('fills trigger defaults and keeps a unit\'s own ladder', () => {
    const check = parseSupervisionConfig({ ladder: [{ id: 'qua-han-2-ngay', name: 'Quá hạn 2 ngày: báo Chủ tịch', trigger: { kind: 'legal-overdue', overdueWorkingDays: 2 }, notify: 'chairman' }, { id: 'buoc', name: 'Bước quá hạn', trigger: { kind: 'step-overdue' }, notify: 'department_head' }] });
    expect(check.ok && check.config.ladder.map((rung) => rung.trigger)).toEqual([{ kind: 'legal-overdue', overdueWorkingDays: 2 }, { kind: 'step-overdue', overdueWorkingDays: 0 }]);
  });
  it('refuses bad data with Vietnamese lines naming the place', () => {
    const check = parseSupervisionConfig({
      dueSoonElapsedPercent: 120,
      apologyRiskRemainingWorkingDays: 0.3,
      ladder: [
        { id: 'a', name: 'A', trigger: { kind: 'step-overdue' }, notify: 'department_head' },
        { id: 'a', name: 'B', trigger: { kind: 'legal-overdue' }, notify: 'specialist' },
      ],
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual([
      'dueSoonElapsedPercent: giá trị không hợp lệ.',
      'apologyRiskRemainingWorkingDays: số ngày làm việc phải là bội số của 0,25 (ví dụ 0,5; 1; 1,25).',
      'ladder.1.notify: giá trị không hợp lệ.',
    ]);
  });
  it('refuses two rungs with the same code', () => {
    const rung = { id: 'a', name: 'A', trigger: { kind: 'step-overdue' }, notify: 'department_head' };
    expect(parseSupervisionConfig({ ladder: [rung, rung] })).toEqual({ ok: false, errors: ['ladder.1.id: bậc "a" bị trùng mã trong thang báo cáo vượt cấp; mỗi bậc cần một mã riêng.'] });
    expect(parseSupervisionConfig(null)).toEqual({ ok: false, errors: ['(gốc): giá trị không hợp lệ.'] });
  });
  it('turns working days into the unit\'s working minutes (a 7-hour day too)', () => {
    expect(workingDaysToMinutes(1.5, { minutesPerDay: 480 })).toBe(720);
    expect(thresholdsFor(DEFAULT_SUPERVISION_CONFIG, { minutesPerDay: 420 })).toEqual({ remainingMinutes: 420, elapsedPercent: 80 });
  });
  it('the defaults are not shared objects a caller could change', () => {
    const check = parseSupervisionConfig({});
    expect(check.ok && check.config.ladder).not.toBe(DEFAULT_LADDER);
    expect(check.ok && check.config.ladder).toEqual(DEFAULT_LADDER);
  });
});
