import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOf } from '../calendar/local-time.ts';
import { DEFAULT_QUEUE_CONFIG, queueConfigSchema } from './queue-config.ts';
import { decideTicket, foldTicket, InvalidTicketHistoryError, type TicketState } from './ticket.ts';
import type { TicketEvent, TicketEventInput } from './ticket-events.ts';
import { TICKET_TRANSITIONS } from './ticket-transitions.ts';
import { dossierCode, minuteAt, QUEUE_ACTORS, TicketBuilder, UNIT } from '../../../test/support/queue-builders.ts';

const config = DEFAULT_QUEUE_CONFIG;
const t = (clock: string) => minuteAt(`2026-03-02T${clock}`);
const day = dayOf(t('08:00'));

function refusal(history: readonly TicketEvent[], input: TicketEventInput, context = { config }): string {
  const decision = decideTicket('ticket-1', history, input, context);
  if (decision.ok) throw new Error(`${input.type} was admitted`);
  return decision.reason;
}

describe('foldTicket', () => {
  it('follows a visit from the kiosk to a received dossier', () => {
    const state = new TicketBuilder()
      .issue(t('08:00'), { group: 'tu-phap-ho-tich', number: 2023, position: 23 })
      .call(t('08:12'), 2)
      .recall(t('08:13'))
      .start(t('08:14'))
      .serve(t('08:26'), [dossierCode(day, 7)])
      .state();
    expect(state).toMatchObject({
      status: 'served',
      label: '2023',
      unitCode: UNIT,
      day,
      issuedGroup: 'tu-phap-ho-tich',
      serviceGroup: 'tu-phap-ho-tich',
      priorityRank: 0,
      position: 23,
      firstCalledAt: t('08:12'),
      call: { counter: 2, officerId: 'can-bo-a', at: t('08:12'), recalls: 1 },
      calls: 1,
      recalls: 1,
      servedBy: { counter: 2, officerId: 'can-bo-a' },
      outcome: { kind: 'dossiers', dossierCodes: ['000.00.24.H24-260302-0007'] },
      waitMinutes: 12, // 08:12 − 08:00
      serviceMinutes: 12, // 08:26 − 08:14
      version: 5,
    });
  });

  it('counts the wait to the first call only, and service at every counter visited', () => {
    const state = new TicketBuilder()
      .issue(t('08:00'), { position: 4 })
      .call(t('08:10'), 1)
      .start(t('08:11'))
      .transfer(t('08:15'), { toGroup: 'kinh-te' }) // 4 minutes at counter 1
      .call(t('08:40'), 3, QUEUE_ACTORS.officerB)
      .start(t('08:41'), QUEUE_ACTORS.officerB)
      .serve(t('08:59'), [], QUEUE_ACTORS.officerB) // 18 minutes at counter 3
      .state();
    expect(state.waitMinutes).toBe(10);
    expect(state.serviceMinutes).toBe(22);
    expect(state.issuedGroup).toBe('chung-thuc');
    expect(state.serviceGroup).toBe('kinh-te');
    expect(state.position).toBe(4); // a transfer keeps the place in the queue
    expect(state.transfers).toBe(1);
    expect(state.servedBy).toEqual({ counter: 3, officerId: 'can-bo-b' });
    expect(state.outcome).toEqual({ kind: 'guidance' });
  });

  it('reserves a ticket transferred to a counter until it is called', () => {
    const builder = new TicketBuilder().issue(t('08:00')).call(t('08:05'), 1).start(t('08:06')).transfer(t('08:10'), { toCounter: 5 });
    expect(builder.state()).toMatchObject({ status: 'waiting', targetCounter: 5, serviceGroup: 'chung-thuc' });
    expect(builder.call(t('08:20'), 5).state().targetCounter).toBeUndefined();
  });

  it('takes a missed ticket back at the end of the queue, with the same number', () => {
    const state = new TicketBuilder()
      .issue(t('08:00'), { position: 3 })
      .call(t('08:10'), 1)
      .recall(t('08:11'))
      .recall(t('08:12'))
      .noShow(t('08:13'))
      .rejoin(t('09:00'), 41)
      .state();
    expect(state).toMatchObject({ status: 'waiting', position: 41, label: '1001', noShows: 1, rejoins: 1, missedAt: t('08:13') });
  });

  it('refuses a history that breaks the table', () => {
    const issued = new TicketBuilder().issue(t('08:00')).build();
    const served: TicketEvent = { type: 'served', at: t('08:05'), actor: QUEUE_ACTORS.officerA, counter: 1, outcome: { kind: 'guidance' } };
    expect(() => foldTicket('ticket-1', [...issued, served])).toThrow(InvalidTicketHistoryError);
    expect(() => foldTicket('ticket-1', [...issued, served])).toThrow('Sự kiện thứ 2 của số thứ tự: Không thể "Hoàn thành phục vụ" khi số thứ tự ở trạng thái "Đang chờ".');
    expect(() => foldTicket('ticket-1', [])).toThrow('Số thứ tự chưa có sự kiện nào.');
  });
});

