/**
 * Every mark of reference.md §8 is carried into the data: ✅ → confirmed, 🟡 → single-source,
 * ⚪ → unconfirmed; an unmarked value ("không thu") → single-source. Nothing the sources do not
 * confirm may appear as confirmed.
 */
import { describe, expect, it } from 'vitest';
import { allProcedures } from './catalog.ts';
import type { Confidence } from '../calendar/types.ts';
import { procedureOn } from '../../../test/support/catalog-helpers.ts';

type Mark = '✅' | '🟡' | '⚪' | '';
const EXPECTED: Record<Exclude<Mark, ''>, Confidence> & { '': Confidence } = {
  '✅': 'confirmed',
  '🟡': 'single-source',
  '⚪': 'unconfirmed',
  '': 'single-source',
};

/** reference.md §8, transcribed: [#, code, code mark, time mark, fee mark, online mark]. */
const SECTION_8: [number, string, Mark, Mark, Mark, Mark][] = [
  [1, '1.001193', '✅', '✅', '✅', '⚪'],
  [2, '1.000656', '✅', '⚪', '✅', '⚪'],
  [3, '1.000894', '✅', '⚪', '✅', '⚪'],
  [4, '1.004873', '✅', '⚪', '✅', '⚪'],
  [5, '2.000635', '✅', '✅', '⚪', '⚪'],
  [6, '1.004859', '✅', '⚪', '✅', '⚪'],
  [7, '1.004884', '✅', '⚪', '✅', '⚪'],
  [8, '1.005461', '✅', '⚪', '✅', '⚪'],
  [9, '1.004772', '✅', '⚪', '✅', '⚪'],
  [10, '1.000689', '✅', '⚪', '✅', '⚪'],
  [11, '1.001022', '🟡', '⚪', '✅', '⚪'],
  [12, '1.004837', '✅', '⚪', '✅', '⚪'],
  [13, '2.000528', '✅', '⚪', '⚪', '⚪'],
  [14, '2.002189', '✅', '⚪', '⚪', '⚪'],
  [15, '2.000815', '✅', '⚪', '🟡', '⚪'],
  [16, '2.000884', '✅', '⚪', '🟡', '⚪'],
  [17, '2.001035', '✅', '⚪', '⚪', '⚪'],
  [18, '2.000913', '✅', '⚪', '⚪', '⚪'],
  [19, '2.001406', '✅', '⚪', '⚪', '⚪'],
  [20, '2.001016', '✅', '⚪', '⚪', '⚪'],
  [21, '2.001019', '🟡', '⚪', '⚪', '⚪'],
  [22, '2.000908', '🟡', '🟡', '🟡', '⚪'],
  [23, '1.001612', '✅', '⚪', '✅', '⚪'],
  [24, '2.000720', '✅', '⚪', '✅', '⚪'],
  [25, '1.001570', '✅', '⚪', '⚪', '⚪'],
  [26, '1.001266', '✅', '⚪', '⚪', '⚪'],
  [27, '2.000575', '✅', '⚪', '✅', '⚪'],
  [28, '1.001776', '✅', '🟡', '', '⚪'],
  [29, '1.014027', '✅', '⚪', '', '⚪'],
  [30, '1.001731', '✅', '⚪', '', '⚪'],
  [31, '1.014028', '✅', '⚪', '', '⚪'],
  [32, '1.001699', '✅', '⚪', '', '⚪'],
  [33, '1.011606', '✅', '⚪', '', '⚪'], // online "–": no value given
  [34, '1.010803', '✅', '⚪', '', '⚪'],
  [35, '1.010824', '✅', '⚪', '', '⚪'],
  [36, '1.010833', '✅', '⚪', '', '⚪'],
  [37, '2.002307', '🟡', '⚪', '', '⚪'],
  [38, 'LOCAL-XD-001', '⚪', '⚪', '✅', '⚪'],
  [39, '1.013978', '🟡', '⚪', '✅', '⚪'],
  [40, '1.012812', '🟡', '⚪', '', '⚪'],
  [41, '1.003622', '✅', '⚪', '', '⚪'],
  [42, '2.002481', '✅', '⚪', '', '⚪'],
  [43, '2.000950', '🟡', '⚪', '', '⚪'],
  [44, '1.013703', '✅', '⚪', '⚪', '⚪'],
];

