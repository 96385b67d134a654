// Pure helpers of the database layer: no database needed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../domain/calendar/local-time.ts';
import { canonicalJson, canonicalJsonOfValue, chainedEventHash, eventHash, eventHashParts, GENESIS_HASH, toJsonValue } from './event-hash.ts';
import { formatDossierCode } from './dossier-codes.ts';
import { containsPattern, dossierSearchText } from '../db/search-text.ts';
import { searchKey } from '../../domain/format/search-key.ts';
import { dateFromLocalMinute, localMinuteFromDate } from '../db/time.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined like JSON.stringify', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: null }], c: undefined } })).toBe('{"a":{"d":[3,{"e":null,"f":1}]},"b":1}');
    expect(canonicalJson('Đức')).toBe('"Đức"');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('gives the same text for a value and its jsonb round trip', () => {
    const value = { at: new Date('2026-11-23T01:00:00Z'), list: [1, undefined], nested: { z: 1, a: 2 } };
    expect(canonicalJson(toJsonValue(value))).toBe('{"at":"2026-11-23T01:00:00.000Z","list":[1,null],"nested":{"a":2,"z":1}}');
  });
});

describe('eventHash', () => {
  const fields = {
    dossierCode: '000.00.24.H24-261123-0001',
    seq: 1,
    unitCode: '000.00.24.H24',
    type: 'received',
    at: new Date('2026-11-23T01:00:00Z'),
    recordedAt: new Date('2026-11-23T01:00:05.123Z'),
    actorId: null,
    actorRole: 'counter_officer',
    source: 'motcua',
    externalId: null,
    payload: { applicantName: 'Nguyễn Văn Đức' },
    prevHash: GENESIS_HASH,
  };

  it('is a hex SHA-256 that changes with any field, the previous hash included', () => {
    const base = eventHash(fields);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...fields, payload: { applicantName: 'Nguyễn Văn Đúc' } })).not.toBe(base);
    expect(eventHash({ ...fields, prevHash: base })).not.toBe(base);
    expect(eventHash({ ...fields, recordedAt: new Date('2026-11-23T01:00:05.124Z') })).not.toBe(base);
    expect(eventHash({ ...fields, payload: { applicantName: 'Nguyễn Văn Đức' } })).toBe(base);
  });
});

describe('canonicalJsonOfValue and eventHashParts (the batch append\'s faster path)', () => {
  // Any JSON-ish value, with what JSON.stringify treats specially: dates, undefined, -0, NaN, holes.
  const value = fc.letrec((tie) => ({
    leaf: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0), fc.date({ noInvalidDate: true })),
    node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 5 })),
  })).node;

  it('gives canonicalJson(toJsonValue(value)) for any value, with or without a shared cache', () => {
    const cache = new WeakMap<object, string>();
    fc.assert(
      fc.property(value, (v) => {
        const expected = canonicalJson(toJsonValue(v));
        expect(canonicalJsonOfValue(v)).toBe(expected);
        expect(canonicalJsonOfValue(v, cache)).toBe(expected);
        expect(canonicalJsonOfValue(v, cache)).toBe(expected);
      }),
      { numRuns: 500 },
    );
    const shared = { steps: [{ code: 'a', share: 70 }], when: new Date('2026-01-02T03:04:05Z') };
    const holes: number[] = [1];
    holes[2] = 3; // a hole at 1: null, as JSON.stringify writes it
    expect(canonicalJsonOfValue([shared, { shared }, holes, { toJSON: (key: string) => `k=${key}` }], cache)).toBe(canonicalJson(toJsonValue([shared, { shared }, holes, { toJSON: () => 'k=3' }])));
  });

  it('splits eventHash around prevHash: the same hash for any fields and previous hash', () => {
    const fields = fc.record({
      dossierCode: fc.string(),
      seq: fc.integer({ min: 1 }),
      unitCode: fc.string(),
      type: fc.string(),
      at: fc.date({ noInvalidDate: true }),
      recordedAt: fc.date({ noInvalidDate: true }),
      actorId: fc.option(fc.string(), { nil: null }),
      actorRole: fc.option(fc.string(), { nil: null }),
      source: fc.string(),
      externalId: fc.option(fc.string(), { nil: null }),
      payload: value,
      prevHash: fc.oneof(fc.constant(GENESIS_HASH), fc.string()),
    });
    fc.assert(
      fc.property(fields, (f) => {
        const { payload, prevHash, at, recordedAt, ...rest } = f;
        const parts = eventHashParts({ ...rest, atIso: at.toISOString(), recordedAtIso: recordedAt.toISOString() }, canonicalJsonOfValue(payload));
        // The store hashes the payload in the shape jsonb gives back (toJsonValue).
        expect(chainedEventHash(parts, prevHash)).toBe(eventHash({ ...f, payload: toJsonValue(payload) }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatDossierCode', () => {
  const day = dayNumberFromYmd(2026, 1, 5);
  it('writes {unit}-{yyMMdd}-{4-digit sequence}', () => {
    expect(formatDossierCode('000.00.24.H24', day, 7)).toBe('000.00.24.H24-260105-0007');
    expect(formatDossierCode('H24.242', day, 12345)).toBe('H24.242-260105-12345');
  });
});

describe('search text', () => {
  it('folds case and Vietnamese diacritics, đ included', () => {
    expect(searchKey('  NGUYỄN   Thị Ánh  Đào ')).toBe('nguyen thi anh dao');
    expect(dossierSearchText('000.00.24.H24-261123-0001', 'Lê Văn Đạt')).toBe('000.00.24.h24-261123-0001 le van dat');
  });

  it('escapes LIKE wildcards in the query', () => {
    expect(containsPattern('Đức')).toBe('%duc%');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('time conversions', () => {
  it('maps local minutes (UTC+7) to instants and back', () => {
    const eightAm = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 8 * 60;
    expect(dateFromLocalMinute(eightAm).toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(localMinuteFromDate(new Date('2026-11-23T01:00:59.999Z'))).toBe(eightAm);
  });
});
