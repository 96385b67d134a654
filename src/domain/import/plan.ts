/**
 * The merge planner: given what is known of a dossier (its history, possibly empty) and one
 * imported record, which events of the vocabulary must be appended so that the dossier
 * reaches the imported status and dates? Pure; the import use case stores the result.
 *
 * Rules (docs/import.md, "Merge rules"):
 * - a dossier not yet known is created with `received` (or `submitted_online` /
 *   `refused_at_reception`), then walked to the imported status;
 * - a known dossier only moves forward: a record that says less than the history
 *   (an older export, a slower source) changes nothing; a record that contradicts an
 *   ended dossier is refused with a reason;
 * - a later appointment on an open dossier is an `extended` event (hẹn lại);
 * - an online payment not yet recorded is a `fee_paid` event;
 * - event times never go backwards: each is at least the previous event's time.
 * Every transition goes through the transition table (the fold checks it): the importer
 * acts as the `system` actor, named by the source system; `importedBy` says who ran it.
 */
import { procedureSnapshot } from '../catalog/procedure-snapshot.ts';
import { dayOf, type LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { findProcedure, searchProcedures } from '../catalog/catalog.ts';
import { searchKey } from '../format/search-key.ts';
import { computeDueDate } from '../deadline/due-date.ts';
import { DEFAULT_STEPS } from '../deadline/types.ts';
import { dossierEventSchema, procedureSnapshotSchema, type Actor, type DossierEvent, type ImportedBy, type ProcedureSnapshot } from '../dossier/events.ts';
import { foldDossier, InvalidHistoryError } from '../dossier/fold.ts';
import { STATUS, STATUS_NAMES, type Applicant, type DossierState, type StatusCode } from '../dossier/state.ts';
import { FIELD_LABELS } from './fields.ts';
import type { ImportedRecord, RowProblem } from './row.ts';
import { IMPORT_STATUS_LABELS, STATUS_OF_IMPORT, type ImportStatus } from './status.ts';
import type { ImportedTime } from './values.ts';

export interface PlanContext {
  /** Source system name: the actor id and the `source` of every event. */
  source: string;
  /** Unit holding the dossier. */
  unitCode: string;
  calendar: WorkingCalendar;
  /** "Known as of": the time of an import, for status changes the record gives no date for. */
  asOf: LocalMinute;
  /** Who had the import or push made (recorded on every event). */
  importedBy?: ImportedBy;
}

export interface KnownDossier {
  history: readonly DossierEvent[];
  state: DossierState;
}

export type Plan =
  | { kind: 'create' | 'update'; events: DossierEvent[]; state: DossierState }
  | { kind: 'unchanged' }
  | { kind: 'reject'; problems: RowProblem[] };

const OPEN: readonly StatusCode[] = [STATUS.received, STATUS.processing, STATUS.supplementRequested, STATUS.financialObligation];
const ENDED: readonly StatusCode[] = [STATUS.refusedAtReception, STATUS.withdrawn, STATUS.stopped, STATUS.returned];

/** How far along a status is: a record only moves a dossier to a higher rank. */
function rank(status: StatusCode): number {
  switch (status) {
    case STATUS.submitted:
      return 0;
    case STATUS.received:
      return 1;
    case STATUS.processing:
    case STATUS.supplementRequested:
    case STATUS.financialObligation:
      return 2;
    case STATUS.processed:
      return 3;
    default:
      return 4;
  }
}

/** The status a record leads to: as written, else from its dates. */
export function targetStatus(record: ImportedRecord): ImportStatus {
  if (record.status) return record.status;
  if (record.returnedAt) return 'returned';
  if (record.resultAt) return 'processed';
  return 'received';
}

/**
 * The canonical dossier code: `{unit}-{code}` unless the code already starts with a unit
 * code and a dash, so that "250301-0001" from one system and "000.01.24.H24-250301-0001"
 * from another are the same dossier of unit 000.01.24.H24.
 */
export function canonicalDossierCode(raw: string, unitCode: string, knownUnits: readonly string[] = []): { code: string; unitCode: string } {
  const code = raw.trim().replace(/\s+/g, '');
  if (code.startsWith(`${unitCode}-`)) return { code, unitCode };
  const owner = knownUnits.filter((unit) => code.startsWith(`${unit}-`)).sort((a, b) => b.length - a.length)[0];
  if (owner) return { code, unitCode: owner };
  return { code: `${unitCode}-${code}`, unitCode };
}

/** "1.001193.000.00.00.H24" and "1.001193.000.00.00.H24.02" (online service code) → "1.001193". */
export function nationalProcedureCode(code: string): string {
  const match = /^(\d\.\d{6})(?:\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}(?:\.\d{1,2})?)?$/i.exec(code.trim());
  return match ? match[1]! : code.trim();
}

