/**
 * Everything a dossier form is built from: the dossier (if the user may read it), its unit and
 * settings, the names of the staff and departments it mentions, the appointment computed at
 * reception, the public lookup address, and whether personal data may be printed.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { canSeePersonalData } from '../../domain/policy/policy.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { lookupLinkOf } from '../lookup/lookup-link.ts';
import { findUnitForForms, staffNames } from './forms.queries.ts';
import { departmentNames } from '../../platform/units/units.queries.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import type { DossierFormInput } from '../../documents/forms/index.ts';

function peopleIn(events: readonly DossierEvent[]): string[] {
  return events.flatMap((e) => [e.actor.id, ...('assigneeId' in e && e.assigneeId ? [e.assigneeId] : [])]);
}

export async function dossierFormInput(ctx: AppContext, user: CurrentUser, code: string): Promise<DossierFormInput> {
  const dossier = await loadReadableDossier(ctx, user, code);
  const { state, events, calendar } = dossier;
  const unit = await findUnitForForms(ctx.db, state.unitCode);
  if (!unit) throw notFound(`Không tìm thấy đơn vị ${state.unitCode} của hồ sơ.`);
  const [people, departments] = await Promise.all([staffNames(ctx.db, peopleIn(events)), departmentNames(ctx.db, state.unitCode)]);
  // Mẫu 01 prints the appointment made at reception: the fold of the history up to that event.
  const receivedIndex = events.findIndex((e) => e.type === 'received');
  const dueAtReception = receivedIndex === -1 ? undefined : foldDossier(code, events.slice(0, receivedIndex + 1), { calendar }).legalDueAt;
  return {
    state,
    events,
    unit,
    names: { people, departments },
    dueAtReception,
    lookupUrl: await lookupLinkOf(ctx.db, ctx.config, unit.settings, state.code),
    now: ctx.now(),
    personalDataVisible: canSeePersonalData(user, dossier.scope),
  };
}
