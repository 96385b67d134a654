/**
 * Idempotency keys for creation requests: the same key and body return the first answer
 * without creating anything twice; the same key with another body is a conflict. A key is
 * claimed before the work starts (status 0), so two parallel requests cannot both create.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { answerIdempotencyKey, claimIdempotencyKey, findIdempotencyKey, releaseIdempotencyKey } from './idempotency.store.ts';
import { pgErrorCode } from '../db/sql.ts';
import { canonicalJson } from '../events/event-hash.ts';
import { conflict } from '../errors.ts';

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export async function withIdempotency<T>(
  db: Database,
  userId: string,
  key: string | undefined,
  body: unknown,
  work: () => Promise<{ status: number; body: T }>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  if (!key) return { ...(await work()), replayed: false };
  const hash = requestHash(body);
  try {
    await claimIdempotencyKey(db, userId, key, hash);
  } catch (error) {
    if (pgErrorCode(error) !== '23505') throw error;
    const existing = await findIdempotencyKey(db, userId, key);
    if (!existing || existing.requestHash !== hash) {
      throw conflict('Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác. Hãy dùng khóa mới.');
    }
    if (existing.statusCode === 0) throw conflict('Yêu cầu với khóa Idempotency-Key này đang được xử lý. Hãy thử lại sau giây lát.');
    return { status: existing.statusCode, body: existing.response as T, replayed: true };
  }
  try {
    const result = await work();
    await answerIdempotencyKey(db, userId, key, result.status, result.body as unknown as object);
    return { ...result, replayed: false };
  } catch (error) {
    await releaseIdempotencyKey(db, userId, key);
    throw error;
  }
}
