/**
 * A citizen rates a served visit, anonymously, once (docs/queue.md §8): from the counter tablet or
 * the ticket's QR page, whichever comes first. Counter, officer and dossiers come from the ticket
 * (`decideRating`), never from the submission; the unique index on ticket_id settles a race
 * between the two channels.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { badRequest, conflict } from '../../platform/errors.ts';
import { decideRating, mayRate, type RatingChannel } from '../../domain/rating/rating.ts';
import { RATING_MESSAGES } from '../../domain/rating/labels.ts';
import type { RatingConfig } from '../../domain/rating/rating-config.ts';
import { loadTicket } from '../queue/show-ticket.ts';
import { queueSetupOf } from '../queue/queue-setup.ts';
import { insertRating, officerDepartment } from './ratings.store.ts';
import { isTicketRated } from './rating-status.ts';
import { latestUnratedAtCounter } from './ratings.queries.ts';

export interface RatingSubmissionInput {
  channel: RatingChannel;
  answers: { question: string; level: string }[];
  comment?: string;
}

export async function rateVisit(ctx: AppContext, ticketId: string, input: RatingSubmissionInput): Promise<{ sentiment: string }> {
  const ticket = await loadTicket(ctx, ticketId);
  const { rating: config } = await queueSetupOf(ctx, ticket.unitCode);
  const existing = (await isTicketRated(ctx, ticketId)) ? [{ ticketId }] : [];
  const departmentCode = ticket.servedBy ? await officerDepartment(ctx.db, ticket.servedBy.officerId) : null;
  const decision = decideRating(ticket, existing, { ...input, at: ctx.now() }, { id: randomUUID(), ...(departmentCode ? { departmentCode } : {}) }, config);
  if (!decision.ok) throw decision.field === 'answers' ? badRequest(decision.reason, 'answers') : conflict(decision.reason);
  if (!(await insertRating(ctx.db, decision.rating))) throw conflict(RATING_MESSAGES.alreadyRated);
  return { sentiment: decision.rating.sentiment };
}

export interface RatingForm {
  ticketId: string | null;
  label: string | null;
  unitName: string;
  /** Why the visit cannot be rated (already rated, too late…); null when it can. */
  closedReason: string | null;
  questions: RatingConfig['questions'];
  scale: { code: string; label: string; sentiment: string }[];
}

function formOf(config: RatingConfig, unitName: string, ticket: { id: string; label: string } | undefined, closedReason: string | null): RatingForm {
  return {
    ticketId: ticket?.id ?? null,
    label: ticket?.label ?? null,
    unitName,
    closedReason,
    questions: config.questions,
    scale: config.scale.map((level) => ({ code: level.code, label: level.label, sentiment: level.sentiment })),
  };
}

/** The rating form of a ticket (the QR page). */
export async function ratingFormOfTicket(ctx: AppContext, ticketId: string): Promise<RatingForm> {
  const ticket = await loadTicket(ctx, ticketId);
  const setup = await queueSetupOf(ctx, ticket.unitCode);
  const existing = (await isTicketRated(ctx, ticketId)) ? [{ ticketId }] : [];
  const check = mayRate(ticket, existing, ctx.now(), setup.rating);
  return formOf(setup.rating, setup.unit.name, ticket, check.ok ? null : check.reason);
}

/** How long after the call the counter tablet still offers the visit (minutes). */
export const TABLET_WINDOW_MINUTES = 120;

/** The counter tablet's form: the visit served last at the counter, if not rated yet. */
export async function ratingFormAtCounter(ctx: AppContext, unitCode: string, counter: number): Promise<RatingForm> {
  const setup = await queueSetupOf(ctx, unitCode);
  const id = await latestUnratedAtCounter(ctx.db, unitCode, counter, ctx.now() - TABLET_WINDOW_MINUTES);
  if (id === undefined) return formOf(setup.rating, setup.unit.name, undefined, RATING_MESSAGES.notServed);
  const ticket = await loadTicket(ctx, id);
  return formOf(setup.rating, setup.unit.name, ticket, null);
}
