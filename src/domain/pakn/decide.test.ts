import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { decidePakn, RESULTS_BY_CLASS } from './decide.ts';
import type { PaknEvent, PaknEventInput } from './events.ts';
import { PAKN_CLASSES, RESOLUTION_RESULTS } from './labels.ts';
import { ACTORS, admit, at, PAKN_SENDER, PaknHistoryBuilder } from '../../../test/support/pakn-builders.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: yearSchedule }) };
const CODE = 'PAKN-000.01.24.H24-261116-001';
const registered = (): PaknHistoryBuilder => new PaknHistoryBuilder().register(at('2026-11-16T08:00'));
const inHandling = (): PaknEvent[] => registered().classify(at('2026-11-16T10:00')).build();
const resolvedHistory = (): PaknEvent[] => registered().classify(at('2026-11-16T10:00')).resolve(at('2026-11-20T10:00')).build();
const decide = (history: readonly PaknEvent[], input: PaknEventInput) => decidePakn(CODE, history, input, ctx);

const registration = (overrides: Partial<Extract<PaknEventInput, { type: 'registered' }>> = {}): PaknEventInput => ({
  type: 'registered',
  at: at('2026-11-16T09:00'),
  actor: ACTORS.counter,
  unitCode: '000.01.24.H24',
  channel: 'phone',
  kind: 'reflection',
  sender: PAKN_SENDER,
  content: 'Công dân gọi đường dây nóng phản ánh việc chờ lâu tại quầy chứng thực.',
  receivedAt: at('2026-11-16T08:45'),
  ...overrides,
});

