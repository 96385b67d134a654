import { describe, expect, it } from 'vitest';
import { checkCounterFree, openCounterSession, ticketAtCounter } from './counter.ts';
import { DEFAULT_QUEUE_CONFIG } from './queue-config.ts';
import { minuteAt, session, TicketBuilder } from '../../../test/support/queue-builders.ts';

const config = DEFAULT_QUEUE_CONFIG;

describe('openCounterSession', () => {
  it('opens a counter with its configured groups, or the officer’s choice', () => {
    expect(openCounterSession(config, { counter: 2, officerId: 'can-bo-a' }, [])).toEqual({ ok: true, session: session(2, ['tu-phap-ho-tich'], { officerId: 'can-bo-a' }) });
    expect(openCounterSession(config, { counter: 2, officerId: 'can-bo-a', groups: ['chung-thuc', 'chung-thuc', 'tra-ket-qua'], takesOtherGroups: false }, [])).toEqual({
      ok: true,
      session: session(2, ['chung-thuc', 'tra-ket-qua'], { officerId: 'can-bo-a', takesOtherGroups: false }),
    });
    expect(openCounterSession(config, { counter: 5, officerId: 'cong-an' }, [])).toMatchObject({ ok: true, session: { takesOtherGroups: false } });
  });

  it('keeps one officer per counter and one counter per officer', () => {
    const open = [session(2, ['tu-phap-ho-tich'], { officerId: 'can-bo-a' })];
    expect(openCounterSession(config, { counter: 2, officerId: 'can-bo-b' }, open)).toEqual({ ok: false, field: 'counter', reason: 'Quầy số 2 đang được một công chức khác mở.' });
    expect(openCounterSession(config, { counter: 3, officerId: 'can-bo-a' }, open)).toEqual({ ok: false, field: 'counter', reason: 'Công chức đang mở quầy số 2; hãy đóng quầy đó trước.' });
    expect(openCounterSession(config, { counter: 2, officerId: 'can-bo-a', groups: ['kinh-te'] }, open)).toMatchObject({ ok: true, session: { groups: ['kinh-te'] } });
  });

  it('refuses unknown counters and groups', () => {
    expect(openCounterSession(config, { counter: 42, officerId: 'a' }, [])).toEqual({ ok: false, field: 'counter', reason: 'Không có quầy số 42.' });
    expect(openCounterSession(config, { counter: 1, officerId: 'a', groups: [] }, [])).toEqual({ ok: false, field: 'groups', reason: 'Quầy phải phục vụ ít nhất một nhóm dịch vụ.' });
    expect(openCounterSession(config, { counter: 1, officerId: 'a', groups: ['khong-co'] }, [])).toEqual({ ok: false, field: 'groups', reason: 'Không có nhóm dịch vụ "khong-co".' });
  });
});

describe('a counter holds one ticket at a time', () => {
  const t = (clock: string) => minuteAt(`2026-03-02T${clock}`);
  const called = new TicketBuilder('a').issue(t('08:00'), { number: 1001 }).call(t('08:05'), 1).state();
  const serving = new TicketBuilder('b').issue(t('08:01'), { number: 1002, position: 2 }).call(t('08:06'), 2).start(t('08:07')).state();
  const transferred = new TicketBuilder('c').issue(t('08:02'), { number: 1003, position: 3 }).call(t('08:06'), 3).start(t('08:07')).transfer(t('08:09'), { toCounter: 4 }).state();
  const tickets = [called, serving, transferred];

  it('finds the ticket a counter is calling or serving', () => {
    expect(ticketAtCounter(tickets, 1)?.id).toBe('a');
    expect(ticketAtCounter(tickets, 2)?.id).toBe('b');
    expect(ticketAtCounter(tickets, 3)).toBeUndefined(); // transferred away: counter 3 is free again
    expect(ticketAtCounter(tickets, 4)).toBeUndefined(); // reserved for counter 4, but not called yet
  });

  it('refuses to call the next one while a ticket is still at the counter', () => {
    expect(checkCounterFree(tickets, 1)).toEqual({ ok: false, reason: 'Quầy đang mời hoặc phục vụ số 1001: hãy hoàn thành, chuyển quầy hoặc ghi nhận vắng mặt trước.' });
    expect(checkCounterFree(tickets, 3)).toEqual({ ok: true });
  });
});
