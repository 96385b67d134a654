import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type Role } from '../dossier/roles.ts';
import { paknEventSchema } from './events.ts';
import { EVENT_NAMES, PAKN_EVENT_TYPES, PAKN_STATUSES, STATUS_NAMES, type PaknStatus } from './labels.ts';
import { allowedPaknEvents, checkPaknTransition, CLOSED_STATUSES, PAKN_TRANSITIONS, targetStatuses, TERMINAL_STATUSES, type PaknFromState } from './transitions.ts';

const ALL_ROLES: Role[] = [...STAFF_ROLES, 'citizen', 'system'];
const ALL_FROM: PaknFromState[] = ['none', ...PAKN_STATUSES];

describe('PAKN transition table', () => {
  it('has exactly one row per event of the vocabulary, and the vocabulary is the schema’s', () => {
    expect(PAKN_TRANSITIONS.map((t) => t.event).sort()).toEqual([...PAKN_EVENT_TYPES].sort());
    expect(paknEventSchema.options.map((o) => o.shape.type.value).sort()).toEqual([...PAKN_EVENT_TYPES].sort());
    for (const type of PAKN_EVENT_TYPES) expect(EVENT_NAMES[type].length, type).toBeGreaterThan(5);
  });

  it('reaches every status from an empty history', () => {
    const reached = new Set<PaknFromState>(['none']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of PAKN_TRANSITIONS) {
        if (!t.from.some((from) => reached.has(from))) continue;
        for (const to of targetStatuses(t.to)) {
          if (reached.has(to)) continue;
          reached.add(to);
          grew = true;
        }
      }
    }
    for (const status of PAKN_STATUSES) expect(reached.has(status), STATUS_NAMES[status]).toBe(true);
  });

  it('gives terminal statuses no exits, closed ones only the sender’s feedback, every other status a way forward', () => {
    for (const status of PAKN_STATUSES) {
      const exits = PAKN_TRANSITIONS.filter((t) => t.from.includes(status));
      if (TERMINAL_STATUSES.includes(status)) expect(exits, STATUS_NAMES[status]).toHaveLength(0);
      else if (CLOSED_STATUSES.includes(status)) expect(exits.map((t) => t.to), STATUS_NAMES[status]).toEqual(exits.map(() => 'same'));
      else expect(exits.some((t) => t.to !== 'same'), STATUS_NAMES[status]).toBe(true);
    }
  });

  it('leads every open status to an end (terminal or closed) by some path', () => {
    const ends = new Set<PaknStatus>([...TERMINAL_STATUSES, ...CLOSED_STATUSES]);
    for (const start of PAKN_STATUSES) {
      const seen = new Set<PaknStatus>([start]);
      const queue = [start];
      while (queue.length > 0) {
        const current = queue.shift()!;
        for (const t of PAKN_TRANSITIONS.filter((row) => row.from.includes(current))) {
          const next = t.to === 'previous' ? (['registered', 'in_handling'] as PaknStatus[]) : targetStatuses(t.to);
          for (const status of next.filter((s) => !seen.has(s))) {
            seen.add(status);
            queue.push(status);
          }
        }
      }
      expect([...seen].some((status) => ends.has(status)), STATUS_NAMES[start]).toBe(true);
    }
  });

  it('gives every action at least one role and a basis', () => {
    for (const t of PAKN_TRANSITIONS) {
      expect(t.roles.length, t.event).toBeGreaterThan(0);
      expect(t.basis.length, t.event).toBeGreaterThan(10);
    }
  });

  it('never lets a city supervisor or an administrator change a PAKN', () => {
    for (const from of ALL_FROM) {
      expect(allowedPaknEvents(from, 'city_supervisor')).toEqual([]);
      expect(allowedPaknEvents(from, 'administrator')).toEqual([]);
    }
  });

  it('agrees with checkPaknTransition on every state × event × role', () => {
    for (const from of ALL_FROM) {
      for (const role of ALL_ROLES) {
        const allowed = new Set(allowedPaknEvents(from, role));
        for (const event of PAKN_EVENT_TYPES) {
          const result = checkPaknTransition(from, event, role);
          expect(result.ok, `${from} ${event} ${role}`).toBe(allowed.has(event));
          if (!result.ok) expect(result.reason).toMatch(/Không thể|không được phép|đã kết thúc|chưa được tiếp nhận/);
        }
      }
    }
  });

  it('says who registers, classifies, answers and publishes (docs/pakn.md §2)', () => {
    const who = (event: (typeof PAKN_EVENT_TYPES)[number]) => [...PAKN_TRANSITIONS.find((t) => t.event === event)!.roles].sort();
    expect(who('registered')).toEqual(['citizen', 'counter_officer', 'system']);
    expect(who('classified')).toEqual(['center_leader', 'counter_officer', 'system']);
    expect(who('resolved')).toEqual(['center_leader', 'chairman', 'department_head', 'system']);
    expect(who('published')).toEqual(['center_leader', 'counter_officer', 'system']);
    expect(who('forwarded')).toEqual(['center_leader', 'chairman', 'system']);
  });

  it('offers each role what its desk does', () => {
    expect(allowedPaknEvents('none', 'counter_officer')).toEqual(['registered']);
    expect(allowedPaknEvents('registered', 'counter_officer').sort()).toEqual(['classified', 'information_requested', 'not_accepted', 'withdrawn']);
    expect(allowedPaknEvents('in_handling', 'specialist').sort()).toEqual(['answer_drafted', 'information_requested']);
    expect(allowedPaknEvents('published', 'citizen').sort()).toEqual(['follow_up_received', 'satisfaction_recorded']);
  });

  it('rejects illegal actions with a Vietnamese reason', () => {
    expect(checkPaknTransition('registered', 'resolved', 'center_leader')).toEqual({
      ok: false,
      cause: 'state',
      reason: 'Không thể "Ban hành văn bản trả lời, xử lý xong" khi phản ánh, kiến nghị ở trạng thái "Đã vào sổ, chờ phân loại".',
    });
    expect(checkPaknTransition('in_handling', 'resolved', 'specialist')).toEqual({
      ok: false,
      cause: 'role',
      reason: 'Vai trò "Chuyên viên phòng chuyên môn" không được phép "Ban hành văn bản trả lời, xử lý xong".',
    });
    expect(checkPaknTransition('forwarded', 'withdrawn', 'citizen')).toEqual({
      ok: false,
      cause: 'state',
      reason: 'Phản ánh, kiến nghị đã kết thúc (trạng thái "Đã chuyển cơ quan có thẩm quyền"), không thể "Người gửi rút phản ánh, kiến nghị".',
    });
    expect(checkPaknTransition('none', 'classified', 'counter_officer')).toMatchObject({ ok: false, reason: 'Phản ánh, kiến nghị chưa được tiếp nhận, vào sổ, không thể "Phân loại phản ánh, kiến nghị".' });
  });
});