describe('decidePakn', () => {
  it('admits a registration and returns the parsed event with the state it leads to', () => {
    const decision = decide([], registration());
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.event.type).toBe('registered');
    expect(decision.state.status).toBe('registered');
    expect(decision.state.channel).toBe('phone');
    expect(decision.state.version).toBe(1);
  });

  it('refuses an invalid payload naming the field', () => {
    expect(decide([], registration({ content: '   ' }))).toEqual({ ok: false, cause: 'invalid', field: 'content', reason: 'Dữ liệu sự kiện phản ánh, kiến nghị không hợp lệ (trường "content").' });
    expect(decide(inHandling(), { type: 'resolved', at: at('2026-11-20T10:00'), actor: ACTORS.leader, answer: 'Trả lời', result: 'approved' } as unknown as PaknEventInput)).toMatchObject({ ok: false, cause: 'invalid', field: 'result' });
  });

  it('refuses by the table: the wrong state, the wrong role', () => {
    expect(decide(registered().build(), { type: 'resolved', at: at('2026-11-20T10:00'), actor: ACTORS.leader, answer: 'Trả lời', result: 'explained' })).toMatchObject({ ok: false, cause: 'state' });
    expect(decide(inHandling(), { type: 'resolved', at: at('2026-11-20T10:00'), actor: ACTORS.specialist, answer: 'Trả lời', result: 'explained' })).toMatchObject({ ok: false, cause: 'role' });
  });

  it('refuses an event dated before the previous one', () => {
    expect(decide(inHandling(), { type: 'assigned', at: at('2026-11-16T09:59'), actor: ACTORS.leader, handlerId: 'chuyen-vien' })).toEqual({
      ok: false,
      cause: 'rule',
      field: 'at',
      reason: 'Thời điểm "Giao xử lý" (2026-11-16T09:59) không được trước sự kiện liền trước (2026-11-16T10:00).',
    });
  });

  it('refuses a receipt after the registration', () => {
    expect(decide([], registration({ receivedAt: at('2026-11-16T09:01') }))).toMatchObject({ ok: false, cause: 'rule', field: 'receivedAt' });
  });

  it('lets a citizen register only through the public form, and the public form only for a citizen or the importer', () => {
    expect(decide([], registration({ actor: ACTORS.citizen }))).toMatchObject({ ok: false, cause: 'rule', field: 'channel', reason: 'Cá nhân, tổ chức chỉ tự gửi phản ánh, kiến nghị qua biểu mẫu trên trang thông tin của Trung tâm; các kênh khác do công chức tiếp nhận vào sổ.' });
    expect(decide([], registration({ actor: ACTORS.citizen, channel: 'public_form' })).ok).toBe(true);
    expect(decide([], registration({ channel: 'public_form' }))).toMatchObject({ ok: false, cause: 'rule', field: 'channel' });
    expect(decide([], registration({ actor: ACTORS.system, channel: 'public_form' })).ok).toBe(true);
  });

  it('accepts only results that fit the class', () => {
    for (const paknClass of PAKN_CLASSES) {
      const history = registered().classify(at('2026-11-16T10:00'), paknClass).build();
      for (const result of RESOLUTION_RESULTS) {
        const decision = decide(history, { type: 'resolved', at: at('2026-11-20T10:00'), actor: ACTORS.leader, answer: 'Trả lời', result });
        expect(decision.ok, `${paknClass} ${result}`).toBe(RESULTS_BY_CLASS[paknClass].includes(result));
      }
    }
    expect(decide(inHandling(), { type: 'resolved', at: at('2026-11-20T10:00'), actor: ACTORS.leader, answer: 'Trả lời', result: 'conduct_confirmed' })).toMatchObject({
      reason: 'Kết quả "Phản ánh đúng; đã chấn chỉnh, xử lý cán bộ, công chức" không dùng cho phản ánh, kiến nghị về quy định, chính sách, thủ tục hành chính.',
    });
  });

  it('refuses a publication that carries the sender’s personal data, naming what was found', () => {
    const publish = (summary: string, answer = 'Trung tâm đã chấn chỉnh việc tiếp nhận.') => decide(resolvedHistory(), { type: 'published', at: at('2026-11-23T10:00'), actor: ACTORS.counter, summary, answer });
    expect(publish('Bà TRAN THI BINH phản ánh việc chờ lâu.')).toEqual({ ok: false, cause: 'rule', field: 'summary', reason: 'Nội dung công khai không được chứa thông tin cá nhân của người gửi (họ tên).' });
    expect(publish('Phản ánh việc chờ lâu.', 'Đã gọi lại số 0912.345.678 và gửi thư tới tran.thi.binh@example.vn.')).toMatchObject({ field: 'answer', reason: 'Nội dung công khai không được chứa thông tin cá nhân của người gửi (họ tên, số điện thoại, thư điện tử).' });
    expect(publish('Công dân phản ánh việc chờ lâu tại quầy chứng thực.').ok).toBe(true);
  });

  it('records one vote at a time for a sender, counts for an import', () => {
    expect(decide(resolvedHistory(), { type: 'satisfaction_recorded', at: at('2026-11-23T10:00'), actor: ACTORS.citizen, vote: 'like', count: 2 })).toMatchObject({ ok: false, field: 'count' });
    const imported = decide(resolvedHistory(), { type: 'satisfaction_recorded', at: at('2026-11-23T10:00'), actor: ACTORS.system, vote: 'dislike', count: 4 });
    expect(imported.ok && imported.state.dislikes).toBe(4);
  });

  it('reminds only about a duty clock that is running', () => {
    expect(decide(inHandling(), { type: 'reminded', at: at('2026-12-09T08:00'), actor: ACTORS.system, clock: 'resolve', level: 2 }).ok).toBe(true);
    expect(decide(inHandling(), { type: 'reminded', at: at('2026-12-09T08:00'), actor: ACTORS.system, clock: 'forward', level: 2 })).toMatchObject({ ok: false, field: 'clock', reason: 'Thời hạn "Chuyển cơ quan có thẩm quyền" không còn tính cho phản ánh, kiến nghị này, không thể đôn đốc.' });
    expect(decide(inHandling(), { type: 'reminded', at: at('2026-12-09T08:00'), actor: ACTORS.system, clock: 'refuse', level: 1 })).toMatchObject({ ok: false, field: 'clock' });
  });

  it('admits the builders’ full histories (shared with later tiers)', () => {
    const events = registered().requestInformation(at('2026-11-16T09:00')).informationReceived(at('2026-11-17T09:00')).classify(at('2026-11-17T10:00')).assign(at('2026-11-17T11:00')).draftAnswer(at('2026-11-19T09:00')).resolve(at('2026-11-20T10:00')).publish(at('2026-11-23T10:00')).vote(at('2026-11-24T10:00'), 'like').followUp(at('2026-11-25T10:00')).build();
    expect(admit(CODE, events, ctx.calendar).status).toBe('published');
  });
});
