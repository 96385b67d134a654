/**
 * PAKN routes (docs/pakn.md §9): the register (enter, list, read with history and clocks), one
 * route per step (POST /api/pakn/{code}/{action}, optimistic concurrency), the reply letter; and
 * the public routes without login: submit through the form (rate-limited), follow by code, the
 * list of published answers.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { senderSchema, concernsSchema } from '../../domain/pakn/events.ts';
import { noticeChoiceSchema } from '../../domain/notice/index.ts';
import {
  COMPETENCES,
  NOT_ACCEPTED_REASONS,
  PAKN_CHANNELS,
  PAKN_CLASSES,
  PAKN_CLOCK_IDS,
  PAKN_KINDS,
  PAKN_STATUSES,
  PUBLICATION_PLACES,
  RESOLUTION_RESULTS,
  type PaknEventType,
} from '../../domain/pakn/labels.ts';
import type { PaknPublicView } from '../../domain/pakn/public-view.ts';
import type { AppContext } from '../../platform/context.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoWithOffset, localTimeSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { actOnPakn } from './act-on-pakn.ts';
import { listPaknRegister } from './list-pakn.ts';
import { loadPakn, loadReadablePakn } from './load-pakn.ts';
import { namesOf, presentPakn, type PaknView } from './present-pakn.ts';
import { followPakn, listPublishedAnswers, receivingUnits } from './public-pakn.ts';
import { registerPakn, submitPublicPakn } from './register-pakn.ts';
import { renderReplyLetter } from './render-reply-letter.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const code = z.object({ code: z.string().trim().min(1).max(150) });
const level = z.enum(['on-track', 'due-soon', 'overdue']).nullable();
const text = (max: number, what: string) => z.string().trim().min(1, { error: `phải ghi ${what}` }).max(max);
const optional = (max: number) => z.string().trim().max(max).optional();

const clockSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['duty', 'window']),
  status: z.string(),
  statusName: z.string(),
  limitWorkingDays: z.number(),
  startedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  paused: z.boolean(),
  level,
});

const senderView = z.object({ kind: z.string(), name: z.string().optional(), idNumber: z.string().optional(), phone: z.string().optional(), email: z.string().optional(), address: z.string().optional() });

const detailSchema = z.object({
  code: z.string(),
  version: z.number(),
  unitCode: z.string(),
  status: z.enum(PAKN_STATUSES),
  statusName: z.string(),
  kind: z.string(),
  kindName: z.string(),
  channel: z.string(),
  channelName: z.string(),
  source: z.string(),
  externalCode: z.string().nullable(),
  sender: senderView,
  personalDataVisible: z.boolean(),
  title: z.string().nullable(),
  content: z.string().nullable(),
  concerns: z.object({ dossierCode: z.string().optional(), officerId: z.string().optional(), departmentCode: z.string().optional() }),
  class: z.string().nullable(),
  className: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeName: z.string().nullable(),
  notAcceptedReasonName: z.string().nullable(),
  receivedAt: z.string().nullable(),
  registeredAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  paused: z.boolean(),
  handlerId: z.string().nullable(),
  departmentCode: z.string().nullable(),
  draftAnswer: z.string().nullable(),
  answer: z.object({ at: z.string().nullable(), answer: z.string(), result: z.string(), resultName: z.string(), documentNumber: z.string().nullable() }).nullable(),
  forwarding: z.object({ at: z.string().nullable(), to: z.string(), documentNumber: z.string().nullable() }).nullable(),
  publication: z.object({ at: z.string().nullable(), summary: z.string(), answer: z.string() }).nullable(),
  endedAt: z.string().nullable(),
  endKind: z.string().nullable(),
  likes: z.number(),
  dislikes: z.number(),
  level,
  clocks: z.array(clockSchema),
  history: z.array(z.object({ seq: z.number(), type: z.string(), name: z.string(), at: z.string().nullable(), actorId: z.string(), actorRole: z.string(), source: z.string(), payload: z.record(z.string(), z.unknown()) })),
  allowedActions: z.array(z.string()),
});
type Detail = z.infer<typeof detailSchema>;

function toDetail(view: PaknView): Detail {
  const s = view.state;
  const names = namesOf(s);
  return {
    code: s.code,
    version: s.version,
    unitCode: s.unitCode,
    status: s.status,
    statusName: names.statusName,
    kind: s.kind,
    kindName: names.kindName,
    channel: s.channel,
    channelName: names.channelName,
    source: s.source,
    externalCode: s.externalCode ?? null,
    sender: view.sender,
    personalDataVisible: view.personalDataVisible,
    title: view.personalDataVisible ? (s.title ?? null) : null,
    content: view.personalDataVisible ? s.content : null,
    concerns: s.concerns,
    class: s.class ?? null,
    className: names.className,
    outcome: s.outcome ?? null,
    outcomeName: names.outcomeName,
    notAcceptedReasonName: names.notAcceptedReasonName,
    receivedAt: isoWithOffset(s.receivedAt),
    registeredAt: isoWithOffset(s.registeredAt),
    dueAt: isoWithOffset(s.dueAt),
    paused: s.paused,
    handlerId: s.handlerId ?? null,
    departmentCode: s.departmentCode ?? null,
    draftAnswer: s.draftAnswer ?? null,
    answer: s.answer ? { at: isoWithOffset(s.answer.at), answer: s.answer.answer, result: s.answer.result, resultName: names.resultName ?? '', documentNumber: s.answer.documentNumber ?? null } : null,
    forwarding: s.forwarding ? { at: isoWithOffset(s.forwarding.at), to: s.forwarding.to, documentNumber: s.forwarding.documentNumber ?? null } : null,
    publication: s.publication ? { at: isoWithOffset(s.publication.at), summary: s.publication.summary, answer: s.publication.answer } : null,
    endedAt: isoWithOffset(s.endedAt),
    endKind: s.endKind ?? null,
    likes: s.likes,
    dislikes: s.dislikes,
    level: view.level,
    clocks: view.clocks.map((c) => ({ ...c, startedAt: isoWithOffset(c.startedAt), dueAt: isoWithOffset(c.dueAt) })),
    history: view.history.map((h) => ({ ...h, at: isoWithOffset(h.at) })),
    allowedActions: view.allowedActions,
  };
}

const registerBody = z.object({
  channel: z.enum(PAKN_CHANNELS),
  kind: z.enum(PAKN_KINDS).default('reflection'),
  sender: senderSchema,
  title: optional(500),
  content: text(20_000, 'nội dung phản ánh, kiến nghị'),
  concerns: concernsSchema.optional(),
  receivedAt: localTimeSchema.optional(),
  externalCode: optional(100),
  transferredFrom: optional(300),
  /** w3-reply: the sender's consent to be told of the outcome, per channel with its address, and the preferred channel. */
  notices: noticeChoiceSchema.optional(),
});

