import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../dossier/state.ts';
import { allProcedures, computeFee, exemptionCategories, FeeInputError } from './catalog.ts';
import type { FeeInput } from './fee.ts';
import { day, procedureOn } from '../../../test/support/catalog-helpers.ts';

function fee(code: string, channel: Channel, iso: string, extra: Partial<FeeInput> = {}) {
  return computeFee({ procedure: procedureOn(code, iso), channel, onDay: day(iso), ...extra });
}

describe('computeFee — hộ tịch (NQ 12/2018, NQ 16/2023, NQ 23/2026)', () => {
  it('kết hôn is free on every channel, before and after 08/8/2026', () => {
    for (const iso of ['2025-09-01', '2026-08-07', '2026-09-01']) {
      for (const channel of ['in_person', 'online', 'post'] as const) {
        const result = fee('1.000894', channel, iso);
        expect(result.total).toBe(0);
        expect(result.lines[0]?.waivedReason).toMatch(/kết hôn/);
      }
    }
  });

  it('xác nhận tình trạng hôn nhân costs 5.000 in person, 0 online from 08/8/2026', () => {
    expect(fee('1.004873', 'in_person', '2026-03-01').total).toBe(5000);
    expect(fee('1.004873', 'in_person', '2026-09-01').total).toBe(5000);
    expect(fee('1.004873', 'post', '2026-09-01').total).toBe(5000);
    expect(fee('1.004873', 'online', '2026-09-01')).toMatchObject({ total: 0, confidence: 'confirmed' });
    const before = fee('1.004873', 'online', '2026-03-01');
    expect(before.total).toBe(5000);
    expect(before.confidence).toBe('unconfirmed'); // NQ 08/2025 online level not read
  });

  it('khai tử is free when on time (default) and 8.000 when late', () => {
    expect(fee('1.000656', 'in_person', '2026-03-01').total).toBe(0);
    const late = fee('1.000656', 'in_person', '2026-03-01', { variant: 'qua-han' });
    expect(late.total).toBe(8000);
    expect(late.lines).toHaveLength(1);
    expect(late.lines[0]).toMatchObject({ label: 'Lệ phí đăng ký khai tử không đúng hạn', amount: 8000 });
    expect(fee('1.000656', 'online', '2026-09-01', { variant: 'qua-han' }).total).toBe(0);
  });

  it('exempts người cao tuổi (NQ 16/2023) and says why', () => {
    const result = fee('1.000656', 'in_person', '2026-03-01', { variant: 'qua-han', exemptions: ['nguoi-cao-tuoi'] });
    expect(result.total).toBe(0);
    expect(result.lines[0]).toMatchObject({
      grossAmount: 8000,
      amount: 0,
      waivedReason: 'Miễn lệ phí: Người cao tuổi',
    });
    expect(result.lines[0]?.waiverBasis).toMatch(/16\/2023\/NQ-HĐND/);
    expect(fee('1.004873', 'in_person', '2026-09-01', { exemptions: ['nguoi-cao-tuoi'] }).total).toBe(0);
    // An exemption that the line does not list changes nothing.
    expect(
      fee('LOCAL-XD-001', 'in_person', '2026-09-01', { exemptions: ['nguoi-cao-tuoi'] }).total,
    ).toBe(75000);
  });

  it('reports an unknown level instead of guessing it', () => {
    const result = fee('2.000528', 'in_person', '2026-09-01');
    expect(result).toMatchObject({ total: 0, complete: false, confidence: 'unconfirmed' });
    expect(result.lines[0]?.amountUnknown).toBe(true);
    expect(fee('2.000528', 'online', '2026-09-01')).toMatchObject({ total: 0, complete: true });
  });

  it('bản sao trích lục: 8.000 per copy, not free online', () => {
    expect(fee('2.000635', 'in_person', '2026-09-01', { copies: 2 }).total).toBe(16000);
    expect(fee('2.000635', 'online', '2026-09-01').total).toBe(8000);
  });
});

describe('computeFee — giấy phép xây dựng (NQ 45/2018 PL10, NQ 23/2026)', () => {
  it('is 75.000 in person, 0 online from 08/8/2026, still 75.000 online on 07/8/2026', () => {
    expect(fee('LOCAL-XD-001', 'in_person', '2026-09-01').total).toBe(75000);
    expect(fee('LOCAL-XD-001', 'online', '2026-08-08').total).toBe(0);
    expect(fee('LOCAL-XD-001', 'online', '2026-08-07').total).toBe(75000);
    expect(fee('LOCAL-XD-001', 'in_person', '2026-08-07').total).toBe(75000);
  });

  it('exempts hộ nghèo', () => {
    expect(fee('LOCAL-XD-001', 'in_person', '2026-09-01', { exemptions: ['ho-ngheo'] }).total).toBe(0);
  });
});

describe('computeFee — hộ kinh doanh (NQ 12/2026)', () => {
  it('is 0 on every channel from 08/8/2026 to the end of 2031', () => {
    for (const iso of ['2026-08-08', '2028-01-01', '2031-12-31']) {
      for (const channel of ['in_person', 'online', 'post'] as const) {
        const result = fee('1.001612', channel, iso);
        expect(result.total).toBe(0);
        expect(result.lines[0]?.waivedReason).toMatch(/NQ 12\/2026/);
      }
    }
  });

  it('keeps the old (unconfirmed) level before 08/8/2026 and nothing known after 2031', () => {
    expect(fee('1.001612', 'in_person', '2026-08-07')).toMatchObject({ total: 150000, confidence: 'unconfirmed' });
    expect(fee('2.000720', 'in_person', '2026-08-07')).toMatchObject({ total: 0, complete: false });
    expect(fee('1.001612', 'in_person', '2032-01-01').lines).toEqual([]);
  });
});

