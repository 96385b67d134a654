/**
 * The submitter who is not the applicant (issue 15 item 5): the rules between its fields, the
 * reception that carries it (decide), the fold that exposes it, and histories stored before it
 * that still fold.
 */
import { describe, expect, it } from 'vitest';
import { submitterProblem, isPersonalIdNumber, type Submitter } from './submitter.ts';
import { decide } from './decide.ts';
import { foldDossier } from './fold.ts';
import { dossierEventSchema, type DossierEventInput } from './events.ts';
import { ACTORS, buildProcedureSnapshot, HistoryBuilder } from '../../../test/support/dossier-builders.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const AT = parseIsoLocalDateTime('2026-03-02T09:00')!;
const AUTHORISED: Submitter = { kind: 'authorised', name: 'Trần Văn Ủy', idNumber: '031095001122', relationship: 'Con trai' };
const REPRESENTATIVE: Submitter = { kind: 'representative', name: 'Phạm Thị Đại', title: 'Giám đốc' };

function reception(applicantKind: 'individual' | 'organization', submitter?: Submitter): DossierEventInput {
  return {
    type: 'received',
    at: AT,
    actor: ACTORS.counter,
    unitCode: 'GIAVIEN',
    channel: 'in_person',
    procedure: buildProcedureSnapshot(),
    applicant: applicantKind === 'individual' ? { kind: 'individual', name: 'Nguyễn Văn An' } : { kind: 'organization', name: 'Công ty TNHH Hải Đăng' },
    components: [],
    feeAmount: 0,
    ...(submitter ? { submitter } : {}),
  };
}

describe('submitterProblem', () => {
  it('takes a CCCD of 12 digits or a CMND of 9', () => {
    expect(['031095001122', '031095001'].map(isPersonalIdNumber)).toEqual([true, true]);
    expect(['0310950011', '03109500112a', ''].map(isPersonalIdNumber)).toEqual([false, false, false]);
  });

  it('accepts an authorised person with their ID and a relationship or a paper, and a representative of an organisation with a title', () => {
    expect(submitterProblem('individual', undefined)).toBeUndefined();
    expect(submitterProblem('individual', AUTHORISED)).toBeUndefined();
    expect(submitterProblem('organization', { ...AUTHORISED, relationship: undefined, authorisation: 'Giấy ủy quyền số 3/UQ' })).toBeUndefined();
    expect(submitterProblem('organization', REPRESENTATIVE)).toBeUndefined();
  });

  it('names the field and says what to fix', () => {
    expect(submitterProblem('individual', REPRESENTATIVE)).toEqual({ field: 'submitter.kind', reason: expect.stringContaining('chỉ ghi khi người nộp hồ sơ là tổ chức') });
    expect(submitterProblem('organization', { ...REPRESENTATIVE, title: undefined })?.field).toBe('submitter.title');
    expect(submitterProblem('individual', { ...AUTHORISED, idNumber: undefined })?.field).toBe('submitter.idNumber');
    expect(submitterProblem('individual', { ...AUTHORISED, idNumber: '1234' })?.field).toBe('submitter.idNumber');
    expect(submitterProblem('individual', { ...AUTHORISED, relationship: undefined })?.field).toBe('submitter.authorisation');
  });
});

describe('a reception with a submitter', () => {
  it('is decided by the same rules and folded into the state', () => {
    const ok = decide('D-1', [], reception('individual', AUTHORISED), ctx);
    expect(ok.ok && ok.state.submitter).toEqual(AUTHORISED);
    const refused = decide('D-1', [], reception('individual', REPRESENTATIVE), ctx);
    expect(refused).toMatchObject({ ok: false, cause: 'rule', field: 'submitter.kind' });
    expect(decide('D-1', [], reception('organization', REPRESENTATIVE), ctx).ok).toBe(true);
  });

  it('stays with the dossier through the later events', () => {
    const events = new HistoryBuilder().receive(AT, { submitter: AUTHORISED }).forward(AT + 60).build();
    expect(foldDossier('D-1', events, ctx).submitter).toEqual(AUTHORISED);
  });

  it('leaves histories stored before issue 15 as they were: no submitter, the same state otherwise', () => {
    // A reception event as stored before the field existed (JSON from the event store).
    const stored = JSON.parse(JSON.stringify(reception('individual'))) as unknown;
    const old = [dossierEventSchema.parse(stored)];
    const state = foldDossier('D-1', old, ctx);
    expect(state.submitter).toBeUndefined();
    expect('submitter' in state).toBe(false);
    const withSubmitter = foldDossier('D-1', [dossierEventSchema.parse({ ...reception('individual'), submitter: AUTHORISED })], ctx);
    const { submitter: _submitter, ...rest } = withSubmitter;
    expect(rest).toEqual(state);
  });
});
