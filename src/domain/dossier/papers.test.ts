/**
 * The papers of a reception (issue 14 §5): with the procedure's list of papers on its
 * snapshot, a mandatory paper missing is received only with "Tiếp nhận và yêu cầu bổ sung"
 * (the supplement request in the same action) or with a confirmation naming it; an online
 * submission is checked the same way; snapshots recorded without a list are received as before.
 */
import { describe, expect, it } from 'vitest';
import { decide, decideAll } from './decide.ts';
import type { ChecklistItem, DossierEventInput, SubmittedComponent } from './events.ts';
import { missingMandatory } from './papers.ts';
import { ACTORS, HistoryBuilder, buildProcedureSnapshot } from '../../../test/support/dossier-builders.ts';
import { STATUS } from './state.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const T0 = parseIsoLocalDateTime('2026-01-05T09:00')!;
const CHECKLIST: ChecklistItem[] = [
  { code: 'to-khai', name: 'Tờ khai đăng ký kết hôn', form: 'ban-chinh', quantity: 1, optional: false },
  { code: 'cu-tru', name: 'Giấy xác nhận tình trạng hôn nhân', form: 'ban-chinh', quantity: 1, optional: false },
  { code: 'uy-quyen', name: 'Văn bản ủy quyền', form: 'ban-sao-chung-thuc', quantity: 1, optional: true },
];
const procedure = buildProcedureSnapshot({ components: CHECKLIST });
const paper = (item: ChecklistItem): SubmittedComponent => ({ code: item.code, name: item.name, form: item.form, quantity: item.quantity });
const [form, status] = CHECKLIST.map(paper) as [SubmittedComponent, SubmittedComponent];

function reception(extra: Record<string, unknown>): DossierEventInput {
  return { type: 'received', at: T0, actor: ACTORS.counter, unitCode: 'GIAVIEN', channel: 'in_person', procedure, applicant: { kind: 'individual', name: 'Nguyễn Văn An' }, components: [form], ...extra } as DossierEventInput;
}
const supplement: DossierEventInput = { type: 'supplement_requested', at: T0, actor: ACTORS.counter, reason: 'Thiếu giấy tờ', items: ['Giấy xác nhận tình trạng hôn nhân'] };

describe('the papers of a reception', () => {
  it('lists the mandatory papers not submitted', () => {
    expect(missingMandatory(CHECKLIST, [{ code: 'to-khai' }])).toEqual([status]);
    expect(missingMandatory(CHECKLIST, [{ code: 'to-khai' }, { code: 'cu-tru' }])).toEqual([]);
  });

  it('refuses a reception that leaves a mandatory paper out of the missing list, or names it missing without choosing how to receive', () => {
    expect(decide('X', [], reception({}), ctx)).toEqual({ ok: false, cause: 'rule', field: 'missing', reason: 'Thành phần hồ sơ bắt buộc chưa nộp nhưng chưa được ghi là còn thiếu: "Giấy xác nhận tình trạng hôn nhân".' });
    expect(decide('X', [], reception({ missing: [status] }), ctx)).toEqual({
      ok: false,
      cause: 'rule',
      field: 'missing',
      reason: 'Hồ sơ còn thiếu thành phần bắt buộc: "Giấy xác nhận tình trạng hôn nhân". Hãy chọn "Tiếp nhận và yêu cầu bổ sung", hoặc xác nhận tiếp nhận khi còn thiếu và ghi rõ lý do.',
    });
    expect(decide('X', [], reception({ missing: [form] }), ctx)).toMatchObject({ ok: false, field: 'missing', reason: 'Giấy tờ "Tờ khai đăng ký kết hôn" vừa được ghi là đã nộp vừa được ghi là còn thiếu.' });
    expect(decide('X', [], reception({ missing: [status], withSupplementRequest: true, missingConfirmed: { reason: 'Cam kết bổ sung' } }), ctx)).toMatchObject({ ok: false, field: 'missingConfirmed' });
    expect(decide('X', [], reception({ components: [form, status], missingConfirmed: { reason: 'Không thiếu' } }), ctx)).toMatchObject({ ok: false, field: 'missingConfirmed' });
  });

  it('receives a complete dossier, and one confirmed despite a missing paper (recorded)', () => {
    expect(decide('X', [], reception({ components: [form, status] }), ctx).ok).toBe(true);
    const confirmed = decide('X', [], reception({ missing: [status], missingConfirmed: { reason: 'Công dân xuất trình bản chính khi nhận kết quả' } }), ctx);
    expect(confirmed.ok && confirmed.state.papers).toEqual({
      submitted: [form],
      missing: [status],
      missingConfirmed: { at: T0, byId: 'can-bo-mot-cua', reason: 'Công dân xuất trình bản chính khi nhận kết quả', missing: [status] },
      supplementRequestDue: false,
    });
  });

  it('receives with a supplement request only when the request comes in the same action', () => {
    const withRequest = reception({ missing: [status], withSupplementRequest: true });
    const alone = decide('X', [], withRequest, ctx);
    expect(alone.ok).toBe(true);
    const history = alone.ok ? [alone.event] : [];
    const forward: DossierEventInput = { type: 'forwarded', at: T0, actor: ACTORS.counter, to: 'tu-phap', toKind: 'department' };
    expect(decide('X', history, forward, ctx)).toMatchObject({ ok: false, cause: 'rule', reason: 'Hồ sơ vừa được tiếp nhận kèm yêu cầu bổ sung: phải "Yêu cầu bổ sung, hoàn thiện hồ sơ" ngay trong cùng thao tác.' });
    expect(decideAll('X', [], [withRequest], ctx)).toMatchObject({ ok: false, cause: 'rule', index: 0 });
    const both = decideAll('X', [], [withRequest, supplement], ctx);
    expect(both.ok).toBe(true);
    if (!both.ok) return;
    expect(both.events.map((e) => e.type)).toEqual(['received', 'supplement_requested']);
    // Received at 09:00 and paused at once: the clock runs only from the supplement.
    expect(both.state.status).toBe(STATUS.supplementRequested);
    expect(both.state.paused).toBe(true);
    expect(both.state.papers.supplementRequestDue).toBe(false);
  });

  it('checks an online submission against the list recorded when it was submitted', () => {
    const submitted = new HistoryBuilder('GIAVIEN', procedure).submitOnline(T0 - 600).build();
    const receive = (extra: Record<string, unknown>) => ({ type: 'received', at: T0, actor: ACTORS.counter, unitCode: 'GIAVIEN', channel: 'online', components: [form], ...extra }) as DossierEventInput;
    expect(decide('X', submitted, receive({}), ctx)).toMatchObject({ ok: false, field: 'missing' });
    expect(decide('X', submitted, receive({ components: [form, status] }), ctx).ok).toBe(true);
  });

  it('receives as before on a snapshot recorded without a list of papers', () => {
    const old = buildProcedureSnapshot();
    expect(decide('X', [], { ...reception({}), procedure: old } as DossierEventInput, ctx).ok).toBe(true);
    expect(decide('X', [], { ...reception({ components: [] }), procedure: old } as DossierEventInput, ctx).ok).toBe(true);
  });
});
