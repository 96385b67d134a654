/** Facts about the installation every process agrees on (table instance_flags). */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { instanceFlags } from '../db/schema.ts';

const DEMO = 'demo';

/** Does this database hold demo data (accounts with a public password)? */
export async function isDemoDatabase(db: Database): Promise<boolean> {
  const [row] = await db.select({ value: instanceFlags.value }).from(instanceFlags).where(eq(instanceFlags.name, DEMO));
  return row?.value === true;
}

/** Marks the database as holding demo data; written with the demo, never removed by the program. */
export async function markDemoDatabase(db: Database): Promise<void> {
  await db.insert(instanceFlags).values({ name: DEMO, value: true }).onConflictDoNothing();
}
