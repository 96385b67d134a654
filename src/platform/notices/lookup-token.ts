import { randomBytes } from 'node:crypto';
import { LOOKUP_TOKEN_BYTES, lookupTokenFromBytes } from '../../domain/lookup/token.ts';

/** A new lookup token: 128 random bits from the operating system's CSPRNG (docs/lookup.md). */
export function newLookupToken(): string {
  return lookupTokenFromBytes(randomBytes(LOOKUP_TOKEN_BYTES));
}