const snapshotCache = new Map<string, ProcedureSnapshot | null>();

/** The catalog version in force on `day` by code (national or local), else by exact name. */
function catalogSnapshot(record: ImportedRecord, day: number): ProcedureSnapshot | undefined {
  const key = `${record.procedureCode ?? ''}|${record.procedureName ?? ''}|${day}`;
  const cached = snapshotCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let procedure = record.procedureCode ? (findProcedure(record.procedureCode, day) ?? findProcedure(nationalProcedureCode(record.procedureCode), day)) : undefined;
  if (!procedure && record.procedureName) {
    const name = searchKey(record.procedureName).replace(/^thu tuc /, '');
    procedure = searchProcedures(record.procedureName, { onDay: day }).find((p) => searchKey(p.name).replace(/^thu tuc /, '') === name);
  }
  const snapshot = procedure ? procedureSnapshot(procedure) : undefined;
  if (snapshotCache.size > 10_000) snapshotCache.clear();
  snapshotCache.set(key, snapshot ?? null);
  return snapshot;
}

/** An imported due date as an instant: a date without a time is due at the end of that working day. */
function dueInstant(due: ImportedTime, calendar: WorkingCalendar): LocalMinute {
  return due.hasTime ? due.at : calendar.endOfDay(dayOf(due.at));
}

/**
 * The procedure snapshot recorded on an imported dossier. The catalog's version when the
 * record names one; otherwise one made from the record (its code and name, lĩnh vực, the
 * default steps). When the source's appointment differs from what the snapshot's time limit
 * gives, the limit becomes the source's: the working time between receipt and that
 * appointment, so the dossier keeps the due date the citizen was given.
 */
export function importedProcedure(record: ImportedRecord, receivedAt: LocalMinute, calendar: WorkingCalendar): ProcedureSnapshot {
  const day = dayOf(receivedAt);
  const snapshot: ProcedureSnapshot = catalogSnapshot(record, day) ?? {
    code: record.procedureCode ?? 'khong-ro',
    name: record.procedureName ?? record.procedureCode ?? 'Thủ tục không rõ tên',
    field: record.field ?? 'Khác',
    timeLimit: { kind: 'working-days', days: 0 },
    steps: DEFAULT_STEPS.map((step) => ({ ...step })),
    financialObligationPauses: false,
    resultRequired: true,
    catalogVersion: 'nhap-tu-he-thong-khac',
  };
  if (!record.dueAt) return snapshot;
  const due = dueInstant(record.dueAt, calendar);
  const computed = computeDueDate(receivedAt, snapshot.timeLimit, calendar);
  if (computed === due || (!record.dueAt.hasTime && dayOf(computed) === dayOf(due))) return snapshot;
  const minutes = Math.max(0, calendar.workingMinutesBetween(receivedAt, due));
  return { ...snapshot, timeLimit: { kind: 'working-hours', hours: minutes / 60 } };
}

function applicantOf(record: ImportedRecord): Applicant {
  const applicant: Applicant = { kind: 'individual', name: record.applicantName ?? 'Không rõ' };
  if (record.applicantIdNumber) applicant.idNumber = record.applicantIdNumber;
  if (record.applicantAddress) applicant.address = record.applicantAddress;
  if (record.applicantPhone) applicant.phone = record.applicantPhone;
  return applicant;
}

/** Which date a target needs, or a problem naming the missing column. */
function missingDate(record: ImportedRecord, target: ImportStatus): RowProblem | undefined {
  const label = IMPORT_STATUS_LABELS[target];
  const problem = (column: string, reason: string): RowProblem => ({ column, value: record.statusText ?? label, reason });
  if (target === 'refused_reception') {
    return record.receivedAt || record.resultAt ? undefined : problem(FIELD_LABELS.receivedAt, `trạng thái "${label}" cần ngày tiếp nhận`);
  }
  if (target !== 'submitted' && !record.receivedAt) return problem(FIELD_LABELS.receivedAt, 'thiếu ngày tiếp nhận');
  if ((target === 'processed' || target === 'returned' || target === 'refused' || target === 'stopped' || target === 'withdrawn') && !record.resultAt && !record.returnedAt) {
    return problem(FIELD_LABELS.resultAt, `trạng thái "${label}" cần ngày có kết quả / ngày kết thúc xử lý`);
  }
  return undefined;
}

