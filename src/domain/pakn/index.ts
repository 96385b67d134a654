/** The PAKN core (docs/pakn.md): what the store, routes, import, documents, reports and web call. */
export { formatPaknCode, isPaknCode, paknCodePrefix, parsePaknCode, PAKN_CODE_PREFIX, type ParsedPaknCode } from './code.ts';
export { clockLimitsSchema, concernsSchema, paknEventSchema, senderSchema, type ClockLimits, type Concerns, type PaknEvent, type PaknEventInput, type PaknEventOf, type Sender } from './events.ts';
export { foldPakn, InvalidHistoryError, type PaknFoldContext } from './fold.ts';
export { decidePakn, RESULTS_BY_CLASS, type PaknDecision } from './decide.ts';
export {
  allowedPaknEvents,
  checkPaknTransition,
  CLOSED_STATUSES,
  PAKN_TRANSITIONS,
  TERMINAL_STATUSES,
  type PaknFromState,
  type PaknTarget,
  type PaknTransition,
} from './transitions.ts';
export {
  assessPaknClocks,
  DEFAULT_PAKN_CLOCK_LIMITS,
  dueAtAsOf,
  effectiveClockLimits,
  escalationOf,
  isOverdueAt,
  PAKN_CLOCK_RULES,
  PAKN_ESCALATION_LADDER,
  remindersDue,
  type ClockAssessment,
  type EscalationStep,
  type PaknClockRule,
  type ReminderDue,
} from './clocks.ts';
export { findPersonalData, publicView, type PaknPublicView, type PersonalField } from './public-view.ts';
export {
  classifyPakn,
  computePaknFigures,
  emptyPaknFigureCounts,
  isOnTimeForServiceIndex,
  isPaknOverdueAt,
  paknReportJson,
  withPaknRates,
  type HandledPakn,
  type PaknFigureCounts,
  type PaknFigures,
  type PaknFiguresOptions,
  type PaknFiguresReport,
  type PaknReportJson,
} from './report.ts';
export { computePaknServiceItems, PAKN_ITEM_POINTS, paknByDossier, type PaknItemId, type PaknServiceItem, type PaknServiceItems, type PaknServiceOptions } from './service-index.ts';
export type { PaknClockState, PaknEndKind, PaknState } from './state.ts';
export * from './labels.ts';
