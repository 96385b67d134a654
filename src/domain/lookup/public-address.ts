/**
 * Checks of a unit's public address (the base of the lookup links printed on the forms), for
 * the settings page to warn while it cannot work for a citizen: an address of the server
 * itself (127.0.0.1, localhost) opens the citizen's own phone; a private network address works
 * only inside the center.
 */

export type PublicAddressIssue = 'invalid' | 'loopback' | 'private_network' | 'not_https';

export interface PublicAddressWarning {
  issue: PublicAddressIssue;
  message: string;
}

const MESSAGES: Record<PublicAddressIssue, string> = {
  invalid: 'Địa chỉ công khai phải có dạng http(s)://tên-miền[/đường-dẫn], không có "?" hoặc "#".',
  loopback:
    'Địa chỉ công khai đang là địa chỉ của chính máy chủ (127.0.0.1 hoặc localhost): người dân quét mã QR trên điện thoại sẽ không mở được trang tra cứu. Hãy nhập tên miền hoặc địa chỉ mà người dân truy cập được.',
  private_network: 'Địa chỉ công khai là địa chỉ mạng nội bộ: chỉ truy cập được trong mạng của Trung tâm, không truy cập được từ điện thoại của người dân.',
  not_https: 'Nên dùng https:// để người dân tra cứu an toàn.',
};

function ipv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const numbers = parts.map(Number);
  return numbers.every((n) => n <= 255) ? numbers : undefined;
}

function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host === '[::]' || host === '0.0.0.0') return true;
  return ipv4(host)?.[0] === 127;
}

function isPrivate(host: string): boolean {
  const ip = ipv4(host);
  if (ip) {
    const [a, b] = ip as [number, number, number, number];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  return /^\[f[cd]/iu.test(host) || /^\[fe80:/iu.test(host) || host.endsWith('.local') || host.endsWith('.lan');
}

/** What is wrong with a public address, most serious first; empty when it is fine. */
export function publicAddressWarnings(address: string): PublicAddressWarning[] {
  const warn = (issue: PublicAddressIssue): PublicAddressWarning => ({ issue, message: MESSAGES[issue] });
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return [warn('invalid')];
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || address.includes('#') || url.username || url.password) return [warn('invalid')];
  const host = url.hostname.toLowerCase();
  const warnings: PublicAddressWarning[] = [];
  if (isLoopback(host)) warnings.push(warn('loopback'));
  else if (isPrivate(host)) warnings.push(warn('private_network'));
  if (url.protocol === 'http:') warnings.push(warn('not_https'));
  return warnings;
}