class Walker {
  readonly events: DossierEvent[] = [];
  status: StatusCode | 'none';
  beforeSupplement: StatusCode = STATUS.received;
  /** A supplement request was planned in this walk. */
  supplementPlanned = false;
  /** Time of the latest supplement request the history holds (a dated round at or before it is already there). */
  readonly knownSupplementFrom: LocalMinute | undefined;
  lastAt: LocalMinute;
  readonly actor: Actor;

  constructor(
    readonly record: ImportedRecord,
    readonly ctx: PlanContext,
    known: KnownDossier | undefined,
  ) {
    this.status = known ? known.state.status : 'none';
    this.lastAt = known?.history.at(-1)?.at ?? Number.NEGATIVE_INFINITY;
    this.actor = { id: ctx.source, role: 'system' };
    this.knownSupplementFrom = known?.state.supplementRequests.at(-1)?.at;
    if (known?.state.status === STATUS.supplementRequested) {
      // The status the dossier returns to when the supplement arrives.
      const before = [...known.history].reverse().find((e) => e.type === 'forwarded' || e.type === 'received');
      this.beforeSupplement = before?.type === 'forwarded' ? STATUS.processing : STATUS.received;
    }
  }

  private at(preferred: LocalMinute | undefined): LocalMinute {
    const at = Math.max(preferred ?? this.ctx.asOf, this.lastAt);
    this.lastAt = at;
    return at;
  }

  /** Appends an event built with its time already clamped. */
  push(build: (at: LocalMinute) => DossierEvent, preferred: LocalMinute | undefined, next: StatusCode | 'same'): void {
    this.events.push(build(this.at(preferred)));
    if (next !== 'same') this.status = next;
  }

  get base() {
    return { actor: this.actor, source: this.ctx.source, ...(this.ctx.importedBy ? { importedBy: this.ctx.importedBy } : {}) };
  }
}

/** The end date of a record: result, else return. */
const endOf = (record: ImportedRecord): LocalMinute | undefined => record.resultAt?.at ?? record.returnedAt?.at;

function createFirst(w: Walker, target: ImportStatus): void {
  const { record, ctx } = w;
  const receivedAt = record.receivedAt?.at;
  const procedureAt = receivedAt ?? endOf(record) ?? ctx.asOf;
  const procedure = importedProcedure(record, procedureAt, ctx.calendar);
  const applicant = applicantOf(record);
  if (target === 'refused_reception') {
    w.push((at) => ({ ...w.base, type: 'refused_at_reception', at, unitCode: ctx.unitCode, procedure, applicant, reason: `Không được tiếp nhận (theo hệ thống ${ctx.source})` }), receivedAt ?? endOf(record), STATUS.refusedAtReception);
    return;
  }
  if (target === 'submitted') {
    w.push((at) => ({ ...w.base, type: 'submitted_online', at, unitCode: ctx.unitCode, procedure, applicant }), receivedAt, STATUS.submitted);
    return;
  }
  w.push(
    (at) => ({ ...w.base, type: 'received', at, unitCode: ctx.unitCode, channel: record.channel, procedure, applicant, components: [], feeAmount: record.fee }),
    receivedAt,
    STATUS.received,
  );
}

/** The supplement request, at the date the record gives (else when the import knew it: `asOf`). */
function requestSupplement(w: Walker, from: StatusCode): void {
  w.beforeSupplement = from;
  w.supplementPlanned = true;
  w.push((at) => ({ ...w.base, type: 'supplement_requested', at, reason: `Yêu cầu bổ sung (theo hệ thống ${w.ctx.source})`, items: [] }), w.record.supplementRequestedAt?.at, STATUS.supplementRequested);
}

/**
 * Requests the supplement the record dates, when it has not been recorded yet and was asked
 * for before `until` (the next dated event; any time when undefined). True when it did.
 */
function supplementBefore(w: Walker, until: LocalMinute | undefined): boolean {
  const asked = w.record.supplementRequestedAt?.at;
  if (asked === undefined || w.supplementPlanned || w.status === 'none') return false;
  if (w.knownSupplementFrom !== undefined && w.knownSupplementFrom >= asked) return false;
  if (until !== undefined && asked > until) return false;
  requestSupplement(w, w.status);
  return true;
}

