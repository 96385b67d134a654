/**
 * Demo data never reaches a network unnoticed. A database holding demo data is marked as such
 * (instance_flags, written together with the demo: `motcua start` the first time, `motcua demo
 * generate`); its 77 accounts, an administrator among them, share a password printed in the
 * README. Such a database is served on a loopback address only (127.0.0.1, ::1, localhost),
 * unless MOTCUA_ALLOW_DEMO_ON_NETWORK=1 or `--allow-demo-on-network` asks for it explicitly;
 * then every start prints a loud warning and the web app shows a banner (GET /api/about).
 */
import { isIP } from 'node:net';

export type DemoExposure =
  /** Not demo data: nothing to say. */
  | 'none'
  /** Demo data on this machine only. */
  | 'local'
  /** Demo data on the network, asked for explicitly: warn. */
  | 'network-allowed'
  /** Demo data on the network, not asked for: refuse to start. */
  | 'refused';

/** Is `host` an address only this machine can reach? */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(bare);
}

export function demoExposure(input: { demo: boolean; host: string; allowDemoOnNetwork: boolean }): DemoExposure {
  if (!input.demo) return 'none';
  if (isLoopbackHost(input.host)) return 'local';
  return input.allowDemoOnNetwork ? 'network-allowed' : 'refused';
}

/** Refusing to serve demo data on the network (Vietnamese; the CLI prints it). */
export class DemoOnNetworkError extends Error {
  override readonly name = 'DemoOnNetworkError';
  constructor(readonly host: string) {
    super(
      `Cơ sở dữ liệu này chứa dữ liệu mẫu (các tài khoản mẫu, có cả quản trị viên, dùng chung một mật khẩu công khai) nên không được mở ra mạng tại địa chỉ ${host}. ` +
        'Hãy chạy với --host 127.0.0.1 để thử trên máy này; dùng thư mục dữ liệu (hoặc CSDL) mới với --no-demo cho hệ thống thật; ' +
        'hoặc nếu thật sự muốn cho máy khác xem bản dùng thử, thêm --allow-demo-on-network (hay MOTCUA_ALLOW_DEMO_ON_NETWORK=1).',
    );
  }
}

/** The warning printed at every start that serves demo data on the network. */
export const DEMO_ON_NETWORK_WARNING = [
  '⚠️  CẢNH BÁO: MÁY CHỦ ĐANG MỞ DỮ LIỆU MẪU RA MẠNG.',
  '⚠️  Mọi tài khoản mẫu (kể cả quản trị viên) dùng chung mật khẩu công khai: ai vào được địa chỉ này đều đăng nhập được.',
  '⚠️  Không nhập dữ liệu thật vào đây. Hệ thống thật: thư mục dữ liệu mới với --no-demo.',
];
