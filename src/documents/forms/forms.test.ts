/**
 * The forms as pure functions of a dossier history: what applies when, the on-time verdicts of
 * Mẫu 06, the unit's letterhead and its fallbacks, and the NĐ 30 wording of dates and lists.
 * (The HTTP routes, DOCX → PDF and XLSX read-back are tested in test/api/forms.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, weekdaysOnlySchedule } from '../../domain/calendar/working-calendar.ts';
import { dayNumberFromYmd, parseIsoLocalDateTime } from '../../domain/calendar/local-time.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import { HistoryBuilder } from '../../../test/support/dossier-builders.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import type { Block, OfficialDocument, TableBlock } from '../model.ts';
import { placeAndDate, recipientLines } from '../nd30.ts';
import { renderHtml } from '../render-html.ts';
import { documentNumber, outcomeOf, type DossierFormInput } from './common.ts';
import { buildDossierForm, buildTrackingBook, DOSSIER_FORMS, FormNotApplicableError, trackingBookDocument, type DossierFormName } from './index.ts';
import { headSignature, letterheadOf, type FormUnit } from './letterhead.ts';

const calendar = new WorkingCalendar({ schedule: weekdaysOnlySchedule });
const at = (text: string): number => parseIsoLocalDateTime(text)!;
const CODE = '000.01.24.H24-260105-0007';
const UNIT: FormUnit = { code: '000.01.24.H24', name: 'Trung tâm Phục vụ hành chính công phường Gia Viên', settings: {} };

function input(builder: HistoryBuilder, now = at('2026-01-20T08:00'), unit: FormUnit = UNIT): DossierFormInput {
  const events: DossierEvent[] = builder.build();
  return {
    state: foldDossier(CODE, events, { calendar }),
    events,
    unit,
    names: { people: { 'can-bo-mot-cua': 'Lê Thị Quầy', 'chuyen-vien': 'Vũ Văn Chuyên' }, departments: { 'tu-phap': 'Văn phòng HĐND và UBND (Tư pháp - Hộ tịch)' } },
    lookupUrl: `https://tra-cuu.example.vn/tra-cuu/${CODE}`,
    now,
    personalDataVisible: true,
  };
}

const fields = (doc: OfficialDocument): Record<string, string> =>
  Object.fromEntries(doc.blocks.flatMap((b: Block) => (b.kind === 'field' ? [[b.label, b.value]] : [])));
const tables = (doc: OfficialDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

const received = () => new HistoryBuilder().receive(at('2026-01-05T09:00'), { feeAmount: 17_000 });

describe('which forms apply to which history', () => {
  const applicable = (builder: HistoryBuilder): DossierFormName[] =>
    DOSSIER_FORMS.filter((form) => {
      try {
        buildDossierForm(form, input(builder));
        return true;
      } catch (error) {
        if (!(error instanceof FormNotApplicableError)) throw error;
        expect(error.message).toMatch(/Mẫu 0\d/);
        return false;
      }
    });

  it('follows the events of the history', () => {
    expect(applicable(received())).toEqual(['mau-01', 'mau-06']);
    expect(applicable(new HistoryBuilder().submitOnline(at('2026-01-05T09:00')))).toEqual([]);
    expect(applicable(new HistoryBuilder().submitOnline(at('2026-01-05T09:00')).requestSupplement(at('2026-01-05T10:00')))).toEqual(['mau-02']);
    expect(applicable(new HistoryBuilder().refuseAtReception(at('2026-01-05T09:00')))).toEqual(['mau-03']);
    expect(applicable(received().forward(at('2026-01-05T10:00')).extend(at('2026-01-07T09:00'), at('2026-01-12T16:00')))).toEqual(['mau-01', 'mau-04', 'mau-06']);
    expect(applicable(received().forward(at('2026-01-05T10:00')).stop(at('2026-01-06T09:00')))).toEqual(['mau-01', 'mau-05', 'mau-06']);
    expect(applicable(received().withdraw(at('2026-01-06T09:00')))).toEqual(['mau-01', 'mau-06']);
  });

  it('says why, and where to look instead', () => {
    const refused = () => buildDossierForm('mau-01', input(new HistoryBuilder().refuseAtReception(at('2026-01-05T09:00'))));
    expect(refused).toThrow('hãy in Phiếu từ chối tiếp nhận (Mẫu 03)');
    const stopped = () => buildDossierForm('mau-03', input(received().stop(at('2026-01-06T09:00'))));
    expect(stopped).toThrow('Thông báo dừng giải quyết hồ sơ (Mẫu 05)');
    const withdrawn = () => buildDossierForm('mau-05', input(received().withdraw(at('2026-01-06T09:00'))));
    expect(withdrawn).toThrow('Hồ sơ do công dân rút');
  });
});

describe('Mẫu 01', () => {
  it('prints the appointment computed at reception, not one moved later by a pause', () => {
    const history = received().forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-06T09:00')).supplementReceived(at('2026-01-08T09:00'));
    const form = input(history);
    expect(form.state.legalDueAt).toBe(at('2026-01-10T09:00') + 2 * 24 * 60); // moved by two working days
    const doc = buildDossierForm('mau-01', { ...form, dueAtReception: at('2026-01-08T09:00') });
    expect(fields(doc)['5. Thời gian trả kết quả giải quyết hồ sơ']).toBe('09 giờ 00 phút, ngày 08 tháng 01 năm 2026');
    expect(fields(doc)['7. Phí, lệ phí']).toBe('17.000 đồng');
    expect(fields(doc)['3. Thời gian giải quyết hồ sơ theo quy định']).toBe('03 ngày làm việc');
    expect(doc.header.number).toBe('0007/GTN-TTPVHCC');
    expect(placeAndDate(doc.header.placeName, doc.header.date)).toBe('Gia Viên, ngày 05 tháng 01 năm 2026');
    expect(doc.blocks.find((b) => b.kind === 'qr')).toMatchObject({ payload: `https://tra-cuu.example.vn/tra-cuu/${CODE}` });
    expect(doc.signatures.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Quầy']);
  });

  it('prints only the name and the masked identity for readers outside the unit', () => {
    const doc = buildDossierForm('mau-01', { ...input(received()), personalDataVisible: false });
    expect(fields(doc)['Ông/Bà']).toBe('Nguyễn Văn An');
    expect(fields(doc)['Số định danh cá nhân (CCCD)']).toBeUndefined();
  });
});

describe('the submitter on Mẫu 01 (issue 15)', () => {
  const AUTHORISED = { kind: 'authorised' as const, name: 'Trần Văn Ủy', idNumber: '031095001122', phone: '0903111222', relationship: 'Con trai', authorisation: 'Giấy ủy quyền số 12/UQ' };

  it('prints who brought the dossier after the applicant, and has them sign', () => {
    const doc = buildDossierForm('mau-01', input(new HistoryBuilder().receive(at('2026-01-05T09:00'), { submitter: AUTHORISED })));
    expect(fields(doc)['Ông/Bà']).toBe('Nguyễn Văn An');
    expect(fields(doc)['Người nộp hồ sơ']).toBe('Trần Văn Ủy (người được ủy quyền); CCCD: 031095001122');
    expect(fields(doc)['Văn bản ủy quyền']).toBe('Giấy ủy quyền số 12/UQ; quan hệ: Con trai');
    const labels = doc.blocks.flatMap((b) => (b.kind === 'field' ? [b.label] : []));
    expect(labels.slice(labels.indexOf('Ông/Bà'), labels.indexOf('Nội dung yêu cầu giải quyết') + 1)).toEqual(['Ông/Bà', 'Số định danh cá nhân (CCCD)', 'Người nộp hồ sơ', 'Văn bản ủy quyền', 'Nội dung yêu cầu giải quyết']);
    expect(doc.signatures[0]!.name).toBe('Trần Văn Ủy');
  });

  it('prints only their name and role outside the unit, and nothing without a submitter', () => {
    const masked = buildDossierForm('mau-01', { ...input(new HistoryBuilder().receive(at('2026-01-05T09:00'), { submitter: AUTHORISED })), personalDataVisible: false });
    expect(fields(masked)['Người nộp hồ sơ']).toBe('Trần Văn Ủy (người được ủy quyền)');
    expect(fields(masked)['Văn bản ủy quyền']).toBeUndefined();
    const plain = buildDossierForm('mau-01', input(received()));
    expect(fields(plain)['Người nộp hồ sơ']).toBeUndefined();
    expect(plain.signatures[0]!.name).toBe('Nguyễn Văn An');
  });
});

describe('papers on Mẫu 01 and Mẫu 06 (issue 14 §5)', () => {
  const TO_KHAI = { code: 'tk', name: 'Tờ khai đăng ký', form: 'ban-chinh' as const, quantity: 1 };
  const CCCD = { code: 'cccd', name: 'Bản sao CCCD', form: 'ban-sao-chung-thuc' as const, quantity: 2 };

  it('names the papers missing at reception and the supplement request, on the receipt and on the control sheet', () => {
    const history = new HistoryBuilder().receive(at('2026-01-05T09:00'), { components: [TO_KHAI], missing: [CCCD], withSupplementRequest: true });
    const form = input(history);
    const mau01 = buildDossierForm('mau-01', form);
    expect(fields(mau01)['Thành phần hồ sơ còn thiếu']).toBe('Bản sao CCCD (Bản sao có chứng thực, 02) — đã yêu cầu bổ sung (Mẫu 02)');
    expect(tables(mau01)[0]!.rows.map((r) => r[1])).toEqual(['Tờ khai đăng ký']);
    const mau06 = buildDossierForm('mau-06', form);
    expect(fields(mau06)['Thành phần hồ sơ đã nộp']).toBe('Tờ khai đăng ký (Bản chính, 01)');
    expect(fields(mau06)['Thành phần hồ sơ còn thiếu']).toMatch(/^Bản sao CCCD/);
  });

  it("gives the officer's reason when the dossier was received anyway, and says nothing when no paper is missing", () => {
    const confirmed = input(new HistoryBuilder().receive(at('2026-01-05T09:00'), { components: [TO_KHAI], missing: [CCCD], missingConfirmed: 'Công dân cam kết nộp khi nhận kết quả' }));
    expect(fields(buildDossierForm('mau-01', confirmed))['Thành phần hồ sơ còn thiếu']).toContain('lý do: Công dân cam kết nộp khi nhận kết quả');
    const complete = input(new HistoryBuilder().receive(at('2026-01-05T09:00'), { components: [TO_KHAI, CCCD] }));
    expect(fields(buildDossierForm('mau-01', complete))['Thành phần hồ sơ còn thiếu']).toBeUndefined();
    expect(fields(buildDossierForm('mau-06', complete))['Thành phần hồ sơ còn thiếu']).toBeUndefined();
  });
});

describe('Mẫu 06 verdicts', () => {
  it('judges each hand-over against the due date of the step it closes', () => {
    // 3 working days from Mon 05/01 09:00 → Thu 08/01 09:00; steps 10/60/20/10 %.
    const history = received()
      .forward(at('2026-01-05T10:00')) // reception step due 05/01 11:24: same day → on time
      .completeStep(at('2026-01-08T08:00'), 'xu-ly') // processing due 07/01 09:48 → late
      .ready(at('2026-01-08T08:30')) // approval planned due 07/01 16:36 → late as well
      .returnResult(at('2026-01-08T08:45'));
    const doc = buildDossierForm('mau-06', input(history));
    const [handOvers, steps] = tables(doc);
    expect(handOvers!.rows.map((r) => r[2])).toEqual(['', 'Đúng hạn', 'Quá hạn', 'Quá hạn', 'Đúng hạn']);
    expect(handOvers!.rows[1]![0]).toBe('2. Giao: Bộ phận tiếp nhận và trả kết quả (Lê Thị Quầy)\nNhận: Văn phòng HĐND và UBND (Tư pháp - Hộ tịch) (Vũ Văn Chuyên)');
    expect(steps!.rows.map((r) => r[6])).toEqual(['Đúng hạn', 'Quá hạn', 'Quá hạn', 'Đúng hạn']);
    expect(fields(doc)['Kết quả giải quyết hồ sơ (so với thời hạn theo quy định)']).toMatch(/^Đúng hạn/);
  });

  it('marks an unfinished step that is past its due date', () => {
    const doc = buildDossierForm('mau-06', input(received().forward(at('2026-01-05T10:00')), at('2026-01-09T08:00')));
    const steps = tables(doc)[1]!;
    expect(steps.rows.map((r) => r[6])).toEqual(['Đúng hạn', 'Đang xử lý, đã quá hạn', 'Chưa thực hiện', 'Chưa thực hiện']);
  });

  it('calls early what ends on an earlier day, on time what ends on the due day', () => {
    expect(outcomeOf(at('2026-01-08T09:00'), at('2026-01-07T16:00'), 0)).toBe('Trước hạn');
    expect(outcomeOf(at('2026-01-08T09:00'), at('2026-01-08T08:00'), 0)).toBe('Đúng hạn');
    expect(outcomeOf(at('2026-01-08T09:00'), at('2026-01-08T09:00'), 0)).toBe('Đúng hạn');
    expect(outcomeOf(at('2026-01-08T09:00'), at('2026-01-08T09:01'), 0)).toBe('Quá hạn');
    expect(outcomeOf(at('2026-01-08T09:00'), undefined, at('2026-01-08T08:00'))).toBe('Đang xử lý');
  });
});

describe('Mẫu 07', () => {
  it('lists received dossiers in order of reception, with the personal data each reader may see', () => {
    const a = input(received()).state;
    const b = { ...input(new HistoryBuilder().receive(at('2026-01-05T08:00'))).state, code: '000.01.24.H24-260105-0001' };
    const refused = input(new HistoryBuilder().refuseAtReception(at('2026-01-05T07:30'))).state;
    const book = buildTrackingBook({
      unit: UNIT,
      from: dayNumberFromYmd(2026, 1, 1),
      to: dayNumberFromYmd(2026, 1, 31),
      dossiers: [{ state: a, personalDataVisible: true }, { state: b, personalDataVisible: false }, { state: refused, personalDataVisible: true }],
      departments: {},
      now: at('2026-01-20T08:00'),
    });
    expect(book.entries.map((e) => [e.no, e.code])).toEqual([
      [1, '000.01.24.H24-260105-0001'],
      [2, CODE],
    ]);
    expect(book.entries[1]!.note).toBe('Được tiếp nhận; Quá hạn');
    const doc = trackingBookDocument(book, UNIT.code);
    expect(doc.subtitle).toBe('Từ ngày 01/01/2026 đến ngày 31/01/2026');
    expect(doc.fileName).toBe('mau-07-000.01.24.H24-20260101-20260131');
    expect(tables(doc)[0]!.rows[0]![7]).toBe('08:00\n05/01/2026');
  });
});

describe('letterhead from unit settings', () => {
  it('derives every line from the unit name when nothing is set', () => {
    expect(letterheadOf(UNIT)).toMatchObject({
      governingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG GIA VIÊN',
      governingInText: 'Ủy ban nhân dân phường Gia Viên',
      centerName: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      centerInText: 'Trung tâm Phục vụ hành chính công phường Gia Viên',
      centerSymbol: 'TTPVHCC',
      placeName: 'Gia Viên',
      agencyCode: '000.01.24.H24',
    });
    expect(letterheadOf({ code: 'KT', name: 'Ủy ban nhân dân xã Kim Thành', settings: {} }).governingBody).toBe('ỦY BAN NHÂN DÂN XÃ KIM THÀNH');
  });

  it('prints the settings when they are set', () => {
    const unit: FormUnit = {
      ...UNIT,
      settings: { documentHeader: { governingBody: 'UBND PHƯỜNG HỒNG BÀNG', issuingBody: 'TRUNG TÂM PHỤC VỤ HCC' }, placeName: 'Hồng Bàng', documentSymbol: 'TTHCC' },
    };
    expect(letterheadOf(unit)).toMatchObject({ governingBody: 'UBND PHƯỜNG HỒNG BÀNG', centerName: 'TRUNG TÂM PHỤC VỤ HCC', placeName: 'Hồng Bàng', centerSymbol: 'TTHCC' });
    expect(placeAndDate('Hồng Bàng', dayNumberFromYmd(2026, 1, 5))).toBe('Hồng Bàng, ngày 05 tháng 01 năm 2026');
  });

  it('signs for the committee with the chairman first, else a deputy, else the center leader', () => {
    expect(headSignature(UNIT)).toEqual({ titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] });
    const signers = [
      { title: 'Giám đốc', name: 'Đặng Thu Hà', role: 'center_leader' as const },
      { title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Trần Văn Ký', role: 'vice_chairman' as const },
    ];
    expect(headSignature({ ...UNIT, settings: { signers } })).toEqual({ titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Trần Văn Ký' });
    expect(headSignature({ ...UNIT, settings: { signers: [...signers, { title: 'Chủ tịch', name: 'Ngô An', role: 'chairman' }] } })).toEqual({ titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Ngô An' });
    expect(headSignature({ ...UNIT, settings: { signers: [signers[0]!] } })).toEqual({ titleLines: ['GIÁM ĐỐC'], name: 'Đặng Thu Hà' });
  });

  it('writes numbers and recipients the NĐ 30 way', () => {
    expect(documentNumber(CODE, 'PXL', 'UBND')).toBe('0007/PXL-UBND');
    expect(documentNumber('MA-NGOAI', 'TB', 'UBND')).toBe('MA-NGOAI/TB-UBND');
    expect(recipientLines(['Ông/Bà Nguyễn Văn An', 'Lưu: VT, TTPVHCC'])).toEqual(['- Ông/Bà Nguyễn Văn An;', '- Lưu: VT, TTPVHCC.']);
  });
});

describe('HTML rendering', () => {
  it('escapes what people typed', async () => {
    const history = new HistoryBuilder().receive(at('2026-01-05T09:00'));
    const form = input(history);
    form.state.applicant = { ...form.state.applicant, name: '<script>alert("x")</script> Bình & Cộng sự' };
    const html = await renderHtml(buildDossierForm('mau-01', form));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bình &amp; Cộng sự');
  });
});