/** One step from the walker's status towards `target`; false when there is nothing (more) to do. */
function step(w: Walker, target: ImportStatus, reject: (reason: string) => void): boolean {
  const { record, ctx } = w;
  const goal = STATUS_OF_IMPORT[target];
  const status = w.status;
  if (status === 'none') return false;
  // Received or in processing as the record says, after a supplement round it dates.
  if (status === goal) return (goal === STATUS.received || goal === STATUS.processing) && supplementBefore(w, undefined);
  if (rank(goal) < rank(status)) return false;
  const endAt = endOf(record);
  const reachesResult = goal === STATUS.processed || goal === STATUS.returned;
  if (ENDED.includes(status)) {
    reject(`hồ sơ đã kết thúc ở trạng thái "${STATUS_NAMES[status]}", không thể chuyển sang "${IMPORT_STATUS_LABELS[target]}"`);
    return false;
  }
  switch (status) {
    case STATUS.submitted:
      if (goal === STATUS.refusedAtReception) {
        w.push((at) => ({ ...w.base, type: 'refused_at_reception', at, reason: `Không được tiếp nhận (theo hệ thống ${ctx.source})` }), record.receivedAt?.at ?? endAt, goal);
      } else if (goal === STATUS.withdrawn) {
        w.push((at) => ({ ...w.base, type: 'withdrawn', at, reason: 'Công dân rút hồ sơ' }), endAt, goal);
      } else {
        w.push((at) => ({ ...w.base, type: 'received', at, unitCode: ctx.unitCode, channel: 'online', components: [], feeAmount: record.fee }), record.receivedAt?.at, STATUS.received);
      }
      return true;
    case STATUS.received:
    case STATUS.processing:
      // Forwarded (at its date when the record gives one) on the way to processing or beyond;
      // a supplement asked for before the forwarding comes first.
      if (goal === STATUS.processing || (status === STATUS.received && record.forwardedAt)) {
        if (supplementBefore(w, record.forwardedAt?.at)) return true;
        const to = record.forwardedTo ?? record.department ?? ctx.source;
        const toKind = record.forwardedTo || record.department ? 'department' : 'vertical_agency';
        w.push((at) => ({ ...w.base, type: 'forwarded', at, to, toKind }), record.forwardedAt?.at ?? record.receivedAt?.at, STATUS.processing);
      } else if (goal === STATUS.supplementRequested) {
        requestSupplement(w, status);
      } else if (supplementBefore(w, undefined)) {
        // A dated supplement round the record carries, on the way to a later status.
        return true;
      } else if (goal === STATUS.financialObligation) {
        w.push((at) => ({ ...w.base, type: 'financial_obligation_requested', at, amount: record.fee, description: `Nghĩa vụ tài chính (theo hệ thống ${ctx.source})` }), undefined, goal);
      } else if (reachesResult) {
        w.push((at) => ({ ...w.base, type: 'result_ready', at, electronic: false }), record.resultAt?.at ?? record.returnedAt?.at, STATUS.processed);
      } else if (goal === STATUS.stopped) {
        const refusal = target === 'refused';
        w.push((at) => ({ ...w.base, type: 'stopped', at, refusal, reason: `${refusal ? 'Từ chối giải quyết' : 'Dừng xử lý'} (theo hệ thống ${ctx.source})` }), endAt, goal);
      } else if (goal === STATUS.withdrawn) {
        w.push((at) => ({ ...w.base, type: 'withdrawn', at, reason: 'Công dân rút hồ sơ' }), endAt, goal);
      } else {
        reject(`không thể chuyển hồ sơ từ "${STATUS_NAMES[status]}" sang "${IMPORT_STATUS_LABELS[target]}"`);
        return false;
      }
      return true;
    case STATUS.supplementRequested:
    case STATUS.financialObligation:
      if (goal === STATUS.stopped) {
        const refusal = target === 'refused';
        w.push((at) => ({ ...w.base, type: 'stopped', at, refusal, reason: `${refusal ? 'Từ chối giải quyết' : 'Dừng xử lý'} (theo hệ thống ${ctx.source})` }), endAt, goal);
      } else if (goal === STATUS.withdrawn) {
        w.push((at) => ({ ...w.base, type: 'withdrawn', at, reason: 'Công dân rút hồ sơ' }), endAt, goal);
      } else if (status === STATUS.supplementRequested) {
        w.push((at) => ({ ...w.base, type: 'supplement_received', at }), record.supplementReceivedAt?.at ?? (reachesResult ? endAt : undefined), w.beforeSupplement);
      } else {
        w.push((at) => ({ ...w.base, type: 'financial_obligation_paid', at, amount: record.fee }), reachesResult ? endAt : undefined, STATUS.processing);
      }
      return true;
    case STATUS.processed:
      if (goal === STATUS.returned) {
        const method = record.channel === 'post' ? 'post' : 'desk';
        w.push((at) => ({ ...w.base, type: 'result_returned', at, method }), record.returnedAt?.at ?? record.resultAt?.at, goal);
        return true;
      }
      reject(`hồ sơ đã có kết quả, không thể chuyển sang "${IMPORT_STATUS_LABELS[target]}"`);
      return false;
    default:
      return false;
  }
}

