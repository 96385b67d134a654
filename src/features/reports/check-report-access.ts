/**
 * Who may read a periodic report (domain/policy canReadReport), checked against the unit asked for.
 */
import { eq } from 'drizzle-orm';
import { units } from '../../platform/db/schema.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { canReadReport } from '../../domain/policy/policy.ts';

export async function checkReportAccess(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<void> {
  const [unit] = await ctx.db.select({ code: units.code, parentCode: units.parentCode }).from(units).where(eq(units.code, unitCode));
  if (unit === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${unitCode}. Hãy kiểm tra lại mã đơn vị.`);
  if (!canReadReport(user, unit)) throw forbidden('Bạn không có quyền xem báo cáo của đơn vị này.');
}
