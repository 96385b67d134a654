/** Writes of the public lookup: issuing a dossier's token, and counting failed typed lookups. */
import { and, eq, lt } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { lookupFailures, lookupTokens } from '../../platform/db/schema.ts';
import { newLookupToken } from '../../platform/notices/lookup-token.ts';

/**
 * The dossier's token, issued now if it has none (128 random bits). Safe under concurrency:
 * two callers racing both read back the one row that won.
 */
export async function issueLookupToken(db: Database, dossierCode: string): Promise<string> {
  await db.insert(lookupTokens).values({ dossierCode, token: newLookupToken() }).onConflictDoNothing({ target: lookupTokens.dossierCode });
  const [row] = await db.select({ token: lookupTokens.token }).from(lookupTokens).where(eq(lookupTokens.dossierCode, dossierCode));
  if (!row) throw new Error(`issueLookupToken: no token for ${dossierCode}`);
  return row.token;
}

/** Replaces the dossier's token (a lost receipt): the old link then answers like any unknown token. */
export async function rotateLookupToken(db: Database, dossierCode: string): Promise<string> {
  const token = newLookupToken();
  await db
    .insert(lookupTokens)
    .values({ dossierCode, token })
    .onConflictDoUpdate({ target: lookupTokens.dossierCode, set: { token, createdAt: new Date() } });
  return token;
}

/** Records a failed typed lookup of a (normalised) code, and forgets failures older than `forgetBefore`. */
export async function recordLookupFailure(db: Database, codeKey: string, at: Date, forgetBefore: Date): Promise<void> {
  await db.insert(lookupFailures).values({ codeKey, failedAt: at });
  await db.delete(lookupFailures).where(and(eq(lookupFailures.codeKey, codeKey), lt(lookupFailures.failedAt, forgetBefore)));
}
