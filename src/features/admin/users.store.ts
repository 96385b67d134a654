/** The accounts of a unit as the admin feature lists and changes them (creating one and its password: platform/users). */
import { eq } from 'drizzle-orm';
import type { StaffRole } from '../../domain/dossier/roles.ts';
import type { Database } from '../../platform/db/client.ts';
import { users } from '../../platform/db/schema.ts';

export type UserRow = typeof users.$inferSelect;

export function listUsersOfUnit(db: Database, unitCode: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.unitCode, unitCode)).orderBy(users.username);
}

export async function updateUser(tx: Database, id: string, values: { fullName: string; role: StaffRole; departmentCode: string | null }): Promise<UserRow> {
  const [row] = await tx.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}

export async function setUserActive(tx: Database, id: string, active: boolean): Promise<UserRow> {
  const [row] = await tx.update(users).set({ active }).where(eq(users.id, id)).returning();
  return row!;
}
