import { describe, expect, it } from 'vitest';
import { TERMINAL_STATUSES, TRANSITIONS, allowedEvents, checkTransition, type FromState } from './transitions.ts';
import { DOSSIER_EVENT_TYPES } from './events.ts';
import { STATUS, STATUS_NAMES, type StatusCode } from './state.ts';
import { STAFF_ROLES, type Role } from './roles.ts';

const ALL_STATUSES = Object.values(STATUS) as StatusCode[];
const ALL_ROLES: Role[] = [...STAFF_ROLES, 'citizen', 'system'];

describe('transition table', () => {
  it('has exactly one row per event of the vocabulary', () => {
    expect(TRANSITIONS.map((t) => t.event).sort()).toEqual([...DOSSIER_EVENT_TYPES].sort());
  });

  it('reaches every status from an empty history', () => {
    const reached = new Set<FromState>(['none']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        for (const from of t.from) {
          if (!reached.has(from) || typeof t.to !== 'number' || reached.has(t.to)) continue;
          reached.add(t.to);
          grew = true;
        }
      }
    }
    for (const status of ALL_STATUSES) expect(reached.has(status), STATUS_NAMES[status]).toBe(true);
  });

  it('gives terminal statuses no exits and every other status at least one', () => {
    for (const status of ALL_STATUSES) {
      const exits = TRANSITIONS.filter((t) => t.from.includes(status));
      if (TERMINAL_STATUSES.includes(status)) expect(exits, STATUS_NAMES[status]).toHaveLength(0);
      else expect(exits.length, STATUS_NAMES[status]).toBeGreaterThan(0);
    }
  });

  it('gives every action at least one role and a basis', () => {
    for (const t of TRANSITIONS) {
      expect(t.roles.length, t.event).toBeGreaterThan(0);
      expect(t.basis.length, t.event).toBeGreaterThan(5);
    }
  });

  it('never lets a city supervisor or an administrator change a dossier', () => {
    for (const status of ['none', ...ALL_STATUSES] as FromState[]) {
      expect(allowedEvents(status, 'city_supervisor')).toEqual([]);
      expect(allowedEvents(status, 'administrator')).toEqual([]);
    }
  });

  it('agrees with checkTransition on every state × event × role', () => {
    for (const from of ['none', ...ALL_STATUSES] as FromState[]) {
      for (const role of ALL_ROLES) {
        const allowed = new Set(allowedEvents(from, role));
        for (const event of DOSSIER_EVENT_TYPES) {
          const result = checkTransition(from, event, role);
          expect(result.ok, `${from} ${event} ${role}`).toBe(allowed.has(event));
          if (!result.ok) expect(result.reason).toMatch(/Không thể|không được phép|đã kết thúc/);
        }
      }
    }
  });

  it('rejects illegal actions with a Vietnamese reason', () => {
    expect(checkTransition(STATUS.processing, 'result_returned', 'counter_officer')).toEqual({
      ok: false,
      cause: 'state',
      reason: 'Không thể "Trả kết quả" khi hồ sơ ở trạng thái "Đang xử lý".',
    });
    expect(checkTransition(STATUS.processed, 'result_returned', 'specialist')).toEqual({
      ok: false,
      cause: 'role',
      reason: 'Vai trò "Chuyên viên phòng chuyên môn" không được phép "Trả kết quả".',
    });
    expect(checkTransition(STATUS.returned, 'withdrawn', 'citizen')).toEqual({
      ok: false,
      cause: 'state',
      reason: 'Hồ sơ đã kết thúc (trạng thái "Đã trả kết quả"), không thể "Công dân rút hồ sơ".',
    });
  });

  it('offers the counter officer what the desk does', () => {
    expect(allowedEvents('none', 'counter_officer').sort()).toEqual(['received', 'refused_at_reception']);
    expect(allowedEvents(STATUS.processed, 'counter_officer').sort()).toEqual(['fee_paid', 'file_attached', 'result_returned']);
  });
});
