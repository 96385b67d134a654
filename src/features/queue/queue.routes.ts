/**
 * The queue: the kiosk, the board and the ticket's page (public, no login; the kiosk's issue is
 * rate-limited), and the counter panel of the staff app (open/close a counter, call next, act on
 * a ticket). docs/queue.md.
 */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { openEventStream } from '../../platform/http/event-stream.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { TICKET_STATUSES } from '../../domain/queue/ticket-transitions.ts';
import { ticketOutcomeSchema } from '../../domain/queue/ticket-events.ts';
import { actOnTicket, TICKET_ACTIONS } from './act-on-ticket.ts';
import { callNext } from './call-next.ts';
import { issueTicket } from './issue-ticket.ts';
import { closeCounter, openCounter } from './open-counter.ts';
import { followBoard } from './follow-board.ts';
import { showBoard } from './show-board.ts';
import { showCounter } from './show-counter.ts';
import { showKiosk } from './show-kiosk.ts';
import { showTicket } from './show-ticket.ts';

const TAG = 'Hàng đợi, gọi số';
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const publicErrors = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema };

export const unitParams = z.object({ unitCode: z.string().trim().min(1, { error: 'thiếu mã đơn vị' }).max(100) });
export const ticketIdSchema = z.uuid({ error: 'mã số thứ tự không hợp lệ' });
const code = z.string().trim().min(1).max(64);
const counterNumber = z.number().int().min(1, { error: 'số quầy từ 1 đến 99' }).max(99, { error: 'số quầy từ 1 đến 99' });
const status = z.enum(TICKET_STATUSES);

const ticketView = z.object({
  id: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  label: z.string(),
  groupName: z.string(),
  priorityName: z.string().nullable(),
  status,
  statusName: z.string(),
  issuedAt: z.string(),
  ahead: z.number().nullable(),
  waitMinutes: z.number().nullable(),
  waitText: z.string().nullable(),
  expectedAt: z.string().nullable(),
  counter: z.number().nullable(),
  call: z.string().nullable(),
  mayRate: z.boolean(),
});

