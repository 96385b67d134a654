/**
 * The periodic report as a signed-in user may read it: the unit must exist, the policy must allow
 * it (canReadReport), and applicant names are blanked for anyone who is not staff of the unit
 * (reportFor). The CLI, on the server's console, builds reports without a user (build-report.ts).
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { canReadReport, reportFor } from '../../domain/policy/policy.ts';
import type { Report } from '../../domain/report/report.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { buildReport } from './build-report.ts';

export interface ReadReportQuery {
  unit: string;
  from: number;
  to: number;
  asOf?: LocalMinute | undefined;
  /** 'true': percentages rounded instead of truncated. */
  round?: string | undefined;
}

export async function readReport(ctx: AppContext, user: CurrentUser, query: ReadReportQuery): Promise<Report> {
  const unit = await findUnit(ctx.db, query.unit);
  if (unit === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${query.unit}. Hãy kiểm tra lại mã đơn vị.`);
  if (!canReadReport(user, unit)) throw forbidden('Bạn không có quyền xem báo cáo của đơn vị này.');
  const report = await buildReport(ctx.db, { unitCode: query.unit, from: query.from, to: query.to, asOf: query.asOf ?? ctx.now(), percentMode: query.round === 'true' ? 'round' : 'truncate' });
  return reportFor(user, report);
}
