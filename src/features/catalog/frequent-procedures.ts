/** The procedures the user's unit received most in the last 365 days, most frequent first. */
import { daysAgo } from '../../domain/overview/overview.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { receivedProcedureCounts } from './catalog.queries.ts';

export function frequentProcedures(ctx: AppContext, user: CurrentUser, limit: number): Promise<Array<{ procedureCode: string; count: number }>> {
  return receivedProcedureCounts(ctx.db, user.unitCode, daysAgo(ctx.now(), 365), limit);
}