const counterTicket = z.object({
  id: z.string(),
  label: z.string(),
  status,
  statusName: z.string(),
  groupName: z.string(),
  priorityName: z.string().nullable(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  recalls: z.number(),
  recallLimit: z.number(),
  announcement: z.string().nullable(),
});

const boardCall = z.object({ label: z.string(), counter: z.number(), calledAt: z.string(), recalls: z.number(), display: z.string(), speech: z.string() });

export function registerQueueRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/queue/kiosk/:unitCode',
    {
      config: { public: true },
      schema: {
        tags: [TAG],
        summary: 'Kiosk: nhóm dịch vụ, nhóm ưu tiên của đơn vị và giờ cấp số (công khai)',
        params: unitParams,
        response: {
          200: z.object({
            unitCode: z.string(),
            unitName: z.string(),
            open: z.boolean(),
            message: z.string().nullable(),
            groups: z.array(z.object({ code: z.string(), name: z.string() })),
            priorityGroups: z.array(z.object({ code: z.string(), name: z.string(), description: z.string() })),
          }),
          ...publicErrors,
        },
      },
    },
    async (request) => showKiosk(ctx, request.params.unitCode),
  );

  app.post(
    '/queue/kiosk/:unitCode/tickets',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: [TAG],
        summary: 'Kiosk: lấy số thứ tự (công khai, giới hạn số lần mỗi phút)',
        params: unitParams,
        body: z.object({ serviceGroup: code, priorityGroup: code.optional() }),
        response: { 201: ticketView, ...publicErrors },
      },
    },
    async (request, reply) => {
      const ticket = await issueTicket(ctx, { unitCode: request.params.unitCode, ...request.body }, { id: 'kiosk', role: 'citizen' });
      return reply.status(201).send(ticket);
    },
  );

  app.get(
    '/queue/tickets/:id',
    {
      config: { public: true },
      schema: { tags: [TAG], summary: 'Trang theo dõi số thứ tự (mã QR trên phiếu; công khai)', params: z.object({ id: ticketIdSchema }), response: { 200: ticketView, ...publicErrors } },
    },
    async (request) => showTicket(ctx, request.params.id),
  );

  app.get(
    '/queue/board/:unitCode',
    {
      config: { public: true },
      schema: {
        tags: [TAG],
        summary: 'Màn hình phòng chờ: số đang mời tại từng quầy và các lượt mời gần nhất (công khai)',
        params: unitParams,
        response: {
          200: z.object({
            unitName: z.string(),
            now: z.string(),
            counters: z.array(z.object({ number: z.number(), name: z.string(), open: z.boolean(), current: boardCall.nullable() })),
            lastCalls: z.array(boardCall),
            waiting: z.array(z.object({ code: z.string(), name: z.string(), waiting: z.number() })),
            signature: z.string(),
          }),
          ...publicErrors,
        },
      },
    },
    async (request) => showBoard(ctx, request.params.unitCode),
  );

  app.get(
    '/queue/board/:unitCode/stream',
    {
      config: { public: true },
      schema: {
        tags: [TAG],
        summary: 'Luồng trực tiếp của màn hình phòng chờ (Server-Sent Events; công khai)',
        description: [
          'Luồng sự kiện (`text/event-stream`) cho màn hình phòng chờ: sự kiện `ready` khi đã sẵn sàng, rồi mỗi khi hàng đợi của đơn vị',
          'thay đổi (cấp số, mời, mời lại, phục vụ xong…) một sự kiện `change` với `data` `{"kind":"queue","unitCode":…}`, hoặc',
          '`{"kind":"resync"}` khi cần tải lại. Sự kiện không chứa số thứ tự hay dữ liệu nào của người dân: màn hình tải lại',
          '`GET /api/queue/board/{unitCode}`. Mỗi tiến trình giữ tối đa 200 luồng, mỗi địa chỉ 8 luồng (quá thì 429).',
        ].join(' '),
        params: unitParams,
        response: {
          200: { description: 'Luồng sự kiện', content: { 'text/event-stream': { schema: z.string().describe('Các sự kiện `ready` và `change` theo định dạng Server-Sent Events.') } } },
          ...publicErrors,
        },
      },
    },
    async (request, reply) => {
      const following = await followBoard(ctx, request.params.unitCode, request.ip);
      const stream = openEventStream(request, reply);
      stream.onClose(() => following.stop());
      following.start({ deliver: (event) => stream.send('change', event) });
      stream.send('ready', { unitCode: request.params.unitCode });
    },
  );

  app.get(
    '/queue/counter',
    {
      schema: {
        tags: [TAG],
        summary: 'Bảng điều khiển quầy của công chức: quầy đang mở, số đang phục vụ, số kế tiếp, danh sách lỡ lượt',
        response: {
          200: z.object({
            unitCode: z.string(),
            recallLimit: z.number(),
            counters: z.array(z.object({ number: z.number(), name: z.string(), groups: z.array(z.string()), openBy: z.enum(['me', 'other']).nullable() })),
            groups: z.array(z.object({ code: z.string(), name: z.string(), waiting: z.number() })),
            session: z.object({ counter: z.number(), groups: z.array(z.string()), takesOtherGroups: z.boolean() }).nullable(),
            current: counterTicket.nullable(),
            next: z.array(z.object({ id: z.string(), label: z.string(), groupName: z.string(), priority: z.boolean() })),
            missed: z.array(z.object({ id: z.string(), label: z.string(), groupName: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (request) => showCounter(ctx, currentUser(request)),
  );

  app.post(
    '/queue/counter/open',
    {
      schema: {
        tags: [TAG],
        summary: 'Mở quầy với các nhóm dịch vụ của quầy',
        body: z.object({ counter: counterNumber, groups: z.array(code).min(1).max(50).optional(), takesOtherGroups: z.boolean().optional() }),
        response: { 200: z.object({ counter: z.number(), groups: z.array(z.string()), takesOtherGroups: z.boolean() }), ...errors },
      },
    },
    async (request) => openCounter(ctx, currentUser(request), request.body),
  );

  app.post(
    '/queue/counter/close',
    { schema: { tags: [TAG], summary: 'Đóng quầy (khi quầy không còn giữ số nào)', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await closeCounter(ctx, currentUser(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/queue/counter/call-next',
    {
      schema: {
        tags: [TAG],
        summary: 'Gọi số tiếp theo cho quầy đang mở (một giao dịch; hai quầy không bao giờ gọi trùng một số)',
        response: { 200: z.object({ ticket: counterTicket.nullable() }), ...errors },
      },
    },
    async (request) => ({ ticket: await callNext(ctx, currentUser(request)) }),
  );

  app.post(
    '/queue/tickets/:id/actions',
    {
      schema: {
        tags: [TAG],
        summary: 'Thao tác trên số thứ tự: mời lại, vắng mặt, bắt đầu phục vụ, hoàn thành (mã hồ sơ hoặc chỉ hướng dẫn), chuyển, hủy, xếp hàng lại',
        params: z.object({ id: ticketIdSchema }),
        body: z.object({
          action: z.enum(TICKET_ACTIONS),
          outcome: ticketOutcomeSchema.optional(),
          toGroup: code.optional(),
          toCounter: counterNumber.optional(),
          note: z.string().trim().max(500).optional(),
        }),
        response: { 200: counterTicket, ...errors },
      },
    },
    async (request) => actOnTicket(ctx, currentUser(request), request.params.id, request.body),
  );
}
