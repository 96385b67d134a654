import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { publicDossierView, type PublicDossierView, type PublicViewOptions } from './view.ts';
import { foldDossier } from '../dossier/fold.ts';
import { ACTORS, HistoryBuilder } from '../../../test/support/dossier-builders.ts';
import { dossierEventSchema, type DossierEvent } from '../dossier/events.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';
import { calendarContext, dossierWithPersonalDataArb, leavesOf, personalValuesIn } from '../../../test/support/dossier-arbitraries.ts';

const at = (text: string): number => parseIsoLocalDateTime(text)!;
const CODE = 'GIAVIEN-260105-0001';
const unit = { name: 'UBND phường Gia Viên', collectionPlace: 'Bộ phận Một cửa phường Gia Viên, số 1 Lê Lợi', hotline: '0225 3842 111' };

function view(events: DossierEvent[], options: Partial<PublicViewOptions> = {}): PublicDossierView {
  return publicDossierView(foldDossier(CODE, events, calendarContext), { unit, events, ...options });
}

/** The allow-list: a property added to the view must be added here, on purpose. */
const ALLOWED_KEYS = new Set([
  'code', 'procedure', 'unitName', 'submittedAt', 'receivedAt', 'legalDueAt', 'extension', 'status', 'endedAt', 'steps',
  'currentStep', 'supplement', 'result', 'fee', 'contact',
  // nested
  'name', 'iso', 'text', 'newDueAt', 'reason', 'apology', 'label', 'explanation', 'kind', 'state', 'number', 'of', 'requestedAt',
  'items', 'clock', 'readyAt', 'electronic', 'collect', 'returnedAt', 'returnMethod', 'amount', 'paid', 'hotline',
]);

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

