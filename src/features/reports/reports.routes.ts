/**
 * Periodic reports and the QĐ 766 self-assessment (docs/reports.md describes every member):
 *
 *   GET  /api/reports?unit=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD[&asOf=…][&round=true]   the whole report (JSON)
 *   GET  /api/reports/form-ii06a?unit&from&to[&groupBy=field|unit]                    Biểu II.06a
 *   GET  /api/reports/service-index?unit&from&to                                      QĐ 766 self-assessment
 *   GET  /api/reports/docx?unit&from&to[&number][&date]                              DOCX with the default text
 *   POST /api/reports/docx  { unit, from, to, …, sections: { <id>: [paragraphs] } }  DOCX with edited text
 *   GET  /api/reports/xlsx?unit&from&to                                               the tables (XLSX)
 *
 * A city code as `unit` gives the city report (every ward and commune, with a ranking).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import type { Report } from '../../domain/report/report.ts';
import { SECTION_IDS } from '../../domain/report/narrative.ts';
import { readReport } from './read-report.ts';
import { reportJson } from '../../domain/report/report-json.ts';
import { dayOf, parseIsoDate } from '../../domain/calendar/local-time.ts';
import type { ReportDocxOptions } from '../../documents/reports/report-docx.ts';
import { renderOffThread } from './render-off-thread.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, localTimeSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import { reportFileName } from '../../domain/format/slug.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const isoDay = (name: string) =>
  z
    .string({ error: `thiếu ngày ${name} (dạng YYYY-MM-DD)` })
    .trim()
    .refine((v) => parseIsoDate(v) !== undefined, { error: `ngày ${name} phải có dạng YYYY-MM-DD, ví dụ 2026-03-31` })
    .transform((v) => parseIsoDate(v)!);

const reportQuery = {
  unit: z.string({ error: 'thiếu mã đơn vị (unit)' }).trim().min(1).max(100),
  from: isoDay('đầu kỳ (from)'),
  to: isoDay('cuối kỳ (to)'),
  asOf: localTimeSchema.optional().describe('thời điểm lấy số liệu, mặc định bây giờ'),
  round: z.enum(['true', 'false'], { error: 'round phải là true hoặc false' }).optional().describe('true: làm tròn tỷ lệ; mặc định cắt bớt'),
};

// ─── Response schemas (OpenAPI) ──────────────────────────────────────────────

const ratioSchema = z.object({ numerator: z.number(), denominator: z.number(), basisPoints: z.number().nullable() });
const figuresSchema = z.object({
  received: z.object({ total: z.number(), online: z.number(), inPerson: z.number(), post: z.number(), carriedOver: z.number() }),
  resolved: z.object({ total: z.number(), early: z.number(), onTime: z.number(), overdue: z.number() }),
  inProgress: z.object({ total: z.number(), withinDeadline: z.number(), overdue: z.number() }),
  refused: z.number(),
  withdrawn: z.number(),
  refusedAtReception: z.number(),
  supplementRequested: z.number(),
  withFee: z.number(),
  paidOnline: z.number(),
  feesCollected: z.number(),
  feesCollectedOnline: z.number(),
  withResultFile: z.number(),
  digitized: z.number(),
  reused: z.number(),
  resultRequired: z.number(),
  electronicResult: z.number(),
  rates: z.object({
    online: ratioSchema,
    onlinePayment: ratioSchema,
    digitization: ratioSchema,
    reuse: ratioSchema,
    electronicResult: ratioSchema,
    early: ratioSchema,
    onTime: ratioSchema,
    refused: ratioSchema,
    withdrawn: ratioSchema,
    supplementRequested: ratioSchema,
  }),
});
const formCountsSchema = z.object({
  received: z.number(),
  receivedOnline: z.number(),
  receivedInPersonOrPost: z.number(),
  carriedOver: z.number(),
  resolved: z.number(),
  resolvedEarly: z.number(),
  resolvedOnTime: z.number(),
  resolvedOverdue: z.number(),
  inProgress: z.number(),
  inProgressWithinDeadline: z.number(),
  inProgressOverdue: z.number(),
});
const formSchema = z.object({
  groupBy: z.enum(['field', 'unit']),
  rows: z.array(z.object({ order: z.number(), key: z.string(), name: z.string(), counts: formCountsSchema })),
  total: formCountsSchema,
});
const subIndicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  group: z.number(),
  computable: z.boolean(),
  maxPoints: z.number().nullable(),
  rate: ratioSchema.optional(),
  targetPercent: z.number().nullable().optional(),
  pointsHundredths: z.number().nullable().optional(),
  dossiersCostingPoints: z.array(z.string()).optional(),
  pakn: z.array(z.string()).optional(),
  reason: z.string().optional(),
  note: z.string().optional(),
});
const serviceIndexSchema = z.object({
  unitCode: z.string().optional(),
  groups: z.array(z.object({ id: z.number(), name: z.string(), maxPoints: z.number(), subIndicators: z.array(subIndicatorSchema), pointsHundredths: z.number(), scoredMaxPoints: z.number() })),
  pointsHundredths: z.number(),
  scoredMaxPoints: z.number(),
  maxPoints: z.number(),
});
const groupFiguresSchema = z.array(z.object({ key: z.string(), name: z.string(), figures: figuresSchema }));
const unitSchema = z.object({ code: z.string(), name: z.string(), kind: z.string() });
// Issue 18: the queue and satisfaction section.
const minuteStatsSchema = z.object({ count: z.number(), median: z.number().nullable(), p90: z.number().nullable() });
const queueFiguresSchema = z.object({ tickets: z.number(), served: z.number(), withDossier: z.number(), guidanceOnly: z.number(), noShow: z.number(), cancelled: z.number(), open: z.number(), waitMinutes: minuteStatsSchema, serviceMinutes: minuteStatsSchema });
const sentimentCountsSchema = z.object({ satisfied: z.number(), neutral: z.number(), dissatisfied: z.number(), answers: z.number() });
const ratingFiguresSchema = z.object({ ratings: z.number(), satisfied: z.number(), neutral: z.number(), dissatisfied: z.number(), satisfiedRate: ratioSchema, dissatisfiedRate: ratioSchema, byQuestion: z.record(z.string(), sentimentCountsSchema) });
const shareSchema = z.object({ ratio: ratioSchema, dossiers: z.array(z.string()) });
const queueReportSchema = {
  queue: z.object({ tickets: z.number(), served: z.number(), noShow: z.number(), waitMinutes: z.object({ median: z.number().nullable(), p90: z.number().nullable() }) }).optional(),
  satisfaction: z.object({ ratings: z.number(), satisfied: z.number(), dissatisfied: z.number() }).optional(),
  queueSection: z
    .object({
      queueFigures: z.object({ total: queueFiguresSchema, byHour: z.record(z.string(), queueFiguresSchema), byServiceGroup: z.record(z.string(), queueFiguresSchema), byCounter: z.record(z.string(), queueFiguresSchema), byOfficer: z.record(z.string(), queueFiguresSchema) }),
      ratingFigures: z.object({ total: ratingFiguresSchema, byOfficer: z.record(z.string(), ratingFiguresSchema), byDepartment: z.record(z.string(), ratingFiguresSchema), byUnit: z.record(z.string(), ratingFiguresSchema) }),
      satisfactionIndex: subIndicatorSchema.extend({ overdue: shareSchema, complained: shareSchema.extend({ withPakn: z.array(z.string()), withDissatisfiedRating: z.array(z.string()) }) }),
    })
    .optional(),
};
const reportSchema = z.object({
  kind: z.enum(['unit', 'city']),
  unit: unitSchema,
  units: z.array(unitSchema),
  period: z.object({ from: z.string(), to: z.string(), name: z.string(), label: z.string(), convention: z.enum(['calendar', 'cutoff-15']) }),
  asOf: z.string(),
  percentMode: z.enum(['truncate', 'round']),
  total: figuresSchema,
  byField: z.record(z.string(), figuresSchema),
  formII06a: z.object({ byField: formSchema, byUnit: formSchema.optional() }),
  byProcedure: groupFiguresSchema,
  byDepartment: groupFiguresSchema,
  byOfficer: groupFiguresSchema,
  byUnit: groupFiguresSchema.optional(),
  overdue: z.array(
    z.object({
      field: z.string(),
      count: z.number(),
      dossiers: z.array(
        z.object({
          code: z.string(),
          procedureName: z.string(),
          applicantName: z.string(),
          kind: z.enum(['ended', 'inProgress']),
          status: z.string(),
          receivedAt: z.string(),
          legalDueAt: z.string(),
          endedAt: z.string().optional(),
          step: z.object({ code: z.string(), name: z.string(), department: z.string().optional(), dueAt: z.string() }).optional(),
          cause: z.string(),
        }),
      ),
    }),
  ),
  feedback: z.object({ available: z.boolean(), text: z.string() }),
  pakn: z.object({ received: z.object({ total: z.number(), carriedOver: z.number() }), resolved: z.object({ total: z.number(), onTime: z.number(), overdue: z.number() }), inProgress: z.object({ total: z.number(), overdue: z.number() }), published: z.number() }).optional(),
  serviceIndex: serviceIndexSchema,
  ranking: z
    .array(
      z.object({
        rank: z.number(),
        unitCode: z.string(),
        name: z.string(),
        received: z.number(),
        resolved: z.number(),
        onTimeBasisPoints: z.number().nullable(),
        onlineBasisPoints: z.number().nullable(),
        servicePointsHundredths: z.number(),
        serviceScoredMaxPoints: z.number(),
        serviceBasisPoints: z.number().nullable(),
      }),
    )
    .optional(),
  sections: z.array(z.object({ id: z.enum(SECTION_IDS), heading: z.string(), part: z.string().optional(), paragraphs: z.array(z.string()), edited: z.boolean() })),
  ...queueReportSchema,
});

const sectionsInput = z
  .partialRecord(z.enum(SECTION_IDS, { error: `mục phải là một trong ${SECTION_IDS.join(', ')}` }), z.array(z.string().max(5000)).max(50))
  .optional()
  .describe('đoạn văn thay cho đoạn mặc định, theo mã mục');

/** `bao-cao-quy-iv-2026-phuong-gia-vien.docx`: the period and the place, as people name the file (issue 15). */
function fileName(report: Report, extension: string): string {
  return reportFileName(report.period.name, report.unit.name, extension);
}

