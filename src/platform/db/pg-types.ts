/**
 * node-postgres returns int8 (bigint, bigserial, count(*)) as strings; PGlite returns numbers.
 * We make node-postgres return numbers too, so that no string leaks into the domain.
 *
 * The parser must be global: Drizzle's node-postgres session passes its own per-query
 * `types` and falls back to `pg.types.getTypeParser`, ignoring a Pool's `types` option.
 * Values beyond 2^53 would lose precision; we refuse them loudly instead (no table of
 * ours comes near: ids, counts, sizes in bytes and amounts in VND).
 */
import pg from 'pg';

const INT8_OID = 20;
let installed = false;

export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(INT8_OID, (text: string): number => {
    const value = Number(text);
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`int8 value ${text} is beyond Number.MAX_SAFE_INTEGER`);
    }
    return value;
  });
}
