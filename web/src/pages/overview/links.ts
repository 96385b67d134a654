/**
 * w3-city (issue 15 §4, issue 16 §4): the dossier list behind a figure of the overview — the
 * search page /ho-so with the same filters in its address (read back by Search.tsx
 * filtersFromAddress), so that the list's count is the figure.
 */

/**
 * The figures that open a list, and the API filters each stands for. w3-links: due on a day
 * (`dueOn`), received on a day or in a span of days (`receivedFrom`/`receivedTo`), awaiting return.
 * w4-links: the receptions the report counts in a span of days (`receivedOnly`: the city's
 * "Tiếp nhận trong tháng", the drill-down's and the trend's "Tiếp nhận"), the apologies owed
 * (`apologyOwed`), resolved on time / late in a span of days (`closedFrom`/`closedTo`, `resolved`).
 */
export type ListKind = 'inProgress' | 'overdue' | 'dueSoon' | 'dueOn' | 'received' | 'receptions' | 'awaitingReturn' | 'apologyOwed' | 'resolvedOnTime' | 'resolvedLate';

/** Statuses of a dossier being handled (domain/overview IN_PROGRESS_STATUSES). */
const IN_PROGRESS = '2,4,5,6';
/** Processed, the result waiting to be handed back (domain/dossier STATUS.processed): "Chờ trả kết quả". */
const PROCESSED = '9';

export interface ListScope {
  unitCode?: string;
  departmentCode?: string;
  assigneeId?: string;
  /** w4-links: the rows of dossiers not routed to a department / not assigned to an officer. */
  unrouted?: boolean;
  unassigned?: boolean;
}

/** The days of a day-bound figure (YYYY-MM-DD): the due day, or the first and last day received. */
export interface ListDays {
  from: string;
  to?: string;
}

/** The address of the dossier list of `kind` within `scope`, titled for the reader. */
export function dossierListLink(kind: ListKind, scope: ListScope, title: string, days?: ListDays): string {
  const params = new URLSearchParams();
  if (scope.unitCode) params.set('donVi', scope.unitCode);
  if (scope.departmentCode) params.set('phong', scope.departmentCode);
  if (scope.assigneeId) params.set('canBo', scope.assigneeId);
  if (scope.unrouted) params.set('chuaChuyen', '1');
  if (scope.unassigned) params.set('chuaPhanCong', '1');
  const resolved = kind === 'resolvedOnTime' || kind === 'resolvedLate';
  if (kind === 'awaitingReturn') params.set('trangThai', PROCESSED);
  else if (kind !== 'received' && kind !== 'receptions' && !resolved) params.set('trangThai', IN_PROGRESS);
  if (kind === 'overdue') params.set('quaHan', '1');
  if (kind === 'dueSoon') params.set('sapDenHan', '1');
  if (kind === 'dueOn' && days) params.set('hanNgay', days.from);
  if ((kind === 'received' || kind === 'receptions') && days) {
    params.set('nhanTu', days.from);
    params.set('nhanDen', days.to ?? days.from);
  }
  if (kind === 'receptions') params.set('daTiepNhan', '1');
  if (kind === 'apologyOwed') params.set('xinLoi', '1');
  if (resolved && days) {
    params.set('dongTu', days.from);
    params.set('dongDen', days.to ?? days.from);
  }
  if (resolved) params.set('giaiQuyet', kind === 'resolvedOnTime' ? 'dungHan' : 'quaHan');
  params.set('tieuDe', title);
  return `/ho-so?${params.toString()}`;
}
