import { z } from 'zod';
import { actorSchema } from '../dossier/events.ts';
import { parseDossierCode } from '../dossier/code.ts';
import { counterNumberSchema, groupCodeSchema } from './queue-config.ts';
import { EVENT_SCHEMA_MESSAGES } from './labels.ts';

/**
 * The closed vocabulary of queue-ticket events. A ticket is the history of one visit: it is
 * issued at the kiosk, called to a counter (and recalled), served, or missed, transferred,
 * rejoined, cancelled. Its state is `foldTicket(events)` (ticket.ts); which event may follow
 * which is the table in ticket-transitions.ts. Times are `LocalMinute` integers.
 *
 * Tickets hold no personal data: no name, no phone, no identity number (NĐ 61/2018 Art. 27(3)
 * keeps respondents confidential; the board shows numbers only).
 */

const localMinute = z.number().int();
/** Order of entry into the day's queue: drawn from one per-unit, per-day sequence by the store. */
const position = z.number().int().min(1);

export const dossierCodeSchema = z
  .string()
  .trim()
  .max(120)
  .refine((code) => parseDossierCode(code) !== undefined, EVENT_SCHEMA_MESSAGES.dossierCode);

/** How a visit ended at the counter: dossiers received (their codes), or guidance only. */
export const ticketOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dossiers'), dossierCodes: z.array(dossierCodeSchema).min(1).max(20) }),
  z.object({ kind: z.literal('guidance') }),
]);
export type TicketOutcome = z.infer<typeof ticketOutcomeSchema>;

export const CANCEL_REASONS = ['citizen_left', 'issued_in_error', 'end_of_day'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

const base = { at: localMinute, actor: actorSchema };

export const ticketEventSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...base,
      type: z.literal('issued'),
      unitCode: z.string().trim().min(1).max(100),
      serviceGroup: groupCodeSchema,
      priorityGroup: groupCodeSchema.optional(),
      /** Snapshot of the priority group's rank at issue (0 without a priority group). */
      priorityRank: z.number().int().min(0).max(9),
      number: z.number().int().min(0).max(99_999),
      /** The number as printed and announced: "1023", "A023". */
      label: z.string().regex(/^[A-Z]?\d{1,5}$/),
      position,
    })
    .refine((event) => (event.priorityGroup === undefined) === (event.priorityRank === 0), {
      message: EVENT_SCHEMA_MESSAGES.priority,
      path: ['priorityRank'],
    }),
  /** The officer (actor) at `counter` calls the ticket. */
  z.object({ ...base, type: z.literal('called'), counter: counterNumberSchema }),
  z.object({ ...base, type: z.literal('recalled'), counter: counterNumberSchema }),
  z.object({ ...base, type: z.literal('no_show'), counter: counterNumberSchema }),
  /** Back from the missed list: a new position at the end of the queue, same number. */
  z.object({ ...base, type: z.literal('rejoined'), position }),
  z
    .object({
      ...base,
      type: z.literal('transferred'),
      toGroup: groupCodeSchema.optional(),
      /** Reserve the ticket for one counter (it goes first there). */
      toCounter: counterNumberSchema.optional(),
      note: z.string().trim().max(500).optional(),
    })
    .refine((event) => event.toGroup !== undefined || event.toCounter !== undefined, {
      message: EVENT_SCHEMA_MESSAGES.transferTarget,
      path: ['toGroup'],
    }),
  z.object({ ...base, type: z.literal('serving_started'), counter: counterNumberSchema }),
  z.object({ ...base, type: z.literal('served'), counter: counterNumberSchema, outcome: ticketOutcomeSchema }),
  z.object({ ...base, type: z.literal('cancelled'), reason: z.enum(CANCEL_REASONS) }),
]);

export type TicketEvent = z.infer<typeof ticketEventSchema>;
export type TicketEventInput = z.input<typeof ticketEventSchema>;
export type TicketEventType = TicketEvent['type'];
export const TICKET_EVENT_TYPES = ticketEventSchema.options.map((option) => option.shape.type.value) as TicketEventType[];