describe('decideTicket rules', () => {
  const called = () => new TicketBuilder().issue(t('08:00')).call(t('08:10'), 1);

  it(`records a no-show only after ${config.recallLimit} recalls (unit data)`, () => {
    const once = called().recall(t('08:11')).build();
    expect(refusal(once, { type: 'no_show', at: t('08:12'), actor: QUEUE_ACTORS.officerA, counter: 1 })).toBe(
      'Chưa mời lại đủ số lần trước khi ghi nhận vắng mặt (đã mời lại 1/2 lần).',
    );
    expect(() => called().recall(t('08:11')).recall(t('08:12')).noShow(t('08:13'))).not.toThrow();
    const noRecalls = queueConfigSchema.parse({ ...config, recallLimit: 0 });
    expect(() => new TicketBuilder('ticket-1', noRecalls).issue(t('08:00')).call(t('08:10'), 1).noShow(t('08:10'))).not.toThrow();
  });

  it('lets only the counter holding the ticket act on it', () => {
    const history = called().build();
    for (const type of ['recalled', 'serving_started'] as const) {
      expect(refusal(history, { type, at: t('08:11'), actor: QUEUE_ACTORS.officerB, counter: 2 })).toBe('Số này đang được quầy số 1 mời hoặc phục vụ.');
    }
    const serving = called().start(t('08:11')).build();
    expect(refusal(serving, { type: 'served', at: t('08:20'), actor: QUEUE_ACTORS.officerB, counter: 2, outcome: { kind: 'guidance' } })).toBe('Số này đang được quầy số 1 mời hoặc phục vụ.');
  });

  it('checks transfers against the configuration', () => {
    const serving = called().start(t('08:11')).build();
    const transfer = (to: { toGroup?: string; toCounter?: number }) => refusal(serving, { type: 'transferred', at: t('08:15'), actor: QUEUE_ACTORS.officerA, ...to });
    expect(transfer({ toGroup: 'chung-thuc' })).toBe('Hãy chọn nhóm dịch vụ khác hoặc một quầy cụ thể để chuyển.');
    expect(transfer({ toGroup: 'khong-co' })).toBe('Không có nhóm dịch vụ "khong-co".');
    expect(transfer({ toCounter: 42 })).toBe('Không có quầy số 42.');
    expect(transfer({ toCounter: 1 })).toBe('Không thể chuyển số về chính quầy đang phục vụ.');
    expect(transfer({})).toBe('Dữ liệu thao tác không hợp lệ (trường "toGroup").');
  });

  it('keeps a ticket to its day, except the end-of-day cancellation', () => {
    const history = new TicketBuilder().issue(t('16:50')).build();
    const nextMorning = minuteAt('2026-03-03T07:05');
    expect(refusal(history, { type: 'called', at: nextMorning, actor: QUEUE_ACTORS.officerA, counter: 1 })).toBe('Số thứ tự chỉ có giá trị trong ngày được cấp.');
    expect(decideTicket('ticket-1', history, { type: 'cancelled', at: nextMorning, actor: QUEUE_ACTORS.system, reason: 'end_of_day' }, { config }).ok).toBe(true);
    const missed = new TicketBuilder().issue(t('16:00')).call(t('16:05'), 1).recall(t('16:06')).recall(t('16:07')).noShow(t('16:08')).build();
    expect(refusal(missed, { type: 'rejoined', at: nextMorning, actor: QUEUE_ACTORS.citizen, position: 1 })).toBe('Số thứ tự chỉ có giá trị trong ngày được cấp.');
  });

  it('cancels a ticket at a counter only at the end of the day', () => {
    const serving = called().start(t('08:11')).build();
    expect(refusal(serving, { type: 'cancelled', at: t('08:20'), actor: QUEUE_ACTORS.officerA, reason: 'citizen_left' })).toBe(
      'Số đang được phục vụ: hãy hoàn thành phục vụ hoặc chuyển quầy; chỉ hệ thống được hủy khi hết ngày.',
    );
    const decision = decideTicket('ticket-1', serving, { type: 'cancelled', at: t('17:00'), actor: QUEUE_ACTORS.system, reason: 'end_of_day' }, { config });
    expect(decision.ok && decision.state).toMatchObject({ status: 'cancelled', cancelReason: 'end_of_day', serviceMinutes: 529 }); // 08:11 → 17:00, closed by the cancellation
  });

  it('keeps the end-of-day cancellation to the system and a citizen to "not waiting any more"', () => {
    const waiting = new TicketBuilder().issue(t('08:00')).build();
    expect(refusal(waiting, { type: 'cancelled', at: t('17:00'), actor: QUEUE_ACTORS.officerA, reason: 'end_of_day' })).toBe('Chỉ hệ thống hủy số khi hết ngày làm việc.');
    expect(refusal(waiting, { type: 'cancelled', at: t('09:00'), actor: QUEUE_ACTORS.citizen, reason: 'issued_in_error' })).toBe('Công dân chỉ hủy được số của mình với lý do không chờ nữa.');
    expect(decideTicket('ticket-1', waiting, { type: 'cancelled', at: t('09:00'), actor: QUEUE_ACTORS.citizen, reason: 'citizen_left' }, { config }).ok).toBe(true);
  });

  it('puts a rejoining ticket behind its old place', () => {
    const missed = new TicketBuilder().issue(t('08:00'), { position: 12 }).call(t('08:05'), 1).recall(t('08:06')).recall(t('08:07')).noShow(t('08:08')).build();
    expect(refusal(missed, { type: 'rejoined', at: t('09:00'), actor: QUEUE_ACTORS.citizen, position: 12 })).toBe('Số xếp hàng lại phải đứng sau vị trí cũ (lấy vị trí mới của ngày).');
  });

  it('refuses events out of time order', () => {
    const history = called().build();
    expect(refusal(history, { type: 'recalled', at: t('08:09'), actor: QUEUE_ACTORS.officerA, counter: 1 })).toBe(
      'Thời điểm "Mời lại" (2026-03-02T08:09) không được trước thao tác liền trước (2026-03-02T08:10).',
    );
  });

  it('checks an issued ticket against the unit configuration', () => {
    const issue = (overrides: Partial<Extract<TicketEventInput, { type: 'issued' }>>) =>
      refusal([], { type: 'issued', at: t('08:00'), actor: QUEUE_ACTORS.kiosk, unitCode: UNIT, serviceGroup: 'chung-thuc', priorityRank: 0, number: 1001, label: '1001', position: 1, ...overrides });
    expect(issue({ serviceGroup: 'khong-co' })).toBe('Không có nhóm dịch vụ "khong-co".');
    expect(issue({ number: 2001, label: '2001' })).toBe('Số 2001 không thuộc dải số của nhóm "Chứng thực".');
    expect(issue({ label: '01001' })).toBe('Số 01001 không thuộc dải số của nhóm "Chứng thực".');
    expect(issue({ priorityGroup: 'nguoi-cao-tuoi', priorityRank: 3 })).toBe('Mức ưu tiên của nhóm "Người cao tuổi" không khớp cấu hình của đơn vị.');
    expect(issue({ priorityGroup: 'nguoi-cao-tuoi' })).toBe('Dữ liệu thao tác không hợp lệ (trường "priorityRank").');
    const closed = queueConfigSchema.parse({ ...config, serviceGroups: config.serviceGroups.map((g) => (g.code === 'chung-thuc' ? { ...g, active: false } : g)) });
    expect(refusal([], { type: 'issued', at: t('08:00'), actor: QUEUE_ACTORS.kiosk, unitCode: UNIT, serviceGroup: 'chung-thuc', priorityRank: 0, number: 1001, label: '1001', position: 1 }, { config: closed })).toBe(
      'Nhóm dịch vụ "Chứng thực" tạm ngừng cấp số.',
    );
  });

  it('takes only dossier codes of the national shape as a visit outcome', () => {
    const serving = called().start(t('08:11')).build();
    const decision = decideTicket('ticket-1', serving, { type: 'served', at: t('08:20'), actor: QUEUE_ACTORS.officerA, counter: 1, outcome: { kind: 'dossiers', dossierCodes: ['HS-1'] } }, { config });
    expect(decision).toMatchObject({ ok: false, cause: 'invalid', field: 'outcome.dossierCodes.0' });
  });
});

