/**
 * Names for the change log of the fields of a unit's notice channels, as the API records them
 * ("email.host", "zalo.refreshToken"; secrets only as "đã thay đổi").
 */
export const CHANNEL_FIELD_NAMES: Record<string, string> = {
  'email.enabled': 'Thư điện tử: đang dùng',
  'email.host': 'Thư điện tử: máy chủ SMTP',
  'email.port': 'Thư điện tử: cổng',
  'email.security': 'Thư điện tử: bảo mật',
  'email.user': 'Thư điện tử: tên đăng nhập',
  'email.password': 'Thư điện tử: mật khẩu',
  'email.from.name': 'Thư điện tử: tên người gửi',
  'email.from.address': 'Thư điện tử: địa chỉ người gửi',
  'email.timeoutMs': 'Thư điện tử: thời gian chờ (mili giây)',
  'sms.enabled': 'SMS: đang dùng',
  'sms.url': 'SMS: địa chỉ cổng',
  'sms.method': 'SMS: phương thức',
  'sms.headers': 'SMS: khóa xác thực',
  'sms.body': 'SMS: nội dung gửi cổng',
  'sms.brandname': 'SMS: brandname',
  'sms.phoneFormat': 'SMS: dạng số điện thoại',
  'sms.unicode': 'SMS: gửi có dấu',
  'sms.success': 'SMS: mã báo thành công',
  'sms.permanentErrors': 'SMS: mã lỗi không gửi lại',
  'sms.providerIdPath': 'SMS: mã tin của nhà cung cấp',
  'sms.timeoutMs': 'SMS: thời gian chờ (mili giây)',
  'zalo.enabled': 'Zalo: đang dùng',
  'zalo.appId': 'Zalo: App ID',
  'zalo.secretKey': 'Zalo: khóa bí mật',
  'zalo.accessToken': 'Zalo: access token',
  'zalo.refreshToken': 'Zalo: refresh token',
  'zalo.accessTokenExpiresAt': 'Zalo: access token hết hạn lúc',
  'zalo.refreshFailedAt': 'Zalo: lần làm mới token lỗi',
  'zalo.endpoint': 'Zalo: địa chỉ API ZNS',
  'zalo.tokenEndpoint': 'Zalo: địa chỉ cấp token',
  'zalo.mode': 'Zalo: chế độ gửi',
  'zalo.timeoutMs': 'Zalo: thời gian chờ (mili giây)',
  accessTokenExpiresAt: 'Access token mới hết hạn lúc',
};

/** "Đổi Thư điện tử: máy chủ SMTP, Thư điện tử: mật khẩu" — the changed fields of one save. */
export function channelChangeSummary(after: Record<string, unknown> | null): string {
  const keys = Object.keys(after ?? {});
  return keys.length > 0 ? `Đổi ${keys.map((key) => CHANNEL_FIELD_NAMES[key] ?? key).join(', ')}` : '';
}

const VALUE_NAMES: Record<string, Record<string, string>> = {
  'email.security': { starttls: 'STARTTLS', tls: 'TLS ngay từ đầu', none: 'Không mã hóa' },
  'zalo.mode': { production: 'Gửi thật cho người dân', development: 'Thử: chỉ gửi quản trị viên OA' },
  'sms.phoneFormat': { international: '84912345678', national: '0912345678' },
};

/** A channel field's value in words where the plain rendering would mislead (a port is not 42.413; "none" is a code). */
export function channelValueText(key: string, value: unknown): string | undefined {
  if (key === 'email.port' && typeof value === 'number') return String(value);
  return typeof value === 'string' ? VALUE_NAMES[key]?.[value] : undefined;
}