/** Procedure snapshots that passed procedureSnapshotSchema (shared by many events; never mutated). */
const validProcedures = new WeakSet<ProcedureSnapshot>();

/**
 * The event to validate: without its procedure snapshot when that very object was validated
 * already (it is optional where it is checked this way), so that a snapshot shared by a
 * thousand imported dossiers is checked once, not a thousand times.
 */
function withoutValidProcedure(event: DossierEvent): DossierEvent {
  if ((event.type !== 'received' && event.type !== 'refused_at_reception') || !event.procedure) return event;
  if (!validProcedures.has(event.procedure)) {
    if (!procedureSnapshotSchema.safeParse(event.procedure).success) return event;
    validProcedures.add(event.procedure);
  }
  const { procedure: _validated, ...rest } = event;
  return rest;
}

/** Plans the events that bring `known` (undefined: not yet known) to what `record` says. */
export function planDossier(code: string, known: KnownDossier | undefined, record: ImportedRecord, ctx: PlanContext): Plan {
  const target = targetStatus(record);
  const problems: RowProblem[] = [];
  const reject = (reason: string): void => {
    problems.push({ column: FIELD_LABELS.status, value: record.statusText ?? IMPORT_STATUS_LABELS[target], reason });
  };
  const missing = missingDate(record, target);
  if (missing && !known) return { kind: 'reject', problems: [missing] };

  const w = new Walker(record, ctx, known);
  if (!known) createFirst(w, target);
  // A later appointment on an open dossier: an extension (hẹn lại), before any other change.
  if (known && record.dueAt && OPEN.includes(known.state.status)) {
    const due = dueInstant(record.dueAt, ctx.calendar);
    const current = known.state.appointmentDueAt;
    if (current !== undefined && due > current) {
      const at = Math.max(w.lastAt, Math.min(record.extendedAt?.at ?? ctx.asOf, due - 1));
      if (due > at) w.push(() => ({ ...w.base, type: 'extended', at, newDueAt: due, reason: `Hẹn lại ngày trả kết quả (theo hệ thống ${ctx.source})` }), at, 'same');
    }
  }
  // An online payment not yet recorded.
  const paidOnline = known ? known.state.payments.some((p) => p.online) : false;
  const payable = (s: StatusCode | 'none') => s !== 'none' && (s === STATUS.submitted || OPEN.includes(s) || s === STATUS.processed);
  if (record.paidOnline && record.fee > 0 && !paidOnline && payable(w.status)) {
    w.push((at) => ({ ...w.base, type: 'fee_paid', at, amount: record.fee, online: true }), record.receivedAt?.at, 'same');
  }
  if (!(missing && known && STATUS_OF_IMPORT[target] !== known.state.status && rank(STATUS_OF_IMPORT[target]) >= rank(known.state.status))) {
    for (let guard = 0; guard < 8 && step(w, target, reject); guard++);
  } else {
    problems.push(missing);
  }
  if (problems.length > 0) return { kind: 'reject', problems };
  if (w.events.length === 0) return { kind: 'unchanged' };

  for (const event of w.events) {
    const parsed = dossierEventSchema.safeParse(withoutValidProcedure(event));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { kind: 'reject', problems: [{ column: '', value: issue?.path.join('.') ?? '', reason: `dữ liệu không hợp lệ cho sự kiện "${event.type}"` }] };
    }
  }
  try {
    const state = foldDossier(code, [...(known?.history ?? []), ...w.events], { calendar: ctx.calendar });
    return { kind: known ? 'update' : 'create', events: w.events, state };
  } catch (error) {
    if (error instanceof InvalidHistoryError) return { kind: 'reject', problems: [{ column: FIELD_LABELS.status, value: record.statusText ?? '', reason: error.reason }] };
    throw error;
  }
}

/**
 * Could `record` change a dossier in `state`? False means "unchanged" without loading its
 * history: the usual answer when the same export is imported again.
 */
export function mayChange(state: DossierState, record: ImportedRecord, calendar: WorkingCalendar): boolean {
  const goal = STATUS_OF_IMPORT[targetStatus(record)];
  if (goal !== state.status && rank(goal) >= rank(state.status)) return true;
  if (record.dueAt && OPEN.includes(state.status) && state.appointmentDueAt !== undefined && dueInstant(record.dueAt, calendar) > state.appointmentDueAt) return true;
  const payable = state.status === STATUS.submitted || OPEN.includes(state.status) || state.status === STATUS.processed;
  if (record.paidOnline && record.fee > 0 && payable && !state.payments.some((p) => p.online)) return true;
  return false;
}
