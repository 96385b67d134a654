import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noticesFor } from './triggers.ts';
import { noticeValues, type NoticeContext } from './values.ts';
import { DEFAULT_TEMPLATES } from './defaults.ts';
import { renderNotice } from './template.ts';
import { NOTICE_CHANNELS } from './kinds.ts';
import { foldDossier } from '../dossier/fold.ts';
import { ACTORS, HistoryBuilder } from '../../../test/support/dossier-builders.ts';
import { dossierEventSchema, type DossierEvent, type DossierEventInput } from '../dossier/events.ts';
import type { DossierState } from '../dossier/state.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';
import { calendarContext, dossierWithPersonalDataArb, personalValuesIn } from '../../../test/support/dossier-arbitraries.ts';

const at = (text: string): number => parseIsoLocalDateTime(text)!;
const CODE = 'GIAVIEN-260105-0001';
const fold = (events: readonly DossierEvent[]): DossierState => foldDossier(CODE, events, calendarContext);
const context: NoticeContext = {
  unit: { name: 'UBND phường Gia Viên', publicBaseUrl: 'https://motcua.giavien.haiphong.gov.vn', contactPhone: '0225 3842 111' },
  lookupToken: 'AQIDBAUGBwgJCgsMDQ4PEA',
};

/** The notices of the last event of a history. */
function lastNotices(events: DossierEvent[]) {
  const before = events.length > 1 ? fold(events.slice(0, -1)) : undefined;
  return noticesFor(events.at(-1)!, before, fold(events));
}

const received = () => new HistoryBuilder().receive(at('2026-01-05T09:00'), { feeAmount: 17_000 }).forward(at('2026-01-05T10:00'));
const push = (events: DossierEvent[], input: DossierEventInput): DossierEvent[] => [...events, dossierEventSchema.parse(input)];

describe('noticesFor: which event gives which legal notice', () => {
  it('walks the table', () => {
    expect(lastNotices(new HistoryBuilder().receive(at('2026-01-05T09:00')).build())).toEqual([{ kind: 'receipt' }]);
    expect(lastNotices(received().requestSupplement(at('2026-01-06T09:00')).build())).toEqual([
      { kind: 'supplement_request', reason: 'Thiếu giấy tờ chứng minh nơi cư trú', items: ['Giấy xác nhận thông tin về cư trú'] },
    ]);
    expect(lastNotices(new HistoryBuilder().refuseAtReception(at('2026-01-05T09:00')).build())).toEqual([{ kind: 'refusal', reason: 'Không thuộc thẩm quyền giải quyết' }]);
    expect(lastNotices(received().stop(at('2026-01-06T09:00'), true).build())).toEqual([{ kind: 'refusal', reason: 'Hồ sơ không đủ điều kiện giải quyết' }]);
    expect(lastNotices(received().stop(at('2026-01-06T09:00'), false).build())).toEqual([{ kind: 'stop', reason: 'Hồ sơ không đủ điều kiện giải quyết' }]);
    expect(lastNotices(received().extend(at('2026-01-07T10:00'), at('2026-01-12T16:00')).build())).toEqual([
      { kind: 'extension', reason: 'Cần xác minh thêm thông tin', newDueAt: at('2026-01-12T16:00'), previousDueAt: at('2026-01-08T09:00') },
    ]);
    expect(lastNotices(received().ready(at('2026-01-07T10:00'), true).build())).toEqual([{ kind: 'result_ready', electronic: true }]);
  });

  it('gives nothing for internal steps, the citizen’s own acts and the return of the result', () => {
    const base = received();
    for (const events of [
      base.build(),
      received().completeStep(at('2026-01-06T10:00'), 'xu-ly').build(),
      received().withdraw(at('2026-01-06T10:00')).build(),
      received().payFee(at('2026-01-06T10:00'), 17_000, false).build(),
      received().attach(at('2026-01-06T10:00'), 'component').build(),
      received().ready(at('2026-01-07T10:00')).returnResult(at('2026-01-08T10:00')).build(),
      received().requestSupplement(at('2026-01-06T09:00')).supplementReceived(at('2026-01-07T09:00')).build(),
      received().requestFinancialObligation(at('2026-01-06T09:00')).build(),
    ]) {
      expect(lastNotices(events), events.at(-1)!.type).toEqual([]);
    }
  });

  it('gives nothing for events written by another system: imports, pushes, synchronisation', () => {
    const history = new HistoryBuilder().receive(at('2026-01-05T09:00')).build();
    const imported = push([], { ...history[0]!, importedBy: { kind: 'console', account: 'root' } });
    expect(lastNotices(imported)).toEqual([]);
    expect(lastNotices(push([], { ...history[0]!, source: 'dvcqg' }))).toEqual([]);
    expect(lastNotices(push([], { ...history[0]!, actor: ACTORS.system }))).toEqual([]);
    expect(lastNotices(push([], { ...history[0]!, source: 'motcua' }))).toEqual([{ kind: 'receipt' }]);
  });
});

