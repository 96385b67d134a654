/**
 * The Fastify application without routes: plugins, the Vietnamese error handler, sessions and
 * CSRF, limits and guards, OpenAPI, the web app. The features' routes come in as a list
 * (src/features/routes.ts), so that the platform never imports a feature; each route stays thin:
 * schema → policy → one use case → response.
 */
import { createHash } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppContext, CurrentUser } from '../context.ts';
import { AppError, STATUS_OF_KIND, type AppErrorKind } from '../errors.ts';
import { SESSION_COOKIE, csrfMatches, sessionUser } from '../sessions/sessions.ts';
import { issueMessage } from './validation-messages.ts';
import { unstorableText, unstorableTextMessage } from './input-guard.ts';
import { REFUSAL_MESSAGES, expensiveLimiters, limitExpensive, releaseSlot, type ConcurrencyLimits, type ExpensiveKind, type ExpensiveLimiters } from './concurrency-limit.ts';
import { BODY_TIMEOUT, BODY_TOO_DEEP, DEFAULT_BODY_TIMEOUTS, MAX_JSON_DEPTH, guardBody, type BodyTimeouts } from './body-guard.ts';
import { registerWebApp } from './web-app.ts';
import type { ZodApp } from './types.ts';
import { PRINT_SCRIPT } from '../../documents/render-html.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | undefined;
    csrfToken: string | undefined;
  }
  interface FastifyContextConfig {
    /** Route is reachable without a session (login, docs). */
    public?: boolean;
  }
  interface FastifyInstance {
    /** The limiters of expensive requests (http/concurrency-limit.ts). */
    expensiveLimiters: ExpensiveLimiters;
  }
}

export type App = FastifyInstance;


/**
 * A feature's routes: registered under /api in the order of the list given to buildApp (which is
 * also the order of the OpenAPI document). src/features/routes.ts lists them.
 */
export type FeatureRoutes = (api: ZodApp, ctx: AppContext, http: { secureCookies: boolean | 'auto' }) => void;

export interface BuildAppOptions {
  ctx: AppContext;
  /** Every feature's routes (src/features/routes.ts FEATURE_ROUTES): the platform knows no feature. */
  routes: readonly FeatureRoutes[];
  /** Pino logger options, or false in tests. */
  logger?: boolean | object;
  /**
   * Mark the session cookie Secure: always, never, or 'auto' (default) = when the request
   * came over HTTPS. A Secure cookie sent over plain HTTP to a LAN address is dropped by
   * browsers, so a counter PC opening http://<server>:3000 could never stay signed in.
   */
  secureCookies?: boolean | 'auto';
  /** How long a JSON body may pause and take in all (http/body-guard.ts); tests shorten them. */
  bodyTimeouts?: BodyTimeouts;
  /** How many expensive requests may run at once (http/concurrency-limit.ts). */
  expensiveLimits?: Record<ExpensiveKind, ConcurrencyLimits>;
}

/**
 * A connection with no byte in either direction for this long is closed: an upload that stopped
 * (multipart bodies are not timed by the body guard, so that a large scan over a slow link may
 * take as long as it keeps moving), or a client that went away mid-request.
 */
export const IDLE_CONNECTION_MS = 120_000;

const ERROR_CODES: Record<AppErrorKind, string> = {
  bad_request: 'du_lieu_khong_hop_le',
  unauthorized: 'chua_dang_nhap',
  forbidden: 'khong_co_quyen',
  not_found: 'khong_tim_thay',
  conflict: 'xung_dot',
  too_large: 'qua_lon',
  unsupported_media_type: 'dinh_dang_khong_ho_tro',
  rate_limited: 'qua_nhieu_yeu_cau',
  timeout: 'het_thoi_gian',
};

export function sendError(reply: FastifyReply, kind: AppErrorKind, message: string, field?: string): FastifyReply {
  return reply.status(STATUS_OF_KIND[kind]).send({ error: ERROR_CODES[kind], message, ...(field ? { field } : {}) });
}

