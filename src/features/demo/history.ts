/**
 * One dossier's history, event by event, through the domain's decide(): the transition table,
 * the roles, the business rules and the unit's working calendar judge every event exactly as
 * they judge an officer's click. The generator only chooses WHAT happens and WHEN (seeded);
 * an event decide() refuses is a bug of the generator and stops it (never skipped silently).
 * Events later than `now` are not generated: that dossier is still in progress.
 */
import { procedureSnapshot } from '../../domain/catalog/procedure-snapshot.ts';
import { dayOf, type LocalMinute } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { computeFee } from '../../domain/catalog/catalog.ts';
import type { Procedure } from '../../domain/catalog/schema.ts';
import { decide } from '../../domain/dossier/decide.ts';
import type { Actor, DossierEvent, DossierEventInput } from '../../domain/dossier/events.ts';
import type { Applicant, Channel, DossierState } from '../../domain/dossier/state.ts';
import { handlingDepartment, type DemoOfficer, type DemoUnit } from './city.ts';
import type { DemoMix } from './mix.ts';
import {
  citizenIdNumber,
  EXTENSION_REASONS,
  FINANCIAL_OBLIGATION,
  organizationName,
  personName,
  phoneNumber,
  REFUSAL_REASONS,
  STOP_REASONS,
  streetAddress,
  SUPPLEMENT_REASONS,
  WITHDRAWAL_REASONS,
} from './names.ts';
import type { Random } from './random.ts';
import { demoAttachmentFile, type DemoAttachmentKind } from './attachments.ts';
import type { GeneratedFile } from '../files/store-generated-files.ts';
import { hasRole } from '../../domain/policy/policy.ts';
import { collectorOf, currentStep, holderOf, officersById, RETURN_REASONS, resultReference, STEP_MIX } from './steps.ts';

/** How the dossier is meant to end (decided up front, so that the mixes hold). */
export type Fate = 'refusedAtReception' | 'withdrawn' | 'stopped' | 'overdue' | 'resolved';

export interface DossierIntake {
  code: string;
  unit: DemoUnit;
  procedure: Procedure;
  channel: Channel;
  /** Online: the submission; otherwise the reception. */
  firstAt: LocalMinute;
  /** Reception at the counter (working time). */
  receiveAt: LocalMinute;
}

export interface HistoryContext {
  calendar: WorkingCalendar;
  now: LocalMinute;
  mix: DemoMix;
  random: Random;
}

export interface PlannedHistory {
  events: DossierEvent[];
  state: DossierState;
  fate: Fate;
  /** The file of each `file_attached` event (its fileId is the file's SHA-256), in event order. */
  files: GeneratedFile[];
}

/** The generator asked for an event the domain refuses: a bug to fix, never data to keep. */
export class DemoGenerationError extends Error {
  override readonly name = 'DemoGenerationError';
}

export function chooseFate(random: Random, mix: DemoMix): Fate {
  const roll = random.next();
  let edge = mix.refusedAtReception;
  if (roll < edge) return 'refusedAtReception';
  if (roll < (edge += mix.withdrawn)) return 'withdrawn';
  if (roll < (edge += mix.stopped)) return 'stopped';
  if (roll < (edge += mix.overdue)) return 'overdue';
  return 'resolved';
}

function applicantOf(random: Random, unit: DemoUnit, mix: DemoMix): Applicant {
  if (random.chance(mix.organization)) {
    return { kind: 'organization', name: organizationName(random), idNumber: `020${random.digits(7)}`, address: streetAddress(random, unit.placeName), phone: phoneNumber(random) };
  }
  const person = personName(random);
  return { kind: 'individual', name: person.fullName, idNumber: citizenIdNumber(random, person.female), address: streetAddress(random, unit.placeName), phone: phoneNumber(random) };
}

function officersOf(unit: DemoUnit, role: DemoOfficer['role'], departmentCode?: string): DemoOfficer[] {
  return unit.officers.filter((o) => hasRole(o, role) && (departmentCode === undefined || o.departmentCode === departmentCode));
}