describe('random walks through decideTicket', () => {
  type Step = 'call' | 'recall' | 'noShow' | 'rejoin' | 'transferGroup' | 'transferCounter' | 'start' | 'serve' | 'cancel';
  const steps: Step[] = ['call', 'recall', 'noShow', 'rejoin', 'transferGroup', 'transferCounter', 'start', 'serve', 'cancel'];

  function input(step: Step, state: TicketState, at: number, index: number): TicketEventInput {
    const counter = state.status === 'serving' ? state.servingPeriods.at(-1)!.counter : (state.call?.counter ?? 1);
    const officer = QUEUE_ACTORS.officerA;
    switch (step) {
      case 'call':
        return { type: 'called', at, actor: officer, counter: state.targetCounter ?? 2 };
      case 'recall':
        return { type: 'recalled', at, actor: officer, counter };
      case 'noShow':
        return { type: 'no_show', at, actor: officer, counter };
      case 'rejoin':
        return { type: 'rejoined', at, actor: QUEUE_ACTORS.citizen, position: 100 + index };
      case 'transferGroup':
        return { type: 'transferred', at, actor: officer, toGroup: state.serviceGroup === 'kinh-te' ? 'chung-thuc' : 'kinh-te' };
      case 'transferCounter':
        return { type: 'transferred', at, actor: officer, toCounter: counter === 4 ? 3 : 4 };
      case 'start':
        return { type: 'serving_started', at, actor: officer, counter };
      case 'serve':
        return { type: 'served', at, actor: officer, counter, outcome: { kind: 'guidance' } };
      case 'cancel':
        return { type: 'cancelled', at, actor: QUEUE_ACTORS.system, reason: state.status === 'serving' ? 'end_of_day' : 'citizen_left' };
    }
  }

  it('only ever lands where the table says, and keeps the figures consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ step: fc.constantFrom(...steps), gap: fc.integer({ min: 0, max: 20 }) }), { maxLength: 40 }), (walk) => {
        const history = new TicketBuilder().issue(t('08:00')).build();
        let state = foldTicket('ticket-1', history);
        let at = t('08:00');
        walk.forEach(({ step, gap }, index) => {
          at += gap;
          const next = input(step, state, at, index);
          const decision = decideTicket('ticket-1', history, next, { config });
          if (!decision.ok) return;
          const edge = TICKET_TRANSITIONS.find((row) => row.event === next.type)!;
          expect(edge.from).toContain(state.status);
          expect(decision.state.status).toBe(edge.to);
          history.push(decision.event);
          state = decision.state;
        });
        expect(foldTicket('ticket-1', history)).toEqual(state);
        if (state.waitMinutes !== undefined) expect(state.waitMinutes).toBeGreaterThanOrEqual(0);
        if (state.status === 'served') expect(state.servedBy).toBeDefined();
        if (state.status === 'missed') expect(state.call!.recalls).toBeGreaterThanOrEqual(config.recallLimit);
        expect(state.servingPeriods.filter((p) => p.to === undefined).length).toBe(state.status === 'serving' ? 1 : 0);
      }),
    );
  });
});
