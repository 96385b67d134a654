/** GET /api/overview: the leaders' overview of a unit now (show-overview.ts). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { showOverview } from './show-overview.ts';
import { showCityOverview } from './show-city-overview.ts';
import { showWarnings } from './show-warnings.ts';
import { showQueueOverview } from './show-queue-overview.ts';
import { RISK_REASONS } from '../../domain/supervision/index.ts';
import { showUnitDepartments } from './show-unit-departments.ts';
import { showDepartmentOfficers } from './show-department-officers.ts';
import { showTrend } from './show-trend.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const counts = { inProgress: z.number(), dueToday: z.number(), dueNextWorkingDay: z.number(), overdue: z.number() };
const liveCounts = { ...counts, receivedToday: z.number(), awaitingReturn: z.number(), apologiesOwed: z.number() };
const basisPoints = z.number().nullable();

export function registerOverviewRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/overview',
    {
      schema: {
        tags: ['Tổng quan'],
        summary: 'Tổng quan cho lãnh đạo: tiếp nhận hôm nay, đang xử lý, đến hạn hôm nay và ngày làm việc kế tiếp, quá hạn theo phòng và theo cán bộ',
        querystring: z.object({ unitCode: z.string().trim().max(100).optional() }),
        response: {
          200: z.object({
            unitCode: z.string(),
            today: z.string(),
            nextWorkingDay: z.string(),
            receivedToday: z.number(),
            awaitingReturn: z.number(),
            ...counts,
            byDepartment: z.array(z.object({ code: z.string().nullable(), name: z.string(), ...counts })),
            byOfficer: z.array(z.object({ id: z.string().nullable(), name: z.string(), ...counts })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return showOverview(ctx, user, request.query.unitCode ?? user.unitCode);
    },
  );

  app.get(
    '/overview/city',
    {
      schema: {
        tags: ['Tổng quan'],
        summary:
          'Tổng quan cấp thành phố: tổng số hôm nay và các đơn vị xếp hạng theo Chỉ số phục vụ (QĐ 766) rồi tỷ lệ đúng hạn của tháng, kèm đang xử lý, quá hạn, đến hạn, xin lỗi còn nợ, tiếp nhận',
        querystring: z.object({ cityCode: z.string().trim().max(100).optional() }),
        response: {
          200: z.object({
            cityCode: z.string(),
            cityName: z.string(),
            today: z.string(),
            period: z.object({ from: z.string(), to: z.string() }),
            total: z.object({ ...liveCounts, received: z.number(), resolved: z.number() }),
            units: z.array(
              z.object({
                rank: z.number(),
                unitCode: z.string(),
                name: z.string(),
                received: z.number(),
                resolved: z.number(),
                onTimeBasisPoints: basisPoints,
                serviceBasisPoints: basisPoints,
                ...liveCounts,
              }),
            ),
          }),
          ...errors,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return showCityOverview(ctx, user, request.query.cityCode ?? user.unitCode);
    },
  );

  const holding = { dossierCode: z.string(), procedureName: z.string(), departmentName: z.string().nullable(), assigneeName: z.string().nullable() };
  const warningItem = z.object({ ...holding, dueAt: z.string(), remainingMinutes: z.number(), elapsedPercent: z.number() });
  app.get(
    '/overview/warnings',
    {
      schema: {
        tags: ['Tổng quan'],
        summary: 'Cảnh báo của đơn vị: hồ sơ sắp đến hạn, đến hạn hôm nay, quá hạn, và hồ sơ chưa gửi thư xin lỗi, hẹn lại (Mẫu 04) kèm thời điểm gửi muộn nhất',
        querystring: z.object({ unitCode: z.string().trim().max(100).optional() }),
        response: {
          200: z.object({
            unitCode: z.string(),
            now: z.string(),
            dueSoon: z.array(warningItem),
            dueToday: z.array(warningItem),
            overdue: z.array(warningItem),
            apologiesOwed: z.array(
              z.object({ ...holding, status: z.enum(['owed', 'late']), legalDueAt: z.string(), lastMoment: z.string(), risk: z.array(z.enum(RISK_REASONS)) }),
            ),
            truncated: z.boolean(),
            limit: z.number(),
          }),
          ...errors,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return showWarnings(ctx, user, request.query.unitCode ?? user.unitCode);
    },
  );

  // Issue 18: today's queue and the month's satisfaction (the report's figures).
  const queueLine = { tickets: z.number(), open: z.number(), served: z.number(), noShow: z.number(), cancelled: z.number(), waitMedian: z.number().nullable(), waitP90: z.number().nullable() };
  const satisfactionLine = { ratings: z.number(), satisfied: z.number(), neutral: z.number(), dissatisfied: z.number() };
  app.get(
    '/overview/queue',
    {
      schema: {
        tags: ['Tổng quan'],
        summary: 'Hàng đợi hôm nay (số phát, đang chờ, đã phục vụ, vắng mặt, thời gian chờ trung vị và p90, theo quầy) và mức độ hài lòng của tháng (theo cán bộ), cùng số liệu với báo cáo',
        querystring: z.object({ unitCode: z.string().trim().max(100).optional() }),
        response: {
          200: z.object({
            unitCode: z.string(),
            today: z.string(),
            period: z.object({ from: z.string(), to: z.string() }),
            queue: z.object({ ...queueLine, byCounter: z.array(z.object({ counter: z.string(), ...queueLine })) }),
            satisfaction: z.object({ ...satisfactionLine, byOfficer: z.array(z.object({ officer: z.string(), ...satisfactionLine })) }),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return showQueueOverview(ctx, user, request.query.unitCode ?? user.unitCode);
    },
  );

  // w3-city (issue 16 §4): the drill-down unit → departments → officers (→ the dossier list), and the trend.
  const drillFigures = { received: z.number(), inProgress: z.number(), overdue: z.number(), dueSoon: z.number(), resolved: z.number(), resolvedOnTime: z.number(), onTimeBasisPoints: basisPoints };
  const drillPage = {
    unitCode: z.string(),
    unitName: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    total: z.object(drillFigures),
    rows: z.array(z.object({ key: z.string().nullable(), name: z.string(), ...drillFigures })),
  };
  const unitParams = z.object({ code: z.string().trim().min(1).max(100) });
  app.get(
    '/overview/units/:code/departments',
    {
      schema: {
        tags: ['Tổng quan'],
        summary: 'Đơn vị theo phòng: tiếp nhận trong tháng, đang xử lý, quá hạn, sắp đến hạn (một ngày làm việc), tỷ lệ đúng hạn của tháng; trưởng phòng chỉ thấy phòng mình',
        params: unitParams,
        response: { 200: z.object(drillPage), ...errors, 404: errorResponseSchema },
      },
    },
    async (request) => showUnitDepartments(ctx, currentUser(request), request.params.code),
  );
  app.get(
    '/overview/units/:code/departments/:department/officers',
    {
      schema: {
        tags: ['Tổng quan'],
        summary: 'Một phòng theo cán bộ xử lý, cùng các số liệu; danh sách hồ sơ của cán bộ: GET /api/dossiers?unitCode=…&departmentCode=…&assigneeId=…',
        params: unitParams.extend({ department: z.string().trim().min(1).max(100) }),
        response: { 200: z.object({ ...drillPage, departmentCode: z.string(), departmentName: z.string() }), ...errors, 404: errorResponseSchema },
      },
    },
    async (request) => showDepartmentOfficers(ctx, currentUser(request), request.params.code, request.params.department),
  );
  app.get(
    '/overview/trend',
    {
      schema: {
        tags: ['Tổng quan'],
        summary: 'Xu hướng 12 tháng gần nhất của đơn vị hoặc thành phố: tiếp nhận, giải quyết đúng hạn, giải quyết quá hạn theo tháng',
        querystring: z.object({ unitCode: z.string().trim().max(100).optional() }),
        response: {
          200: z.object({ unitCode: z.string(), unitName: z.string(), months: z.array(z.object({ month: z.string(), received: z.number(), resolvedOnTime: z.number(), resolvedLate: z.number() })) }),
          ...errors,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return showTrend(ctx, user, request.query.unitCode ?? user.unitCode);
    },
  );
}
