import { describe, expect, it } from 'vitest';
import { foldDossier, InvalidHistoryError } from './fold.ts';
import { decide } from './decide.ts';
import { formatDossierCode, parseDossierCode } from './code.ts';
import { ACTORS, HistoryBuilder, buildProcedureSnapshot } from '../../../test/support/dossier-builders.ts';
import { STATUS } from './state.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { isoLocalDateTime, parseIsoDate, parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const at = (text: string): number => parseIsoLocalDateTime(text)!;
const iso = (m: number | undefined): string | undefined => (m === undefined ? undefined : isoLocalDateTime(m));
const fold = (builder: HistoryBuilder) => foldDossier('GIAVIEN-260105-0001', builder.build(), ctx);

describe('foldDossier', () => {
  it('walks a whole dossier: receive, forward, supplement, approve, return', () => {
    const state = fold(
      new HistoryBuilder()
        .receive(at('2026-01-05T09:00'), { feeAmount: 5000 })
        .attach(at('2026-01-05T09:05'), 'component')
        .forward(at('2026-01-05T10:00'))
        .requestSupplement(at('2026-01-06T09:00'))
        .supplementReceived(at('2026-01-07T09:00'))
        .completeStep(at('2026-01-08T10:00'), 'xu-ly')
        .ready(at('2026-01-08T15:00'))
        .attach(at('2026-01-08T15:05'), 'result')
        .payFee(at('2026-01-09T07:30'), 5000, true)
        .returnResult(at('2026-01-09T08:00')),
    );
    expect(state.status).toBe(STATUS.returned);
    expect(iso(state.receivedAt)).toBe('2026-01-05T09:00');
    // 3 working days → Thu 08/01 09:00, plus one paused working day → Fri 09/01 09:00.
    expect(state.pausedWorkingMinutes).toBe(480);
    expect(iso(state.legalDueAt)).toBe('2026-01-09T09:00');
    expect(iso(state.appointmentDueAt)).toBe('2026-01-09T09:00');
    expect(iso(state.endedAt)).toBe('2026-01-08T15:00');
    expect(state.endKind).toBe('processed');
    expect(state.returnMethod).toBe('desk');
    expect(state.supplementRequests).toEqual([{ at: at('2026-01-06T09:00'), stage: 'processing', receivedAt: at('2026-01-07T09:00') }]);
    expect(state.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(state.steps.at(-1)!.dueAt).toBe(state.legalDueAt);
    expect(state.departmentCode).toBe('tu-phap');
    expect(state.paidOnline).toBe(true);
    expect(state.hasComponentFile && state.hasResultFile).toBe(true);
    expect(state.hasReusedComponent).toBe(false);
    expect(state.version).toBe(10);
  });

  it('keeps the legal due date when an apology sets a new appointment', () => {
    const state = fold(
      new HistoryBuilder()
        .receive(at('2026-01-05T09:00'))
        .forward(at('2026-01-05T10:00'))
        .requestSupplement(at('2026-01-06T09:00'))
        .supplementReceived(at('2026-01-06T11:00'))
        .extend(at('2026-01-08T10:00'), at('2026-01-12T16:00')),
    );
    expect(iso(state.legalDueAt)).toBe('2026-01-08T11:00');
    expect(iso(state.appointmentDueAt)).toBe('2026-01-12T16:00');
    expect(state.extensions).toHaveLength(1);
    expect(state.status).toBe(STATUS.processing);
    expect(state.steps.find((s) => s.status === 'active')?.code).toBe('xu-ly');
  });

  it('does not start the clock for an online submission waiting for a supplement', () => {
    const state = fold(
      new HistoryBuilder()
        .submitOnline(at('2026-01-05T20:00'))
        .requestSupplement(at('2026-01-06T08:00'))
        .supplementReceived(at('2026-01-07T08:00')),
    );
    expect(state.status).toBe(STATUS.submitted);
    expect(state.channel).toBe('online');
    expect(state.receivedAt).toBeUndefined();
    expect(state.legalDueAt).toBeUndefined();
    expect(state.pauses).toEqual([]);
    expect(state.supplementRequests[0]!.stage).toBe('reception');
    const received = fold(new HistoryBuilder().submitOnline(at('2026-01-05T20:00')).receive(at('2026-01-06T08:00')));
    expect(received.status).toBe(STATUS.received);
    expect(received.channel).toBe('online');
    expect(iso(received.legalDueAt)).toBe('2026-01-09T08:00');
  });

  it('records a refusal at reception as never received', () => {
    const state = fold(new HistoryBuilder().refuseAtReception(at('2026-01-05T09:00')));
    expect(state.status).toBe(STATUS.refusedAtReception);
    expect(state.receivedAt).toBeUndefined();
    expect(state.endedAt).toBeUndefined();
    expect(iso(state.refusedAt)).toBe('2026-01-05T09:00');
  });

  it('ends on withdrawal while waiting for a supplement, and is no longer paused', () => {
    const state = fold(new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-06T09:00')).withdraw(at('2026-01-07T09:00')));
    expect(state.status).toBe(STATUS.withdrawn);
    expect(state.endKind).toBe('withdrawn');
    expect(state.paused).toBe(false);
    expect(iso(state.legalDueAt)).toBe('2026-01-08T09:00');
  });

  it('reports a running pause', () => {
    const state = fold(new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-06T09:00')));
    expect(state.status).toBe(STATUS.supplementRequested);
    expect(state.paused).toBe(true);
  });

  it('pauses for financial obligations only where the procedure says so', () => {
    const history = (pauses: boolean) =>
      foldDossier(
        'X',
        new HistoryBuilder('GIAVIEN', buildProcedureSnapshot({ financialObligationPauses: pauses }))
          .receive(at('2026-01-05T09:00'))
          .forward(at('2026-01-05T10:00'))
          .requestFinancialObligation(at('2026-01-06T09:00'))
          .financialObligationPaid(at('2026-01-07T09:00'))
          .build(),
        ctx,
      );
    expect(iso(history(true).legalDueAt)).toBe('2026-01-09T09:00');
    expect(iso(history(false).legalDueAt)).toBe('2026-01-08T09:00');
    expect(history(true).status).toBe(STATUS.processing);
  });

  it('stops with a refusal and keeps it as the end of processing', () => {
    const state = fold(new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).stop(at('2026-01-06T09:00')));
    expect(state.status).toBe(STATUS.stopped);
    expect(state.endKind).toBe('stopped');
    expect(state.stopIsRefusal).toBe(true);
  });

  it('refuses an illegal history with a Vietnamese reason', () => {
    const events = new HistoryBuilder().receive(at('2026-01-05T09:00')).build();
    events.push({ type: 'result_returned', at: at('2026-01-05T10:00'), actor: ACTORS.counter, method: 'desk' });
    expect(() => foldDossier('X', events, ctx)).toThrow(InvalidHistoryError);
    expect(() => foldDossier('X', events, ctx)).toThrow('Không thể "Trả kết quả" khi hồ sơ ở trạng thái "Được tiếp nhận".');
  });
});

describe('decide', () => {
  const history = new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).build();

  it('accepts a legal action and returns the next state', () => {
    const result = decide('X', history, { type: 'result_ready', at: at('2026-01-06T09:00'), actor: ACTORS.chairman, electronic: true }, ctx);
    expect(result.ok && result.state.status).toBe(STATUS.processed);
  });
  it('rejects a role that may not act', () => {
    const result = decide('X', history, { type: 'result_ready', at: at('2026-01-06T09:00'), actor: ACTORS.counter }, ctx);
    expect(result).toEqual({ ok: false, cause: 'role', reason: 'Vai trò "Công chức tiếp nhận (một cửa)" không được phép "Có kết quả giải quyết".' });
  });
  it('rejects an event dated before the previous one', () => {
    const result = decide('X', history, { type: 'result_ready', at: at('2026-01-05T08:00'), actor: ACTORS.chairman }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe('at');
  });
  it('rejects an extension that does not move the appointment later', () => {
    const result = decide('X', history, { type: 'extended', at: at('2026-01-06T09:00'), actor: ACTORS.leader, newDueAt: at('2026-01-07T09:00'), reason: 'Chậm' }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe('newDueAt');
  });
  it('rejects an unknown step and a malformed payload, naming the field', () => {
    const step = decide('X', history, { type: 'step_completed', at: at('2026-01-06T09:00'), actor: ACTORS.specialist, stepCode: 'khong-co' }, ctx);
    expect(step.ok).toBe(false);
    const bad = decide('X', history, { type: 'fee_paid', at: at('2026-01-06T09:00'), actor: ACTORS.counter, amount: -5, online: false }, ctx);
    expect(bad).toEqual({ ok: false, cause: 'invalid', field: 'amount', reason: 'Dữ liệu sự kiện không hợp lệ (trường "amount").' });
  });
});

describe('dossier code', () => {
  it('is {unit}-{yyMMdd}-{4-digit daily sequence}', () => {
    const day = parseIsoDate('2026-11-23')!;
    expect(formatDossierCode('000.00.24.H24', day, 1)).toBe('000.00.24.H24-261123-0001');
    expect(formatDossierCode('GIAVIEN', day, 12345)).toBe('GIAVIEN-261123-12345');
    expect(parseDossierCode('000.00.24.H24-261123-0042')).toEqual({ unitCode: '000.00.24.H24', datePart: '261123', sequence: 42 });
    expect(parseDossierCode('khong-phai-ma')).toBeUndefined();
    expect(() => formatDossierCode('X', day, 0)).toThrow();
  });
});
