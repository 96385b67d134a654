import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoLocalDateTime, type LocalMinute } from '../calendar/local-time.ts';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { STAFF_ROLES, type Role } from '../dossier/roles.ts';
import { decidePakn } from './decide.ts';
import type { PaknEvent, PaknEventInput } from './events.ts';
import { foldPakn, InvalidHistoryError } from './fold.ts';
import type { PaknEventType, PaknStatus } from './labels.ts';
import type { PaknState } from './state.ts';
import { allowedPaknEvents } from './transitions.ts';
import { ACTORS, at, PAKN_SENDER, PaknHistoryBuilder } from '../../../test/support/pakn-builders.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });
const ctx = { calendar };
const CODE = 'PAKN-000.01.24.H24-261116-001';
const fold = (builder: PaknHistoryBuilder): PaknState => foldPakn(CODE, builder.build(), ctx);
const iso = (minute: LocalMinute | undefined): string | undefined => (minute === undefined ? undefined : isoLocalDateTime(minute));

describe('foldPakn', () => {
  it('walks a whole PAKN: register, classify, assign, draft, resolve, publish, the sender’s feedback', () => {
    const state = fold(
      new PaknHistoryBuilder()
        .register(at('2026-11-16T08:00'), { registeredAt: at('2026-11-16T09:30'), concerns: { dossierCode: '000.01.24.H24-261110-0004' }, externalCode: 'DVCQG-123' })
        .classify(at('2026-11-16T10:00'))
        .assign(at('2026-11-16T11:00'), 'chuyen-vien-a')
        .draftAnswer(at('2026-11-20T09:00'))
        .resolve(at('2026-11-23T15:00'))
        .publish(at('2026-11-25T09:00'))
        .vote(at('2026-11-26T09:00'), 'like')
        .vote(at('2026-11-27T09:00'), 'dislike', 3)
        .followUp(at('2026-11-28T09:00')),
    );
    expect(state.status).toBe('published');
    expect(state.class).toBe('rules_and_procedures');
    expect(state.outcome).toBe('within_competence');
    expect(iso(state.receivedAt)).toBe('2026-11-16T08:00');
    expect(iso(state.registeredAt)).toBe('2026-11-16T09:30');
    expect(state.registeredBy).toBe(ACTORS.counter.id);
    expect(state.handlerId).toBe('chuyen-vien-a');
    expect(state.departmentCode).toBe('van-phong');
    expect(state.draftAnswer).toMatch(/^Dự thảo/);
    expect(state.answer).toMatchObject({ result: 'explained', documentNumber: '15/TTPVHCC-PAKN', by: ACTORS.leader.id });
    expect(iso(state.resolvedAt)).toBe('2026-11-23T15:00');
    expect(iso(state.endedAt)).toBe('2026-11-23T15:00');
    expect(state.endKind).toBe('resolved');
    expect(iso(state.publishedAt)).toBe('2026-11-25T09:00');
    expect(state.publication?.places).toEqual(['public_site']);
    expect([state.likes, state.dislikes]).toEqual([1, 3]);
    expect(state.followUps).toHaveLength(1);
    expect(state.onTime).toEqual({ resolve: true, publish: true });
    expect(state.dueAt).toBeUndefined();
    expect(state.concerns.dossierCode).toBe('000.01.24.H24-261110-0004');
    expect(state.externalCode).toBe('DVCQG-123');
    expect(state.sender).toEqual(PAKN_SENDER);
    expect(state.version).toBe(9);
  });

  it('forwards a PAKN outside its competence: ended, recorded, no resolution clock', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00'), 'officer_conduct', 'outside_competence').forward(at('2026-11-18T10:00')));
    expect(state.status).toBe('forwarded');
    expect(state.endKind).toBe('forwarded');
    expect(state.forwarding).toMatchObject({ to: 'Sở Tư pháp thành phố Hải Phòng', documentNumber: '16/TTPVHCC-PAKN' });
    expect(state.clocks.map((clock) => [clock.id, clock.status])).toEqual([
      ['refuse', 'cancelled'],
      ['request_information', 'cancelled'],
      ['forward', 'met'],
    ]);
  });

  it('returns from a wait for information to where it was asked', () => {
    const registered = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).requestInformation(at('2026-11-16T09:00')).informationReceived(at('2026-11-17T09:00')));
    expect(registered.status).toBe('registered');
    expect(registered.paused).toBe(false);
    expect(registered.informationRequests).toEqual([{ at: at('2026-11-16T09:00'), request: 'Đề nghị cho biết mã hồ sơ và ngày nộp hồ sơ.', receivedAt: at('2026-11-17T09:00') }]);
    const handling = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T08:30')).requestInformation(at('2026-11-16T09:00')));
    expect(handling.status).toBe('awaiting_information');
    expect(handling.paused).toBe(true);
    expect(fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T08:30')).requestInformation(at('2026-11-16T09:00')).informationReceived(at('2026-11-16T10:00'))).status).toBe('in_handling');
  });

  it('closes the wait when a PAKN is not accepted while waiting (the sender never completed it)', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).requestInformation(at('2026-11-16T09:00')).notAccept(at('2026-11-20T09:00')));
    expect(state.status).toBe('not_accepted');
    expect(state.outcome).toBe('not_accepted');
    expect(state.notAccepted).toEqual({ at: at('2026-11-20T09:00'), reason: 'missing_sender_information' });
    expect(state.pauses).toEqual([{ from: at('2026-11-16T09:00'), to: at('2026-11-20T09:00') }]);
    expect(state.paused).toBe(false);
    // The wait counts for the refuse clock: refused within 2 working days of working time.
    expect(state.onTime.refuse).toBe(true);
  });

  it('lets a PAKN be classified again: a change of competence changes the clock that governs it', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).classify(at('2026-11-17T10:00'), 'rules_and_procedures', 'outside_competence'));
    expect(state.status).toBe('awaiting_forwarding');
    expect(state.clocks.map((clock) => clock.id)).toEqual(['refuse', 'request_information', 'forward']);
    expect(iso(state.dueAt)).toBe('2026-11-23T08:00');
  });

  it('records a withdrawal as the end', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).withdraw(at('2026-11-17T10:00')));
    expect([state.status, state.endKind, iso(state.withdrawnAt)]).toEqual(['withdrawn', 'withdrawn', '2026-11-17T10:00']);
    expect(state.clocks.find((clock) => clock.id === 'resolve')?.status).toBe('cancelled');
  });

  it('refuses histories that break the table, saying which event', () => {
    expect(() => foldPakn(CODE, [], ctx)).toThrow(InvalidHistoryError);
    const noRegistration = new PaknHistoryBuilder().classify(at('2026-11-16T10:00')).build();
    expect(() => foldPakn(CODE, noRegistration, ctx)).toThrow(/Sự kiện thứ 1: Phản ánh, kiến nghị chưa được tiếp nhận, vào sổ/);
    const resolvedUnclassified = new PaknHistoryBuilder().register(at('2026-11-16T08:00')).resolve(at('2026-11-17T08:00')).build();
    expect(() => foldPakn(CODE, resolvedUnclassified, ctx)).toThrow(/Sự kiện thứ 2: Không thể "Ban hành văn bản trả lời, xử lý xong"/);
    const twice = new PaknHistoryBuilder().register(at('2026-11-16T08:00')).register(at('2026-11-16T09:00')).build();
    expect(() => foldPakn(CODE, twice, ctx)).toThrow(/Sự kiện thứ 2/);
  });
});

