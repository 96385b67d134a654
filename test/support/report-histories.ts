/**
 * Varied dossier histories for the report tests: every path of the lifecycle (refused at the
 * desk, in progress, paused for a supplement or a financial obligation, stopped, withdrawn,
 * resolved early / on time / late), several fields, departments, officers and units, carried
 * over across periods. Each event is admitted by decide() (a refused event ends the history
 * there), so the histories are ones the application itself could have written.
 */
import type { NewDossierHistory } from '../../src/platform/events/event-rows.ts';
import { seededRandom } from '../../bench/harness.ts';
import { makeFold, toNewEvent } from '../../src/platform/events/dossier-fold.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY, type LocalMinute } from '../../src/domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { formatDossierCode } from '../../src/domain/dossier/code.ts';
import { decide } from '../../src/domain/dossier/decide.ts';
import type { DossierEvent } from '../../src/domain/dossier/events.ts';
import { buildProcedureSnapshot, HistoryBuilder } from './dossier-builders.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';

const PROCEDURES = [
  buildProcedureSnapshot({ code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimit: { kind: 'working-days', days: 3 } }),
  buildProcedureSnapshot({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { kind: 'working-days', days: 1 } }),
  buildProcedureSnapshot({ code: '2.000815', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimit: { kind: 'working-days', days: 2 }, resultRequired: false }),
  buildProcedureSnapshot({ code: '1.012345', name: 'Đăng ký biến động quyền sử dụng đất', field: 'Đất đai', timeLimit: { kind: 'working-days', days: 10 }, financialObligationPauses: true }),
];
const DEPARTMENTS = ['tu-phap', 'dia-chinh', 'van-hoa'];
const OFFICERS = ['can-bo-a', 'can-bo-b', 'can-bo-c'];

export interface GeneratedHistory {
  code: string;
  unitCode: string;
  events: DossierEvent[];
}

/** Keeps the longest prefix of `events` that decide() admits. */
function admittedPrefix(code: string, events: readonly DossierEvent[], calendar: WorkingCalendar): DossierEvent[] {
  const kept: DossierEvent[] = [];
  for (const event of events) {
    if (!decide(code, kept, event, { calendar }).ok) break;
    kept.push(event);
  }
  return kept;
}

/**
 * `count` histories per unit, received on working days between `fromDay` and `toDay`
 * (YYYY-MM-DD), with actions spread over the following weeks.
 */
export function generateHistories(units: readonly string[], count: number, range: { from: string; to: string }, calendar: WorkingCalendar, seed = 1): GeneratedHistory[] {
  const rnd = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const [fy, fm, fd] = range.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = range.to.split('-').map(Number) as [number, number, number];
  const firstDay = dayNumberFromYmd(fy, fm, fd);
  const span = dayNumberFromYmd(ty, tm, td) - firstDay + 1;
  const sequences = new Map<string, number>();
  const histories: GeneratedHistory[] = [];

  for (const unitCode of units) {
    for (let i = 0; i < count; i += 1) {
      let day = firstDay + Math.floor(rnd() * span);
      while (!calendar.isWorkingDay(day)) day += 1;
      const key = `${unitCode}/${day}`;
      const sequence = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, sequence);
      const code = formatDossierCode(unitCode, day, sequence);
      const received = day * MINUTES_PER_DAY + 7 * 60 + 30 + Math.floor(rnd() * 8 * 60);
      /** `offsetDays` working days (of 8 hours) after a moment just after receipt. */
      const at = (offsetDays: number): LocalMinute => calendar.addWorkingMinutes(received + 30, Math.round(offsetDays * 8 * 60));
      const history = new HistoryBuilder(unitCode, pick(PROCEDURES));
      const channel = pick(['online', 'online', 'in_person', 'post'] as const);
      const fee = rnd() < 0.5 ? pick([10_000, 20_000, 50_000]) : 0;
      if (rnd() < 0.05) {
        history.refuseAtReception(received);
        histories.push({ code, unitCode, events: admittedPrefix(code, history.build(), calendar) });
        continue;
      }
      if (channel === 'online') history.submitOnline(received - 45).receive(received, { feeAmount: fee });
      else history.receive(received, { channel, feeAmount: fee });
      if (fee > 0 && rnd() < 0.8) history.payFee(received + 10 + Math.floor(rnd() * 3 * MINUTES_PER_DAY), fee, rnd() < 0.5);
      if (rnd() < 0.85) history.attach(received + 5, 'component');
      if (rnd() < 0.3) history.attach(received + 6, 'reused');
      history.forward(received + 20, pick(DEPARTMENTS));
      let t: LocalMinute;
      const path = rnd();
      if (path < 0.15) {
        // Supplement requested, maybe received, maybe twice.
        t = at(rnd() * 3);
        history.requestSupplement(Math.max(t, received + 40));
        if (rnd() < 0.6) {
          t = at(2 + rnd() * 10);
          history.supplementReceived(t);
          if (rnd() < 0.3) history.requestSupplement(t + 60);
          else if (rnd() < 0.7) finish(history, at(4 + rnd() * 20), rnd);
        }
      } else if (path < 0.25) {
        history.requestFinancialObligation(at(rnd() * 4));
        if (rnd() < 0.6) {
          history.financialObligationPaid(at(5 + rnd() * 8));
          if (rnd() < 0.7) finish(history, at(10 + rnd() * 20), rnd);
        }
      } else if (path < 0.3) {
        history.stop(at(rnd() * 15), rnd() < 0.5);
      } else if (path < 0.35) {
        history.withdraw(at(rnd() * 15));
      } else if (path < 0.9) {
        finish(history, at(rnd() * 25), rnd);
      }
      // else: still in progress
      const officer = pick(OFFICERS);
      const events = history.build().map((event) => (event.type === 'received' ? { ...event, actor: { ...event.actor, id: officer } } : event));
      histories.push({ code, unitCode, events: admittedPrefix(code, events, calendar) });
    }
  }
  return histories;
}

function finish(history: HistoryBuilder, at: LocalMinute, rnd: () => number): void {
  const electronic = rnd() < 0.8;
  if (electronic) history.attach(at - 5, 'result');
  history.ready(at, electronic);
  if (rnd() < 0.7) history.returnResult(at + 60 + Math.floor(rnd() * 3 * MINUTES_PER_DAY), pick3(rnd));
}

function pick3(rnd: () => number): 'desk' | 'post' | 'electronic' {
  const r = rnd();
  return r < 0.6 ? 'desk' : r < 0.8 ? 'post' : 'electronic';
}

/** The histories as batch input of the event store, folded with the real fold on `calendar`. */
export function storeInput(histories: readonly GeneratedHistory[], calendar: WorkingCalendar): NewDossierHistory<DossierState>[] {
  return histories
    .filter((history) => history.events.length > 0)
    .map((history) => ({ dossierCode: history.code, unitCode: history.unitCode, events: history.events.map((event) => toNewEvent(event)), fold: makeFold(history.code, calendar) }));
}