const version = z.number({ error: 'phải ghi phiên bản đang xem (expectedVersion)' }).int().min(1);

/** One route per step; the URL name → the domain event and its payload (without time and actor). */
const ACTIONS: Record<string, { event: Exclude<PaknEventType, 'registered'>; summary: string; body: z.ZodObject }> = {
  classify: { event: 'classified', summary: 'Phân loại phản ánh, kiến nghị (quy định, thủ tục hay hành vi cán bộ; thuộc hay không thuộc thẩm quyền)', body: z.object({ expectedVersion: version, class: z.enum(PAKN_CLASSES), competence: z.enum(COMPETENCES), note: optional(2000) }) },
  'not-accept': { event: 'not_accepted', summary: 'Không tiếp nhận phản ánh, kiến nghị (ghi rõ lý do, NĐ 20 Điều 7)', body: z.object({ expectedVersion: version, reason: z.enum(NOT_ACCEPTED_REASONS), note: optional(2000) }) },
  'request-information': { event: 'information_requested', summary: 'Đề nghị người gửi bổ sung thông tin (tạm dừng thời hạn)', body: z.object({ expectedVersion: version, request: text(2000, 'nội dung đề nghị bổ sung') }) },
  'receive-information': { event: 'information_received', summary: 'Nhận thông tin bổ sung của người gửi', body: z.object({ expectedVersion: version, note: optional(5000) }) },
  assign: { event: 'assigned', summary: 'Giao cán bộ, phòng xử lý', body: z.object({ expectedVersion: version, handlerId: text(200, 'người được giao xử lý'), departmentCode: optional(100) }) },
  'draft-answer': { event: 'answer_drafted', summary: 'Dự thảo văn bản trả lời', body: z.object({ expectedVersion: version, answer: text(20_000, 'nội dung dự thảo') }) },
  resolve: { event: 'resolved', summary: 'Ban hành văn bản trả lời, xử lý xong', body: z.object({ expectedVersion: version, answer: text(20_000, 'nội dung trả lời'), result: z.enum(RESOLUTION_RESULTS), documentNumber: optional(100) }) },
  forward: { event: 'forwarded', summary: 'Chuyển cơ quan có thẩm quyền xử lý', body: z.object({ expectedVersion: version, to: text(300, 'cơ quan có thẩm quyền'), documentNumber: optional(100), note: optional(2000) }) },
  publish: {
    event: 'published',
    summary: 'Công khai kết quả xử lý (không có thông tin cá nhân của người gửi)',
    body: z.object({ expectedVersion: version, summary: text(5000, 'tóm tắt nội dung'), answer: text(20_000, 'nội dung trả lời công khai'), places: z.array(z.enum(PUBLICATION_PLACES)).min(1).max(5).optional() }),
  },
  'record-satisfaction': { event: 'satisfaction_recorded', summary: 'Ghi nhận đánh giá của người gửi về kết quả xử lý', body: z.object({ expectedVersion: version, vote: z.enum(['like', 'dislike']) }) },
  'record-follow-up': { event: 'follow_up_received', summary: 'Ghi nhận phản ánh tiếp về kết quả xử lý', body: z.object({ expectedVersion: version, content: text(20_000, 'nội dung'), newPaknCode: optional(100) }) },
  remind: { event: 'reminded', summary: 'Đôn đốc xử lý', body: z.object({ expectedVersion: version, clock: z.enum(PAKN_CLOCK_IDS), level: z.number().int().min(1).max(10), note: optional(2000) }) },
  withdraw: { event: 'withdrawn', summary: 'Người gửi rút phản ánh, kiến nghị', body: z.object({ expectedVersion: version, reason: optional(2000) }) },
};

