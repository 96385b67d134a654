import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { admit, at, PaknHistoryBuilder } from '../../../test/support/pakn-builders.ts';
import { DEFAULT_TEMPLATES } from './defaults.ts';
import { contentSummary, paknFollowUrl, paknNoticesFor, paknNoticeValues, SUMMARY_MAX_CHARS } from './pakn.ts';
import { placeholderProblem } from './placeholders.ts';
import { renderNotice } from './template.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });
const CODE = 'PAKN-000.01.24.H24-261123-001';
const UNIT = { name: 'UBND phường Gia Viên', publicBaseUrl: 'https://motcua.giavien.vn/', contactPhone: '0225 3842 111' };
const registered = () => new PaknHistoryBuilder().register(at('2026-11-23T08:00')).classify(at('2026-11-23T09:00'));

describe('PAKN notices', () => {
  it('tells the sender of an answer, of not accepting and of forwarding, and of nothing else', () => {
    const resolved = registered().resolve(at('2026-11-25T10:00')).build();
    expect(resolved.map((e) => paknNoticesFor(e).map((i) => i.kind))).toEqual([[], [], ['pakn_reply']]);
    const refused = new PaknHistoryBuilder().register(at('2026-11-23T08:00')).notAccept(at('2026-11-23T09:00')).build();
    expect(paknNoticesFor(refused[1]!)).toEqual([{ kind: 'pakn_not_accepted' }]);
    const forwarded = new PaknHistoryBuilder().register(at('2026-11-23T08:00')).classify(at('2026-11-23T09:00'), 'officer_conduct', 'outside_competence').forward(at('2026-11-24T09:00')).build();
    expect(paknNoticesFor(forwarded.at(-1)!)).toEqual([{ kind: 'pakn_forwarded' }]);
  });

  it('tells nothing of an event imported from the national portal or written by the system', () => {
    const event = registered().resolve(at('2026-11-25T10:00')).build().at(-1)!;
    expect(paknNoticesFor({ ...event, source: 'dvc-quoc-gia' })).toEqual([]);
    expect(paknNoticesFor({ ...event, actor: { id: 'he-thong', role: 'system' } })).toEqual([]);
  });

  it('fills every default template of the three kinds from the PAKN, the name only by e-mail', () => {
    const state = admit(CODE, registered().resolve(at('2026-11-25T10:00')).build(), calendar);
    const email = paknNoticeValues({ kind: 'pakn_reply' }, state, UNIT, 'email');
    expect(email).toMatchObject({ maPhanAnh: CODE, tenDonVi: UNIT.name, hoTen: 'Trần Thị Bình', ngayTiepNhanPhanAnh: '08:00 ngày 23/11/2026' });
    expect(email.noiDungTraLoi).toContain('giấy chứng sinh');
    expect(email.duongDanTheoDoi).toBe('https://motcua.giavien.vn/phan-anh-kien-nghi?ma=PAKN-000.01.24.H24-261123-001');
    expect(paknNoticeValues({ kind: 'pakn_reply' }, state, UNIT, 'sms').hoTen).toBeUndefined();
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.kind === 'pakn_reply')) {
      expect(renderNotice(template, paknNoticeValues({ kind: 'pakn_reply' }, state, UNIT, template.channel)).ok, template.channel).toBe(true);
    }
    const refused = admit(CODE, new PaknHistoryBuilder().register(at('2026-11-23T08:00')).notAccept(at('2026-11-23T09:00')).build(), calendar);
    expect(paknNoticeValues({ kind: 'pakn_not_accepted' }, refused, UNIT, 'sms').lyDo).toBeTruthy();
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.kind === 'pakn_not_accepted')) {
      expect(renderNotice(template, paknNoticeValues({ kind: 'pakn_not_accepted' }, refused, UNIT, template.channel)).ok, template.channel).toBe(true);
    }
  });

  it('quotes the content back by e-mail only, shortened', () => {
    expect(placeholderProblem('tomTatNoiDung', 'pakn_reply', 'sms')).toMatch(/^Không được dùng \{tomTatNoiDung\}/u);
    expect(placeholderProblem('tomTatNoiDung', 'pakn_reply', 'email')).toBeUndefined();
    expect(placeholderProblem('noiDungTraLoi', 'receipt', 'email')).toMatch(/không có giá trị/u);
    const long = contentSummary({ content: 'a '.repeat(400) });
    expect(long.length).toBe(SUMMARY_MAX_CHARS);
    expect(long.endsWith('…')).toBe(true);
    expect(contentSummary({ title: 'Giờ làm việc', content: 'Đề nghị\n  mở cửa sớm.' })).toBe('Giờ làm việc: Đề nghị mở cửa sớm.');
    expect(paknFollowUrl('https://a.vn//', 'PAKN-1')).toBe('https://a.vn/phan-anh-kien-nghi?ma=PAKN-1');
  });
});
