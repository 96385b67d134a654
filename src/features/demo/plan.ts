/**
 * planDemo: the whole demo data set as plain data, without I/O. The city (units, departments,
 * officers), then for every unit its dossiers: intakes spread over the working days of the
 * span, coded `{unit}-{yyMMdd}-{seq}` in order of arrival, each history decided event by event
 * (history.ts). Every unit draws from its own seeded stream, so a unit's dossiers do not
 * change when another unit is added, and the same seed gives the same data.
 */
import { atMinute, dayOf, type DayNumber, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../domain/calendar/year-schedule.ts';
import { allProcedures, findProcedure } from '../../domain/catalog/catalog.ts';
import type { Procedure } from '../../domain/catalog/schema.ts';
import { formatDossierCode } from '../../domain/dossier/code.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import type { Channel, DossierState } from '../../domain/dossier/state.ts';
import { planCity, type DemoCity, type DemoUnit } from './city.ts';
import { planHistory, type DossierIntake, type Fate } from './history.ts';
import type { GeneratedFile } from '../files/store-generated-files.ts';
import { DEFAULT_PROCEDURE_WEIGHT, PROCEDURE_WEIGHTS, resolveMix, type DemoMix } from './mix.ts';
import { cumulativeWeights, Random, seedFrom } from './random.ts';

export interface DemoOptions {
  /** Same seed → same data. */
  seed: number;
  /** Number of communes and wards (1–24), the seeds' first. */
  units: number;
  /** First and last day of receptions (inclusive). `to` is clipped to the day of `now`. */
  from: DayNumber;
  to: DayNumber;
  /** "Now" of the data set: no event is later; dossiers not finished by then stay in progress. */
  now: LocalMinute;
  /**
   * Total number of dossiers. Default: each unit's quarterly volume (a ward ≈ 4.500 a quarter)
   * prorated over the working days of the span.
   */
  dossiers?: number;
  mix?: Partial<DemoMix>;
  /** The working calendar of a unit; default the national schedule with default hours. */
  calendarFor?: (unitCode: string) => WorkingCalendar;
}

export interface PlannedDossier {
  code: string;
  unitCode: string;
  /** Local day and daily sequence number of the code (for the code counters). */
  codeDay: DayNumber;
  codeSequence: number;
  events: DossierEvent[];
  state: DossierState;
  fate: Fate;
  /** The placeholder file of each `file_attached` event (history.ts, attachments.ts). */
  files: GeneratedFile[];
}

export interface DemoPlan {
  options: Required<Omit<DemoOptions, 'dossiers' | 'mix' | 'calendarFor'>> & { dossiers: number };
  mix: DemoMix;
  city: DemoCity;
  /** Dossiers per unit code. */
  volumes: Map<string, number>;
  calendarFor(unitCode: string): WorkingCalendar;
  /** The dossiers of every unit, unit after unit, in order of arrival; computed lazily. */
  dossiers(): Generator<PlannedDossier>;
}

/** Working days in a quarter, the base of the quarterly volumes. */
const WORKING_DAYS_PER_QUARTER = 62;

export function planDemo(options: DemoOptions): DemoPlan {
  const mix = resolveMix(options.mix);
  const city = planCity(options.seed, options.units);
  const to = Math.min(options.to, dayOf(options.now));
  if (!(Number.isInteger(options.from) && to >= options.from)) throw new RangeError('Khoảng thời gian sinh dữ liệu không hợp lệ: ngày bắt đầu phải trước ngày kết thúc và trước hiện tại.');
  const sharedCalendar = new WorkingCalendar({ schedule: yearSchedule });
  const calendarFor = options.calendarFor ?? (() => sharedCalendar);

  const workingDays = (unitCode: string): DayNumber[] => {
    const calendar = calendarFor(unitCode);
    const days: DayNumber[] = [];
    for (let day = options.from; day <= to; day++) if (calendar.isWorkingDay(day)) days.push(day);
    return days;
  };
  const natural = city.units.map((unit) => (unit.quarterlyVolume * workingDays(unit.code).length) / WORKING_DAYS_PER_QUARTER);
  const naturalTotal = natural.reduce((a, b) => a + b, 0);
  const wanted = options.dossiers ?? Math.round(naturalTotal);
  if (!Number.isInteger(wanted) || wanted < 0) throw new RangeError('Số hồ sơ phải là số nguyên không âm.');
  const volumes = new Map<string, number>();
  let assigned = 0;
  city.units.forEach((unit, index) => {
    const share = index === city.units.length - 1 ? wanted - assigned : Math.round((wanted * natural[index]!) / (naturalTotal || 1));
    volumes.set(unit.code, share);
    assigned += share;
  });

  return {
    options: { seed: options.seed, units: options.units, from: options.from, to, now: options.now, dossiers: wanted },
    mix,
    city,
    volumes,
    calendarFor,
    *dossiers() {
      for (const unit of city.units) {
        yield* planUnitDossiers(unit, volumes.get(unit.code) ?? 0, workingDays(unit.code), {
          seed: options.seed,
          now: options.now,
          mix,
          calendar: calendarFor(unit.code),
        });
      }
    },
  };
}

interface ProcedureChoice {
  procedure: Procedure;
  onlineCapable: boolean;
}

/** Procedures in force on a day with their cumulative weights (cached per catalog state). */
function procedureTable(day: DayNumber, cache: Map<string, { choices: ProcedureChoice[]; cumulative: number[]; onlineShare: number }>) {
  const inForce = allProcedures().flatMap((p) => {
    const current = findProcedure(p.code, day);
    return current && current.versionId === p.versionId ? [current] : [];
  });
  const key = inForce.map((p) => p.versionId).join('|');
  let table = cache.get(key);
  if (!table) {
    const choices = inForce.map((procedure) => ({ procedure, onlineCapable: procedure.onlineLevel !== 'truc-tiep' }));
    const weights = choices.map((c) => PROCEDURE_WEIGHTS[c.procedure.code] ?? DEFAULT_PROCEDURE_WEIGHT);
    const total = weights.reduce((a, b) => a + b, 0);
    const onlineShare = choices.reduce((sum, c, i) => sum + (c.onlineCapable ? weights[i]! : 0), 0) / total;
    table = { choices, cumulative: cumulativeWeights(weights), onlineShare };
    cache.set(key, table);
  }
  return table;
}

function* planUnitDossiers(
  unit: DemoUnit,
  count: number,
  days: readonly DayNumber[],
  ctx: { seed: number; now: LocalMinute; mix: DemoMix; calendar: WorkingCalendar },
): Generator<PlannedDossier> {
  if (count === 0 || days.length === 0) return;
  const { calendar, mix, now } = ctx;
  const random = new Random(seedFrom(ctx.seed, unit.code));
  const tables = new Map<string, { choices: ProcedureChoice[]; cumulative: number[]; onlineShare: number }>();
  const tableByDay = new Map<DayNumber, ReturnType<typeof procedureTable>>();

  // 1. Intakes: a working day and minute for each, a procedure in force that day, a channel.
  const intakes: Array<Omit<DossierIntake, 'code'>> = [];
  for (let i = 0; i < count; i++) {
    const day = days[Math.floor(random.next() * days.length)]!;
    let table = tableByDay.get(day);
    if (!table) tableByDay.set(day, (table = procedureTable(day, tables)));
    const choice = table.choices[random.weightedIndex(table.cumulative)]!;
    const receiveAt = calendar.addWorkingMinutes(calendar.startOfDay(day), random.int(0, workingMinutesOfDay(calendar, day) - 1));
    const onlineProbability = Math.min(1, mix.online / (table.onlineShare || 1));
    const channel: Channel = choice.onlineCapable && random.chance(onlineProbability) ? 'online' : random.chance(mix.post) ? 'post' : 'in_person';
    // Online submissions arrive at any hour, up to two days before the counter takes them in.
    const firstAt = channel === 'online' ? receiveAt - random.int(5, 2 * 1440) : receiveAt;
    if (firstAt > now) continue;
    intakes.push({ unit, procedure: choice.procedure, channel, firstAt, receiveAt });
  }
  intakes.sort((a, b) => a.firstAt - b.firstAt);

  // 2. Codes in order of arrival, then each history decided event by event.
  let codeDay = -1;
  let sequence = 0;
  for (const intake of intakes) {
    const day = dayOf(intake.firstAt);
    if (day !== codeDay) {
      codeDay = day;
      sequence = 0;
    }
    sequence += 1;
    const code = formatDossierCode(unit.code, day, sequence);
    const history = planHistory({ ...intake, code }, { calendar, now, mix, random });
    yield { code, unitCode: unit.code, codeDay: day, codeSequence: sequence, ...history };
  }
}

function workingMinutesOfDay(calendar: WorkingCalendar, day: DayNumber): number {
  return Math.max(1, calendar.workingMinutesBetween(calendar.startOfDay(day), atMinute(day, 24 * 60 - 1)));
}