describe('noticeValues', () => {
  it('fills a receipt from the state and the unit', () => {
    const events = new HistoryBuilder().receive(at('2026-01-05T09:00'), { feeAmount: 17_000 }).build();
    expect(noticeValues({ kind: 'receipt' }, fold(events), context, 'sms')).toEqual({
      maHoSo: CODE,
      tenThuTuc: 'Cấp Giấy xác nhận tình trạng hôn nhân',
      tenDonVi: 'UBND phường Gia Viên',
      lienHe: 'Bộ phận Một cửa, điện thoại 0225 3842 111',
      duongDanTraCuu: 'https://motcua.giavien.haiphong.gov.vn/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA',
      maTraCuu: 'AQIDBAUGBwgJCgsMDQ4PEA',
      ngayTiepNhan: '09:00 ngày 05/01/2026',
      ngayHenTra: '09:00 ngày 08/01/2026',
      phiLePhi: '17.000 đồng',
    });
  });

  it('lists the papers to supplement, masking the applicant’s data in what the officer typed', () => {
    const events = push(received().build(), {
      type: 'supplement_requested',
      at: at('2026-01-06T09:00'),
      actor: ACTORS.specialist,
      reason: 'Ông Nguyễn Văn An thiếu giấy tờ',
      items: ['Giấy xác nhận cư trú', 'Bản sao CCCD 031090001234'],
    });
    const [intent] = lastNotices(events);
    const sms = noticeValues(intent!, fold(events), context, 'sms');
    expect(sms.danhSachBoSung).toBe('1. Giấy xác nhận cư trú\n2. Bản sao CCCD ***');
    expect(sms.lyDo).toBe('Ông *** thiếu giấy tờ');
    expect(sms.hoTen).toBeUndefined();
    // By e-mail the name may appear (the citizen's mailbox); the ID number still may not.
    const email = noticeValues(intent!, fold(events), context, 'email');
    expect(email.lyDo).toBe('Ông Nguyễn Văn An thiếu giấy tờ');
    expect(email.hoTen).toBe('Nguyễn Văn An');
    expect(email.danhSachBoSung).toBe('1. Giấy xác nhận cư trú\n2. Bản sao CCCD ***');
  });

  it('dates an extension with the old and the new appointment, and leaves the link missing without a public address', () => {
    const events = received().extend(at('2026-01-07T10:00'), at('2026-01-12T16:00')).build();
    const [intent] = lastNotices(events);
    const values = noticeValues(intent!, fold(events), { unit: { name: 'UBND xã Kim Thành' } }, 'sms');
    expect(values).toMatchObject({ ngayHenTraCu: '09:00 ngày 08/01/2026', ngayHenTra: '16:00 ngày 12/01/2026', lyDo: 'Cần xác minh thêm thông tin', lienHe: 'Bộ phận Một cửa' });
    expect(values.duongDanTraCuu).toBeUndefined();
    const sms = renderNotice(DEFAULT_TEMPLATES.find((t) => t.kind === 'extension' && t.channel === 'sms')!, values);
    expect(sms).toEqual({ ok: false, problems: [], missing: ['duongDanTraCuu'] });
  });

  it('renders every default notice of any history without the applicant’s or the staff’s data beyond what the channel allows (property)', () => {
    let rendered = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(dossierWithPersonalDataArb, ({ personal, events }) => {
        const staffEvents = events.map((e) => ({ ...e, actor: ACTORS.leader, importedBy: undefined }));
        staffEvents.forEach((event, i) => {
          const before = i > 0 ? fold(events.slice(0, i)) : undefined;
          const after = fold(events.slice(0, i + 1));
          for (const intent of noticesFor(event, before, after)) {
            for (const channel of NOTICE_CHANNELS) {
              const template = DEFAULT_TEMPLATES.find((t) => t.kind === intent.kind && t.channel === channel)!;
              const result = renderNotice(template, noticeValues(intent, after, context, channel));
              expect(result.ok, JSON.stringify(result)).toBe(true);
              expect(personalValuesIn(result, personal, { nameAllowed: channel === 'email', reasonsShown: true })).toEqual([]);
              rendered += 1;
              kinds.add(intent.kind);
            }
          }
        });
      }),
      { numRuns: 200 },
    );
    // The walks do reach the notices (about 2 per history on average).
    expect(rendered).toBeGreaterThan(200);
    expect([...kinds].sort()).toEqual(['extension', 'receipt', 'refusal', 'result_ready', 'stop', 'supplement_request']);
  });
});

describe('noticesFor: an extension before reception', () => {
  it('gives no apology for a dossier that was never received (no appointment to miss)', () => {
    const events = push(new HistoryBuilder().submitOnline(at('2026-01-05T09:00')).build(), {
      type: 'supplement_requested', at: at('2026-01-05T10:00'), actor: ACTORS.counter, reason: 'Thiếu tờ khai', items: [],
    });
    expect(lastNotices(push(events, { type: 'extended', at: at('2026-01-06T10:00'), actor: ACTORS.leader, newDueAt: at('2026-01-09T10:00'), reason: 'Chờ xác minh' }))).toEqual([]);
  });
});