describe('publicDossierView', () => {
  it('shows a dossier in processing: procedure, unit, received, legal due, current step in plain words', () => {
    const v = view(new HistoryBuilder().receive(at('2026-01-05T09:00'), { feeAmount: 17_000 }).forward(at('2026-01-05T10:00')).build());
    expect(v).toEqual({
      code: CODE,
      procedure: { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
      unitName: 'UBND phường Gia Viên',
      receivedAt: { iso: '2026-01-05T09:00', text: '09:00 ngày 05/01/2026' },
      legalDueAt: { iso: '2026-01-08T09:00', text: '09:00 ngày 08/01/2026' },
      status: { code: 4, label: 'Đang giải quyết', explanation: 'Hồ sơ đang được giải quyết theo quy trình.' },
      steps: [
        { kind: 'reception', label: 'Tiếp nhận hồ sơ', state: 'done' },
        { kind: 'processing', label: 'Thẩm định, xử lý hồ sơ', state: 'active' },
        { kind: 'approval', label: 'Lãnh đạo có thẩm quyền xem xét, ký kết quả', state: 'pending' },
        { kind: 'return', label: 'Trả kết quả', state: 'pending' },
      ],
      currentStep: { number: 2, of: 4, label: 'Thẩm định, xử lý hồ sơ' },
      fee: { amount: 17_000, paid: 0, state: 'due', text: 'Phí, lệ phí: 17.000 đồng; còn phải nộp 17.000 đồng.' },
      contact: { hotline: '0225 3842 111' },
    });
  });

  it('shows the supplement pause with the list of papers, the applicant’s data masked', () => {
    const events = new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).build();
    events.push(
      dossierEventSchema.parse({
        type: 'supplement_requested',
        at: at('2026-01-06T09:00'),
        actor: ACTORS.specialist,
        reason: 'Thiếu giấy tờ',
        items: ['Giấy xác nhận cư trú của Ông NGUYỄN VĂN AN', 'Bản sao CCCD số 031 090 001 234'],
      }),
    );
    const v = view(events);
    expect(v.status).toEqual({ code: 5, label: 'Cần bổ sung giấy tờ', explanation: 'Hồ sơ cần được bổ sung, hoàn thiện theo danh sách dưới đây.' });
    expect(v.supplement).toEqual({
      requestedAt: { iso: '2026-01-06T09:00', text: '09:00 ngày 06/01/2026' },
      items: ['Giấy xác nhận cư trú của Ông ***', 'Bản sao CCCD số ***'],
      clock: 'paused',
      explanation: 'Thời hạn giải quyết tạm dừng từ khi yêu cầu bổ sung và được tính tiếp khi nhận đủ giấy tờ bổ sung.',
    });
    expect(v.currentStep).toEqual({ number: 2, of: 4, label: 'Thẩm định, xử lý hồ sơ' });
    // Once the papers arrive the pause is over and the list is no longer shown.
    const resumed = view([...events, ...new HistoryBuilder().supplementReceived(at('2026-01-07T09:00')).build()]);
    expect(resumed.supplement).toBeUndefined();
    expect(resumed.legalDueAt!.iso).toBe('2026-01-09T09:00');
  });

  it('shows the reason instead of the list when the request names no paper, as Mẫu 02 does; before reception the clock has not started', () => {
    const events = new HistoryBuilder().submitOnline(at('2026-01-05T09:00')).build();
    events.push(dossierEventSchema.parse({ type: 'supplement_requested', at: at('2026-01-05T14:00'), actor: ACTORS.counter, reason: 'Tờ khai chưa ký', items: [] }));
    const v = view(events);
    expect(v.supplement).toMatchObject({ items: [], reason: 'Tờ khai chưa ký', clock: 'not_started' });
    expect(v.submittedAt!.text).toBe('09:00 ngày 05/01/2026');
    expect(v.receivedAt).toBeUndefined();
    expect(v.legalDueAt).toBeUndefined();
    expect(v.steps).toEqual([]);
  });

  it('shows an extension with its reason, new date and that the apology was sent; the legal due date stays', () => {
    const v = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).extend(at('2026-01-07T10:00'), at('2026-01-12T16:00')).build());
    expect(v.legalDueAt!.iso).toBe('2026-01-08T09:00');
    expect(v.extension).toEqual({
      newDueAt: { iso: '2026-01-12T16:00', text: '16:00 ngày 12/01/2026' },
      reason: 'Cần xác minh thêm thông tin',
      apology: 'Đã gửi văn bản xin lỗi và hẹn lại ngày trả kết quả.',
    });
  });

  it('shows where and how to collect a result', () => {
    const desk = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).ready(at('2026-01-07T10:00'), false).build());
    expect(desk.status.label).toBe('Đã có kết quả');
    expect(desk.result).toEqual({
      readyAt: { iso: '2026-01-07T10:00', text: '10:00 ngày 07/01/2026' },
      electronic: false,
      collect: 'Mời Ông/Bà đến nhận kết quả tại Bộ phận Một cửa phường Gia Viên, số 1 Lê Lợi trong giờ làm việc, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    });
    expect(desk.currentStep).toBeUndefined();
    const electronic = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).ready(at('2026-01-07T10:00'), true).build(), { unit: { name: 'UBND xã Kim Thành' } });
    expect(electronic.result!.collect).toBe('Bản điện tử của kết quả được trả trên Cổng Dịch vụ công; bản giấy (nếu có) nhận tại Bộ phận Một cửa (Trung tâm Phục vụ hành chính công).');
    expect(electronic.contact).toBeUndefined();
    const post = view(new HistoryBuilder().receive(at('2026-01-05T09:00'), { channel: 'post' }).ready(at('2026-01-07T10:00'), false).build());
    expect(post.result!.collect).toBe('Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.');
    const returned = view(
      new HistoryBuilder().receive(at('2026-01-05T09:00'), { feeAmount: 50_000 }).ready(at('2026-01-07T10:00'), false).payFee(at('2026-01-08T08:00'), 50_000, false).returnResult(at('2026-01-08T08:05')).build(),
    );
    expect(returned.status).toEqual({ code: 10, label: 'Đã trả kết quả', explanation: 'Kết quả giải quyết hồ sơ đã được trả.' });
    expect(returned.result).toMatchObject({ returnedAt: { iso: '2026-01-08T08:05' }, returnMethod: 'Trả tại Bộ phận Một cửa' });
    expect(returned.fee).toEqual({ amount: 50_000, paid: 50_000, state: 'paid', text: 'Đã nộp đủ phí, lệ phí: 50.000 đồng.' });
    expect(returned.steps.every((s) => s.state === 'done')).toBe(true);
  });

  it('words the endings without their reasons', () => {
    const refused = view(new HistoryBuilder().refuseAtReception(at('2026-01-05T09:00')).build());
    expect(refused.status.label).toBe('Không được tiếp nhận');
    expect(refused.endedAt!.iso).toBe('2026-01-05T09:00');
    expect(JSON.stringify(refused)).not.toContain('thẩm quyền');
    const refusal = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).stop(at('2026-01-06T09:00'), true).build());
    expect(refusal.status).toEqual({ code: 8, label: 'Từ chối giải quyết', explanation: 'Hồ sơ không được giải quyết. Lý do đã được thông báo bằng văn bản.' });
    expect(JSON.stringify(refusal)).not.toContain('không đủ điều kiện');
    const stopped = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).stop(at('2026-01-06T09:00'), false).build());
    expect(stopped.status.label).toBe('Dừng giải quyết');
    const withdrawn = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).withdraw(at('2026-01-06T09:00')).build());
    expect(withdrawn.status.label).toBe('Đã rút hồ sơ');
    expect(withdrawn.endedAt!.text).toBe('09:00 ngày 06/01/2026');
    const obligation = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).requestFinancialObligation(at('2026-01-06T09:00')).build());
    expect(obligation.status.label).toBe('Chờ thực hiện nghĩa vụ tài chính');
    expect(JSON.stringify(obligation)).not.toContain('trước bạ');
  });

  it('never shows internal step names, officers or departments', () => {
    const v = view(new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00'), 'van-phong-ubnd').completeStep(at('2026-01-06T10:00'), 'xu-ly').build());
    const text = JSON.stringify(v);
    for (const internal of ['xu-ly', 'phe-duyet', 'Thẩm định, xử lý chuyên môn', 'Lãnh đạo phê duyệt, ký', 'van-phong-ubnd', 'chuyen-vien', 'can-bo-mot-cua', 'Nguyễn Văn An', '031090001234']) {
      expect(text).not.toContain(internal);
    }
    expect(v.currentStep).toEqual({ number: 3, of: 4, label: 'Lãnh đạo có thẩm quyền xem xét, ký kết quả' });
  });

  it('never shows a personal value, on any history (property)', () => {
    const statuses = new Set<number>();
    fc.assert(
      fc.property(dossierWithPersonalDataArb, ({ personal, events, state }) => {
        const v = publicDossierView(state, { unit, events });
        statuses.add(v.status.code);
        expect(personalValuesIn(v, personal)).toEqual([]);
        expect(keysOf(v).filter((k) => !ALLOWED_KEYS.has(k))).toEqual([]);
        // Internal step names and codes of the second procedure never show either.
        expect(leavesOf(v).filter((t) => /nội bộ|Lê Văn Nội Bộ|Phó Chủ tịch ký/u.test(t))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // The random walks reach every status, so every part of the view was checked.
    expect([...statuses].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
