/**
 * Configuration from the environment, parsed once with Zod at start-up.
 * An invalid value stops the program with a Vietnamese message naming the variable.
 *
 *   DATABASE_URL            postgres://… selects PostgreSQL; unset → embedded PGlite in the data folder
 *   MOTCUA_DATA_DIR         data folder (PGlite database, uploaded files); default ./data
 *   MOTCUA_HOST             address the server listens on; default 127.0.0.1
 *   MOTCUA_PORT             port; default 3000; 0 picks a free port (the URL printed at start names it)
 *   MOTCUA_ADMIN_PASSWORD   password of the first administrator (else generated and printed once)
 *   MOTCUA_MAX_UPLOAD_MB    size limit of one uploaded file, in MB; default 50
 *   MOTCUA_SESSION_SECRET   secret for session cookies, ≥ 32 characters (else generated per data folder)
 *   MOTCUA_UNSAFE_NO_FSYNC  1: the embedded database acknowledges commits without syncing them to disk
 *                           (PGlite's own behaviour); for measuring what durability costs, never in service
 *   MOTCUA_PUBLIC_URL       public address of the citizen lookup page (QR code of Mẫu 01), e.g.
 *                           https://motcua.haiphong.gov.vn; a unit's publicBaseUrl setting wins
 *   MOTCUA_NOTICE_INTERVAL_MS  how often the notice worker sends queued notices (ms); default 5000, 0: off
 *   MOTCUA_ALERT_INTERVAL_MS  how often escalation alerts are raised (ms); default 60000, 0: off
 *   MOTCUA_QUEUE_END_OF_DAY_INTERVAL_MS  how often queue tickets left at closing are cancelled (ms); default 60000, 0: off
 *   MOTCUA_TRUST_PROXY      reverse proxies whose X-Forwarded-For/-Proto are believed: unset (default,
 *                           none), a hop count (1 = the nearest), or addresses/CIDRs separated by commas
 *                           (127.0.0.1, 10.0.0.0/8; also loopback, linklocal, uniquelocal)
 *   MOTCUA_ALLOW_DEMO_ON_NETWORK  1: serve a database holding demo data on an address other than
 *                           loopback (refused by default: its accounts have a public password)
 */
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { weakPasswordReason } from './users/password-strength.ts';

export type DatabaseConfig =
  | {
      driver: 'pglite';
      /** The data folder; the database lives in `<dataDir>/pglite`, guarded by `<dataDir>/motcua.lock`. */
      dataDir: string;
      /**
       * MOTCUA_UNSAFE_NO_FSYNC=1: commits are acknowledged before they are on disk (a power cut
       * may lose them or corrupt the folder). Only to measure the cost of durable commits.
       */
      unsafeNoFsync?: true;
    }
  | { driver: 'postgres'; url: string };

export interface Config {
  database: DatabaseConfig;
  /** Absolute path of the data folder. */
  dataDir: string;
  /** Where uploaded files are stored, under their SHA-256 name. */
  filesDir: string;
  server: { host: string; port: number };
  /** Undefined: the first administrator gets a generated password, printed once. */
  adminPassword: string | undefined;
  maxUploadMb: number;
  maxUploadBytes: number;
  /** Undefined: the server generates one and keeps it in the data folder. */
  sessionSecret: string | undefined;
  /** Public base URL of the lookup page (no trailing slash); undefined: the server's own address. */
  publicBaseUrl: string | undefined;
  /** Fastify's trustProxy: false (none), a hop count, or a list of addresses/CIDRs. */
  trustProxy: false | number | string[];
  /** Serve demo data on a non-loopback address anyway (MOTCUA_ALLOW_DEMO_ON_NETWORK). */
  allowDemoOnNetwork: boolean;
  /** How often the notice worker looks for notices to send (ms); 0: no worker in this process (issue 17). */
  noticeIntervalMs: number;
  /** How often the end-of-day job cancels the queue tickets left at closing (ms); 0: not in this process (issue 18). */
  queueEndOfDayIntervalMs: number;
  /** w3-alerts: how often the raising pass of escalation alerts runs (ms); 0: off. */
  alertIntervalMs: number;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** An invalid environment; `message` lists every problem, in Vietnamese. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Empty strings count as unset, so `FOO= motcua serve` behaves like no FOO at all. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const integerIn = (min: number, max: number, fallback: number, message: string) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, { error: message })
      .transform(Number)
      .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }))
      .optional()
      .transform((value) => value ?? fallback),
  );