const listQuery = z.object({
  status: z
    .string()
    .trim()
    .max(300)
    .transform((s) => s.split(',').filter(Boolean))
    .refine((list) => list.every((s) => (PAKN_STATUSES as readonly string[]).includes(s)), { error: `phải là danh sách trạng thái (${PAKN_STATUSES.join(', ')}), ngăn cách bởi dấu phẩy` })
    .optional(),
  class: z.enum(PAKN_CLASSES).optional(),
  channel: z.enum(PAKN_CHANNELS).optional(),
  unitCode: z.string().trim().max(100).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const listItem = z.object({
  code: z.string(),
  unitCode: z.string(),
  status: z.enum(PAKN_STATUSES),
  statusName: z.string(),
  kindName: z.string(),
  channel: z.string(),
  channelName: z.string(),
  class: z.string().nullable(),
  className: z.string().nullable(),
  senderName: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  paused: z.boolean(),
  level,
  version: z.number(),
});

const publicViewSchema = z.object({
  code: z.string(),
  unitCode: z.string(),
  kindName: z.string(),
  status: z.string(),
  statusName: z.string(),
  receivedAt: z.string().nullable(),
  className: z.string().nullable(),
  dueAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  published: z.object({ at: z.string().nullable(), summary: z.string(), answer: z.string(), resultName: z.string().nullable() }).nullable(),
});

function toPublic(view: PaknPublicView): z.infer<typeof publicViewSchema> {
  return {
    code: view.code,
    unitCode: view.unitCode,
    kindName: view.kindName,
    status: view.status,
    statusName: view.statusName,
    receivedAt: isoWithOffset(view.receivedAt),
    className: view.className ?? null,
    dueAt: isoWithOffset(view.dueAt),
    resolvedAt: isoWithOffset(view.resolvedAt),
    published: view.published ? { at: isoWithOffset(view.published.at), summary: view.published.summary, answer: view.published.answer, resultName: view.published.resultName ?? null } : null,
  };
}

const publicSubmitBody = z.object({
  unitCode: text(100, 'đơn vị nhận phản ánh, kiến nghị'),
  kind: z.enum(PAKN_KINDS).default('reflection'),
  sender: senderSchema,
  title: optional(500),
  content: text(20_000, 'nội dung phản ánh, kiến nghị'),
  dossierCode: optional(100),
  notices: noticeChoiceSchema.optional(),
});

function sendDocx(reply: FastifyReply, letter: { fileName: string; bytes: Buffer }): FastifyReply {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    .header('content-disposition', contentDisposition('attachment', letter.fileName))
    .header('cache-control', 'no-store')
    .send(letter.bytes);
}

export function registerPaknRoutes(app: ZodApp, ctx: AppContext): void {
  app.post('/pakn', { schema: { tags: ['Phản ánh, kiến nghị'], summary: 'Vào sổ tiếp nhận phản ánh, kiến nghị (mọi kênh)', body: registerBody, response: { 201: detailSchema, ...errors } } }, async (request, reply) => {
    const user = currentUser(request);
    const state = await registerPakn(ctx, user, request.body);
    const loaded = await loadReadablePakn(ctx, user, state.code);
    return reply.status(201).send(toDetail(presentPakn(loaded, user, ctx.now())));
  });

  app.get(
    '/pakn',
    { schema: { tags: ['Phản ánh, kiến nghị'], summary: 'Sổ tiếp nhận phản ánh, kiến nghị, với tình trạng thời hạn', querystring: listQuery, response: { 200: z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(listItem) }), ...errors } } },
    async (request) => {
      const user = currentUser(request);
      const q = request.query;
      const { total, rows } = await listPaknRegister(ctx, user, {
        ...(q.status ? { status: q.status } : {}),
        ...(q.class ? { paknClass: q.class } : {}),
        ...(q.channel ? { channel: q.channel } : {}),
        ...(q.unitCode ? { unitCode: q.unitCode } : {}),
        overdue: q.overdue === 'true',
        ...(q.q ? { q: q.q } : {}),
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        total,
        page: q.page,
        pageSize: q.pageSize,
        items: rows.map(({ state: s, senderName, level: rowLevel }) => {
          const names = namesOf(s);
          return {
            code: s.code,
            unitCode: s.unitCode,
            status: s.status,
            statusName: names.statusName,
            kindName: names.kindName,
            channel: s.channel,
            channelName: names.channelName,
            class: s.class ?? null,
            className: names.className,
            senderName,
            receivedAt: isoWithOffset(s.receivedAt),
            dueAt: isoWithOffset(s.dueAt),
            endedAt: isoWithOffset(s.endedAt),
            publishedAt: isoWithOffset(s.publishedAt),
            paused: s.paused,
            level: rowLevel,
            version: s.version,
          };
        }),
      };
    },
  );

  app.get('/pakn/:code', { schema: { tags: ['Phản ánh, kiến nghị'], summary: 'Chi tiết phản ánh, kiến nghị: lịch sử, thời hạn, thao tác được phép', params: code, response: { 200: detailSchema, ...errors } } }, async (request) => {
    const user = currentUser(request);
    return toDetail(presentPakn(await loadReadablePakn(ctx, user, request.params.code), user, ctx.now()));
  });

  app.get(
    '/pakn/:code/reply.docx',
    { config: { expensive: 'document' }, schema: { tags: ['Phản ánh, kiến nghị'], summary: 'Văn bản trả lời phản ánh, kiến nghị (DOCX, thể thức NĐ 30/2020)', params: code, response: errors } },
    async (request, reply) => sendDocx(reply as FastifyReply, await renderReplyLetter(ctx, currentUser(request), request.params.code)),
  );

  for (const [name, action] of Object.entries(ACTIONS)) {
    app.post(
      `/pakn/:code/${name}`,
      { schema: { tags: ['Thao tác phản ánh, kiến nghị'], summary: action.summary, params: code, body: action.body, response: { 200: detailSchema, ...errors } } },
      async (request) => {
        const user = currentUser(request);
        const { expectedVersion, ...payload } = request.body as { expectedVersion: number } & Record<string, unknown>;
        await actOnPakn(ctx, user, { code: request.params.code, action: action.event, expectedVersion, payload });
        // The answer to an action just allowed, even when it took the PAKN out of the user's sight.
        const loaded = await loadPakn(ctx, request.params.code);
        return toDetail(presentPakn(loaded!, user, ctx.now()));
      },
    );
  }

  // ─── Public, without login ───────────────────────────────────────────────
  app.post(
    '/public/pakn',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['Phản ánh, kiến nghị (công khai)'],
        summary: 'Gửi phản ánh, kiến nghị qua biểu mẫu công khai (không cần đăng nhập; giới hạn 5 lần mỗi phút)',
        body: publicSubmitBody,
        response: { 201: z.object({ code: z.string(), statusName: z.string(), receivedAt: z.string().nullable() }), 400: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { unitCode, dossierCode, ...rest } = request.body;
      const state = await submitPublicPakn(ctx, unitCode, { ...rest, ...(dossierCode ? { concerns: { dossierCode } } : {}) });
      return reply.status(201).send({ code: state.code, statusName: namesOf(state).statusName, receivedAt: isoWithOffset(state.receivedAt) });
    },
  );

  app.get(
    '/public/pakn',
    {
      config: { public: true },
      schema: {
        tags: ['Phản ánh, kiến nghị (công khai)'],
        summary: 'Danh sách phản ánh, kiến nghị đã xử lý và công khai (không có thông tin cá nhân)',
        querystring: z.object({ unitCode: z.string().trim().max(100).optional(), page: z.coerce.number().int().min(1).max(10_000).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ total: z.number(), items: z.array(publicViewSchema) }), 400: errorResponseSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const { total, items } = await listPublishedAnswers(ctx, { ...(q.unitCode ? { unitCode: q.unitCode } : {}), page: q.page, pageSize: q.pageSize });
      return { total, items: items.map(toPublic) };
    },
  );

  app.get(
    '/public/pakn-units',
    { config: { public: true }, schema: { tags: ['Phản ánh, kiến nghị (công khai)'], summary: 'Các đơn vị nhận phản ánh, kiến nghị qua biểu mẫu công khai', response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }) } } },
    async () => ({ items: await receivingUnits(ctx) }),
  );

  app.get(
    '/public/pakn/:code',
    { config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } }, schema: { tags: ['Phản ánh, kiến nghị (công khai)'], summary: 'Theo dõi một phản ánh, kiến nghị bằng mã số (chỉ trạng thái, ngày và kết quả đã công khai)', params: code, response: { 200: publicViewSchema, 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema } } },
    async (request) => toPublic(await followPakn(ctx, request.params.code)),
  );
}
