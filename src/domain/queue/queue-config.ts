/**
 * A unit's queue configuration: service groups (what the kiosk offers and how their numbers
 * are printed), priority groups, counters, the recall limit and the estimate's parameters.
 * Unit data, validated with Zod; every default is explained in docs/queue.md.
 *
 * Opening hours are not here: the queue opens with the unit's working calendar
 * (opening-hours.ts), so lunar holidays and make-up Saturdays apply without a second setting.
 */

import { z } from 'zod';
import { FIELDS } from '../catalog/define.ts';
import { CONFIG_MESSAGES, COUNTER_WORD, DEFAULT_PRIORITY_GROUP_TEXT, DEFAULT_SERVICE_GROUP_NAMES } from './labels.ts';

const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Kebab-case code of a service or priority group ("chung-thuc"). */
export const groupCodeSchema = z.string().max(64).regex(CODE_PATTERN);
export const counterNumberSchema = z.number().int().min(1).max(99);
const name = z.string().trim().min(1).max(200);
/** Service time assumed before a group has served enough tickets (docs/queue.md: a guess, replaced by data). */
export const DEFAULT_EXPECTED_SERVICE_MINUTES = 10;

export const ticketNumberRangeSchema = z
  .object({
    /** One capital letter printed before the number ("A" → "A023"); empty by default: digits only. */
    prefix: z.string().regex(/^[A-Z]?$/).default(''),
    first: z.number().int().min(0).max(99_999),
    last: z.number().int().min(0).max(99_999),
    /** Digits printed, zero-padded; default: as many as `last` has. */
    digits: z.number().int().min(1).max(5).optional(),
  })
  .superRefine((range, ctx) => {
    if (range.first > range.last) ctx.addIssue({ code: 'custom', message: CONFIG_MESSAGES.rangeOrder, path: ['first'] });
    if (range.digits !== undefined && String(range.last).length > range.digits) ctx.addIssue({ code: 'custom', message: CONFIG_MESSAGES.rangeDigits, path: ['digits'] });
  });
export type TicketNumberRange = z.infer<typeof ticketNumberRangeSchema>;

export const serviceGroupSchema = z.object({
  code: groupCodeSchema,
  /** Vietnamese name on the kiosk button and the ticket. */
  name,
  numbers: ticketNumberRangeSchema,
  /** Catalog field codes (FIELDS in catalog/define.ts) whose procedures this group receives. */
  fields: z.array(groupCodeSchema).default([]),
  /** Procedure codes, for a procedure that belongs to another group than its field. */
  procedures: z.array(z.string().trim().min(1).max(64)).default([]),
  /** Only counters that list the group call its tickets (a vertical agency's own desk). */
  exclusive: z.boolean().default(false),
  /** An inactive group issues no ticket and none of its tickets is called. */
  active: z.boolean().default(true),
  /** Service time assumed by the wait estimate until enough tickets have been served. */
  expectedServiceMinutes: z.number().int().min(1).max(240).default(DEFAULT_EXPECTED_SERVICE_MINUTES),
});
export type ServiceGroup = z.infer<typeof serviceGroupSchema>;

export const priorityGroupSchema = z.object({
  code: groupCodeSchema,
  name,
  /** Who qualifies, printed under the kiosk button. */
  description: z.string().trim().max(500).default(''),
  /** 1–9; a higher rank is called first. Tickets without a priority group have rank 0. */
  rank: z.number().int().min(1).max(9),
  active: z.boolean().default(true),
});
export type PriorityGroup = z.infer<typeof priorityGroupSchema>;

export const counterSchema = z.object({
  number: counterNumberSchema,
  name,
  /** Groups the counter serves by default (the officer may change them when opening it). */
  groups: z.array(groupCodeSchema).min(1),
  /** When its own groups are empty, does the counter call other (non-exclusive) groups? */
  takesOtherGroups: z.boolean().default(true),
});
export type CounterConfig = z.infer<typeof counterSchema>;

