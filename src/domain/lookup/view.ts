/**
 * What the public lookup page may show about a dossier, and nothing else.
 *
 * The view is built field by field from an allow-list: every property below is chosen here,
 * none is copied from the state or the history wholesale. The applicant (name, ID number,
 * phone, e-mail, address), officers, departments, files and internal notes are never read,
 * except to mask the applicant's values in the two free texts the page shows (redact.ts).
 * `view.test.ts` checks this on random histories with random personal data.
 */
import { dayOf, isoLocalDateTime, type LocalMinute } from '../calendar/local-time.ts';
import type { DossierEvent, ProcedureSnapshot } from '../dossier/events.ts';
import { STATUS, type DossierState, type StatusCode, type StepState } from '../dossier/state.ts';
import { formatDate, formatMoney, formatTime } from '../format/index.ts';
import {
  APOLOGY_SENT,
  DEFAULT_COLLECTION_PLACE,
  FEE_TEXT,
  REFUSAL_TO_RESOLVE,
  RESULT_COLLECTION,
  RETURN_METHOD_LABELS,
  STATUS_WORDING,
  STEP_LABELS,
  SUPPLEMENT_CLOCK,
  type CitizenStepKind,
  type StatusWording,
} from './labels-vi.ts';
import { personalDataMasker } from './redact.ts';

/** A moment as the page shows it ("09:15 ngày 03/12/2026") and as a machine reads it. */
export interface PublicTime {
  /** Vietnamese local time without offset, `YYYY-MM-DDTHH:mm`. */
  iso: string;
  text: string;
}

export interface PublicStep {
  kind: CitizenStepKind;
  label: string;
  state: 'done' | 'active' | 'pending';
}

export interface PublicDossierView {
  /** The dossier code: printed on every paper, not a secret, and what the citizen quotes at the desk. */
  code: string;
  procedure: { code: string; name: string };
  unitName: string;
  submittedAt?: PublicTime;
  receivedAt?: PublicTime;
  /** Legal due date (ngày hẹn trả theo quy định), moved by supplement pauses only. */
  legalDueAt?: PublicTime;
  /** After a Mẫu 04 apology: the new appointment, its reason, and that the apology was sent. */
  extension?: { newDueAt: PublicTime; reason: string; apology: string };
  status: { code: StatusCode; label: string; explanation: string };
  /** Refusal, withdrawal or stop: when it happened. */
  endedAt?: PublicTime;
  steps: PublicStep[];
  currentStep?: { number: number; of: number; label: string };
  supplement?: { requestedAt: PublicTime; items: string[]; reason?: string; clock: keyof typeof SUPPLEMENT_CLOCK; explanation: string };
  result?: { readyAt: PublicTime; electronic: boolean; collect: string; returnedAt?: PublicTime; returnMethod?: string };
  fee: { amount: number; paid: number; state: 'none' | 'due' | 'paid'; text: string };
  contact?: { hotline: string };
}

/** The unit as the public page names it. */
export interface LookupUnit {
  name: string;
  /** Where results are collected at the desk (a place, e.g. "Bộ phận Một cửa, số 1 Đinh Tiên Hoàng"). */
  collectionPlace?: string;
  /** The center's public hotline (an office number, never a person's). */
  hotline?: string;
}

export interface PublicViewOptions {
  unit: LookupUnit;
  /**
   * The dossier's history, read only for: the papers of the latest supplement request, the
   * roles of the procedure's steps (to word them), and whether the result is electronic.
   */
  events: readonly DossierEvent[];
}

export function publicTime(minute: LocalMinute): PublicTime {
  return { iso: isoLocalDateTime(minute), text: `${formatTime(minute)} ngày ${formatDate(dayOf(minute))}` };
}

const optionalTime = (minute: LocalMinute | undefined): PublicTime | undefined => (minute === undefined ? undefined : publicTime(minute));

/** The procedure snapshot in force: the last one recorded (reception may replace a submission's). */
function procedureOf(events: readonly DossierEvent[]): ProcedureSnapshot | undefined {
  let procedure: ProcedureSnapshot | undefined;
  for (const event of events) {
    if ('procedure' in event && event.procedure) procedure = event.procedure;
  }
  return procedure;
}

type StepRole = ProcedureSnapshot['steps'][number]['role'];

/** A step's kind, from the role that acts in it; by position when the role is unknown. */
export function citizenStepKind(role: StepRole | undefined, index: number, count: number): CitizenStepKind {
  const first = index === 0;
  const last = index === count - 1 && count > 1;
  switch (role) {
    case 'specialist':
      return 'processing';
    case 'department_head':
      return 'review';
    case 'center_leader':
    case 'chairman':
      return 'approval';
    default:
      return first ? 'reception' : last ? 'return' : 'processing';
  }
}

