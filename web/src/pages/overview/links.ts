/**
 * w3-city (issue 15 §4, issue 16 §4): the dossier list behind a figure of the overview — the
 * search page /ho-so with the same filters in its address (read back by Search.tsx
 * filtersFromAddress), so that the list's count is the figure.
 */

/** The figures that open a list, and the API filters each stands for. */
export type ListKind = 'inProgress' | 'overdue' | 'dueSoon';

/** Statuses of a dossier being handled (domain/overview IN_PROGRESS_STATUSES). */
const IN_PROGRESS = '2,4,5,6';

export interface ListScope {
  unitCode?: string;
  departmentCode?: string;
  assigneeId?: string;
}

/** The address of the dossier list of `kind` within `scope`, titled for the reader. */
export function dossierListLink(kind: ListKind, scope: ListScope, title: string): string {
  const params = new URLSearchParams();
  if (scope.unitCode) params.set('donVi', scope.unitCode);
  if (scope.departmentCode) params.set('phong', scope.departmentCode);
  if (scope.assigneeId) params.set('canBo', scope.assigneeId);
  params.set('trangThai', IN_PROGRESS);
  if (kind === 'overdue') params.set('quaHan', '1');
  if (kind === 'dueSoon') params.set('sapDenHan', '1');
  params.set('tieuDe', title);
  return `/ho-so?${params.toString()}`;
}
