import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnvironment } from './config.ts';

const cwd = '/srv/motcua';

describe('configFromEnvironment', () => {
  it('defaults to PGlite in ./data, 127.0.0.1:3000 and 50 MB uploads', () => {
    const config = configFromEnvironment({}, cwd);
    expect(config).toEqual({
      database: { driver: 'pglite', dataDir: '/srv/motcua/data' },
      dataDir: '/srv/motcua/data',
      filesDir: path.join('/srv/motcua/data', 'files'),
      server: { host: '127.0.0.1', port: 3000 },
      adminPassword: undefined,
      maxUploadMb: 50,
      maxUploadBytes: 50 * 1024 * 1024,
      sessionSecret: undefined,
      trustProxy: false,
      allowDemoOnNetwork: false,
      noticeIntervalMs: 5000,
      queueEndOfDayIntervalMs: 60_000,
      alertIntervalMs: 60_000,
    });
  });

  it('selects PostgreSQL with DATABASE_URL and reads every variable', () => {
    const config = configFromEnvironment(
      {
        DATABASE_URL: 'postgres://motcua:mk@db:5432/motcua',
        MOTCUA_DATA_DIR: '/var/lib/motcua',
        MOTCUA_HOST: '0.0.0.0',
        MOTCUA_PORT: '8080',
        MOTCUA_ADMIN_PASSWORD: 'mật-khẩu-dài',
        MOTCUA_MAX_UPLOAD_MB: '200',
        MOTCUA_SESSION_SECRET: 'x'.repeat(32),
      },
      cwd,
    );
    expect(config.database).toEqual({ driver: 'postgres', url: 'postgres://motcua:mk@db:5432/motcua' });
    expect(config.dataDir).toBe('/var/lib/motcua');
    expect(config.server).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(config.adminPassword).toBe('mật-khẩu-dài');
    expect(config.maxUploadBytes).toBe(200 * 1024 * 1024);
  });

  it('reads the public lookup address without its trailing slash, and refuses one with a query', () => {
    expect(configFromEnvironment({ MOTCUA_PUBLIC_URL: 'https://motcua.haiphong.gov.vn/' }, cwd).publicBaseUrl).toBe('https://motcua.haiphong.gov.vn');
    expect(configFromEnvironment({}, cwd).publicBaseUrl).toBeUndefined();
    expect(() => configFromEnvironment({ MOTCUA_PUBLIC_URL: 'motcua.vn?a=1' }, cwd)).toThrow('MOTCUA_PUBLIC_URL: phải là địa chỉ dạng https://tên-miền');
  });

  it('turns durable commits off only with MOTCUA_UNSAFE_NO_FSYNC=1, and only for the embedded database', () => {
    expect(configFromEnvironment({ MOTCUA_UNSAFE_NO_FSYNC: '1' }, cwd).database).toEqual({ driver: 'pglite', dataDir: '/srv/motcua/data', unsafeNoFsync: true });
    expect(configFromEnvironment({ MOTCUA_UNSAFE_NO_FSYNC: '0' }, cwd).database).toEqual({ driver: 'pglite', dataDir: '/srv/motcua/data' });
    expect(configFromEnvironment({ MOTCUA_UNSAFE_NO_FSYNC: '1', DATABASE_URL: 'postgres://u@h/db' }, cwd).database).toEqual({ driver: 'postgres', url: 'postgres://u@h/db' });
    expect(() => configFromEnvironment({ MOTCUA_UNSAFE_NO_FSYNC: 'yes' }, cwd)).toThrow('MOTCUA_UNSAFE_NO_FSYNC: phải là 1');
  });

  it('treats empty variables as unset', () => {
    expect(configFromEnvironment({ DATABASE_URL: '', MOTCUA_PORT: ' ', MOTCUA_ADMIN_PASSWORD: '' }, cwd).database.driver).toBe('pglite');
  });

  it('fails fast with one Vietnamese line per bad variable, never echoing secrets', () => {
    let error: unknown;
    try {
      configFromEnvironment(
        { DATABASE_URL: 'mysql://u:bí-mật@h/db', MOTCUA_PORT: 'abc', MOTCUA_MAX_UPLOAD_MB: '0', MOTCUA_ADMIN_PASSWORD: 'ngắn' },
        cwd,
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^Cấu hình không hợp lệ:/);
    expect(message).toContain('MOTCUA_PORT: phải là số nguyên từ 0 đến 65535 (0: chọn một cổng còn trống) (đang là "abc").');
    expect(message).toContain('MOTCUA_MAX_UPLOAD_MB: phải là số nguyên từ 1 đến 2048 (MB) (đang là "0").');
    expect(message).toContain('MOTCUA_ADMIN_PASSWORD: phải có ít nhất 8 ký tự.');
    expect(message).toContain('DATABASE_URL: phải là địa chỉ kết nối PostgreSQL');
    expect(message).not.toContain('bí-mật');
    expect(message).not.toContain('ngắn');
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('refuses a weak MOTCUA_ADMIN_PASSWORD with the reason, without echoing it', () => {
    for (const weak of ['12345678', 'password', '        ', 'admin123']) {
      expect(() => configFromEnvironment({ MOTCUA_ADMIN_PASSWORD: weak }, cwd)).toThrow(/MOTCUA_ADMIN_PASSWORD: Mật khẩu quá yếu: /);
    }
    expect(() => configFromEnvironment({ MOTCUA_ADMIN_PASSWORD: 'password' }, cwd)).not.toThrow(/"password"/);
  });

  it('reads MOTCUA_TRUST_PROXY as off, a hop count or a list of addresses and CIDRs', () => {
    expect(configFromEnvironment({}, cwd).trustProxy).toBe(false);
    expect(configFromEnvironment({ MOTCUA_TRUST_PROXY: 'false' }, cwd).trustProxy).toBe(false);
    expect(configFromEnvironment({ MOTCUA_TRUST_PROXY: '1' }, cwd).trustProxy).toBe(1);
    expect(configFromEnvironment({ MOTCUA_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8 ,::1,loopback' }, cwd).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'loopback']);
    expect(() => configFromEnvironment({ MOTCUA_TRUST_PROXY: 'true' }, cwd)).toThrow(/MOTCUA_TRUST_PROXY: phải là số tầng proxy .* "true" không hợp lệ/);
    expect(() => configFromEnvironment({ MOTCUA_TRUST_PROXY: '10.0.0.0/33' }, cwd)).toThrow(/"10\.0\.0\.0\/33" không hợp lệ/);
  });

  it('reads MOTCUA_ALLOW_DEMO_ON_NETWORK as off unless 1', () => {
    expect(configFromEnvironment({}, cwd).allowDemoOnNetwork).toBe(false);
    expect(configFromEnvironment({ MOTCUA_ALLOW_DEMO_ON_NETWORK: '1' }, cwd).allowDemoOnNetwork).toBe(true);
    expect(configFromEnvironment({ MOTCUA_ALLOW_DEMO_ON_NETWORK: '0' }, cwd).allowDemoOnNetwork).toBe(false);
    expect(() => configFromEnvironment({ MOTCUA_ALLOW_DEMO_ON_NETWORK: 'maybe' }, cwd)).toThrow(/MOTCUA_ALLOW_DEMO_ON_NETWORK: phải là 1/);
  });
});
