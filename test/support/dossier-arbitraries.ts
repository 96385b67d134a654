/**
 * fast-check arbitraries for whole dossier histories carrying random personal data, for the
 * privacy properties of the public lookup and of the notices: a random walk through the
 * transition table (as the `system` actor, who may take every edge), with the applicant's
 * values, officers, files, notes and reasons drawn at random and sometimes written into the
 * free texts an officer types.
 */
import fc from 'fast-check';
import type { DossierEvent, DossierEventInput, ProcedureSnapshot } from '../../src/domain/dossier/events.ts';
import { dossierEventSchema } from '../../src/domain/dossier/events.ts';
import { foldDossier, InvalidHistoryError } from '../../src/domain/dossier/fold.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { allowedEvents, TERMINAL_STATUSES, type FromState } from '../../src/domain/dossier/transitions.ts';
import { buildProcedureSnapshot } from './dossier-builders.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../../src/domain/calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../../src/domain/calendar/local-time.ts';

export const calendarContext = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };

/** Everything about a dossier that must never reach a public page or a channel that was not given it. */
export interface PersonalData {
  name: string;
  idNumber: string;
  /** As recorded (spaces, +84 …); `phoneDigits` is its national form. */
  phone: string;
  phoneDigits: string;
  email: string;
  address: string;
  officerIds: string[];
  officerName: string;
  fileIds: string[];
  /** Internal notes, and reasons the public page never shows (refusal, stop, withdrawal, obligations). */
  hiddenTexts: string[];
}

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'];
const wordArb = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 3, maxLength: 7 });
const capital = (word: string): string => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
const asciiWordArb = fc.stringMatching(/^[a-z]{4,9}$/);
const tagArb = fc.stringMatching(/^[A-Z0-9]{8}$/);

