import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type Role } from '../dossier/roles.ts';
import { TICKET_STATUS_NAMES } from './labels.ts';
import { TICKET_EVENT_TYPES } from './ticket-events.ts';
import { allowedTicketEvents, checkTicketTransition, TERMINAL_TICKET_STATUSES, TICKET_STATUSES, TICKET_TRANSITIONS, type TicketFromState } from './ticket-transitions.ts';

const ALL_ROLES: Role[] = [...STAFF_ROLES, 'citizen', 'system'];
const ALL_FROM: TicketFromState[] = ['none', ...TICKET_STATUSES];

describe('ticket transition table', () => {
  it('has exactly one row per event of the vocabulary', () => {
    expect(TICKET_TRANSITIONS.map((t) => t.event).sort()).toEqual([...TICKET_EVENT_TYPES].sort());
  });

  it('reaches every status from a ticket not yet issued', () => {
    const reached = new Set<TicketFromState>(['none']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TICKET_TRANSITIONS) {
        if (t.from.some((from) => reached.has(from)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    for (const status of TICKET_STATUSES) expect(reached.has(status), TICKET_STATUS_NAMES[status]).toBe(true);
  });

  it('gives terminal statuses no exits and every other status at least one', () => {
    for (const status of TICKET_STATUSES) {
      const exits = TICKET_TRANSITIONS.filter((t) => t.from.includes(status));
      if (TERMINAL_TICKET_STATUSES.includes(status)) expect(exits, status).toHaveLength(0);
      else expect(exits.length, status).toBeGreaterThan(0);
    }
  });

  it('lets a missed ticket only rejoin (a no-show stays a no-show unless the citizen comes back)', () => {
    expect(TICKET_TRANSITIONS.filter((t) => t.from.includes('missed')).map((t) => t.event)).toEqual(['rejoined']);
  });

  it('gives every action a role and a Vietnamese basis', () => {
    for (const t of TICKET_TRANSITIONS) {
      expect(t.roles.length, t.event).toBeGreaterThan(0);
      expect(t.basis, t.event).toMatch(/[ạ-ỹà-ýđ]/);
    }
  });

  it('never lets a supervisor or an administrator act on a ticket', () => {
    for (const from of ALL_FROM) {
      expect(allowedTicketEvents(from, 'city_supervisor')).toEqual([]);
      expect(allowedTicketEvents(from, 'administrator')).toEqual([]);
      expect(allowedTicketEvents(from, 'specialist')).toEqual([]);
    }
  });

  it('agrees with checkTicketTransition on every state × event × role', () => {
    for (const from of ALL_FROM) {
      for (const role of ALL_ROLES) {
        const allowed = new Set(allowedTicketEvents(from, role));
        for (const event of TICKET_EVENT_TYPES) {
          const result = checkTicketTransition(from, event, role);
          expect(result.ok, `${from} ${event} ${role}`).toBe(allowed.has(event));
          if (!result.ok) expect(result.reason).toMatch(/Không thể|không được phép|đã kết thúc|chưa được cấp/);
        }
      }
    }
  });

  it('offers the desk and the citizen what they do', () => {
    expect(allowedTicketEvents('none', 'citizen')).toEqual(['issued']);
    expect(allowedTicketEvents('waiting', 'counter_officer').sort()).toEqual(['called', 'cancelled']);
    expect(allowedTicketEvents('called', 'counter_officer').sort()).toEqual(['cancelled', 'no_show', 'recalled', 'serving_started', 'transferred']);
    expect(allowedTicketEvents('serving', 'counter_officer').sort()).toEqual(['cancelled', 'served', 'transferred']);
    expect(allowedTicketEvents('missed', 'citizen')).toEqual(['rejoined']);
    expect(allowedTicketEvents('waiting', 'citizen')).toEqual(['cancelled']);
  });

  it('refuses with Vietnamese reasons', () => {
    expect(checkTicketTransition('waiting', 'served', 'counter_officer')).toEqual({ ok: false, cause: 'state', reason: 'Không thể "Hoàn thành phục vụ" khi số thứ tự ở trạng thái "Đang chờ".' });
    expect(checkTicketTransition('served', 'called', 'counter_officer')).toEqual({ ok: false, cause: 'state', reason: 'Số thứ tự đã kết thúc (trạng thái "Đã phục vụ"), không thể "Mời công dân đến quầy".' });
    expect(checkTicketTransition('waiting', 'called', 'citizen')).toEqual({ ok: false, cause: 'role', reason: 'Vai trò "Công dân, tổ chức" không được phép "Mời công dân đến quầy".' });
    expect(checkTicketTransition('none', 'called', 'counter_officer')).toEqual({ ok: false, cause: 'state', reason: 'Số thứ tự chưa được cấp.' });
  });
});
