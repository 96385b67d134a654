/** Mapping between domain events and the event store's rows. */
import type { DossierEventRecord, DossierFold, NewDossierEvent } from './event-store.ts';
import { readModelFromState } from './dossier-fold.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { dossierEventSchema, type DossierEvent } from '../../domain/dossier/events.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import type { DossierState } from '../../domain/dossier/state.ts';

export function toNewEvent(event: DossierEvent, externalId?: string): NewDossierEvent {
  const { type, at, actor, source, ...payload } = event;
  return { type, at, actorId: actor.id, actorRole: actor.role, source: source ?? 'motcua', externalId: externalId ?? null, payload };
}

export function fromRecord(record: DossierEventRecord): DossierEvent {
  const payload = (record.payload ?? {}) as Record<string, unknown>;
  return dossierEventSchema.parse({
    ...payload,
    type: record.type,
    at: record.at,
    actor: { id: record.actorId ?? record.source, role: record.actorRole ?? 'system' },
    source: record.source,
  });
}

/** The event store's fold for one dossier: records → domain events → state → read model. */
export function makeFold(code: string, calendar: WorkingCalendar): DossierFold<DossierState> {
  return (records) => readModelFromState(foldDossier(code, records.map(fromRecord), { calendar }));
}