const environmentSchema = z.object({
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, {
        error: 'phải là địa chỉ kết nối PostgreSQL dạng postgres://người-dùng:mật-khẩu@máy:cổng/tên-csdl',
      })
      .optional(),
  ),
  MOTCUA_DATA_DIR: optionalText.transform((value) => value ?? './data'),
  MOTCUA_HOST: optionalText.pipe(
    z
      .string()
      .regex(/^[\w.:-]+$/, { error: 'phải là tên máy hoặc địa chỉ IP, ví dụ 127.0.0.1 hoặc 0.0.0.0' })
      .optional()
      .transform((value) => value ?? '127.0.0.1'),
  ),
  MOTCUA_PORT: integerIn(0, 65535, 3000, 'phải là số nguyên từ 0 đến 65535 (0: chọn một cổng còn trống)'),
  MOTCUA_ADMIN_PASSWORD: z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(
      z
        .string()
        .min(8, { error: 'phải có ít nhất 8 ký tự' })
        .superRefine((password, ctx) => {
          if (password.length < 8) return;
          const weak = weakPasswordReason(password, { username: 'admin', fullName: 'Quản trị hệ thống' });
          if (weak) ctx.addIssue({ code: 'custom', message: weak.replace(/\.$/u, '') });
        })
        .optional(),
    ),
  MOTCUA_MAX_UPLOAD_MB: integerIn(1, 2048, 50, 'phải là số nguyên từ 1 đến 2048 (MB)'),
  MOTCUA_SESSION_SECRET: optionalText.pipe(z.string().min(32, { error: 'phải có ít nhất 32 ký tự' }).optional()),
  MOTCUA_UNSAFE_NO_FSYNC: optionalText.pipe(z.enum(['0', '1'], { error: 'phải là 1 (bật, không an toàn) hoặc 0' }).optional()),
  MOTCUA_NOTICE_INTERVAL_MS: integerIn(0, 3_600_000, 5000, 'phải là số mili giây từ 0 (tắt) đến 3600000'),
  MOTCUA_QUEUE_END_OF_DAY_INTERVAL_MS: integerIn(0, 3_600_000, 60_000, 'phải là số mili giây từ 0 (tắt) đến 3600000'),
  MOTCUA_ALERT_INTERVAL_MS: integerIn(0, 3_600_000, 60_000, 'phải là số mili giây từ 0 (tắt) đến 3600000'),
  MOTCUA_PUBLIC_URL: optionalText.pipe(
    z
      .string()
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/u, { error: 'phải là địa chỉ dạng https://tên-miền, không có dấu ? hoặc #' })
      .transform((url) => url.replace(/\/+$/u, ''))
      .optional(),
  ),
  MOTCUA_TRUST_PROXY: optionalText.transform((value, ctx): Config['trustProxy'] => {
    if (value === undefined || ['0', 'false', 'off', 'no'].includes(value.toLowerCase())) return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
    const bad = entries.find((entry) => !isProxyAddress(entry));
    if (bad === undefined && entries.length > 0) return entries;
    ctx.addIssue({ code: 'custom', message: `phải là số tầng proxy (ví dụ 1) hoặc danh sách địa chỉ IP/CIDR của proxy, cách nhau bằng dấu phẩy (ví dụ 127.0.0.1 hoặc 10.0.0.0/8); "${bad ?? value}" không hợp lệ` });
    return z.NEVER;
  }),
  MOTCUA_ALLOW_DEMO_ON_NETWORK: optionalText.transform((value, ctx) => {
    if (value === undefined || ['0', 'false', 'off', 'no'].includes(value.toLowerCase())) return false;
    if (['1', 'true', 'on', 'yes'].includes(value.toLowerCase())) return true;
    ctx.addIssue({ code: 'custom', message: 'phải là 1 (cho phép) hoặc 0 (không cho phép)' });
    return z.NEVER;
  }),
});

/** A proxy address Fastify's trustProxy (proxy-addr) accepts: an IP, a CIDR, or a named range. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const version = net.isIP(address ?? '');
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/** Never echoed back in error messages: they may hold passwords. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'MOTCUA_ADMIN_PASSWORD', 'MOTCUA_SESSION_SECRET']);

/**
 * Builds the configuration from a plain object of environment variables (tests pass
 * their own; the program passes `process.env`). Relative paths resolve against `cwd`.
 * Throws ConfigError.
 */
export function configFromEnvironment(env: Environment, cwd: string = process.cwd()): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'môi trường');
        const value = env[name];
        const shown = SECRET_VARIABLES.has(name) ? '' : ` (đang là "${value ?? ''}")`;
        return `${name}: ${issue.message}${shown}.`;
      }),
    );
  }
  const vars = parsed.data;
  const dataDir = path.resolve(cwd, vars.MOTCUA_DATA_DIR);
  return {
    database: vars.DATABASE_URL
      ? { driver: 'postgres', url: vars.DATABASE_URL }
      : { driver: 'pglite', dataDir, ...(vars.MOTCUA_UNSAFE_NO_FSYNC === '1' ? { unsafeNoFsync: true as const } : {}) },
    dataDir,
    filesDir: path.join(dataDir, 'files'),
    server: { host: vars.MOTCUA_HOST, port: vars.MOTCUA_PORT },
    adminPassword: vars.MOTCUA_ADMIN_PASSWORD,
    maxUploadMb: vars.MOTCUA_MAX_UPLOAD_MB,
    maxUploadBytes: vars.MOTCUA_MAX_UPLOAD_MB * 1024 * 1024,
    sessionSecret: vars.MOTCUA_SESSION_SECRET,
    publicBaseUrl: vars.MOTCUA_PUBLIC_URL,
    trustProxy: vars.MOTCUA_TRUST_PROXY,
    allowDemoOnNetwork: vars.MOTCUA_ALLOW_DEMO_ON_NETWORK,
    noticeIntervalMs: vars.MOTCUA_NOTICE_INTERVAL_MS,
    queueEndOfDayIntervalMs: vars.MOTCUA_QUEUE_END_OF_DAY_INTERVAL_MS,
    alertIntervalMs: vars.MOTCUA_ALERT_INTERVAL_MS,
  };
}

let loaded: Config | undefined;

/** The program's configuration from `process.env`, parsed on first use. Throws ConfigError. */
export function loadConfig(): Config {
  loaded ??= configFromEnvironment(process.env);
  return loaded;
}
