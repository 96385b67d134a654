/**
 * The report as JSON (CLI --json and GET /api/reports): the Report of build-report.ts with the
 * narrative sections (default paragraphs) added, without the unit settings and the day-number
 * periods of the inner forms (the report's `period` gives the dates).
 * Its `total` and each `byField` member hold the CLI contract's figures (docs/reports.md).
 */
import type { FormII06a } from '../kpi/form-ii06a.ts';
import { paknReportJson, type PaknReportJson } from '../pakn/report.ts';
import type { Report } from './report.ts';
import { buildNarrative, type ReportSection, type SectionOverrides } from './narrative.ts';

export type FormJson = Omit<FormII06a, 'period'>;

export type ReportJson = Omit<Report, 'formII06a' | 'serviceIndex' | 'settings' | 'pakn'> & {
  /** Issue 19: exactly {received: {total, carriedOver}, resolved: {total, onTime, overdue}, inProgress: {total, overdue}, published}. */
  pakn?: PaknReportJson;
  formII06a: { byField: FormJson; byUnit?: FormJson };
  serviceIndex: Omit<Report['serviceIndex'], 'period'>;
  sections: ReportSection[];
};

function formJson(form: FormII06a): FormJson {
  const { period: _period, ...rest } = form;
  return rest;
}

export function reportJson(report: Report, overrides: SectionOverrides = {}): ReportJson {
  const { period: _period, ...serviceIndex } = report.serviceIndex;
  const { settings: _settings, pakn, ...rest } = report;
  const json: ReportJson = { ...rest, formII06a: { byField: formJson(report.formII06a.byField) }, serviceIndex, sections: buildNarrative(report, overrides) };
  if (pakn) json.pakn = paknReportJson(pakn);
  if (report.formII06a.byUnit) json.formII06a.byUnit = formJson(report.formII06a.byUnit);
  return json;
}
