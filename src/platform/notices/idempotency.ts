import { createHash } from 'node:crypto';

/**
 * A provider-side id derived from a notice's idempotency key: 32 hex characters, the same for
 * every attempt of the same notice, so that a provider that deduplicates (SMS request id, Zalo
 * tracking_id) recognises a retry after a crash. Short enough for every provider's field.
 */
export function providerRequestId(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
}