export const queueConfigSchema = z
  .object({
    serviceGroups: z.array(serviceGroupSchema).min(1).max(50),
    priorityGroups: z.array(priorityGroupSchema).max(20).default([]),
    counters: z.array(counterSchema).min(1).max(99),
    /** Recalls after the first call before the officer may record a no-show. */
    recallLimit: z.number().int().min(0).max(10).default(2),
    /** The kiosk stops issuing this many minutes before the last session ends. */
    issueStopsBeforeCloseMinutes: z.number().int().min(0).max(240).default(0),
    /** The wait estimate takes the median service time of the last K served tickets of a group… */
    serviceTimeSample: z.number().int().min(1).max(200).default(20),
    /** …once at least this many have been served; before that, `expectedServiceMinutes`. */
    minimumServiceSample: z.number().int().min(1).max(200).default(5),
  })
  .superRefine((config, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    firstDuplicate(config.serviceGroups.map((g) => g.code), (code, i) => issue(CONFIG_MESSAGES.duplicateGroup(code), ['serviceGroups', i, 'code']));
    firstDuplicate(config.priorityGroups.map((g) => g.code), (code, i) => issue(CONFIG_MESSAGES.duplicatePriority(code), ['priorityGroups', i, 'code']));
    firstDuplicate(config.counters.map((c) => c.number), (n, i) => issue(CONFIG_MESSAGES.duplicateCounter(n), ['counters', i, 'number']));
    const groups = new Set(config.serviceGroups.map((g) => g.code));
    config.counters.forEach((counter, i) =>
      counter.groups.forEach((code, j) => {
        if (!groups.has(code)) issue(CONFIG_MESSAGES.unknownCounterGroup(counter.number, code), ['counters', i, 'groups', j]);
      }),
    );
    config.serviceGroups.forEach((a, i) =>
      config.serviceGroups.slice(0, i).forEach((b) => {
        if (a.numbers.prefix === b.numbers.prefix && a.numbers.first <= b.numbers.last && b.numbers.first <= a.numbers.last) {
          issue(CONFIG_MESSAGES.overlappingNumbers(b.code, a.code), ['serviceGroups', i, 'numbers']);
        }
      }),
    );
    const fieldOwner = new Map<string, string>();
    const procedureOwner = new Map<string, string>();
    config.serviceGroups.forEach((group, i) => {
      for (const field of group.fields) {
        const owner = fieldOwner.get(field);
        if (owner !== undefined && owner !== group.code) issue(CONFIG_MESSAGES.sharedField(field, owner, group.code), ['serviceGroups', i, 'fields']);
        fieldOwner.set(field, group.code);
      }
      for (const procedure of group.procedures) {
        const owner = procedureOwner.get(procedure);
        if (owner !== undefined && owner !== group.code) issue(CONFIG_MESSAGES.sharedProcedure(procedure, owner, group.code), ['serviceGroups', i, 'procedures']);
        procedureOwner.set(procedure, group.code);
      }
    });
    if (config.minimumServiceSample > config.serviceTimeSample) issue(CONFIG_MESSAGES.sampleOrder, ['minimumServiceSample']);
  });

export type QueueConfig = z.infer<typeof queueConfigSchema>;
export type QueueConfigInput = z.input<typeof queueConfigSchema>;

function firstDuplicate<T>(values: readonly T[], report: (value: T, index: number) => void): void {
  const seen = new Set<T>();
  values.forEach((value, index) => {
    if (seen.has(value)) report(value, index);
    seen.add(value);
  });
}

export type ConfigCheck = { ok: true; config: QueueConfig } | { ok: false; errors: string[] };

/** Validates unit data; every error is a Vietnamese sentence naming the place to fix. */
export function parseQueueConfig(input: unknown): ConfigCheck {
  const parsed = queueConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, errors: vietnameseIssues(parsed.error) };
}

/** Zod issues as Vietnamese lines: custom checks carry their own sentence, the rest name the field. */
export function vietnameseIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'custom') return issue.message;
    const path = issue.path.map(String).join('.');
    return `${path || '(gốc)'}: ${CONFIG_MESSAGES.invalidValue}.`;
  });
}

/** Numbers 1001–1999 for the first group, 2001–2999 for the second… (docs/queue.md). */
const thousands = (index: number) => ({ first: index * 1000 + 1, last: index * 1000 + 999 });

const G = DEFAULT_SERVICE_GROUP_NAMES;
const P = DEFAULT_PRIORITY_GROUP_TEXT;

/**
 * The default configuration of a commune or ward centre: six groups following the departments
 * that receive dossiers (catalog DEPARTMENT_KINDS), six counters, five priority groups of equal
 * rank, two recalls. The reasons and sources are in docs/queue.md.
 */