// ---------------------------------------------------------------------------------------
// Random walks over the table: every admitted history folds to the state decide returned,
// and the state is consistent with itself.

const ROLES: Role[] = [...STAFF_ROLES, 'citizen', 'system'];

function inputFor(type: PaknEventType, role: Role, time: LocalMinute, pick: number): PaknEventInput {
  const actor = { id: `nguoi-${role}`, role };
  const base = { at: time, actor };
  switch (type) {
    case 'registered':
      return { ...base, type, unitCode: '000.01.24.H24', channel: role === 'counter_officer' ? 'letter' : 'public_form', kind: 'recommendation', sender: PAKN_SENDER, content: 'Đề nghị niêm yết rõ lệ phí chứng thực.', receivedAt: time };
    case 'classified':
      return { ...base, type, class: pick % 2 === 0 ? 'rules_and_procedures' : 'officer_conduct', competence: pick % 3 === 0 ? 'outside_competence' : 'within_competence' };
    case 'not_accepted':
      return { ...base, type, reason: 'unclear_content' };
    case 'information_requested':
      return { ...base, type, request: 'Đề nghị bổ sung địa chỉ liên hệ.' };
    case 'information_received':
      return { ...base, type };
    case 'assigned':
      return { ...base, type, handlerId: 'chuyen-vien' };
    case 'answer_drafted':
      return { ...base, type, answer: 'Dự thảo trả lời.' };
    case 'resolved':
      return { ...base, type, answer: 'Trả lời: đã niêm yết lệ phí.', result: 'explained' };
    case 'forwarded':
      return { ...base, type, to: 'Sở Tư pháp' };
    case 'published':
      return { ...base, type, summary: 'Kiến nghị niêm yết lệ phí chứng thực.', answer: 'Đã niêm yết lệ phí.' };
    case 'satisfaction_recorded':
      return { ...base, type, vote: pick % 2 === 0 ? 'like' : 'dislike', count: 1 };
    case 'follow_up_received':
      return { ...base, type, content: 'Chưa đồng ý.' };
    case 'reminded':
      return { ...base, type, clock: 'resolve', level: 1 };
    case 'withdrawn':
      return { ...base, type };
  }
}

