/**
 * What one viewer's live stream (GET /api/stream) hears: the changes of the database's change
 * feed (platform/changes, from every server process on the database) that the viewer may know
 * of — dossiers the viewer may read where they were or are now, bulk changes of units whose
 * dossiers the viewer reads, alerts addressed to the viewer (domain/policy
 * canHearOfDossierChange, canHearOfUnitChange). An event says which unit and which dossiers
 * changed and how (the event types), never a citizen's name or number: the page then reloads
 * what it shows through the ordinary routes, which apply the ordinary rules.
 *
 * The viewer's session is checked again when a notice says that the user's sessions ended (a
 * logout, a locked account, on any process) and at every heartbeat: the stream ends with it.
 */
import { canHearOfDossierChange, canHearOfQueueChange, canHearOfUnitChange } from '../../domain/policy/policy.ts';
import type { LiveEvent } from '../../domain/live/live-event.ts';
import { changeFeedOf } from '../../platform/changes/change-feed.ts';
import type { Change } from '../../platform/changes/changes.ts';
import { perDatabase, type Database } from '../../platform/db/client.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { sessionUser } from '../../platform/sessions/sessions.ts';
import { cityOf } from '../../platform/units/units.queries.ts';

export interface LiveSink {
  /** Delivers one event; false when the stream is gone. */
  deliver(event: LiveEvent): boolean;
  /** The session ended: close the stream. */
  end(): void;
}

export interface Following {
  /** Is the viewer's session still valid (checked against the database when not cached)? */
  sessionAlive(): Promise<boolean>;
  stop(): void;
}

const CITY_CACHE_MAX = 10_000;

/** The parent of each unit, remembered (a unit's city does not change while the server runs). */
const cityCacheOf = perDatabase(() => new Map<string, Promise<string | null>>());

function cachedCityOf(db: Database, unitCode: string): Promise<string | null> {
  const cache = cityCacheOf(db);
  let city = cache.get(unitCode);
  if (city === undefined) {
    if (cache.size >= CITY_CACHE_MAX) cache.clear();
    city = cityOf(db, unitCode).catch((error: unknown) => {
      cache.delete(unitCode);
      throw error;
    });
    cache.set(unitCode, city);
  }
  return city;
}

/** What of a change this viewer may hear, or undefined. */
async function eventFor(db: Database, user: CurrentUser, change: Change): Promise<LiveEvent | undefined> {
  switch (change.kind) {
    case 'dossiers': {
      const cityCode = await cachedCityOf(db, change.unitCode);
      const dossiers = change.dossiers
        .filter((dossier) => canHearOfDossierChange(user, { unitCode: change.unitCode, cityCode, departmentCodes: dossier.departmentCodes, assigneeIds: dossier.assigneeIds }))
        .map((dossier) => ({ code: dossier.code, events: dossier.events }));
      return dossiers.length > 0 ? { kind: 'dossiers', unitCode: change.unitCode, dossiers } : undefined;
    }
    case 'bulk':
      return canHearOfUnitChange(user, { code: change.unitCode, parentCode: await cachedCityOf(db, change.unitCode) }) ? { kind: 'bulk', unitCode: change.unitCode } : undefined;
    case 'alerts':
      return change.userIds.includes(user.id) ? { kind: 'alerts', unitCode: change.unitCode } : undefined;
    case 'queue':
      return canHearOfQueueChange(user, { code: change.unitCode, parentCode: await cachedCityOf(db, change.unitCode) })
        ? { kind: 'queue', unitCode: change.unitCode, ticket: change.ticket, counter: change.counter }
        : undefined;
    case 'sessions':
      return undefined;
  }
}

export function followChanges(ctx: AppContext, user: CurrentUser, sessionToken: string, sink: LiveSink): Following {
  const feed = changeFeedOf(ctx.db);
  const sessionAlive = async () => (await sessionUser(ctx.db, sessionToken, new Date()))?.user.id === user.id;
  let stopped = false;
  // Events go out in the order the changes came, even when a city lookup makes one wait.
  let queue: Promise<void> = Promise.resolve();
  const unsubscribe = feed.subscribe((change) => {
    queue = queue.then(async () => {
      if (stopped) return;
      if (change.kind === 'sessions') {
        if (change.userId === user.id && !(await sessionAlive())) sink.end();
        return;
      }
      const event = await eventFor(ctx.db, user, change).catch(() => undefined);
      if (event && !sink.deliver(event)) stop();
    });
  });
  const unsubscribeState = feed.onState((listening) => {
    if (listening && !stopped) sink.deliver({ kind: 'resync' });
  });
  const stop = () => {
    stopped = true;
    unsubscribe();
    unsubscribeState();
  };
  return { sessionAlive, stop };
}

/** Waits until the feed listens (a stream opened before that would miss the first changes). */
export async function changeFeedReady(ctx: AppContext): Promise<void> {
  await changeFeedOf(ctx.db).start();
}
