import { z } from 'zod';
import { actorSchema } from '../dossier/events.ts';
import {
  COMPETENCES,
  NOT_ACCEPTED_REASONS,
  PAKN_CHANNELS,
  PAKN_CLASSES,
  PAKN_CLOCK_IDS,
  PAKN_KINDS,
  PUBLICATION_PLACES,
  RESOLUTION_RESULTS,
  type PaknEventType,
} from './labels.ts';

/**
 * The closed vocabulary of PAKN events. Every change of a PAKN is one of these, appended to
 * its history; the current state is `foldPakn(events)`. Times are `LocalMinute` integers
 * (Vietnamese local time, calendar/local-time.ts). Vietnamese names: labels.ts EVENT_NAMES.
 */

const localMinute = z.number().int();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
/** A clock limit in working days: a multiple of half a day, at most 60. */
const workingDays = z.number().min(0.5).max(60).multipleOf(0.5);

/** Personal data of the sender (NĐ 13/2023 art. 2(3)); never published (public-view.ts). */
export const senderSchema = z.object({
  kind: z.enum(['individual', 'organization']),
  /** Optional: an anonymous letter is still entered in the register, then not accepted (NĐ 20 art. 7). */
  name: optionalText(300),
  /** CCCD / số định danh for individuals, tax code for organisations. */
  idNumber: optionalText(20),
  phone: optionalText(20),
  email: optionalText(200),
  address: optionalText(500),
});
export type Sender = z.infer<typeof senderSchema>;

/** What the PAKN is about, when it names it. */
export const concernsSchema = z.object({
  dossierCode: optionalText(100),
  /** User id of the officer whose conduct is reported. */
  officerId: optionalText(200),
  departmentCode: optionalText(100),
});
export type Concerns = z.infer<typeof concernsSchema>;

/** Per-unit clock limits in force at registration (clocks.ts has the defaults and their anchors). */
export const clockLimitsSchema = z.object({
  refuse: workingDays.optional(),
  request_information: workingDays.optional(),
  forward: workingDays.optional(),
  resolve: workingDays.optional(),
  publish: workingDays.optional(),
});
export type ClockLimits = z.infer<typeof clockLimitsSchema>;

const base = {
  at: localMinute,
  actor: actorSchema,
  /** Source system of the event ("motcua" for native events; importers set their own). */
  source: z.string().max(100).optional(),
};

export const paknEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('registered'),
    unitCode: text(100),
    channel: z.enum(PAKN_CHANNELS),
    kind: z.enum(PAKN_KINDS),
    sender: senderSchema,
    title: optionalText(500),
    /** The content as received; a telephone PAKN is written down by the officer (NĐ 20 art. 7(2)). */
    content: text(20_000),
    concerns: concernsSchema.default({}),
    /** When the unit received it (the clocks start here); `at` is when it was entered in the register. */
    receivedAt: localMinute,
    /** Code of the PAKN on the national portal or the system it was imported from. */
    externalCode: optionalText(100),
    /** Body that transferred the PAKN to this unit (VPCP, the province…), when it came that way. */
    transferredFrom: optionalText(300),
    clockLimits: clockLimitsSchema.default({}),
  }),
  z.object({
    ...base,
    type: z.literal('classified'),
    class: z.enum(PAKN_CLASSES),
    competence: z.enum(COMPETENCES),
    note: optionalText(2000),
  }),
  z.object({ ...base, type: z.literal('not_accepted'), reason: z.enum(NOT_ACCEPTED_REASONS), note: optionalText(2000) }),
  z.object({ ...base, type: z.literal('information_requested'), request: text(2000) }),
  z.object({ ...base, type: z.literal('information_received'), note: optionalText(5000) }),
  z.object({ ...base, type: z.literal('assigned'), handlerId: text(200), departmentCode: optionalText(100) }),
  z.object({ ...base, type: z.literal('answer_drafted'), answer: text(20_000) }),
  z.object({
    ...base,
    type: z.literal('resolved'),
    /** The answer as sent to the sender (the reply letter's body). */
    answer: text(20_000),
    result: z.enum(RESOLUTION_RESULTS),
    /** Number of the reply letter, e.g. "15/TTPVHCC-PAKN". */
    documentNumber: optionalText(100),
  }),
  z.object({
    ...base,
    type: z.literal('forwarded'),
    /** Name of the competent body. */
    to: text(300),
    /** Number of the forwarding letter (công văn chuyển). */
    documentNumber: optionalText(100),
    note: optionalText(2000),
  }),
  z.object({
    ...base,
    type: z.literal('published'),
    /** Summary of the content without personal data (decide checks the sender's data is absent). */
    summary: text(5000),
    /** The answer as published, without personal data. */
    answer: text(20_000),
    places: z.array(z.enum(PUBLICATION_PLACES)).min(1).default(['public_site']),
  }),
  z.object({
    ...base,
    type: z.literal('satisfaction_recorded'),
    vote: z.enum(['like', 'dislike']),
    /** Votes of this kind recorded at once (an import of the portal's counts); 1 for a sender's own vote. */
    count: z.number().int().min(1).max(100_000).default(1),
  }),
  z.object({
    ...base,
    type: z.literal('follow_up_received'),
    content: text(20_000),
    /** The new PAKN registered for it, when one was. */
    newPaknCode: optionalText(100),
  }),
  z.object({
    ...base,
    type: z.literal('reminded'),
    clock: z.enum(PAKN_CLOCK_IDS),
    /** Step of the escalation ladder reached (clocks.ts PAKN_ESCALATION_LADDER). */
    level: z.number().int().min(1).max(10),
    note: optionalText(2000),
  }),
  z.object({ ...base, type: z.literal('withdrawn'), reason: z.string().trim().max(2000).default('Người gửi đề nghị rút phản ánh, kiến nghị') }),
]);

export type PaknEvent = z.infer<typeof paknEventSchema>;
export type PaknEventInput = z.input<typeof paknEventSchema>;
export type PaknEventOf<T extends PaknEventType> = Extract<PaknEvent, { type: T }>;
export type RegisteredEvent = PaknEventOf<'registered'>;