const ENDED: readonly PaknStatus[] = ['awaiting_publication', 'published', 'not_accepted', 'forwarded', 'withdrawn'];

describe('random histories admitted by decidePakn', () => {
  it('fold to the state decide returned, with an end exactly in the ended statuses and clocks that agree', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 * 1440 })), { minLength: 1, maxLength: 20 }), (steps) => {
        const events: PaknEvent[] = [];
        let state: PaknState | undefined;
        let time = at('2026-11-16T08:00');
        for (const [choice, pick, gap] of steps) {
          // Endings that cut a walk short are taken one time in six, so walks reach the later statuses.
          const options = ROLES.flatMap((role) => allowedPaknEvents(state?.status ?? 'none', role).map((type) => [type, role] as const)).filter(([type]) => pick % 6 === 0 || (type !== 'withdrawn' && type !== 'not_accepted'));
          if (options.length === 0) continue;
          const [type, role] = options[choice % options.length]!;
          time += gap;
          const decision = decidePakn(CODE, events, inputFor(type, role, time, pick), ctx);
          if (!decision.ok) continue;
          events.push(decision.event);
          state = decision.state;
        }
        if (state === undefined) return;
        const folded = foldPakn(CODE, events, ctx);
        expect(folded).toEqual(state);
        expect(folded.endedAt !== undefined, folded.status).toBe(ENDED.includes(folded.status));
        expect(folded.paused).toBe(folded.status === 'awaiting_information');
        expect(folded.pauses.filter((pause) => pause.to === undefined).length).toBe(folded.paused ? 1 : 0);
        for (const clock of folded.clocks) {
          expect(clock.dueAt).toBeGreaterThanOrEqual(clock.baseDueAt);
          if (clock.status === 'met') expect(clock.stoppedAt!).toBeLessThanOrEqual(clock.dueAt);
          if (clock.status === 'late') expect(clock.stoppedAt!).toBeGreaterThan(clock.dueAt);
        }
        const running = folded.clocks.filter((clock) => clock.kind === 'duty' && clock.status === 'running');
        expect(running.length).toBeLessThanOrEqual(1);
        expect(folded.dueAt).toBe(running[0]?.dueAt);
      }),
      { numRuns: 300 },
    );
  });
});