describe('computeFee — chứng thực bản sao (TT 226/2016, NQ 43/2025)', () => {
  it('5 pages = 2.000 × 2 + 1.000 × 3 = 7.000 for a paper copy', () => {
    const result = fee('2.000815', 'in_person', '2026-03-01', { pages: 5 });
    expect(result.total).toBe(7000);
    expect(result.lines[0]).toMatchObject({ grossAmount: 7000, amount: 7000 });
  });

  it('prices by page tiers, caps one copy at 200.000 and multiplies by copies', () => {
    const total = (pages: number, copies?: number) =>
      fee('2.000815', 'in_person', '2026-03-01', { pages, ...(copies === undefined ? {} : { copies }) }).total;
    expect([total(1), total(2), total(3), total(4)]).toEqual([2000, 4000, 5000, 6000]);
    expect(total(5, 3)).toBe(21000);
    expect(total(198)).toBe(200000);
    expect(total(300)).toBe(200000);
    expect(total(300, 2)).toBe(400000);
  });

  it('e-copies: 7.000 before 2026, 0 from 01/01/2026 to 31/12/2030 (NQ 43/2025), 7.000 again after', () => {
    const eCopy = (iso: string) => fee('2.000815', 'online', iso, { pages: 5, variant: 'ban-sao-dien-tu' });
    expect(eCopy('2025-12-31').total).toBe(7000);
    const supported = eCopy('2026-06-01');
    expect(supported.total).toBe(0);
    expect(supported.lines[0]).toMatchObject({ grossAmount: 7000, amount: 0 });
    expect(supported.lines[0]?.waivedReason).toMatch(/hỗ trợ 100%/);
    expect(supported.lines[0]?.waiverBasis).toMatch(/43\/2025\/NQ-HĐND/);
    expect(eCopy('2030-12-31').total).toBe(0);
    expect(eCopy('2031-01-01').total).toBe(7000);
    // The support is for electronic copies only.
    expect(fee('2.000815', 'online', '2026-06-01', { pages: 5 }).total).toBe(7000);
  });

  it('needs a page count', () => {
    expect(() => fee('2.000815', 'in_person', '2026-03-01')).toThrow(FeeInputError);
    expect(() => fee('2.000815', 'in_person', '2026-03-01', { pages: 0 })).toThrow(FeeInputError);
    expect(() => fee('2.000815', 'in_person', '2026-03-01', { pages: 2.5 })).toThrow(FeeInputError);
  });
});

describe('computeFee — đất đai (NQ 34/2025, NQ 23/2026)', () => {
  it('adds lệ phí and phí thẩm định by variant, 0 online from 08/8/2026', () => {
    expect(fee('1.013978', 'in_person', '2026-03-01').total).toBe(35000 + 100000);
    expect(fee('1.013978', 'in_person', '2026-09-01', { variant: 'dat-va-tai-san' }).total).toBe(35000 + 155000);
    expect(fee('1.013978', 'online', '2026-09-01', { variant: 'dat-va-tai-san' }).total).toBe(0);
    expect(fee('1.013978', 'in_person', '2025-10-01')).toMatchObject({ total: 0, complete: false });
  });
});

describe('computeFee — input errors and no-fee procedures', () => {
  it('rejects unknown variants and exemption codes', () => {
    expect(() => fee('1.000656', 'in_person', '2026-03-01', { variant: 'khong-co' })).toThrow(FeeInputError);
    expect(() => fee('1.000656', 'in_person', '2026-03-01', { exemptions: ['khong-co'] })).toThrow(FeeInputError);
  });

  it('charges nothing for a procedure without fee lines, with the mark of that fact', () => {
    expect(fee('1.001776', 'in_person', '2026-09-01')).toEqual({
      total: 0,
      lines: [],
      confidence: 'single-source',
      complete: true,
    });
  });
});

describe('computeFee — properties over the whole catalog', () => {
  const procedures = allProcedures();
  const exemptionCodes = exemptionCategories().map((e) => e.code);
  const arbitraryInput = fc.record({
    index: fc.nat({ max: procedures.length - 1 }),
    onDay: fc.integer({ min: day('2025-07-01'), max: day('2032-12-31') }),
    pages: fc.integer({ min: 1, max: 400 }),
    copies: fc.integer({ min: 1, max: 5 }),
    exemptions: fc.subarray(exemptionCodes),
  });

  it('never charges more online than in person, and exemptions never raise the total', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ index, onDay, pages, copies, exemptions }) => {
        const procedure = procedures[index]!;
        for (const variant of [undefined, ...procedure.feeVariants.map((v) => v.code)]) {
          const base = { procedure, onDay, pages, copies, ...(variant === undefined ? {} : { variant }) };
          const inPerson = computeFee({ ...base, channel: 'in_person' });
          const online = computeFee({ ...base, channel: 'online' });
          const exempted = computeFee({ ...base, channel: 'in_person', exemptions });
          expect(inPerson.total).toBeGreaterThanOrEqual(0);
          expect(online.total).toBeLessThanOrEqual(inPerson.total);
          expect(exempted.total).toBeLessThanOrEqual(inPerson.total);
          expect(inPerson.total).toBe(inPerson.lines.reduce((sum, line) => sum + line.amount, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});