describe('confidence marks follow reference §8', () => {
  it('covers all 44 rows', () => {
    expect(SECTION_8.length).toBe(44);
    expect(new Set(SECTION_8.map((row) => row[1])).size).toBe(44);
  });

  it.each(SECTION_8)('row %i (%s)', (_row, code, codeMark, timeMark, feeMark, onlineMark) => {
    const procedure = procedureOn(code);
    expect(procedure.confidence.code).toBe(EXPECTED[codeMark]);
    expect(procedure.confidence.name).toBe(EXPECTED[codeMark]);
    expect(procedure.confidence.timeLimit).toBe(EXPECTED[timeMark]);
    expect(procedure.confidence.fees).toBe(EXPECTED[feeMark]);
    expect(procedure.confidence.onlineLevel).toBe(EXPECTED[onlineMark]);
    if (feeMark === '⚪') {
      // No fee line of an unconfirmed fee may present its amount as confirmed.
      for (const line of procedure.fees) expect(line.confidence, line.code).not.toBe('confirmed');
    }
  });

  it('never confirms what only this catalog assumes', () => {
    for (const procedure of allProcedures()) {
      const c = procedure.confidence;
      expect(c.localCode, procedure.code).not.toBe('confirmed'); // H24 itself is 🟡
      expect(c.components, procedure.code).toBe('unconfirmed');
      expect(c.department, procedure.code).not.toBe('confirmed');
      expect(c.steps, procedure.code).toBe('default-rule');
      if (c.verificationTimeLimit !== undefined) expect(c.verificationTimeLimit).toBe('unconfirmed');
      if (c.effectiveTo !== undefined) expect(c.effectiveTo).not.toBe('confirmed');
    }
  });

  it('spot-checks ⚪ values one by one', () => {
    // 1. Khai tử: "trong ngày" ⚪ and "xác minh ≤ 03 NLV" ⚪.
    const khaiTu = procedureOn('1.000656');
    expect(khaiTu.timeLimit).toEqual({ kind: 'same-day' });
    expect(khaiTu.confidence.timeLimit).toBe('unconfirmed');
    expect(khaiTu.verificationTimeLimit).toEqual({ kind: 'working-days', days: 3 });
    expect(khaiTu.confidence.verificationTimeLimit).toBe('unconfirmed');
    // 2. Xác nhận tình trạng hôn nhân: 03 NLV ⚪, fee ✅.
    const tthn = procedureOn('1.004873');
    expect(tthn.timeLimit).toEqual({ kind: 'working-days', days: 3 });
    expect(tthn.confidence.timeLimit).toBe('unconfirmed');
    expect(tthn.confidence.fees).toBe('confirmed');
    // 3. Khai sinh: time ✅ but online level ⚪.
    const khaiSinh = procedureOn('1.001193');
    expect(khaiSinh.confidence.timeLimit).toBe('confirmed');
    expect(khaiSinh.confidence.onlineLevel).toBe('unconfirmed');
    // 4. Bản sao trích lục: phí 8.000/bản ⚪.
    const trichLuc = procedureOn('2.000635');
    expect(trichLuc.fees[0]).toMatchObject({ amount: 8000, unit: 'ban', confidence: 'unconfirmed' });
    // 5. Chứng thực hợp đồng: 50.000 ⚪, ≤ 02 NLV ⚪.
    const hopDong = procedureOn('2.001035');
    expect(hopDong.fees[0]).toMatchObject({ amount: 50000, confidence: 'unconfirmed' });
    expect(hopDong.confidence.timeLimit).toBe('unconfirmed');
    // 6. Giấy phép xây dựng: code ⚪ → clearly local placeholder, local code unconfirmed too.
    const gpxd = procedureOn('LOCAL-XD-001');
    expect(gpxd.confidence.code).toBe('unconfirmed');
    expect(gpxd.confidence.localCode).toBe('unconfirmed');
    expect(gpxd.timeLimit).toEqual({ kind: 'calendar-days', days: 15 });
    expect(gpxd.confidence.timeLimit).toBe('unconfirmed');
    // 7. Đăng ký đất đai: code 🟡, time ⚪, financial-obligation pause ⚪.
    const datDai = procedureOn('1.013978');
    expect(datDai.confidence.code).toBe('single-source');
    expect(datDai.financialObligationPauses).toBe(true);
    expect(datDai.confidence.financialObligationPauses).toBe('unconfirmed');
    // 8. Khai sinh có yếu tố nước ngoài: fee "per HĐND" ⚪ → amount unknown, not guessed.
    const khaiSinhNN = procedureOn('2.000528');
    expect(khaiSinhNN.fees.every((line) => line.amount === null)).toBe(true);
    expect(khaiSinhNN.confidence.fees).toBe('unconfirmed');
    // 9. Thành lập hội: time, fee and online all ⚪.
    const hoi = procedureOn('1.013703');
    expect([hoi.confidence.timeLimit, hoi.confidence.fees, hoi.confidence.onlineLevel]).toEqual([
      'unconfirmed',
      'unconfirmed',
      'unconfirmed',
    ]);
    // 10. Repealed 2.001009: the date it left the list is ⚪.
    const repealed = procedureOn('2.001009', '2025-09-01');
    expect(repealed.effectiveTo).toBe('2026-01-01');
    expect(repealed.confidence.effectiveTo).toBe('unconfirmed');
    // 11. Trợ cấp xã hội hàng tháng: 10 NLV 🟡.
    const troCap = procedureOn('1.001776');
    expect(troCap.timeLimit).toEqual({ kind: 'working-days', days: 10 });
    expect(troCap.confidence.timeLimit).toBe('single-source');
    // 12. HKD before NQ 12/2026: the old level is not confirmed.
    const hkd = procedureOn('1.001612', '2026-01-15');
    const before = hkd.fees.find((line) => line.effectiveTo === '2026-08-08');
    expect(before).toMatchObject({ amount: 150000, confidence: 'unconfirmed' });
    // 13. Online fees before 08/8/2026 (NQ 08/2025 not read) are marked on the online channel only.
    expect(tthn.fees[0]?.confidence).toBe('confirmed');
    expect(tthn.fees[0]?.channelConfidence?.online).toBe('unconfirmed');
    // 14. Hộ nghèo: no online level in §8 ("–").
    expect(procedureOn('1.011606').confidence.onlineLevel).toBe('unconfirmed');
    // 15. Every Công an xã entry: code 🟡, the rest ⚪.
    const thuongTru = procedureOn('1.004222');
    expect(thuongTru.department).toBe('cong-an-xa');
    expect([thuongTru.confidence.code, thuongTru.confidence.timeLimit, thuongTru.confidence.fees]).toEqual([
      'single-source',
      'unconfirmed',
      'unconfirmed',
    ]);
  });

  it('explains every non-confirmed time limit, fee or online level in a Vietnamese note', () => {
    for (const procedure of allProcedures()) {
      for (const fact of ['timeLimit', 'fees', 'onlineLevel'] as const) {
        if (procedure.confidence[fact] === 'confirmed') continue;
        expect(procedure.notes[fact], `${procedure.code} ${fact}`).toMatch(/\p{L}/u);
      }
    }
  });
});
