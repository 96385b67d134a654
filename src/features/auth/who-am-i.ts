/** The signed-in user as the web application shows it: role and unit by name. */
import { ROLE_NAMES } from '../../domain/dossier/roles.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { findUnit } from '../../platform/units/units.queries.ts';

export interface SignedInUser extends CurrentUser {
  roleName: string;
  /** The unit's name, for the header of the web application. */
  unitName: string;
}

export async function whoAmI(ctx: AppContext, user: CurrentUser): Promise<SignedInUser> {
  return { ...user, roleName: ROLE_NAMES[user.role], unitName: (await findUnit(ctx.db, user.unitCode))?.name ?? user.unitCode };
}
