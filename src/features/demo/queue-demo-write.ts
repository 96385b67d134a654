/** The demo's month of queue tickets and ratings (queue-demo.ts), written after the dossiers. */
import type { Database } from '../../platform/db/client.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { allOfficers, type DemoCity } from './city.ts';
import { demoCounters, planQueueDemo } from './queue-demo.ts';
import { insertDemoQueue } from './queue-demo.store.ts';

export async function writeDemoQueue(db: Database, visits: readonly DossierState[], city: DemoCity, now: LocalMinute, seed: number): Promise<{ tickets: number; ratings: number }> {
  const { tickets, ratings } = planQueueDemo(visits, demoCounters(allOfficers(city)), now, seed);
  await insertDemoQueue(db, tickets, ratings);
  return { tickets: tickets.length, ratings: ratings.length };
}
