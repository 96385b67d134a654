/**
 * Verification of the audit hash chain over dossier events, one chain per unit (the hash:
 * event-hash.ts). prevHash is the hash of the previous event OF THE SAME UNIT (GENESIS_HASH for
 * the first). Appends to a unit are serialized by locking its audit_chain_heads row, so event ids
 * grow along each chain; the head also records the last hash and the number of events,
 * which catches a deleted tail.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { auditChainHeads, dossierEvents } from '../db/schema.ts';
import { eventHash, GENESIS_HASH, hashedFieldsOf } from './event-hash.ts';

export type AuditChainBreak = 'hash-mismatch' | 'prev-hash-mismatch' | 'chain-head-mismatch';

export interface BrokenLink {
  /** The first event that does not verify; for a missing tail, the id the head points to. */
  eventId: number;
  /** Null when the event is missing (deleted tail). */
  dossierCode: string | null;
  unitCode: string;
  reason: AuditChainBreak;
  /** Vietnamese, for the audit command. */
  message: string;
}

export type AuditChainResult = { ok: true; checked: number } | { ok: false; checked: number; firstBroken: BrokenLink };

const BATCH_SIZE = 1000;

/**
 * Walks the chain of one unit, or of every unit, and reports the first broken link
 * (the earliest event id across units). `checked` counts the events verified.
 */
export async function verifyAuditChain(db: Database, unitCode?: string): Promise<AuditChainResult> {
  const unitCodes = unitCode === undefined ? await chainedUnitCodes(db) : [unitCode];
  let checked = 0;
  let firstBroken: BrokenLink | undefined;
  for (const code of unitCodes) {
    const result = await verifyUnitChain(db, code);
    checked += result.checked;
    if (result.broken && (!firstBroken || result.broken.eventId < firstBroken.eventId)) firstBroken = result.broken;
  }
  return firstBroken ? { ok: false, checked, firstBroken } : { ok: true, checked };
}

async function chainedUnitCodes(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ unitCode: dossierEvents.unitCode })
    .from(dossierEvents)
    .union(db.select({ unitCode: auditChainHeads.unitCode }).from(auditChainHeads));
  return rows.map((row) => row.unitCode).sort();
}

/**
 * The head is read first: every event up to head.lastEventId was committed before it,
 * so the walk is consistent without a snapshot transaction (which would block PGlite's
 * single connection for the whole walk). Events appended meanwhile must chain too.
 */
async function verifyUnitChain(db: Database, unitCode: string): Promise<{ checked: number; broken?: BrokenLink }> {
  const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.unitCode, unitCode));
  let headReached = head === undefined || head.lastEventId === null;
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let lastDossierCode: string | null = null;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(dossierEvents)
      .where(and(eq(dossierEvents.unitCode, unitCode), gt(dossierEvents.id, lastId)))
      .orderBy(asc(dossierEvents.id))
      .limit(BATCH_SIZE);
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { checked, broken: brokenLink(row.id, row.dossierCode, unitCode, 'prev-hash-mismatch') };
      }
      if (eventHash(hashedFieldsOf(row)) !== row.hash) {
        return { checked, broken: brokenLink(row.id, row.dossierCode, unitCode, 'hash-mismatch') };
      }
      checked += 1;
      if (head && row.id === head.lastEventId) {
        headReached = true;
        if (row.hash !== head.lastHash || checked !== head.eventCount) {
          return { checked, broken: brokenLink(row.id, row.dossierCode, unitCode, 'chain-head-mismatch') };
        }
      }
      expectedPrev = row.hash;
      lastId = row.id;
      lastDossierCode = row.dossierCode;
    }
    if (rows.length < BATCH_SIZE) break;
  }
  if (!headReached || (head === undefined && checked > 0)) {
    const eventId = head?.lastEventId ?? lastId;
    const dossierCode = head?.lastEventId ? null : lastDossierCode;
    return { checked, broken: brokenLink(eventId, dossierCode, unitCode, 'chain-head-mismatch') };
  }
  return { checked };
}


function brokenLink(eventId: number, dossierCode: string | null, unitCode: string, reason: AuditChainBreak): BrokenLink {
  const which = dossierCode ? `sự kiện #${eventId} của hồ sơ ${dossierCode}` : `sự kiện #${eventId}`;
  const messages: Record<AuditChainBreak, string> = {
    'hash-mismatch': `Chuỗi kiểm toán của đơn vị ${unitCode} bị đứt tại ${which}: nội dung sự kiện đã bị sửa sau khi ghi (mã băm không khớp).`,
    'prev-hash-mismatch': `Chuỗi kiểm toán của đơn vị ${unitCode} bị đứt tại ${which}: sự kiện liền trước đã bị xoá, chèn hoặc sửa (mã băm liên kết không khớp).`,
    'chain-head-mismatch': `Chuỗi kiểm toán của đơn vị ${unitCode} không khớp với điểm cuối đã ghi nhận (${which}): có sự kiện cuối chuỗi đã bị xoá hoặc thêm trái phép.`,
  };
  return { eventId, dossierCode, unitCode, reason, message: messages[reason] };
}

/** Row count helper for tests and the audit command's summary. */
export async function countDossierEvents(db: Database, unitCode?: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(dossierEvents)
    .where(unitCode === undefined ? undefined : eq(dossierEvents.unitCode, unitCode));
  return row?.count ?? 0;
}