export const DEFAULT_QUEUE_CONFIG: QueueConfig = queueConfigSchema.parse({
  serviceGroups: [
    { code: 'chung-thuc', name: G.chungThuc, numbers: thousands(1), fields: [FIELDS.chungThuc.code], expectedServiceMinutes: 5 },
    { code: 'tu-phap-ho-tich', name: G.tuPhapHoTich, numbers: thousands(2), fields: [FIELDS.hoTich.code, FIELDS.hoaGiaiCoSo.code] },
    { code: 'kinh-te', name: G.kinhTe, numbers: thousands(3), fields: [FIELDS.datDai.code, FIELDS.xayDung.code, FIELDS.hoKinhDoanh.code], expectedServiceMinutes: 15 },
    {
      code: 'van-hoa-xa-hoi',
      name: G.vanHoaXaHoi,
      numbers: thousands(4),
      fields: [FIELDS.baoTroXaHoi.code, FIELDS.nguoiCoCong.code, FIELDS.giamNgheo.code, FIELDS.vanHoa.code, FIELDS.giaoDuc.code, FIELDS.hoi.code],
    },
    { code: 'cu-tru', name: G.cuTru, numbers: thousands(5), fields: [FIELDS.cuTru.code], exclusive: true },
    { code: 'tra-ket-qua', name: G.traKetQua, numbers: thousands(6), expectedServiceMinutes: 5 },
  ],
  priorityGroups: [
    { code: 'nguoi-cao-tuoi', ...P.nguoiCaoTuoi, rank: 1 },
    { code: 'nguoi-khuyet-tat', ...P.nguoiKhuyetTat, rank: 1 },
    { code: 'phu-nu-mang-thai', ...P.phuNuMangThai, rank: 1 },
    { code: 'tre-nho', ...P.treNho, rank: 1 },
    { code: 'nguoi-co-cong', ...P.nguoiCoCong, rank: 1 },
  ],
  counters: [
    { number: 1, name: `${COUNTER_WORD} 1 - ${G.chungThuc}`, groups: ['chung-thuc'] },
    { number: 2, name: `${COUNTER_WORD} 2 - ${G.tuPhapHoTich}`, groups: ['tu-phap-ho-tich'] },
    { number: 3, name: `${COUNTER_WORD} 3 - ${G.kinhTe}`, groups: ['kinh-te'] },
    { number: 4, name: `${COUNTER_WORD} 4 - ${G.vanHoaXaHoi}`, groups: ['van-hoa-xa-hoi'] },
    { number: 5, name: `${COUNTER_WORD} 5 - ${G.cuTru}`, groups: ['cu-tru'], takesOtherGroups: false },
    { number: 6, name: `${COUNTER_WORD} 6 - ${G.traKetQua}`, groups: ['tra-ket-qua'] },
  ],
} satisfies QueueConfigInput);

export function findServiceGroup(config: QueueConfig, code: string): ServiceGroup | undefined {
  return config.serviceGroups.find((group) => group.code === code);
}

export function findPriorityGroup(config: QueueConfig, code: string): PriorityGroup | undefined {
  return config.priorityGroups.find((group) => group.code === code);
}

export function findCounter(config: QueueConfig, number: number): CounterConfig | undefined {
  return config.counters.find((counter) => counter.number === number);
}

/**
 * The group that receives a procedure: the group listing the procedure itself, else the group
 * listing its field, else undefined (the kiosk then offers the groups by name only).
 */
export function serviceGroupFor(config: QueueConfig, procedure: { code?: string; fieldCode?: string }): ServiceGroup | undefined {
  const byProcedure = procedure.code === undefined ? undefined : config.serviceGroups.find((g) => g.procedures.includes(procedure.code!));
  if (byProcedure) return byProcedure;
  return procedure.fieldCode === undefined ? undefined : config.serviceGroups.find((g) => g.fields.includes(procedure.fieldCode!));
}

/** Groups whose tickets only their own counters call. */
export function exclusiveGroups(config: QueueConfig): string[] {
  return config.serviceGroups.filter((g) => g.exclusive).map((g) => g.code);
}

/** Groups closed for issuing and calling. */
export function closedGroups(config: QueueConfig): string[] {
  return config.serviceGroups.filter((g) => !g.active).map((g) => g.code);
}
