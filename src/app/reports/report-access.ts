/**
 * Who may read a periodic report: the unit's leaders and one-stop staff (counter officer,
 * department head, center leader, chairman) for their own unit; a city supervisor for the city
 * and each of its wards and communes. Applicant names of the overdue list are personal data:
 * they are blanked for anyone who is not staff of that unit (canSeePersonalData).
 */
import { eq } from 'drizzle-orm';
import { units } from '../../platform/db/schema.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { canSeePersonalData } from '../../domain/policy/policy.ts';
import type { Report } from './build-report.ts';

const REPORT_ROLES = new Set(['counter_officer', 'department_head', 'center_leader', 'chairman']);

export async function checkReportAccess(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<void> {
  const [unit] = await ctx.db.select({ code: units.code, parentCode: units.parentCode }).from(units).where(eq(units.code, unitCode));
  if (unit === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${unitCode}. Hãy kiểm tra lại mã đơn vị.`);
  const allowed = user.role === 'city_supervisor' ? unit.code === user.unitCode || unit.parentCode === user.unitCode : REPORT_ROLES.has(user.role) && user.unitCode === unit.code;
  if (!allowed) throw forbidden('Bạn không có quyền xem báo cáo của đơn vị này.');
}

/** The report as this user may see it (applicant names only for staff of the dossier's unit). */
export function reportFor(user: CurrentUser, report: Report): Report {
  const mayName = report.kind === 'unit' && canSeePersonalData(user, { unitCode: report.unit.code });
  if (mayName) return report;
  return { ...report, overdue: report.overdue.map((field) => ({ ...field, dossiers: field.dossiers.map((dossier) => ({ ...dossier, applicantName: '' })) })) };
}
