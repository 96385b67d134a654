/**
 * Writing a demo plan into a database: the city's units, departments, procedures offered and
 * officers, then the dossiers in batches through the event store's batch append
 * (appendNewDossiers: the same hash chain and read-model fold as every other append), and
 * finally the daily code counters, so that the next real reception gets the next free number.
 */
import { ROOT_UNIT } from '../../platform/bootstrap/bootstrap.ts';
import { CalendarService } from '../../platform/calendar/calendar-service.ts';
import { makeFold, toNewEvent } from '../../platform/events/dossier-fold.ts';
import type { Database } from '../../platform/db/client.ts';
import { appendNewDossiersInTransaction } from '../../platform/events/event-store.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { recordGeneratedAttachments, storeGeneratedFiles, type GeneratedAttachment } from '../files/store-generated-files.ts';
import type { NewDossierHistory } from '../../platform/events/event-rows.ts';
import { firstExistingUnit, holdsMoreThan, insertDemoCity, raiseCodeCounters } from './demo.store.ts';
import { sqlDateFromDayNumber } from '../../platform/db/time.ts';
import { writeDemoPakn } from './pakn.ts';
import { hashPassword } from '../../platform/users/users.store.ts';
import { markDemoDatabase } from '../../platform/instance/instance-flags.store.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { allProcedures } from '../../domain/catalog/catalog.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { allOfficers, planCity, type DemoCity } from './city.ts';
import { planDemo, type DemoOptions, type DemoPlan, type PlannedDossier } from './plan.ts';
import { writeDemoQueue } from './queue-demo-write.ts';

/** Password of every demo account unless MOTCUA_DEMO_PASSWORD says otherwise (demo data only). */
export const DEFAULT_DEMO_PASSWORD = 'motcua-demo';

export interface WriteDemoOptions {
  /** Password of the demo accounts (one argon2 hash shared by all of them). */
  password?: string;
  /** Dossiers per transaction; default 500. */
  batchSize?: number;
  /** Called after every batch with dossiers written so far and the planned total. */
  onProgress?: (written: number, total: number) => void;
  /** Sees every planned dossier as it is written (the queue demo collects its visits here). */
  onDossier?: (dossier: PlannedDossier) => void;
  /**
   * Where the files of the "Đính kèm tệp" events go (the app's file store: config.filesDir).
   * Without it only the events are written, whose files the dossier page then cannot list:
   * generateDemo always passes one; only benchmarks of the event path leave it out.
   */
  fileStore?: FileStore;
}

/** generateDemo stores the files of its attachments: the store is required there. */
export type GenerateDemoOptions = Omit<WriteDemoOptions, 'fileStore'> & { fileStore: FileStore };

export interface DemoSummary {
  seed: number;
  units: number;
  from: string;
  to: string;
  dossiers: number;
  events: number;
  /** Dossiers by national status code. */
  byStatus: Record<string, number>;
  /** Dossiers per unit code. */
  byUnit: Record<string, number>;
  seconds: number;
  dossiersPerSecond: number;
}

/** The demo city is already in the database (any of its unit codes exists). */
export class DemoAlreadyLoadedError extends Error {
  override readonly name = 'DemoAlreadyLoadedError';
  constructor(readonly unitCode: string) {
    super(`Cơ sở dữ liệu đã có đơn vị ${unitCode} của dữ liệu mẫu. Hãy dùng một thư mục dữ liệu (hoặc CSDL PostgreSQL) mới để sinh lại.`);
  }
}

/** Does the database hold anything besides the bootstrap (root unit, catalog, administrator)? */
export async function hasOperationalData(db: Database): Promise<boolean> {
  return holdsMoreThan(db, ROOT_UNIT.code);
}

