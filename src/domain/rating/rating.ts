/**
 * One citizen's rating of one visit (a served ticket): anonymous, linked to the ticket, the
 * counter, the officer who served, the officer's department and the dossiers received.
 *
 * Anonymous means the record has no field for the respondent (NĐ 61/2018 Art. 27(3): the
 * identity of those who evaluate is kept confidential); the schema is strict, so a caller
 * cannot add one. One rating per visit: whichever comes first, the counter tablet or the
 * ticket's QR page, closes the visit for rating (`mayRate`). Each answer keeps a snapshot of
 * its level's sentiment and score, so editing the scale later never rewrites past ratings.
 */

import { z } from 'zod';
import type { LocalMinute } from '../calendar/local-time.ts';
import { MINUTES_PER_DAY } from '../calendar/local-time.ts';
import { counterNumberSchema, groupCodeSchema } from '../queue/queue-config.ts';
import { dossierCodeSchema } from '../queue/ticket-events.ts';
import type { TicketState } from '../queue/ticket.ts';
import { RATING_MESSAGES } from './labels.ts';
import { SENTIMENTS, type RatingConfig, type Sentiment } from './rating-config.ts';

export const RATING_CHANNELS = ['counter_tablet', 'ticket_qr'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

const id = z.string().trim().min(1).max(200);

export const ratingAnswerSchema = z.strictObject({
  question: groupCodeSchema,
  level: groupCodeSchema,
  sentiment: z.enum(SENTIMENTS),
  score: z.number().int().min(0).max(10),
});
export type RatingAnswer = z.infer<typeof ratingAnswerSchema>;

export const ratingSchema = z.strictObject({
  id,
  unitCode: id,
  ticketId: id,
  at: z.number().int(),
  channel: z.enum(RATING_CHANNELS),
  counter: counterNumberSchema,
  officerId: id,
  departmentCode: id.optional(),
  dossierCodes: z.array(dossierCodeSchema).max(20),
  /** The overall question's sentiment: what the figures and QĐ 766 5.4 count. */
  sentiment: z.enum(SENTIMENTS),
  answers: z.array(ratingAnswerSchema).min(1).max(10),
  comment: z.string().trim().min(1).max(1000).optional(),
});
export type Rating = z.infer<typeof ratingSchema>;

/** What the citizen sends: answers by code, and an optional comment. */
export interface RatingSubmission {
  channel: RatingChannel;
  at: LocalMinute;
  answers: readonly { question: string; level: string }[];
  comment?: string;
}

/** What the application adds: the new record's id and the serving officer's department. */
export interface RatingLinks {
  id: string;
  departmentCode?: string;
}

export type RatingCheck = { ok: true } | { ok: false; reason: string; field?: string };
export type RatingDecision = { ok: true; rating: Rating } | { ok: false; reason: string; field?: string };

/**
 * May this visit be rated at `at`? It must have been served, not rated yet (by any channel),
 * and the rating must come within the unit's window after the service ended.
 */
export function mayRate(ticket: TicketState, existing: readonly Pick<Rating, 'ticketId'>[], at: LocalMinute, config: RatingConfig): RatingCheck {
  if (ticket.status !== 'served' || ticket.servedAt === undefined || ticket.servedBy === undefined) return { ok: false, reason: RATING_MESSAGES.notServed };
  if (existing.some((rating) => rating.ticketId === ticket.id)) return { ok: false, reason: RATING_MESSAGES.alreadyRated };
  if (at < ticket.servedAt) return { ok: false, field: 'at', reason: RATING_MESSAGES.tooEarly };
  if (at > ticket.servedAt + config.windowDays * MINUTES_PER_DAY) return { ok: false, field: 'at', reason: RATING_MESSAGES.tooLate(config.windowDays) };
  return { ok: true };
}

function answersOf(submission: RatingSubmission, config: RatingConfig): { ok: true; answers: RatingAnswer[]; sentiment: Sentiment } | { ok: false; reason: string; field: string } {
  const answers: RatingAnswer[] = [];
  for (const answer of submission.answers) {
    const question = config.questions.find((q) => q.code === answer.question);
    if (!question) return { ok: false, field: 'answers', reason: RATING_MESSAGES.unknownQuestion(answer.question) };
    const level = config.scale.find((l) => l.code === answer.level);
    if (!level) return { ok: false, field: 'answers', reason: RATING_MESSAGES.unknownLevel(answer.level) };
    if (answers.some((a) => a.question === question.code)) return { ok: false, field: 'answers', reason: RATING_MESSAGES.duplicateAnswer(question.code) };
    answers.push({ question: question.code, level: level.code, sentiment: level.sentiment, score: level.score });
  }
  const missing = config.questions.find((q) => q.required && !answers.some((a) => a.question === q.code));
  if (missing) return { ok: false, field: 'answers', reason: RATING_MESSAGES.missingAnswer(missing.text) };
  const overall = answers.find((a) => a.question === config.overallQuestion)!;
  return { ok: true, answers, sentiment: overall.sentiment };
}

/**
 * The rating record for a served ticket, or why it is refused. Counter, officer and dossiers
 * come from the ticket, never from the citizen's submission.
 */
export function decideRating(ticket: TicketState, existing: readonly Pick<Rating, 'ticketId'>[], submission: RatingSubmission, links: RatingLinks, config: RatingConfig): RatingDecision {
  const allowed = mayRate(ticket, existing, submission.at, config);
  if (!allowed.ok) return allowed;
  const answered = answersOf(submission, config);
  if (!answered.ok) return answered;
  const candidate = {
    id: links.id,
    unitCode: ticket.unitCode,
    ticketId: ticket.id,
    at: submission.at,
    channel: submission.channel,
    counter: ticket.servedBy!.counter,
    officerId: ticket.servedBy!.officerId,
    ...(links.departmentCode !== undefined ? { departmentCode: links.departmentCode } : {}),
    dossierCodes: ticket.outcome?.kind === 'dossiers' ? [...ticket.outcome.dossierCodes] : [],
    sentiment: answered.sentiment,
    answers: answered.answers,
    ...(submission.comment?.trim() ? { comment: submission.comment.trim() } : {}),
  };
  const parsed = ratingSchema.safeParse(candidate);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || undefined;
    return { ok: false, reason: RATING_MESSAGES.invalid(field), ...(field ? { field } : {}) };
  }
  return { ok: true, rating: parsed.data };
}
