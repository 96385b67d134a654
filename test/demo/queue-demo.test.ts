/**
 * The demo's month of queue tickets and ratings (issue 18), on PGlite and PostgreSQL: each ticket
 * re-decides event by event to its stored state, is served by the officer who received its dossier
 * (in person, with that dossier's code), and at most one rating per ticket, linked to the same officer.
 */
import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { dossiers, queueTicketEvents, queueTickets, ratings } from '../../src/platform/db/schema.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { DEFAULT_QUEUE_CONFIG } from '../../src/domain/queue/queue-config.ts';
import { decideTicket, type TicketState } from '../../src/domain/queue/ticket.ts';
import type { TicketEvent } from '../../src/domain/queue/ticket-events.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import type { Rating } from '../../src/domain/rating/rating.ts';
import { generateDemo, type DemoOptions } from '../../src/features/demo/index.ts';
import { forEachDriver } from '../support/db.ts';
import { temporaryFileStore } from '../support/temporary-file-store.ts';

const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 16 * 60;
const OPTIONS: DemoOptions = { seed: 18, units: 2, from: dayNumberFromYmd(2026, 11, 2), to: dayNumberFromYmd(2026, 11, 23), now: NOW, dossiers: 160 };

forEachDriver('demo queue data', (getDb) => {
  const fileStore = temporaryFileStore();
  it('writes tickets for the in-person receptions, served by the receiving officer, and ratings once each', async () => {
    const { db } = getDb();
    await bootstrap(db, { adminPassword: 'mat-khau-quan-tri' });
    await generateDemo(db, OPTIONS, { batchSize: 80, fileStore });
    const tickets = await db.select({ id: queueTickets.id, state: queueTickets.state }).from(queueTickets);
    const received = new Map((await db.select({ code: dossiers.code, state: dossiers.state }).from(dossiers)).map((row) => [row.code, row.state as DossierState]));
    const inPerson = [...received.values()].filter((d) => d.channel === 'in_person' && d.receivedAt !== undefined);
    expect(tickets.length).toBeGreaterThan(20);
    expect(tickets.length).toBeLessThanOrEqual(inPerson.length);
    for (const ticket of tickets) {
      const state = ticket.state as TicketState;
      const events = (await db.select({ event: queueTicketEvents.event }).from(queueTicketEvents).where(eq(queueTicketEvents.ticketId, ticket.id)).orderBy(asc(queueTicketEvents.seq))).map((row) => row.event as TicketEvent);
      const history: TicketEvent[] = [];
      for (const event of events) {
        const decision = decideTicket(ticket.id, history, event, { config: DEFAULT_QUEUE_CONFIG });
        expect(decision.ok, JSON.stringify(decision)).toBe(true);
        history.push(event);
      }
      expect(state.status).toBe('served');
      expect(state.outcome?.kind).toBe('dossiers');
      const code = state.outcome?.kind === 'dossiers' ? state.outcome.dossierCodes[0]! : '';
      const dossier = received.get(code)!;
      expect(dossier.channel).toBe('in_person');
      expect(state.servedBy?.officerId).toBe(dossier.receivedBy);
      expect(state.issuedAt).toBeLessThanOrEqual(dossier.receivedAt!);
    }
    const rows = (await db.select({ rating: ratings.rating }).from(ratings)).map((row) => row.rating as Rating);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.ticketId)).size).toBe(rows.length);
    const byId = new Map(tickets.map((t) => [t.id, t.state as TicketState]));
    for (const rating of rows) expect(rating.officerId).toBe(byId.get(rating.ticketId)!.servedBy!.officerId);
  }, 300_000);
});