/** Maps every error to a status and a Vietnamese message; never a stack trace. */
function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError) return sendError(reply, error.kind, error.message, error.field);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0]!;
    const path = first.instancePath.split('/').filter(Boolean);
    const issue = { ...first.params, code: first.keyword, path, message: first.message } as unknown as z.core.$ZodIssue;
    return sendError(reply, 'bad_request', issueMessage(issue), path.join('.') || error.validationContext);
  }
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode ?? 500;
  switch (fastifyError.code) {
    case BODY_TOO_DEEP:
      void reply.header('connection', 'close');
      return sendError(reply, 'bad_request', `Nội dung JSON lồng nhau quá sâu (quá ${MAX_JSON_DEPTH} tầng mảng hoặc đối tượng). Hãy gửi dữ liệu đúng cấu trúc của API.`);
    case BODY_TIMEOUT:
      void reply.header('connection', 'close');
      return sendError(reply, 'timeout', 'Nội dung yêu cầu gửi lên quá chậm nên máy chủ đã ngừng chờ. Hãy kiểm tra đường truyền rồi gửi lại.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return sendError(reply, 'too_large', 'Dữ liệu gửi lên vượt quá dung lượng cho phép.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return sendError(reply, 'unsupported_media_type', 'Định dạng dữ liệu gửi lên không được hỗ trợ (Content-Type).');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendError(reply, 'bad_request', 'Thiếu nội dung JSON của yêu cầu.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendError(reply, 'bad_request', 'Nội dung yêu cầu không phải JSON hợp lệ.');
    default:
      break;
  }
  if (status === 429) return sendError(reply, 'rate_limited', 'Bạn thao tác quá nhiều lần. Hãy thử lại sau một phút.');
  if (status >= 400 && status < 500) {
    if (status === 413) return sendError(reply, 'too_large', 'Dữ liệu gửi lên vượt quá dung lượng cho phép.');
    if (status === 415) return sendError(reply, 'unsupported_media_type', 'Định dạng dữ liệu gửi lên không được hỗ trợ (Content-Type).');
    if (status === 404) return sendError(reply, 'not_found', 'Không tìm thấy địa chỉ được yêu cầu.');
    return sendError(reply, 'bad_request', 'Yêu cầu không hợp lệ.');
  }
  if (isResponseSerializationError(error)) request.log.error({ err: error.cause }, 'response does not match its schema');
  else request.log.error({ err: error }, 'unexpected error');
  return reply.status(500).send({ error: 'loi_he_thong', message: 'Hệ thống gặp lỗi không mong muốn. Thao tác chưa được thực hiện; hãy thử lại hoặc báo quản trị viên.' });
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The Content-Security-Policy of every answer (the web app, printable forms, /api/docs): scripts
 * only from this server, never inline, but for the printable forms' print-button script allowed
 * by its hash (documents/render-html.ts); styles inline allowed, because Ant Design writes its CSS
 * into <style> tags at run time and the printable forms carry their own <style> and column
 * widths (an inline style cannot run code); images from this server or data: URIs (QR codes);
 * no plugins, no framing by other sites, forms post only here. No upgrade-insecure-requests:
 * a center's LAN is often plain HTTP, where it would break every request.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", `'sha256-${createHash('sha256').update(PRINT_SCRIPT).digest('base64')}'`],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Fastify's trustProxy from the setting; a hop count trusts the nearest `hops` addresses. */
function trustProxyOf(setting: AppContext['config']['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting;
}

/** HSTS, sent only on answers to HTTPS requests (directly, or through a trusted proxy). */
export const HSTS = 'max-age=31536000; includeSubDomains';

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { ctx } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    connectionTimeout: IDLE_CONNECTION_MS,
    // Whose X-Forwarded-For / -Proto to believe: nobody's unless MOTCUA_TRUST_PROXY says so
    // (request.ip for the rate limits, request.protocol for Secure cookies and HSTS).
    trustProxy: trustProxyOf(ctx.config.trustProxy),
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: false } },
    // Errors the router raises before any route or error handler (a broken %-escape in the path).
    frameworkErrors: (error, _request, reply) =>
      error.code === 'FST_ERR_BAD_URL'
        ? sendError(reply, 'bad_request', 'Đường dẫn yêu cầu có ký tự mã hóa không hợp lệ (dấu % không đúng quy tắc). Hãy kiểm tra lại địa chỉ.')
        : sendError(reply, 'bad_request', 'Yêu cầu không hợp lệ.'),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'not_found', 'Không tìm thấy địa chỉ được yêu cầu.'));

  await app.register(helmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY, hsts: false });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: ctx.config.maxUploadBytes, files: 1, fields: 20, parts: 25 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Một Cửa API', description: 'API của hệ thống Một Cửa (Trung tâm Phục vụ hành chính công cấp xã).', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, sourceApiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('user', undefined);
  app.decorateRequest('csrfToken', undefined);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const token = request.cookies[SESSION_COOKIE];
    // A write reads its session from the database (not the cache): see sessionUser.
    const session = token ? await sessionUser(ctx.db, token, new Date(), { fresh: MUTATING.has(request.method) }) : undefined;
    request.user = session?.user;
    request.csrfToken = session?.csrfToken;
    if (request.routeOptions.config.public) return;
    if (!session) return sendError(reply, 'unauthorized', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Hãy đăng nhập lại.');
    if (MUTATING.has(request.method) && !csrfMatches(session.csrfToken, request.headers['x-csrf-token'] as string | undefined)) {
      return sendError(reply, 'forbidden', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token). Hãy tải lại trang rồi thử lại.');
    }
  });

  app.addHook('preParsing', guardBody(options.bodyTimeouts ?? DEFAULT_BODY_TIMEOUTS));

  const limiters = expensiveLimiters(options.expensiveLimits);
  app.decorate('expensiveLimiters', limiters);
  app.addHook('preHandler', limitExpensive(limiters, (reply, refusal) => sendError(reply, 'rate_limited', REFUSAL_MESSAGES[refusal])));
  app.addHook('onResponse', async (request) => releaseSlot(request));

  // NUL characters and lone surrogates cannot be stored by PostgreSQL: refused with the field named (http/input-guard.ts).
  app.addHook('preValidation', async (request, reply) => {
    for (const [part, value] of [['params', request.params], ['query', request.query], ['body', request.body]] as const) {
      const found = unstorableText(value);
      if (found === undefined) continue;
      const field = found.path || part;
      return sendError(reply, 'bad_request', unstorableTextMessage(found, field), field);
    }
  });

  const typed = app.withTypeProvider<ZodTypeProvider>();
  const secure = options.secureCookies ?? 'auto';
  for (const register of options.routes) {
    await app.register(async (api) => register(api.withTypeProvider<ZodTypeProvider>(), ctx, { secureCookies: secure }), { prefix: '/api' });
  }
  typed.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  // The staff web application (web/dist) at `/`, after every API route.
  await registerWebApp(app);
  return app;
}
