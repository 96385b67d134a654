/**
 * Group commit of receptions, per unit.
 *
 * Every reception of a unit takes the unit's daily code counter and its audit-chain head and
 * holds both until commit: receptions of one unit are serialized by the database whatever the
 * number of counters. Receptions of a unit that arrive while the unit's previous write is
 * running wait for it and are then written together, in arrival order, by ONE statement
 * (event-store.ts storeReceptions): their codes, dossier rows and chained first events. A lone
 * reception is written at once; under load the batch grows by itself, so a unit's throughput is
 * no longer one transaction per reception.
 *
 * Each request still gets its answer only after its own reception is committed. A batch that
 * fails is retried one reception per statement, so one bad reception never fails the others
 * and each gets its own error. Codes stay gapless: they are allocated by the statement that
 * stores the dossiers, and a failed statement gives them back.
 *
 * One batcher per database handle (a process); several server processes on one PostgreSQL
 * database each batch their own requests and still serialize on the same rows.
 */
import { perDatabase, type Database } from '../db/client.ts';
import type { DossierReadModel, StoredDossierEvent } from './event-rows.ts';
import { readModelFromState, toNewEvent } from './dossier-fold.ts';
import { storeReceptions, UnknownUnitError } from './event-store.ts';
import type { DayNumber } from '../../domain/calendar/local-time.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { AppError } from '../errors.ts';

/** A reception already decided (decide() admitted its first event), waiting for its code. */
export interface PendingReception {
  unitCode: string;
  /** Local day of the reception: the day in its code. */
  day: DayNumber;
  event: DossierEvent;
  /** Events of the same action stored with it ("Tiếp nhận và yêu cầu bổ sung": the supplement request). */
  followUp?: readonly DossierEvent[];
  /** The state decide() folded from the event(s); only its code is still to be set. */
  state: DossierState;
  /** Work that must commit with the reception (its notices, issue 17): runs in the batch's transaction once the code is known. */
  afterStore?: (tx: Database, stored: StoredReception) => Promise<void>;
}

export interface StoredReception {
  code: string;
  /** The unit's parent city (read in the batch's transaction). */
  cityCode: string | null;
  events: StoredDossierEvent[];
  readModel: DossierReadModel<DossierState>;
}

interface Job extends PendingReception {
  resolve(stored: StoredReception): void;
  reject(error: unknown): void;
}

interface Lane {
  queue: Job[];
  running: boolean;
}

/** Receptions per transaction at most: bounds a batch's statement sizes and latency. */
export const MAX_RECEPTIONS_PER_BATCH = 200;

export class ReceptionBatcher {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly db: Database,
    private readonly maxBatch = MAX_RECEPTIONS_PER_BATCH,
  ) {}

  /** Stores the reception (alone or with others of its unit) and resolves once it is committed. */
  receive(reception: PendingReception): Promise<StoredReception> {
    return new Promise((resolve, reject) => {
      let lane = this.lanes.get(reception.unitCode);
      if (!lane) {
        lane = { queue: [], running: false };
        this.lanes.set(reception.unitCode, lane);
      }
      lane.queue.push({ ...reception, resolve, reject });
      if (!lane.running) void this.drain(reception.unitCode, lane);
    });
  }

  private async drain(unitCode: string, lane: Lane): Promise<void> {
    lane.running = true;
    try {
      while (lane.queue.length > 0) {
        const batch = lane.queue.splice(0, this.maxBatch);
        await this.run(unitCode, batch);
      }
    } finally {
      lane.running = false;
      if (lane.queue.length === 0) this.lanes.delete(unitCode);
    }
  }

  /** Never throws: every job is settled. */
  private async run(unitCode: string, batch: Job[]): Promise<void> {
    let stored: StoredReception[];
    try {
      stored = await this.write(unitCode, batch);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // Which reception failed is unknown: each alone, in its own transaction.
      for (const job of batch) await this.run(unitCode, [job]);
      return;
    }
    batch.forEach((job, i) => job.resolve(stored[i]!));
  }

  /** One statement per local day of the batch (nearly always one): event-store.ts storeReceptions. */
  private async write(unitCode: string, batch: readonly Job[]): Promise<StoredReception[]> {
    const days = [...new Set(batch.map((job) => job.day))].sort((a, b) => a - b);
    const stored = new Map<Job, StoredReception>();
    const store = async (db: Database, day: DayNumber): Promise<void> => {
      const jobs = batch.filter((job) => job.day === day);
      // decide() already folded the event; the store sets the code, the one value the fold took from outside.
      const written = await storeReceptions(db, unitCode, day, jobs.map((job) => ({ events: [job.event, ...(job.followUp ?? [])].map((event) => toNewEvent(event)), readModel: readModelFromState(job.state) })));
      jobs.forEach((job, i) => stored.set(job, written[i]!));
    };
    try {
      if (days.length === 1 && !batch.some((job) => job.afterStore)) await store(this.db, days[0]!);
      else
        await this.db.transaction(async (tx) => {
          for (const day of days) await store(tx, day);
          for (const job of batch) await job.afterStore?.(tx, stored.get(job)!);
        });
      return batch.map((job) => stored.get(job)!);
    } catch (error) {
      if (error instanceof UnknownUnitError) throw new AppError('not_found', error.message);
      throw error;
    }
  }
}

/** The batcher of a database handle (one per process and database). */
export const receptionBatcherOf = perDatabase((db) => new ReceptionBatcher(db));