function publicSteps(steps: readonly StepState[], procedure: ProcedureSnapshot | undefined): PublicStep[] {
  return steps.map((step, index) => {
    const role = procedure?.steps.find((s) => s.code === step.code)?.role;
    const kind = citizenStepKind(role, index, steps.length);
    return { kind, label: STEP_LABELS[kind], state: step.status };
  });
}

function statusOf(state: DossierState): StatusWording {
  if (state.status === STATUS.stopped && state.stopIsRefusal) return REFUSAL_TO_RESOLVE;
  return STATUS_WORDING[state.status];
}

function supplementOf(state: DossierState, events: readonly DossierEvent[], mask: (text: string) => string): PublicDossierView['supplement'] {
  if (state.status !== STATUS.supplementRequested) return undefined;
  const request = state.supplementRequests.at(-1);
  const event = events.findLast((e) => e.type === 'supplement_requested');
  if (!request || !event || event.type !== 'supplement_requested') return undefined;
  const items = event.items.map(mask);
  const clock = request.stage === 'processing' ? 'paused' : 'not_started';
  return {
    requestedAt: publicTime(request.at),
    items,
    // Mẫu 02 prints the reason when no paper is listed; so does the page.
    ...(items.length === 0 ? { reason: mask(event.reason) } : {}),
    clock,
    explanation: SUPPLEMENT_CLOCK[clock],
  };
}

function resultOf(state: DossierState, events: readonly DossierEvent[], unit: LookupUnit): PublicDossierView['result'] {
  if (state.resultReadyAt === undefined) return undefined;
  const ready = events.findLast((e) => e.type === 'result_ready');
  const electronic = ready?.type === 'result_ready' && ready.electronic;
  const place = unit.collectionPlace ?? DEFAULT_COLLECTION_PLACE;
  const collect = state.channel === 'post' ? RESULT_COLLECTION.post : electronic ? RESULT_COLLECTION.electronic(place) : RESULT_COLLECTION.desk(place);
  return {
    readyAt: publicTime(state.resultReadyAt),
    electronic,
    collect,
    ...(state.returnedAt !== undefined ? { returnedAt: publicTime(state.returnedAt) } : {}),
    ...(state.returnMethod ? { returnMethod: RETURN_METHOD_LABELS[state.returnMethod] } : {}),
  };
}

function feeOf(state: DossierState): PublicDossierView['fee'] {
  const amount = state.feeAmount;
  const paid = state.payments.reduce((sum, p) => sum + p.amount, 0);
  if (amount === 0) return { amount, paid, state: 'none', text: FEE_TEXT.none };
  if (paid >= amount) return { amount, paid, state: 'paid', text: FEE_TEXT.paid(formatMoney(amount)) };
  return { amount, paid, state: 'due', text: FEE_TEXT.due(formatMoney(amount), formatMoney(amount - paid)) };
}

function endedAtOf(state: DossierState): LocalMinute | undefined {
  if (state.status === STATUS.refusedAtReception) return state.refusedAt;
  if (state.status === STATUS.withdrawn) return state.withdrawnAt;
  if (state.status === STATUS.stopped) return state.stoppedAt;
  return undefined;
}

/** Drops the keys whose value is undefined, so that the JSON has no empty members. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Exactly what the public lookup page may show about a dossier (docs/lookup.md). */
export function publicDossierView(state: DossierState, options: PublicViewOptions): PublicDossierView {
  const mask = personalDataMasker(state.applicant);
  const procedure = procedureOf(options.events);
  const steps = publicSteps(state.steps, procedure);
  const activeIndex = steps.findIndex((s) => s.state === 'active');
  const latestExtension = state.extensions.at(-1);
  const wording = statusOf(state);
  return compact({
    code: state.code,
    procedure: { code: state.procedureCode, name: state.procedureName },
    unitName: options.unit.name,
    submittedAt: optionalTime(state.submittedAt),
    receivedAt: optionalTime(state.receivedAt),
    legalDueAt: optionalTime(state.legalDueAt),
    extension: latestExtension && { newDueAt: publicTime(latestExtension.newDueAt), reason: mask(latestExtension.reason), apology: APOLOGY_SENT },
    status: { code: state.status, label: wording.label, explanation: wording.explanation },
    endedAt: optionalTime(endedAtOf(state)),
    steps,
    currentStep: activeIndex === -1 ? undefined : { number: activeIndex + 1, of: steps.length, label: steps[activeIndex]!.label },
    supplement: supplementOf(state, options.events, mask),
    result: resultOf(state, options.events, options.unit),
    fee: feeOf(state),
    contact: options.unit.hotline ? { hotline: options.unit.hotline } : undefined,
  });
}
