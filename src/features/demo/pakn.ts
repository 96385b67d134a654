/**
 * Demo PAKN (issue 19): six per unit, placed before the data set's "now": one published on time,
 * one about an officer left past its clock, one forwarded to the competent body, one resolved
 * late and published, one fresh from the national portal, one waiting for the sender.
 */
import { dayOf, MINUTES_PER_DAY, type LocalMinute } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import type { PaknEventInput, Sender } from '../../domain/pakn/events.ts';
import { hasRole } from '../../domain/policy/policy.ts';
import type { Database } from '../../platform/db/client.ts';
import { recordPaknHistory } from '../pakn/record-pakn-history.ts';
import type { DemoCity, DemoUnit } from './city.ts';
import { phoneNumber, personName, streetAddress } from './names.ts';
import { Random, seedFrom } from './random.ts';

const CONTENTS = [
  'Đề nghị niêm yết rõ thời gian giải quyết thủ tục đăng ký khai sinh tại quầy.',
  'Công chức tiếp nhận hướng dẫn chưa đầy đủ, tôi phải đi lại nhiều lần để bổ sung hồ sơ.',
  'Phản ánh việc Công an phường yêu cầu giấy tờ không có trong quy định khi đăng ký thường trú.',
  'Hồ sơ chứng thực của tôi bị trả kết quả chậm so với giấy hẹn.',
  'Đề nghị bố trí thêm ghế ngồi chờ và nước uống tại Trung tâm.',
  'Kiến nghị cho phép thanh toán lệ phí bằng mã QR tại quầy.',
];

/** Writes the demo PAKN of every unit; returns how many. */
export async function writeDemoPakn(db: Database, city: DemoCity, now: LocalMinute, calendarFor: (unitCode: string) => WorkingCalendar, seed: number): Promise<number> {
  let written = 0;
  for (const unit of city.units) {
    const random = new Random(seedFrom(seed, 'pakn', unit.code));
    for (const history of unitHistories(unit, dayOf(now), random)) {
      if (history.every((event) => event.at <= now)) {
        await recordPaknHistory(db, calendarFor(unit.code), history);
        written += 1;
      }
    }
  }
  return written;
}

function unitHistories(unit: DemoUnit, today: number, random: Random): PaknEventInput[][] {
  const counter = unit.officers.find((o) => hasRole(o, 'counter_officer'));
  const leader = unit.officers.find((o) => hasRole(o, 'center_leader')) ?? unit.officers.find((o) => hasRole(o, 'chairman'));
  if (!counter || !leader) return [];
  const desk = { id: counter.id, role: 'counter_officer' as const };
  const head = { id: leader.id, role: leader.role };
  /** 09:00 of `days` days before today, plus `hours`. */
  const at = (days: number, hours = 0): LocalMinute => (today - days) * MINUTES_PER_DAY + 9 * 60 + hours * 60;
  const sender = (): Sender => {
    const person = personName(random);
    return { kind: 'individual', name: person.fullName, phone: phoneNumber(random), address: streetAddress(random, unit.place) };
  };
  const registered = (days: number, content: string, extra: Partial<Extract<PaknEventInput, { type: 'registered' }>> = {}): PaknEventInput => ({
    type: 'registered',
    at: at(days),
    actor: desk,
    unitCode: unit.code,
    channel: 'in_person',
    kind: 'reflection',
    sender: sender(),
    content,
    receivedAt: at(days),
    ...extra,
  });
  const classify = (days: number, paknClass: 'rules_and_procedures' | 'officer_conduct', competence: 'within_competence' | 'outside_competence' = 'within_competence'): PaknEventInput => ({ type: 'classified', at: at(days, 1), actor: desk, class: paknClass, competence });
  const resolve = (days: number): PaknEventInput => ({ type: 'resolved', at: at(days, 2), actor: head, answer: 'Trung tâm đã tiếp thu, chấn chỉnh và hướng dẫn thực hiện theo quy định hiện hành.', result: 'explained', documentNumber: `${random.int(10, 99)}/TTPVHCC-PAKN` });
  const publish = (days: number): PaknEventInput => ({ type: 'published', at: at(days, 3), actor: desk, summary: 'Phản ánh về việc hướng dẫn, giải quyết thủ tục hành chính tại Trung tâm.', answer: 'Trung tâm đã tiếp thu, chấn chỉnh và hướng dẫn thực hiện theo quy định hiện hành.' });
  return [
    // Published on time.
    [registered(40, CONTENTS[0]!), classify(40, 'rules_and_procedures'), resolve(35), publish(34)],
    // About an officer of the unit, never answered: past its 15 working days.
    [registered(30, CONTENTS[1]!, { channel: 'letter', concerns: { officerId: counter.id } }), classify(30, 'officer_conduct')],
    // About another body's officer: forwarded within the 5 working days.
    [registered(20, CONTENTS[2]!, { channel: 'email' }), classify(20, 'officer_conduct', 'outside_competence'), { type: 'forwarded', at: at(18), actor: head, to: 'Công an thành phố Hải Phòng', documentNumber: `${random.int(10, 99)}/TTPVHCC-PAKN` }],
    // Resolved late (after 25 calendar days), then published.
    [registered(45, CONTENTS[3]!, { channel: 'phone' }), classify(45, 'rules_and_procedures'), resolve(20), publish(19)],
    // Fresh from the national portal, not classified yet.
    [registered(2, CONTENTS[4]!, { channel: 'national_portal', kind: 'recommendation', actor: { id: 'cong-dvc-quoc-gia', role: 'system' }, source: 'dvcqg', externalCode: `DVC-${unit.slug}-${random.digits(6)}` })],
    // Waiting for the sender's information (the clocks are paused).
    [registered(8, CONTENTS[5]!, { kind: 'recommendation' }), classify(8, 'rules_and_procedures'), { type: 'information_requested', at: at(7), actor: desk, request: 'Đề nghị cho biết cụ thể hình thức thanh toán mong muốn.' }],
  ];
}