function phoneVariant(digits: string, style: number): string {
  const national = digits.slice(1);
  switch (style) {
    case 1:
      return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
    case 2:
      return `+84 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
    case 3:
      return `84${national}`;
    default:
      return digits;
  }
}

export const personalDataArb: fc.Arbitrary<PersonalData> = fc
  .record({
    nameWords: fc.array(wordArb, { minLength: 2, maxLength: 4 }),
    idNumber: fc.oneof(fc.stringMatching(/^0[0-9]{11}$/), fc.stringMatching(/^[0-9]{10}$/)),
    phoneDigits: fc.stringMatching(/^0[35789][0-9]{8}$/),
    phoneStyle: fc.integer({ min: 0, max: 3 }),
    email: fc.tuple(asciiWordArb, asciiWordArb).map(([user, host]) => `${user}@${host}.vn`),
    address: fc.tuple(fc.integer({ min: 1, max: 999 }), wordArb, wordArb).map(([n, a, b]) => `Số ${n} đường ${capital(a)} ${capital(b)}`),
    officerIds: fc.array(tagArb.map((t) => `cb-${t.toLowerCase()}`), { minLength: 1, maxLength: 3 }),
    // A tag keeps it distinct from the applicant's name, even once shrunk.
    officerName: fc.tuple(fc.array(wordArb, { minLength: 2, maxLength: 3 }), tagArb).map(([w, tag]) => `${w.map(capital).join(' ')} ${tag}`),
    fileIds: fc.array(fc.stringMatching(/^[0-9a-f]{64}$/), { minLength: 1, maxLength: 2 }),
    hiddenTexts: fc.array(tagArb.map((t) => `Ghi chú nội bộ ${t}`), { minLength: 6, maxLength: 6 }),
  })
  .map((r) => ({
    name: r.nameWords.map(capital).join(' '),
    idNumber: r.idNumber,
    phone: phoneVariant(r.phoneDigits, r.phoneStyle),
    phoneDigits: r.phoneDigits,
    email: r.email,
    address: r.address,
    officerIds: r.officerIds,
    officerName: r.officerName,
    fileIds: r.fileIds,
    hiddenTexts: r.hiddenTexts,
  }));

/** A free text an officer might type for the citizen, sometimes with the citizen's own data in it. */
function officerText(base: string, personal: PersonalData, leak: number): string {
  switch (leak % 6) {
    case 1:
      return `${base} của Ông/Bà ${personal.name}`;
    case 2:
      return `${base}; liên hệ ${personal.phone} hoặc ${personal.email}`;
    case 3:
      return `${base} (CCCD ${personal.idNumber.replace(/(\d{3})(?=\d)/g, '$1 ')}, ${personal.name.toLocaleUpperCase('vi')})`;
    case 4:
      return `${base}, gửi về ${personal.address}`;
    default:
      return base;
  }
}

/** Procedures with the default roles, and one whose steps have codes the citizen wording must not show. */
const PROCEDURES: ProcedureSnapshot[] = [
  buildProcedureSnapshot(),
  buildProcedureSnapshot({
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính',
    field: 'Chứng thực',
    timeLimit: { kind: 'same-day' },
    steps: [
      { code: 'nhan-ho-so-noi-bo-17', name: 'Nhận hồ sơ (nội bộ)', sharePercent: 20, role: 'counter_officer' },
      { code: 'tham-dinh-noi-bo-42', name: 'Chuyên viên Lê Văn Nội Bộ thẩm định', sharePercent: 50, role: 'specialist' },
      { code: 'ky-noi-bo-99', name: 'Phó Chủ tịch ký', sharePercent: 20, role: 'chairman' },
      { code: 'tra-noi-bo-03', name: 'Trả kết quả (nội bộ)', sharePercent: 10, role: 'counter_officer' },
    ],
  }),
];

interface Walk {
  procedure: number;
  start: number;
  choices: Array<{ pick: number; gapMinutes: number; leak: number; flag: boolean; amount: number }>;
}

const walkArb: fc.Arbitrary<Walk> = fc.record({
  procedure: fc.integer({ min: 0, max: PROCEDURES.length - 1 }),
  start: fc.integer({ min: 0, max: 200 }),
  choices: fc.array(
    fc.record({
      pick: fc.nat(),
      gapMinutes: fc.integer({ min: 1, max: 3 * 1440 }),
      leak: fc.nat(),
      flag: fc.boolean(),
      amount: fc.constantFrom(0, 0, 17_000, 50_000, 1_200_000),
    }),
    { minLength: 1, maxLength: 16 },
  ),
});

const START = parseIsoLocalDateTime('2026-01-05T08:00')!;

/** Builds the history a walk describes; each step takes one of the events the table allows. */
export function historyFromWalk(walk: Walk, personal: PersonalData): DossierEvent[] {
  const procedure = PROCEDURES[walk.procedure]!;
  const applicant = { kind: 'individual' as const, name: personal.name, idNumber: personal.idNumber, phone: personal.phone, email: personal.email, address: personal.address };
  const events: DossierEvent[] = [];
  let status: FromState = 'none';
  let at = START + walk.start * 60;
  let hidden = 0;
  const nextHidden = (): string => personal.hiddenTexts[hidden++ % personal.hiddenTexts.length]!;
  const officer = (i: number): string => personal.officerIds[i % personal.officerIds.length]!;
  for (const [i, choice] of walk.choices.entries()) {
    if (status !== 'none' && TERMINAL_STATUSES.includes(status)) break;
    const options = allowedEvents(status, 'system');
    if (options.length === 0) break;
    const type = options[choice.pick % options.length]!;
    at += choice.gapMinutes;
    const base = {
      at,
      actor: { id: officer(i), role: 'system' as const },
      ...(choice.leak % 5 === 0 ? { importedBy: { kind: 'user' as const, userId: officer(i + 1), name: personal.officerName } } : {}),
    };
    const input = eventInput(type, base, { procedure, applicant, personal, choice, status, nextHidden, officer: officer(i + 1) });
    events.push(dossierEventSchema.parse(input));
    try {
      status = foldDossier('GIAVIEN-260105-0001', events, calendarContext).status;
    } catch (error) {
      // A step event the history does not allow here (not the current step, nothing to send back to): skipped.
      if (!(error instanceof InvalidHistoryError)) throw error;
      events.pop();
    }
  }
  return events;
}

interface InputContext {
  procedure: ProcedureSnapshot;
  applicant: { kind: 'individual'; name: string; idNumber: string; phone: string; email: string; address: string };
  personal: PersonalData;
  choice: Walk['choices'][number];
  status: FromState;
  nextHidden: () => string;
  officer: string;
}

function eventInput(type: DossierEvent['type'], base: { at: number; actor: { id: string; role: 'system' } }, c: InputContext): DossierEventInput {
  const { procedure, applicant, personal, choice } = c;
  switch (type) {
    case 'submitted_online':
      return { ...base, type, unitCode: 'GIAVIEN', procedure, applicant };
    case 'received':
      return {
        ...base,
        type,
        unitCode: 'GIAVIEN',
        channel: choice.flag ? 'in_person' : choice.leak % 2 === 0 ? 'post' : 'online',
        ...(c.status === 'none' ? { procedure, applicant } : {}),
        components: [{ code: 'tk', name: 'Tờ khai', form: 'ban-chinh', quantity: 1 }],
        feeAmount: choice.amount,
      };
    case 'refused_at_reception':
      return { ...base, type, unitCode: 'GIAVIEN', procedure, applicant, reason: c.nextHidden() };
    case 'supplement_requested':
      return {
        ...base,
        type,
        reason: officerText('Thiếu giấy tờ chứng minh nơi cư trú', personal, choice.leak + 1),
        items: choice.flag ? [] : [officerText('Giấy xác nhận thông tin về cư trú', personal, choice.leak), 'Bản sao Giấy khai sinh'],
      };
    case 'supplement_received':
      return { ...base, type, note: c.nextHidden() };
    case 'forwarded':
      return { ...base, type, to: 'tu-phap', toKind: 'department', assigneeId: c.officer };
    case 'step_completed':
      return { ...base, type, stepCode: procedure.steps[choice.pick % procedure.steps.length]!.code, note: c.nextHidden(), assigneeId: c.officer };
    case 'financial_obligation_requested':
      return { ...base, type, amount: 250_000, description: c.nextHidden() };
    case 'financial_obligation_paid':
      return { ...base, type, amount: 250_000 };
    case 'stopped':
      return { ...base, type, reason: c.nextHidden(), refusal: choice.flag };
    case 'extended':
      return { ...base, type, newDueAt: base.at + 3 * 1440, reason: officerText('Cần xác minh thêm thông tin', personal, choice.leak) };
    case 'withdrawn':
      return { ...base, type, reason: c.nextHidden() };
    case 'result_ready':
      return { ...base, type, electronic: choice.flag, note: c.nextHidden() };
    case 'result_returned':
      return choice.flag
        ? { ...base, type, method: 'desk', collectedBy: { kind: 'authorised', name: personal.name, idNumber: personal.idNumber, authorisation: c.nextHidden() } }
        : { ...base, type, method: 'electronic' };
    case 'step_assigned':
      return { ...base, type, stepCode: procedure.steps[choice.pick % procedure.steps.length]!.code, assigneeId: c.officer };
    case 'step_returned': {
      const index = 1 + (choice.pick % Math.max(1, procedure.steps.length - 1));
      return { ...base, type, stepCode: procedure.steps[index]!.code, toStepCode: procedure.steps[index - 1]!.code, reason: c.nextHidden() };
    }
    case 'fee_paid':
      return { ...base, type, amount: choice.amount, online: choice.flag };
    case 'file_attached':
      return { ...base, type, kind: choice.flag ? 'component' : 'result', fileId: personal.fileIds[choice.pick % personal.fileIds.length]! };
  }
}

/** A random dossier: its personal data, its history and its folded state. */
export const dossierWithPersonalDataArb: fc.Arbitrary<{ personal: PersonalData; events: DossierEvent[]; state: DossierState }> = fc
  .tuple(personalDataArb, walkArb)
  .map(([personal, walk]) => {
    const events = historyFromWalk(walk, personal);
    return { personal, events, state: foldDossier('GIAVIEN-260105-0001', events, calendarContext) };
  });

/**
 * Every personal value of the data set, each as it could be spotted in a text. Notices carry
 * the reasons officers typed (so `hiddenTexts` are left out with `reasonsShown`) and, by
 * e-mail only, the applicant's name (`nameAllowed`).
 */
export function forbiddenValues(personal: PersonalData, options: { nameAllowed?: boolean; reasonsShown?: boolean } = {}): string[] {
  return [
    ...(options.nameAllowed ? [] : [personal.name]),
    personal.idNumber,
    personal.phone,
    personal.phoneDigits,
    personal.phoneDigits.slice(1),
    personal.email,
    personal.address,
    personal.officerName,
    ...personal.officerIds,
    ...personal.fileIds,
    ...(options.reasonsShown ? [] : personal.hiddenTexts),
  ];
}

/** Every string and number in a JSON-like value, keys included. */
export function leavesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leavesOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...leavesOf(v)]);
  return [];
}

/** The forbidden values found in a value (case-insensitive), for a readable failure. */
export function personalValuesIn(value: unknown, personal: PersonalData, options: Parameters<typeof forbiddenValues>[1] = {}): string[] {
  const texts = [...leavesOf(value), JSON.stringify(value)].map((t) => t.toLocaleLowerCase('vi'));
  return forbiddenValues(personal, options).filter((v) => texts.some((t) => t.includes(v.toLocaleLowerCase('vi'))));
}
