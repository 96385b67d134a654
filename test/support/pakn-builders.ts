/**
 * Builders of PAKN histories for tests of the PAKN core and, later, of its store, routes,
 * import and demo data:
 *   new PaknHistoryBuilder().register(t).classify(t2).resolve(t3).publish(t4).build()
 * Each method parses its event with the schema (defaults applied); `admit` runs a whole history
 * through decidePakn so a test knows the application itself could have written it.
 */
import { parseIsoLocalDateTime, type LocalMinute } from '../../src/domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { ACTORS } from './dossier-builders.ts';
import { decidePakn } from '../../src/domain/pakn/decide.ts';
import { paknEventSchema, type PaknEvent, type PaknEventInput, type Sender } from '../../src/domain/pakn/events.ts';
import type { Competence, NotAcceptedReason, PaknClass, PaknClockId, ResolutionResult } from '../../src/domain/pakn/labels.ts';
import type { PaknState } from '../../src/domain/pakn/state.ts';

export { ACTORS };

/** `2026-11-23T09:00` → LocalMinute; throws on a malformed time so tests fail loudly. */
export function at(text: string): LocalMinute {
  const minute = parseIsoLocalDateTime(text);
  if (minute === undefined) throw new Error(`Not a local date-time: ${text}`);
  return minute;
}

export const PAKN_SENDER: Sender = {
  kind: 'individual',
  name: 'Trần Thị Bình',
  idNumber: '031190004321',
  phone: '0912 345 678',
  email: 'tran.thi.binh@example.vn',
  address: 'Số 12 phố Lê Lợi, phường Gia Viên, thành phố Hải Phòng',
};

export const PAKN_UNIT = '000.01.24.H24';

type RegisteredInput = Extract<PaknEventInput, { type: 'registered' }>;
export type RegistrationOverrides = Partial<Omit<RegisteredInput, 'type' | 'at' | 'receivedAt'>> & { registeredAt?: LocalMinute };

export class PaknHistoryBuilder {
  private readonly events: PaknEvent[] = [];

  private push(input: PaknEventInput): this {
    this.events.push(paknEventSchema.parse(input));
    return this;
  }

  /** Received at `receivedAt` by the counter officer, in person, about a procedure; entered at once. */
  register(receivedAt: LocalMinute, overrides: RegistrationOverrides = {}): this {
    const { registeredAt, ...rest } = overrides;
    return this.push({
      type: 'registered',
      at: registeredAt ?? receivedAt,
      actor: ACTORS.counter,
      unitCode: PAKN_UNIT,
      channel: 'in_person',
      kind: 'reflection',
      sender: PAKN_SENDER,
      content: 'Hồ sơ đăng ký khai sinh của con tôi bị yêu cầu nộp thêm bản sao giấy tờ không có trong quy định.',
      concerns: {},
      ...rest,
      receivedAt,
    });
  }

  classify(at: LocalMinute, paknClass: PaknClass = 'rules_and_procedures', competence: Competence = 'within_competence'): this {
    return this.push({ type: 'classified', at, actor: ACTORS.counter, class: paknClass, competence });
  }

  notAccept(at: LocalMinute, reason: NotAcceptedReason = 'missing_sender_information'): this {
    return this.push({ type: 'not_accepted', at, actor: ACTORS.counter, reason });
  }

  requestInformation(at: LocalMinute): this {
    return this.push({ type: 'information_requested', at, actor: ACTORS.counter, request: 'Đề nghị cho biết mã hồ sơ và ngày nộp hồ sơ.' });
  }

  informationReceived(at: LocalMinute): this {
    return this.push({ type: 'information_received', at, actor: ACTORS.counter, note: 'Người gửi bổ sung mã hồ sơ qua điện thoại.' });
  }

  assign(at: LocalMinute, handlerId = 'chuyen-vien'): this {
    return this.push({ type: 'assigned', at, actor: ACTORS.leader, handlerId, departmentCode: 'van-phong' });
  }

  draftAnswer(at: LocalMinute): this {
    return this.push({ type: 'answer_drafted', at, actor: ACTORS.specialist, answer: 'Dự thảo: thành phần hồ sơ theo quy định gồm tờ khai và giấy chứng sinh.' });
  }

  resolve(at: LocalMinute, result: ResolutionResult = 'explained'): this {
    return this.push({
      type: 'resolved',
      at,
      actor: ACTORS.leader,
      answer: 'Thành phần hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh; Trung tâm đã chấn chỉnh việc yêu cầu thêm giấy tờ.',
      result,
      documentNumber: '15/TTPVHCC-PAKN',
    });
  }

  forward(at: LocalMinute, to = 'Sở Tư pháp thành phố Hải Phòng'): this {
    return this.push({ type: 'forwarded', at, actor: ACTORS.leader, to, documentNumber: '16/TTPVHCC-PAKN' });
  }

  publish(at: LocalMinute): this {
    return this.push({
      type: 'published',
      at,
      actor: ACTORS.counter,
      summary: 'Công dân phản ánh việc bị yêu cầu nộp thêm giấy tờ khi đăng ký khai sinh.',
      answer: 'Thành phần hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh; Trung tâm đã chấn chỉnh.',
    });
  }

  vote(at: LocalMinute, vote: 'like' | 'dislike', count = 1): this {
    return this.push({ type: 'satisfaction_recorded', at, actor: count === 1 ? ACTORS.citizen : ACTORS.system, vote, count });
  }

  followUp(at: LocalMinute): this {
    return this.push({ type: 'follow_up_received', at, actor: ACTORS.citizen, content: 'Tôi chưa đồng ý với nội dung trả lời.' });
  }

  remind(at: LocalMinute, clock: PaknClockId = 'resolve', level = 1): this {
    return this.push({ type: 'reminded', at, actor: ACTORS.system, clock, level });
  }

  withdraw(at: LocalMinute): this {
    return this.push({ type: 'withdrawn', at, actor: ACTORS.citizen });
  }

  build(): PaknEvent[] {
    return [...this.events];
  }
}

/**
 * Runs every event of a history through decidePakn (table, roles, rules) and returns the final
 * state; throws with the Vietnamese reason of the first refused event.
 */
export function admit(code: string, events: readonly PaknEvent[], calendar: WorkingCalendar): PaknState {
  const kept: PaknEvent[] = [];
  let state: PaknState | undefined;
  for (const event of events) {
    const decision = decidePakn(code, kept, event, { calendar });
    if (!decision.ok) throw new Error(`${code}, sự kiện ${kept.length + 1} (${event.type}): ${decision.reason}`);
    kept.push(decision.event);
    state = decision.state;
  }
  if (state === undefined) throw new Error(`${code}: lịch sử rỗng`);
  return state;
}

