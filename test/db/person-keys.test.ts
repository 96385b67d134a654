/**
 * The keys of a citizen's ID number and phone (src/domain/format/person-keys.ts) and their SQL
 * twins (migration *_14-person-keys-backfill: motcua_id_key, motcua_phone_key, which fill the
 * rows stored before the columns existed) agree, on PGlite and on PostgreSQL.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { idNumberKey, phoneKey } from '../../src/domain/format/person-keys.ts';
import { forEachDriver } from '../support/db.ts';

const piece = fc.constantFrom('0', '1', '4', '8', '9', '84', '+84', '0084', '+', ' ', '.', '-', '/', '(', ')', '_', '\t', '\u00a0', 'a', 'B', 'z', 'Đ', 'ă', 'ß', '#', '012', '0912345678', '001090000123');
const typed = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

forEachDriver('person keys in SQL', (getDb) => {
  it('motcua_id_key and motcua_phone_key give the keys of person-keys.ts', async () => {
    const { db } = getDb();
    const samples = fc.sample(typed, 400).concat(['+84 912 345 678', '84912345678', '0084912345678', '001.090.000.123', 'b1234567', '(024) 3825 1234', '']);
    const answer = await db.execute(sql`select motcua_id_key(v) as id, motcua_phone_key(v) as phone from unnest(${sql.param(samples)}::text[]) with ordinality as t(v, n) order by n`);
    const rows = (answer as unknown as { rows: Array<{ id: string | null; phone: string | null }> }).rows;
    expect(rows).toHaveLength(samples.length);
    samples.forEach((sample, i) => {
      expect({ sample, id: rows[i]!.id ?? undefined, phone: rows[i]!.phone ?? undefined }).toEqual({ sample, id: idNumberKey(sample), phone: phoneKey(sample) });
    });
    // The sample is not all refusals.
    expect(rows.filter((r) => r.phone !== null).length).toBeGreaterThan(5);
  });
});
