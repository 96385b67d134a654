/**
 * Builders for dossier histories, shared by tests of the core, the database and the
 * demo-data generator: `new HistoryBuilder().receive(t).forward(t2).ready(t3).build()`.
 */
import type { Actor, Collector, DossierEvent, DossierEventInput, ProcedureSnapshot, SubmittedComponent } from '../../src/domain/dossier/events.ts';
import { dossierEventSchema } from '../../src/domain/dossier/events.ts';
import type { Channel } from '../../src/domain/dossier/state.ts';
import type { Submitter } from '../../src/domain/dossier/submitter.ts';
import type { LocalMinute } from '../../src/domain/calendar/local-time.ts';
import { DEFAULT_STEPS, type TimeLimit } from '../../src/domain/deadline/types.ts';

export const ACTORS = {
  counter: { id: 'can-bo-mot-cua', role: 'counter_officer' },
  specialist: { id: 'chuyen-vien', role: 'specialist' },
  head: { id: 'truong-phong', role: 'department_head' },
  leader: { id: 'lanh-dao-trung-tam', role: 'center_leader' },
  chairman: { id: 'chu-tich', role: 'chairman' },
  citizen: { id: 'cong-dan', role: 'citizen' },
  system: { id: 'he-thong', role: 'system' },
} as const satisfies Record<string, Actor>;

export function buildProcedureSnapshot(overrides: Partial<ProcedureSnapshot> = {}): ProcedureSnapshot {
  return {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    timeLimit: { kind: 'working-days', days: 3 } satisfies TimeLimit,
    steps: DEFAULT_STEPS,
    financialObligationPauses: false,
    resultRequired: true,
    ...overrides,
  };
}

export class HistoryBuilder {
  private readonly events: DossierEvent[] = [];

  constructor(
    private readonly unitCode = 'GIAVIEN',
    private readonly procedure: ProcedureSnapshot = buildProcedureSnapshot(),
  ) {}

  private push(input: DossierEventInput): this {
    this.events.push(dossierEventSchema.parse(input));
    return this;
  }

  submitOnline(at: LocalMinute): this {
    return this.push({ type: 'submitted_online', at, actor: ACTORS.citizen, unitCode: this.unitCode, procedure: this.procedure, applicant: { kind: 'individual', name: 'Nguyễn Văn An' } });
  }

  receive(
    at: LocalMinute,
    options: { channel?: Channel; feeAmount?: number; components?: SubmittedComponent[]; missing?: SubmittedComponent[]; withSupplementRequest?: true; missingConfirmed?: string; submitter?: Submitter } = {},
  ): this {
    const fromSubmission = this.events.length > 0;
    return this.push({
      type: 'received',
      at,
      actor: ACTORS.counter,
      unitCode: this.unitCode,
      channel: options.channel ?? (fromSubmission ? 'online' : 'in_person'),
      ...(fromSubmission ? {} : { procedure: this.procedure, applicant: { kind: 'individual', name: 'Nguyễn Văn An', idNumber: '031090001234' } }),
      feeAmount: options.feeAmount ?? 0,
      ...(options.components ? { components: options.components } : {}),
      ...(options.missing ? { missing: options.missing } : {}),
      ...(options.withSupplementRequest ? { withSupplementRequest: true } : {}),
      ...(options.missingConfirmed ? { missingConfirmed: { reason: options.missingConfirmed } } : {}),
      ...(options.submitter ? { submitter: options.submitter } : {}),
    });
  }

  refuseAtReception(at: LocalMinute): this {
    return this.push({ type: 'refused_at_reception', at, actor: ACTORS.counter, unitCode: this.unitCode, procedure: this.procedure, applicant: { kind: 'individual', name: 'Nguyễn Văn An' }, reason: 'Không thuộc thẩm quyền giải quyết' });
  }

