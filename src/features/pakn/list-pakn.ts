/** The register (sổ tiếp nhận PAKN) as the user may read it, each row with its clock state now. */
import { paknVisibility } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { listPakn, type PaknListFilter } from './pakn.queries.ts';
import { registerRow } from './present-pakn.ts';

export async function listPaknRegister(ctx: AppContext, user: CurrentUser, filter: Omit<PaknListFilter, 'now'>) {
  const now = ctx.now();
  const { total, states } = await listPakn(ctx.db, paknVisibility(user), { ...filter, now });
  const rows = [];
  for (const state of states) {
    const { calendar } = await ctx.calendars.forUnit(state.unitCode);
    rows.push(registerRow(state, user, now, calendar));
  }
  return { total, rows };
}