function sendFile(reply: FastifyReply, body: Buffer, contentType: string, name: string): FastifyReply {
  return reply.header('content-type', contentType).header('content-disposition', contentDisposition('attachment', name)).header('cache-control', 'no-store').send(body);
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerReportRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/reports',
    {
      schema: {
        tags: ['Báo cáo'],
        summary: 'Báo cáo định kỳ của một đơn vị hoặc cả thành phố (JSON): số liệu, Biểu II.06a, theo thủ tục/phòng ban/cán bộ, hồ sơ quá hạn, chỉ số QĐ 766, đoạn văn mặc định',
        querystring: z.object(reportQuery),
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) => reportJson(await readReport(ctx, currentUser(request), request.query)),
  );

  app.get(
    '/reports/form-ii06a',
    {
      schema: {
        tags: ['Báo cáo'],
        summary: 'Biểu số II.06a/VPCP/KSTT theo lĩnh vực hoặc (báo cáo thành phố) theo đơn vị',
        querystring: z.object({ ...reportQuery, groupBy: z.enum(['field', 'unit'], { error: 'groupBy phải là field hoặc unit' }).default('field') }),
        response: { 200: formSchema, ...errors },
      },
    },
    async (request) => {
      const report = await readReport(ctx, currentUser(request), request.query);
      const form = request.query.groupBy === 'unit' ? report.formII06a.byUnit : report.formII06a.byField;
      if (form === undefined) throw badRequest('Biểu II.06a theo đơn vị chỉ có ở báo cáo cấp thành phố: hãy dùng mã thành phố, hoặc groupBy=field.', 'groupBy');
      const { period: _period, ...rest } = form;
      return rest;
    },
  );

  app.get(
    '/reports/service-index',
    {
      schema: {
        tags: ['Báo cáo'],
        summary: 'Tự đánh giá Bộ chỉ số phục vụ (QĐ 766/QĐ-TTg): mục tiêu, điểm, hồ sơ làm mất điểm; chỉ tiêu không tính được kèm lý do',
        querystring: z.object(reportQuery),
        response: { 200: serviceIndexSchema, ...errors },
      },
    },
    async (request) => {
      const { period: _period, ...index } = (await readReport(ctx, currentUser(request), request.query)).serviceIndex;
      return index;
    },
  );

  app.get(
    '/reports/docx',
    {
      config: { expensive: 'document' },
      schema: {
        tags: ['Báo cáo'],
        summary: 'Báo cáo định kỳ dạng Word (Nghị định 30/2020) với đoạn văn mặc định',
        querystring: z.object({ ...reportQuery, number: z.string().trim().max(60).optional().describe('số, ký hiệu, ví dụ 12/BC-TTPVHCC'), date: isoDay('ký (date)').optional() }),
        response: errors,
      },
    },
    async (request, reply) => {
      const report = await readReport(ctx, currentUser(request), request.query);
      const options: ReportDocxOptions = { date: request.query.date ?? dayOf(ctx.now()) };
      if (request.query.number) options.number = request.query.number;
      return sendFile(reply, await renderOffThread({ kind: 'report-docx', report, options }), DOCX_TYPE, fileName(report, 'docx'));
    },
  );

  app.post(
    '/reports/docx',
    {
      config: { expensive: 'document' },
      schema: {
        tags: ['Báo cáo'],
        summary: 'Báo cáo định kỳ dạng Word với đoạn văn đã sửa (theo mã mục), số ký hiệu, người ký, nơi nhận',
        body: z.object({
          unit: reportQuery.unit,
          from: reportQuery.from,
          to: reportQuery.to,
          asOf: reportQuery.asOf,
          round: z.boolean().optional(),
          number: z.string().trim().max(60).optional(),
          date: isoDay('ký (date)').optional(),
          sections: sectionsInput,
          signature: z.object({ titleLines: z.array(z.string().trim().min(1).max(120)).min(1).max(4), name: z.string().trim().max(120).optional() }).optional(),
          recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(30).optional(),
        }),
        response: errors,
      },
    },
    async (request, reply) => {
      const body = request.body;
      const report = await readReport(ctx, currentUser(request), { ...body, round: body.round ? 'true' : 'false' });
      const options: ReportDocxOptions = { date: body.date ?? dayOf(ctx.now()) };
      if (body.number) options.number = body.number;
      if (body.sections) options.sections = body.sections;
      if (body.signature) options.signature = body.signature.name === undefined ? { titleLines: body.signature.titleLines } : { titleLines: body.signature.titleLines, name: body.signature.name };
      if (body.recipients) options.recipients = body.recipients;
      return sendFile(reply, await renderOffThread({ kind: 'report-docx', report, options }), DOCX_TYPE, fileName(report, 'docx'));
    },
  );

  app.get(
    '/reports/xlsx',
    {
      config: { expensive: 'document' },
      schema: { tags: ['Báo cáo'], summary: 'Các bảng số liệu của báo cáo định kỳ dạng Excel', querystring: z.object(reportQuery), response: errors },
    },
    async (request, reply) => {
      const report = await readReport(ctx, currentUser(request), request.query);
      return sendFile(reply, await renderOffThread({ kind: 'report-xlsx', report }), XLSX_TYPE, fileName(report, 'xlsx'));
    },
  );
}