  /** Forwards to department `to`, assigned to `assigneeId` (null: the department's head assigns). */
  forward(at: LocalMinute, to = 'tu-phap', assigneeId: string | null = 'chuyen-vien'): this {
    return this.push({ type: 'forwarded', at, actor: ACTORS.counter, to, toKind: 'department', ...(assigneeId === null ? {} : { assigneeId }) });
  }

  completeStep(at: LocalMinute, stepCode: string, options: { actor?: Actor; onBehalfOf?: string } = {}): this {
    return this.push({ type: 'step_completed', at, actor: options.actor ?? ACTORS.specialist, stepCode, ...(options.onBehalfOf ? { onBehalfOf: options.onBehalfOf } : {}) });
  }

  /** The department head assigns the current step `stepCode` to `assigneeId`. */
  assign(at: LocalMinute, stepCode: string, assigneeId: string, actor: Actor = ACTORS.head): this {
    return this.push({ type: 'step_assigned', at, actor, stepCode, assigneeId });
  }

  /** Sends the current step `stepCode` back to `toStepCode` (to `toAssigneeId` when given). */
  sendBack(at: LocalMinute, stepCode: string, toStepCode: string, options: { actor?: Actor; toAssigneeId?: string; reason?: string } = {}): this {
    return this.push({
      type: 'step_returned',
      at,
      actor: options.actor ?? ACTORS.chairman,
      stepCode,
      toStepCode,
      reason: options.reason ?? 'Dự thảo kết quả còn sai thông tin',
      ...(options.toAssigneeId ? { toAssigneeId: options.toAssigneeId } : {}),
    });
  }

  requestSupplement(at: LocalMinute): this {
    return this.push({ type: 'supplement_requested', at, actor: ACTORS.specialist, reason: 'Thiếu giấy tờ chứng minh nơi cư trú', items: ['Giấy xác nhận thông tin về cư trú'] });
  }

  supplementReceived(at: LocalMinute): this {
    return this.push({ type: 'supplement_received', at, actor: ACTORS.counter });
  }

  requestFinancialObligation(at: LocalMinute, amount = 100_000): this {
    return this.push({ type: 'financial_obligation_requested', at, actor: ACTORS.specialist, amount, description: 'Nộp lệ phí trước bạ' });
  }

  financialObligationPaid(at: LocalMinute, amount = 100_000): this {
    return this.push({ type: 'financial_obligation_paid', at, actor: ACTORS.counter, amount });
  }

  extend(at: LocalMinute, newDueAt: LocalMinute): this {
    return this.push({ type: 'extended', at, actor: ACTORS.leader, newDueAt, reason: 'Cần xác minh thêm thông tin' });
  }

  stop(at: LocalMinute, refusal = true): this {
    return this.push({ type: 'stopped', at, actor: ACTORS.head, reason: 'Hồ sơ không đủ điều kiện giải quyết', refusal });
  }

  withdraw(at: LocalMinute): this {
    return this.push({ type: 'withdrawn', at, actor: ACTORS.counter, reason: 'Công dân đề nghị rút hồ sơ' });
  }

  ready(at: LocalMinute, electronic = true, resultReference?: string): this {
    return this.push({ type: 'result_ready', at, actor: ACTORS.chairman, electronic, ...(resultReference ? { resultReference } : {}) });
  }

  returnResult(at: LocalMinute, method: 'desk' | 'post' | 'electronic' = 'desk', collectedBy?: Collector): this {
    return this.push({ type: 'result_returned', at, actor: ACTORS.counter, method, ...(collectedBy ? { collectedBy } : {}) });
  }

  payFee(at: LocalMinute, amount: number, online: boolean): this {
    return this.push({ type: 'fee_paid', at, actor: online ? ACTORS.citizen : ACTORS.counter, amount, online });
  }

  attach(at: LocalMinute, kind: 'component' | 'result' | 'reused', fileId = 'a'.repeat(64)): this {
    return this.push({ type: 'file_attached', at, actor: ACTORS.counter, kind, fileId });
  }

  build(): DossierEvent[] {
    return [...this.events];
  }
}
