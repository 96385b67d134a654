/**
 * The public lookup (no session): a dossier by its token (QR code), or by its code and a second
 * factor. Every failure is the same 404 (LOOKUP_NOT_FOUND); the answer is publicDossierView's,
 * never the state (docs/lookup.md).
 */
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { fromRecord } from '../../platform/events/dossier-fold.ts';
import { loadDossierEvents } from '../../platform/events/event-store.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { instantFromLocalMinute } from '../../domain/calendar/local-time.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import {
  isLookupToken,
  LOOKUP_LIMITS,
  LOOKUP_NOT_FOUND,
  LOOKUP_RATE_LIMITED,
  publicDossierView,
  typedLookupLocked,
  typedLookupSucceeds,
  type PublicDossierView,
  type TypedLookupRequest,
} from '../../domain/lookup/index.ts';
import { dossierCodeOfToken, lookupFailuresSince } from './lookup.queries.ts';
import { recordLookupFailure } from './lookup.store.ts';

/** The one answer of every failed lookup. */
export const lookupNotFound = (): AppError => new AppError('not_found', LOOKUP_NOT_FOUND.message);
export const lookupRateLimited = (): AppError => new AppError('rate_limited', LOOKUP_RATE_LIMITED.message);

interface FoldedDossier {
  state: DossierState;
  events: DossierEvent[];
}

async function foldedDossier(ctx: AppContext, code: string): Promise<FoldedDossier | undefined> {
  const records = await ctx.db.transaction((tx) => loadDossierEvents(tx, code));
  const first = records[0];
  if (!first) return undefined;
  const { calendar } = await ctx.calendars.forUnit(first.unitCode);
  const events = records.map(fromRecord);
  return { state: foldDossier(code, events, { calendar }), events };
}

async function viewOf(ctx: AppContext, dossier: FoldedDossier): Promise<PublicDossierView> {
  const unit = await findUnit(ctx.db, dossier.state.unitCode);
  const hotline = unit?.settings.contactPhone;
  return publicDossierView(dossier.state, { unit: { name: unit?.name ?? '', ...(hotline ? { hotline } : {}) }, events: dossier.events });
}

/** GET /api/public/lookup/:token */
export async function lookUpByToken(ctx: AppContext, token: string): Promise<PublicDossierView> {
  const code = isLookupToken(token) ? await dossierCodeOfToken(ctx.db, token) : undefined;
  const dossier = code === undefined ? undefined : await foldedDossier(ctx, code);
  if (!dossier) throw lookupNotFound();
  return viewOf(ctx, dossier);
}

/** POST /api/public/lookup: the code and the last 4 digits of the phone or ID number. */
export async function lookUpByCode(ctx: AppContext, request: TypedLookupRequest): Promise<PublicDossierView> {
  const now = new Date(instantFromLocalMinute(ctx.now()));
  const windowStart = new Date(now.getTime() - LOOKUP_LIMITS.perCodeFailures.windowMinutes * 60_000);
  // Counted whether or not a dossier has the code: a lock reveals nothing.
  if (typedLookupLocked(await lookupFailuresSince(ctx.db, request.code, windowStart))) throw lookupRateLimited();
  const dossier = await foldedDossier(ctx, request.code);
  if (!typedLookupSucceeds(dossier?.state, request.factor) || !dossier) {
    await recordLookupFailure(ctx.db, request.code, now, windowStart);
    throw lookupNotFound();
  }
  return viewOf(ctx, dossier);
}