const actorOf = (officer: DemoOfficer): Actor => ({ id: officer.id, role: officer.role });

/** Plans and decides the whole history of one dossier. */
export function planHistory(intake: DossierIntake, ctx: HistoryContext): PlannedHistory {
  const { calendar, now, mix, random } = ctx;
  const { unit, procedure, code } = intake;
  const fate = chooseFate(random, mix);
  const events: DossierEvent[] = [];
  const files: GeneratedFile[] = [];
  let state: DossierState | undefined;
  let stopped = false;
  const officers = officersById(unit);

  /** Decides and keeps one event; false once the event would be after `now` (history ends there). */
  const append = (input: DossierEventInput): boolean => {
    if (stopped) return false;
    if (input.at > now) {
      stopped = true;
      return false;
    }
    // The acting officer's turn is checked as for a click (citizens and the system take no turn).
    const officer = officers.get(input.actor.id);
    const decision = decide(code, events, input, officer ? { calendar, officer } : { calendar });
    if (!decision.ok) throw new DemoGenerationError(`Hồ sơ ${code}: "${input.type}" bị từ chối: ${decision.reason}`);
    events.push(decision.event);
    state = decision.state;
    return true;
  };
  const last = (): LocalMinute => events.at(-1)?.at ?? intake.firstAt;
  /** `minutes` of working time after the later of `from` and the last event. */
  const plus = (from: LocalMinute, minutes: number): LocalMinute => calendar.addWorkingMinutes(from, Math.max(0, Math.round(minutes)));
  const after = (from: LocalMinute, minutes: number): LocalMinute => plus(Math.max(from, last()), minutes);
  const finish = (): PlannedHistory => {
    if (!state) throw new DemoGenerationError(`Hồ sơ ${code}: không có sự kiện nào trước thời điểm hiện tại.`);
    return { events, state, fate, files };
  };

  const counters = officersOf(unit, 'counter_officer');
  const counter = actorOf(random.pick(counters));
  const applicant = applicantOf(random, unit, mix);
  const citizen: Actor = { id: `cong-dan:${applicant.idNumber ?? random.digits(12)}`, role: 'citizen' };
  const snapshot = procedureSnapshot(procedure);
  const onDay = dayOf(intake.receiveAt);
  const fee = computeFee({ procedure, channel: intake.channel, onDay, pages: random.int(1, 6), copies: random.int(1, 3) }).total;
  const components = procedure.components
    .filter((c) => !c.optional)
    .map((c) => ({ code: c.code, name: c.name, form: c.form, quantity: c.quantity }));

  // Intake: online submission, then reception or refusal at the counter.
  if (intake.channel === 'online') {
    append({ type: 'submitted_online', at: intake.firstAt, actor: citizen, unitCode: unit.code, procedure: snapshot, applicant });
    if (fate === 'refusedAtReception') {
      append({ type: 'refused_at_reception', at: intake.receiveAt, actor: counter, reason: random.pick(REFUSAL_REASONS) });
      return finish();
    }
    if (!append({ type: 'received', at: intake.receiveAt, actor: counter, unitCode: unit.code, channel: 'online', feeAmount: fee })) return finish();
  } else {
    if (fate === 'refusedAtReception') {
      append({ type: 'refused_at_reception', at: intake.receiveAt, actor: counter, unitCode: unit.code, procedure: snapshot, applicant, reason: random.pick(REFUSAL_REASONS) });
      return finish();
    }
    append({ type: 'received', at: intake.receiveAt, actor: counter, unitCode: unit.code, channel: intake.channel, procedure: snapshot, applicant, components, feeAmount: fee });
  }

  /** A file_attached event with its placeholder file (attachments.ts); `pick` chooses the component. */
  const attach = (at: LocalMinute, kind: DemoAttachmentKind, pick?: string): void => {
    const component = pick === undefined || components.length === 0 ? undefined : components[Number(pick) % components.length]!;
    const file = demoAttachmentFile({ kind, procedureName: procedure.name, componentName: component?.name });
    if (append({ type: 'file_attached', at, actor: counter, kind, fileId: file.sha256, ...(component ? { componentCode: component.code } : {}) })) files.push(file);
  };
  // Digitization, reuse of documents, fees: right after reception. (The random draws are those of
  // the made-up file numbers these events carried before, so that the rest of the demo is unchanged.)
  if (random.chance(mix.digitized)) {
    const at = after(intake.receiveAt, random.int(1, 8));
    attach(at, 'component', random.digits(6));
  }
  if (random.chance(mix.reused)) {
    const at = after(intake.receiveAt, random.int(0, 3));
    attach(at, 'reused', random.digits(4));
  }
  if (fee > 0) {
    const online = random.chance(mix.onlinePayment);
    append({ type: 'fee_paid', at: after(intake.receiveAt, random.int(1, 40)), actor: online ? citizen : counter, amount: fee, online });
  }
  if (stopped) return finish();

  const legalDue = (): LocalMinute => state!.legalDueAt!;
  const remaining = (): number => Math.max(0, calendar.workingMinutesBetween(last(), legalDue()));
  const departmentCode = handlingDepartment(procedure.department, procedure.field.name);
  const department = unit.departments.find((d) => d.code === departmentCode)!;
  let specialist = random.pick(officersOf(unit, 'specialist', departmentCode));
  const head = random.pick(officersOf(unit, 'department_head', departmentCode));
  const signer = actorOf(random.pick(officersOf(unit, 'chairman')));
  const processingStep = procedure.steps.find((s) => hasRole(s, 'specialist'));

  if (fate === 'withdrawn') {
    append({ type: 'withdrawn', at: after(last(), remaining() * random.between(0.05, 0.6)), actor: counter, reason: random.pick(WITHDRAWAL_REASONS) });
    return finish();
  }

  /** A supplement asked for (by whoever holds the dossier) and brought in. */
  const supplementRound = (asker: Actor): void => {
    if (fate === 'stopped' || !random.chance(mix.supplement)) return;
    const item = random.pick(SUPPLEMENT_REASONS);
    append({ type: 'supplement_requested', at: after(last(), remaining() * random.between(0.1, 0.4)), actor: asker, reason: item.reason, items: item.items });
    append({ type: 'supplement_received', at: after(last(), random.int(1, 5) * 480 + random.int(0, 300)), actor: counter, note: 'Công dân đã nộp đủ giấy tờ bổ sung.' });
  };

  // Routing: to the department (or vertical agency), or handled at the counter itself.
  if (processingStep) {
    append({ type: 'forwarded', at: after(last(), random.int(5, 90)), actor: counter, to: department.code, toKind: department.kind, assigneeId: specialist.id });
    const colleagues = officersOf(unit, 'specialist', departmentCode).filter((o) => o.id !== specialist.id);
    if (colleagues.length > 0 && random.chance(STEP_MIX.reassigned)) {
      const next = random.pick(colleagues);
      if (append({ type: 'step_assigned', at: after(last(), random.int(10, 240)), actor: actorOf(head), stepCode: processingStep.code, assigneeId: next.id, note: 'Giao lại cho công chức khác trong phòng.' })) specialist = next;
    }
  } else {
    // Handled at the desk: a supplement is asked while the desk still holds the dossier.
    supplementRound(counter);
    append({ type: 'step_completed', at: after(last(), Math.min(remaining() * 0.3, random.int(5, 60))), actor: counter, stepCode: procedure.steps[0]!.code });
  }
  if (processingStep) supplementRound(actorOf(specialist));
  if (processingStep && procedure.financialObligationPauses && fate !== 'stopped') {
    const amount = random.int(20, 400) * 10_000;
    append({ type: 'financial_obligation_requested', at: after(last(), remaining() * random.between(0.2, 0.5)), actor: actorOf(specialist), amount, description: FINANCIAL_OBLIGATION });
    append({ type: 'financial_obligation_paid', at: after(last(), random.int(1, 4) * 480), actor: citizen, amount });
  }
  if (stopped) return finish();

  if (fate === 'stopped') {
    append({ type: 'stopped', at: after(last(), remaining() * random.between(0.3, 0.8)), actor: actorOf(head), reason: random.pick(STOP_REASONS), refusal: true });
    return finish();
  }

  // The moment the result is ready: before the legal due date, or after it for the overdue share.
  let readyAt: LocalMinute;
  if (fate === 'overdue') {
    const lateBy = random.int(30, 3 * 480);
    if (random.chance(mix.extensionOfOverdue)) {
      const extendAt = plus(last(), remaining() - random.int(20, 120));
      const newDueAt = calendar.endOfDay(dayOf(plus(legalDue(), lateBy + random.int(60, 480))));
      append({ type: 'extended', at: extendAt, actor: actorOf(random.pick(officersOf(unit, 'center_leader'))), newDueAt, reason: random.pick(EXTENSION_REASONS) });
    }
    readyAt = plus(Math.max(legalDue(), last()), lateBy);
  } else {
    readyAt = after(last(), Math.max(1, remaining() * random.between(0.25, 0.95)));
  }
  /** The specialist's step completed: by its holder, or by the head on their behalf. */
  const completeProcessing = (at: LocalMinute): void => {
    if (!processingStep) return;
    if (random.chance(STEP_MIX.completedOnBehalf)) append({ type: 'step_completed', at, actor: actorOf(head), stepCode: processingStep.code, onBehalfOf: specialist.id });
    else append({ type: 'step_completed', at, actor: actorOf(specialist), stepCode: processingStep.code, assigneeId: specialist.id });
  };
  /** The reviews up to the approval step, each completed by whoever holds it. */
  const reviewUntilApproval = (): void => {
    for (let guard = 0; guard < 6 && !stopped; guard++) {
      const step = currentStep(state);
      const holder = step && step.act !== 'approve' ? holderOf(step, unit, random) : undefined;
      if (!step || !holder) return;
      append({ type: 'step_completed', at: after(last(), random.int(10, 240)), actor: actorOf(holder), stepCode: step.code });
    }
  };
  if (processingStep) {
    const doneAt = plus(last(), calendar.workingMinutesBetween(last(), readyAt) * random.between(0.4, 0.9));
    completeProcessing(doneAt);
    // Sent back to the specialist by the next step's holder, with a reason, and done again.
    const next = currentStep(state);
    const sender = next && !stopped && random.chance(STEP_MIX.returned) ? holderOf(next, unit, random) : undefined;
    if (next && sender) {
      const skipped = state!.steps.findIndex((s) => s.code === next.code) - state!.steps.findIndex((s) => s.code === processingStep.code) > 1;
      append({ type: 'step_returned', at: after(last(), random.int(10, 240)), actor: actorOf(sender), stepCode: next.code, toStepCode: processingStep.code, ...(skipped ? { toAssigneeId: specialist.id } : {}), reason: random.pick(RETURN_REASONS) });
      append({ type: 'step_completed', at: after(last(), random.int(60, 480)), actor: actorOf(specialist), stepCode: processingStep.code, assigneeId: specialist.id });
    }
  }
  reviewUntilApproval();
  const approval = currentStep(state);
  const approver = approval?.act === 'approve' ? holderOf(approval, unit, random) : undefined;
  const electronic = random.chance(mix.electronicResult);
  // The result document before the approval: the file of an electronic result, else the paper's number.
  if (electronic) attach(after(last(), random.int(1, 20)), 'result');
  const reference = !electronic && state?.resultRequired ? { resultReference: resultReference(random) } : {};
  append({ type: 'result_ready', at: Math.max(readyAt, last()), actor: approver ? actorOf(approver) : signer, electronic, ...reference });
  const method = intake.channel === 'post' ? 'post' : electronic && intake.channel === 'online' && random.chance(0.5) ? 'electronic' : 'desk';
  append({ type: 'result_returned', at: after(last(), method === 'electronic' ? random.int(1, 30) : random.int(10, 2 * 480)), actor: counter, method, ...(method === 'desk' ? { collectedBy: collectorOf(random, applicant) } : {}) });
  return finish();
}
