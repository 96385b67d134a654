/** Reads of the public lookup: which dossier a token names, and the failures of a typed code. */
import { and, count, eq, gte } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { lookupFailures, lookupTokens } from '../../platform/db/schema.ts';

/** The code of the dossier a token was issued for, or undefined. */
export async function dossierCodeOfToken(db: Database, token: string): Promise<string | undefined> {
  const [row] = await db.select({ code: lookupTokens.dossierCode }).from(lookupTokens).where(eq(lookupTokens.token, token));
  return row?.code;
}

/** Failed typed lookups of a normalised code since `since`. */
export async function lookupFailuresSince(db: Database, codeKey: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(lookupFailures)
    .where(and(eq(lookupFailures.codeKey, codeKey), gte(lookupFailures.failedAt, since)));
  return Number(row?.n ?? 0);
}