/** Units, departments, procedures offered and officers of the demo city. */
export async function writeDemoCity(db: Database, city: DemoCity, password: string): Promise<void> {
  const codes = city.units.map((unit) => unit.code);
  const existing = await firstExistingUnit(db, codes);
  if (existing !== undefined) throw new DemoAlreadyLoadedError(existing);
  const passwordHash = await hashPassword(password);
  const procedureCodes = [...new Set(allProcedures().filter((p) => p.effectiveTo === undefined).map((p) => p.code))];
  await db.transaction(async (tx) => {
    // Its accounts share a public password: the server refuses to put it on a network (app/instance.ts).
    await markDemoDatabase(tx);
    await insertDemoCity(tx, { ...ROOT_UNIT }, {
      units: city.units.map((unit) => ({
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parentCode: city.code,
        settings: {
          placeName: unit.place,
          documentHeader: { governingBody: `ỦY BAN NHÂN DÂN ${unit.placeName.toUpperCase()}`, issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG' },
        },
      })),
      departments: city.units.flatMap((unit) => unit.departments.map((d) => ({ unitCode: unit.code, code: d.code, name: d.name, kind: d.kind }))),
      unitProcedures: city.units.flatMap((unit) => procedureCodes.map((procedureCode) => ({ unitCode: unit.code, procedureCode }))),
      users: allOfficers(city).map((o) => ({ id: o.id, username: o.username, fullName: o.fullName, passwordHash, role: o.role, unitCode: o.unitCode, departmentCode: o.departmentCode })),
    });
  });
}

/** The event store's input for one planned dossier (its events as recorded, the fold on the unit's calendar). */
export function historyOf(dossier: PlannedDossier, calendar: WorkingCalendar): NewDossierHistory<DossierState> {
  return { dossierCode: dossier.code, unitCode: dossier.unitCode, events: dossier.events.map((event) => toNewEvent(event)), fold: makeFold(dossier.code, calendar) };
}

/** The `files` rows of a planned dossier: one per file_attached event, with that event's file. */
export function attachmentsOf(dossier: PlannedDossier): GeneratedAttachment[] {
  const bySha = new Map(dossier.files.map((file) => [file.sha256, file]));
  return dossier.events.flatMap((event) => {
    if (event.type !== 'file_attached') return [];
    const file = bySha.get(event.fileId);
    if (!file) throw new Error(`demo dossier ${dossier.code}: no file planned for ${event.fileId}`);
    return [{ dossierCode: dossier.code, kind: event.kind, componentCode: event.componentCode, file, uploadedBy: event.actor.id, uploadedAt: event.at }];
  });
}

/** Writes the dossiers of a plan (the city must be written already), and the files of their attachments when given a file store. */
export async function writeDemoDossiers(db: Database, plan: DemoPlan, options: WriteDemoOptions = {}): Promise<Omit<DemoSummary, 'seconds' | 'dossiersPerSecond'>> {
  const batchSize = options.batchSize ?? 500;
  const total = [...plan.volumes.values()].reduce((a, b) => a + b, 0);
  const byStatus: Record<string, number> = {};
  const byUnit: Record<string, number> = {};
  const counters = new Map<string, { unitCode: string; day: string; lastValue: number }>();
  let written = 0;
  let events = 0;
  let batch: PlannedDossier[] = [];
  const { fileStore } = options;
  // Distinct files stored so far (a few hundred for any demo: attachments.ts).
  const storedFiles = new Set<string>();
  // One batch in flight while the next is planned: PostgreSQL works while this process decides.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const histories = batch.map((d) => historyOf(d, plan.calendarFor(d.unitCode)));
    const attachments = fileStore ? batch.flatMap(attachmentsOf) : [];
    batch = [];
    // Bytes first (as an upload; while the previous batch is written), then the events and
    // their files rows in one transaction.
    const storing = fileStore ? storeGeneratedFiles(fileStore, attachments.map((a) => a.file), storedFiles) : Promise.resolve();
    storing.catch(() => undefined);
    await inFlight;
    await storing;
    inFlight = db.transaction(async (tx) => {
      const result = await appendNewDossiersInTransaction(tx, histories);
      await recordGeneratedAttachments(tx, attachments);
      return result;
    }).then((result) => {
      events += result.events;
      written += histories.length;
      options.onProgress?.(written, total);
    });
    // Surface a failure at the next await, never as an unhandled rejection.
    inFlight.catch(() => undefined);
  };
  for (const dossier of plan.dossiers()) {
    batch.push(dossier);
    options.onDossier?.(dossier);
    byStatus[dossier.state.status] = (byStatus[dossier.state.status] ?? 0) + 1;
    byUnit[dossier.unitCode] = (byUnit[dossier.unitCode] ?? 0) + 1;
    const key = `${dossier.unitCode}|${dossier.codeDay}`;
    const counter = counters.get(key);
    if (!counter || counter.lastValue < dossier.codeSequence) {
      counters.set(key, { unitCode: dossier.unitCode, day: sqlDateFromDayNumber(dossier.codeDay), lastValue: dossier.codeSequence });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await inFlight;
  await raiseCodeCounters(db, [...counters.values()]);
  options.onProgress?.(written, written);
  const { options: o } = plan;
  return { seed: o.seed, units: o.units, from: sqlDateFromDayNumber(o.from), to: sqlDateFromDayNumber(o.to), dossiers: written, events, byStatus, byUnit };
}

/**
 * The whole demo: the city, then a plan on the units' real calendars (national schedule,
 * the administrator's overrides, the unit's hours), then its dossiers. Returns a summary.
 */
export async function generateDemo(db: Database, options: DemoOptions, writeOptions: GenerateDemoOptions): Promise<{ plan: DemoPlan; summary: DemoSummary }> {
  const started = performance.now();
  const city = planCity(options.seed, options.units);
  await writeDemoCity(db, city, writeOptions.password ?? DEFAULT_DEMO_PASSWORD);
  const service = new CalendarService(db);
  const calendars = new Map<string, WorkingCalendar>();
  for (const unit of city.units) calendars.set(unit.code, (await service.forUnit(unit.code)).calendar);
  const plan = planDemo({ ...options, calendarFor: (code) => calendars.get(code)! });
  const visits: DossierState[] = [];
  const written = await writeDemoDossiers(db, plan, { ...writeOptions, onDossier: (d) => d.state.channel === 'in_person' && visits.push(d.state) });
  await writeDemoQueue(db, visits, city, options.now, options.seed); // issue 18: a month of tickets and ratings
  await writeDemoPakn(db, city, options.now, (code) => calendars.get(code)!, options.seed); // issue 19
  const seconds = (performance.now() - started) / 1000;
  return { plan, summary: { ...written, seconds, dossiersPerSecond: written.dossiers / Math.max(seconds, 1e-9) } };
}
