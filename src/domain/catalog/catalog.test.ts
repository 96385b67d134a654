import { describe, expect, it } from 'vitest';
import { DEFAULT_STEPS, REVIEWED_STEPS } from '../deadline/types.ts';
import {
  allProcedures,
  catalogVersion,
  exemptionCategories,
  fields,
  findProcedure,
  procedureVersions,
  searchProcedures,
} from './catalog.ts';
import { SAME_DAY_STEPS } from './define.ts';
import { searchKey } from '../format/search-key.ts';
import { CONFIDENCE_LABELS, CONFIDENCE_MARKS } from './labels.ts';
import { periodsOverlap } from './schema.ts';
import { day } from '../../../test/support/catalog-helpers.ts';

/** Procedures whose internal process has the department head's review before the signature. */
const REVIEWED = new Set(['LOCAL-XD-001']);

const codesOf = (procedures: readonly { code: string }[]) => procedures.map((p) => p.code);

describe('catalog contents', () => {
  it('has a version id', () => {
    expect(catalogVersion()).toMatch(/^H24-\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('holds the 44 procedures of reference §8, the 5 Công an xã entries and the repealed 2.001009', () => {
    const procedures = allProcedures();
    expect(procedures.length).toBe(50);
    expect(new Set(codesOf(procedures)).size).toBe(50);
    const inForceNow = procedures.filter((p) => findProcedure(p.code, day('2026-11-23')) === p);
    expect(inForceNow.length).toBe(49);
    expect(procedures.filter((p) => p.department !== 'cong-an-xa' && p.effectiveTo === undefined).length).toBe(44);
  });

  it('has at most one version of a code in force on any day, and unique version ids', () => {
    const procedures = allProcedures();
    for (const a of procedures) {
      for (const b of procedures) {
        if (a !== b && a.code === b.code) expect(periodsOverlap(a, b), a.code).toBe(false);
      }
    }
    expect(new Set(procedures.map((p) => p.versionId)).size).toBe(procedures.length);
  });

  it('gives every procedure steps whose shares add up to 100, the 2-step split for same-day ones, the head\'s review for permits', () => {
    for (const procedure of allProcedures()) {
      expect(procedure.steps.reduce((sum, step) => sum + step.sharePercent, 0), procedure.code).toBe(100);
      const expected = procedure.timeLimit.kind === 'same-day' ? SAME_DAY_STEPS : REVIEWED.has(procedure.code) ? REVIEWED_STEPS : DEFAULT_STEPS;
      expect(procedure.steps, procedure.code).toEqual(expected);
    }
  });

  it('derives the local code with the Hải Phòng suffix', () => {
    for (const procedure of allProcedures()) {
      expect(procedure.localCode).toBe(`${procedure.code}.000.00.00.H24`);
    }
  });

  it('lists the fields once each, in catalog order', () => {
    const list = fields();
    expect(list[0]).toEqual({ code: 'ho-tich', name: 'Hộ tịch' });
    expect(list.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Chứng thực', 'Đăng ký hộ kinh doanh', 'Bảo trợ xã hội', 'Đất đai', 'Xây dựng']),
    );
    expect(new Set(list.map((f) => f.code)).size).toBe(list.length);
  });

  it('is frozen: callers cannot change the shared data', () => {
    const procedure = allProcedures()[0]!;
    expect(() => {
      (procedure as { name: string }).name = 'x';
    }).toThrow();
  });

  it('lists exemption categories with Vietnamese labels', () => {
    expect(exemptionCategories()).toContainEqual({ code: 'nguoi-cao-tuoi', label: 'Người cao tuổi' });
  });
});

describe('findProcedure', () => {
  it('finds by national code and by local code (any case)', () => {
    const onDay = day('2026-09-01');
    const byNational = findProcedure('1.001193', onDay);
    expect(byNational?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(findProcedure('1.001193.000.00.00.H24', onDay)).toBe(byNational);
    expect(findProcedure(' 1.001193.000.00.00.h24 ', onDay)).toBe(byNational);
    expect(findProcedure('LOCAL-XD-001.000.00.00.H24', onDay)?.name).toBe('Cấp giấy phép xây dựng nhà ở riêng lẻ');
  });

  it('returns the version in force that day (effectiveTo is the first day out of force)', () => {
    expect(findProcedure('2.001009', day('2025-12-31'))?.effectiveTo).toBe('2026-01-01');
    expect(findProcedure('2.001009', day('2026-01-01'))).toBeUndefined();
    expect(findProcedure('1.001193', day('2025-06-30'))).toBeUndefined();
    expect(findProcedure('1.001193', day('2025-07-01'))).toBeDefined();
    expect(procedureVersions('2.001009').length).toBe(1);
  });

  it('returns undefined for unknown codes', () => {
    expect(findProcedure('9.999999', day('2026-09-01'))).toBeUndefined();
    expect(findProcedure('1.001193.000.00.00.H31', day('2026-09-01'))).toBeUndefined();
  });
});

describe('searchProcedures', () => {
  it('folds Vietnamese case and diacritics', () => {
    expect(searchKey('  ĐĂNG   Ký Khai Sinh ')).toBe('dang ky khai sinh');
    expect(searchKey('Đất đai')).toBe('dat dai');
  });

  it('finds đăng ký khai sinh whatever the case or accents', () => {
    for (const query of ['khai sinh', 'KHAI SINH', 'Khai Sinh', 'đăng ký khai sinh', 'dang ky khai sinh', 'DANG KY KHAI SINH']) {
      expect(codesOf(searchProcedures(query)), query).toContain('1.001193');
    }
    expect(searchProcedures('dang ky khai sinh')[0]?.code).toBe('1.001193');
  });

  it('gives the same results with and without accents', () => {
    expect(codesOf(searchProcedures('đăng ký'))).toEqual(codesOf(searchProcedures('dang ky')));
    expect(codesOf(searchProcedures('Chứng thực'))).toEqual(codesOf(searchProcedures('chung thuc')));
    expect(searchProcedures('dang ky').length).toBeGreaterThan(10);
  });

  it('matches codes, local codes, words in any order and field names', () => {
    expect(searchProcedures('1.001193')[0]?.code).toBe('1.001193');
    expect(searchProcedures('2.000815.000.00.00.h24')[0]?.code).toBe('2.000815');
    expect(codesOf(searchProcedures('2.0008'))).toEqual(expect.arrayContaining(['2.000815', '2.000884']));
    expect(codesOf(searchProcedures('ket hon dang ky'))).toContain('1.000894');
    expect(codesOf(searchProcedures('bao tro xa hoi'))).toContain('1.001731');
  });

  it('filters by day when asked', () => {
    expect(codesOf(searchProcedures('khai nhan di san'))).toContain('2.001009');
    expect(codesOf(searchProcedures('khai nhan di san', { onDay: day('2026-06-01') }))).not.toContain('2.001009');
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchProcedures('   ')).toEqual([]);
    expect(searchProcedures('xyz không có')).toEqual([]);
  });
});

describe('labels', () => {
  it('words and marks every confidence level', () => {
    for (const level of ['confirmed', 'single-source', 'default-rule', 'unconfirmed'] as const) {
      expect(CONFIDENCE_LABELS[level]).toMatch(/\p{L}/u);
      expect(CONFIDENCE_MARKS[level].length).toBeGreaterThan(0);
    }
    expect(CONFIDENCE_MARKS.unconfirmed).toBe('⚪');
  });
});
