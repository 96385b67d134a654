import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import type { Sender } from './events.ts';
import { foldPakn } from './fold.ts';
import { findPersonalData, publicView } from './public-view.ts';
import type { PaknState } from './state.ts';
import { at, PAKN_SENDER, PaknHistoryBuilder } from '../../../test/support/pakn-builders.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: yearSchedule }) };
const CODE = 'PAKN-000.01.24.H24-261116-001';

function publishedWith(sender: Sender, content: string): PaknState {
  const events = new PaknHistoryBuilder()
    .register(at('2026-11-16T08:00'), { sender, content, title: `Phản ánh của ${sender.name ?? 'người gửi'}`, concerns: { dossierCode: '000.01.24.H24-261110-0004', officerId: 'can-bo-mot-cua' } })
    .classify(at('2026-11-16T10:00'), 'officer_conduct')
    .assign(at('2026-11-16T11:00'), 'chuyen-vien-x')
    .resolve(at('2026-11-20T10:00'), 'conduct_confirmed')
    .publish(at('2026-11-23T10:00'))
    .build();
  return foldPakn(CODE, events, ctx);
}

describe('publicView', () => {
  it('shows the published summary and answer, the class and the result, and nothing of the sender', () => {
    const view = publicView(publishedWith(PAKN_SENDER, 'Nội dung gốc có tên Trần Thị Bình và số 0912 345 678.'));
    expect(view).toEqual({
      code: CODE,
      unitCode: '000.01.24.H24',
      kind: 'reflection',
      kindName: 'Phản ánh',
      status: 'published',
      statusName: 'Đã công khai kết quả xử lý',
      receivedAt: at('2026-11-16T08:00'),
      class: 'officer_conduct',
      className: 'Về hành vi hành chính của cán bộ, công chức',
      resolvedAt: at('2026-11-20T10:00'),
      published: {
        at: at('2026-11-23T10:00'),
        summary: 'Công dân phản ánh việc bị yêu cầu nộp thêm giấy tờ khi đăng ký khai sinh.',
        answer: 'Thành phần hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh; Trung tâm đã chấn chỉnh.',
        result: 'conduct_confirmed',
        resultName: 'Phản ánh đúng; đã chấn chỉnh, xử lý cán bộ, công chức',
      },
    });
  });

  it('shows a PAKN in handling by status and due date only, no content', () => {
    const state = foldPakn(CODE, new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).build(), ctx);
    const view = publicView(state);
    expect(Object.keys(view).sort()).toEqual(['class', 'className', 'code', 'dueAt', 'kind', 'kindName', 'receivedAt', 'status', 'statusName', 'unitCode']);
    expect(view.dueAt).toBe(state.dueAt);
  });

  it('lets no personal field, the original content, the dossier, the officer or the handler survive (property)', () => {
    // Distinctive values, so that finding one in the JSON can only mean it leaked.
    const token = (prefix: string) => fc.stringMatching(/^[a-z]{8}$/).map((s) => `${prefix}${s}`);
    const sender = fc.record({
      kind: fc.constantFrom('individual' as const, 'organization' as const),
      name: token('Tên'),
      idNumber: fc.stringMatching(/^0[0-9]{11}$/),
      phone: fc.stringMatching(/^09[0-9]{8}$/),
      email: token('thu').map((s) => `${s}@example.vn`),
      address: token('Phố'),
    });
    fc.assert(
      fc.property(sender, token('Nội dung'), (who, content) => {
        const json = JSON.stringify(publicView(publishedWith(who, content)));
        for (const secret of [who.name, who.idNumber, who.phone, who.email, who.address, content, '000.01.24.H24-261110-0004', 'can-bo-mot-cua', 'chuyen-vien-x']) {
          expect(json.includes(secret), secret).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('findPersonalData', () => {
  it('finds the full name in any case and without diacritics, as whole words only', () => {
    expect(findPersonalData('Ông NGUYEN VAN AN, phường Gia Viên', { kind: 'individual', name: 'Nguyễn Văn An' })).toEqual(['name']);
    expect(findPersonalData('Ông Nguyễn Văn Anh', { kind: 'individual', name: 'Nguyễn Văn An' })).toEqual([]);
  });

  it('finds numbers by their digits, e-mail addresses in any case, the address', () => {
    expect(findPersonalData('Gọi 0912.345.678', PAKN_SENDER)).toEqual(['phone']);
    expect(findPersonalData('CCCD 031 190 004 321', PAKN_SENDER)).toEqual(['idNumber']);
    // The address spells the name too, and says so.
    expect(findPersonalData('Thư TRAN.THI.BINH@EXAMPLE.VN', PAKN_SENDER)).toEqual(['name', 'email']);
    expect(findPersonalData('tại số 12 phố Lê Lợi, phường Gia Viên, thành phố Hải Phòng', PAKN_SENDER)).toEqual(['address']);
    expect(findPersonalData('Trung tâm đã chấn chỉnh, thời hạn 15 ngày', PAKN_SENDER)).toEqual([]);
  });
});
