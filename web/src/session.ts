import { createContext, useContext } from 'react';
import type { CurrentUser, Role } from './api/types.ts';

export const SessionContext = createContext<CurrentUser | null>(null);

export function useUser(): CurrentUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser outside a session');
  return user;
}

/** Who may do what in the interface (the API checks again: this only hides what would be refused). */
export const can = {
  receive: (role: Role) => role === 'counter_officer',
  workQueues: (role: Role) => role !== 'administrator' && role !== 'city_supervisor',
  overview: (role: Role) => role !== 'administrator',
  /** The city board of GET /api/overview/city (its units ranked) first. */
  cityBoard: (role: Role) => role === 'city_supervisor',
  searchDossiers: (role: Role) => role !== 'administrator',
  /** PAKN register (issue 19): staff who may read PAKN (src/domain/policy/policy.ts paknVisibility). */
  pakn: (role: Role) => role !== 'administrator',
  administer: (role: Role) => role === 'administrator' || role === 'center_leader',
  /** Same roles as src/app/reports/report-access.ts. */
  report: (role: Role) => ['counter_officer', 'department_head', 'center_leader', 'chairman', 'city_supervisor'].includes(role),
};

/** The first page after signing in. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'counter_officer':
      return '/tiep-nhan';
    case 'specialist':
    case 'department_head':
      return '/viec-cua-toi';
    case 'administrator':
      return '/quan-tri/thu-tuc';
    default:
      return '/tong-quan';
  }
}
