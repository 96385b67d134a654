/**
 * Cư trú — handled by Công an xã, normally not received at the TTPVHCC (reference.md §8, after the
 * table). Kept as "other agency" entries so that the desk can recognise them and direct the
 * citizen; codes 🟡, everything else ⚪.
 */
import { FIELDS, days, defineProcedure, identityPaper, optionalPaper, paper } from '../define.ts';
import { TWO_LEVEL_GOVERNMENT_START, flatFee } from '../hai-phong-fees.ts';
import type { Component, Procedure } from '../schema.ts';
import type { TimeLimit } from '../../deadline/types.ts';

const NOTES = {
  general: 'Do Công an xã giải quyết; Trung tâm thường không tiếp nhận, chỉ hướng dẫn người dân (reference §8).',
  timeLimit: 'Theo Luật Cư trú 2020 (⚪), chưa đối chiếu.',
  onlineLevel: 'Thường thực hiện qua Cổng DVCQG hoặc ứng dụng VNeID (⚪).',
  fees: 'Lệ phí đăng ký cư trú theo Thông tư 75/2022/TT-BTC do Công an xã thu; mức thu chưa đưa vào danh mục (⚪).',
};

/** The fee exists but its level is not in the sources: an explicit unknown, never a silent 0. */
const residenceFee = (label: string) =>
  flatFee({
    code: 'le-phi-dang-ky-cu-tru',
    kind: 'le-phi',
    label,
    unit: 'lan',
    amount: null,
    basis: 'Thông tư số 75/2022/TT-BTC của Bộ Tài chính (lệ phí đăng ký cư trú)',
    confidence: 'unconfirmed',
    effectiveFrom: TWO_LEVEL_GOVERNMENT_START,
    note: 'Do Công an xã thu; việc có thu và mức thu trực tiếp, trực tuyến của từng việc chưa nhập vào danh mục.',
  });

const ct01 = (): Component => paper('to-khai-ct01', 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 'ban-chinh');
const lawfulResidence = (): Component =>
  paper('cho-o-hop-phap', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'ban-chup');

function cuTru(code: string, name: string, timeLimit: TimeLimit, components: Component[]): Procedure {
  return defineProcedure({
    code,
    name,
    field: FIELDS.cuTru,
    onlineLevel: 'toan-trinh',
    timeLimit,
    department: 'cong-an-xa',
    components,
    fees: [residenceFee(`Lệ phí ${name.toLowerCase()}`)],
    marks: { code: '🟡', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: NOTES,
  });
}

export const CU_TRU: Procedure[] = [
  cuTru('1.004222', 'Đăng ký thường trú', days(7), [ct01(), lawfulResidence(), identityPaper()]),
  cuTru('1.004194', 'Đăng ký tạm trú', days(3), [ct01(), lawfulResidence(), identityPaper()]),
  cuTru('1.002755', 'Gia hạn tạm trú', days(3), [ct01(), identityPaper()]),
  cuTru('1.003677', 'Khai báo tạm vắng', days(1), [ct01(), identityPaper()]),
  cuTru('1.010038', 'Tách hộ', days(5), [
    ct01(),
    optionalPaper(
      'y-kien-chu-ho',
      'Ý kiến đồng ý cho tách hộ của chủ hộ',
      'ban-chinh',
      'Ghi vào tờ khai; không cần khi chủ hộ đã chết hoặc có bản án, quyết định của Tòa án',
    ),
  ]),
];
