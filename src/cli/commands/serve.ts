import type { Command } from 'commander';
import { CliError, print } from '../io.ts';
import { ConfigError, configFromEnvironment, type Config } from '../../platform/config.ts';
import { DataFolderLockedError } from '../../platform/db/data-folder-lock.ts';
import { DEMO_ON_NETWORK_WARNING, DemoOnNetworkError } from '../../platform/instance/instance.ts';
import { startServer, type RunningServer, type StartServerOptions } from '../../server.ts';

export interface ServerOptions {
  data?: string;
  port?: string;
  host?: string;
  allowDemoOnNetwork?: boolean;
}

/** The configuration from the environment, with the command-line options on top. */
export function configWithOptions(options: ServerOptions): Config {
  try {
    return configFromEnvironment({
      ...process.env,
      ...(options.data ? { MOTCUA_DATA_DIR: options.data } : {}),
      ...(options.port ? { MOTCUA_PORT: options.port } : {}),
      ...(options.host ? { MOTCUA_HOST: options.host } : {}),
      ...(options.allowDemoOnNetwork ? { MOTCUA_ALLOW_DEMO_ON_NETWORK: '1' } : {}),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

export interface ServeHooks {
  /** Runs on the open, bootstrapped database before the server listens (motcua start loads the demo). */
  afterBootstrap?: StartServerOptions['afterBootstrap'];
  /** Runs once the server listens, before "Nhấn Ctrl+C để dừng." (motcua start prints the demo accounts). */
  afterStart?: (server: RunningServer) => Promise<void>;
}

export async function serve(options: ServerOptions, hooks: ServeHooks = {}): Promise<void> {
  const config = configWithOptions(options);
  let server;
  try {
    server = await startServer(config, { logger: { level: process.env.MOTCUA_LOG_LEVEL ?? 'warn' }, ...(hooks.afterBootstrap ? { afterBootstrap: hooks.afterBootstrap } : {}) });
  } catch (error) {
    if (error instanceof DataFolderLockedError || error instanceof DemoOnNetworkError) throw new CliError(error.message, 1);
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new CliError(`Cổng ${config.server.port} đang được chương trình khác dùng. Hãy chọn cổng khác bằng --port.`, 1);
    }
    throw error;
  }
  const where = config.database.driver === 'pglite' ? `CSDL nhúng trong ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  print(`Một Cửa đang chạy tại ${server.url} (${where}).`);
  if (config.database.driver === 'pglite' && config.database.unsafeNoFsync) {
    print('CẢNH BÁO: MOTCUA_UNSAFE_NO_FSYNC=1: dữ liệu đã ghi chưa chắc nằm trên đĩa; mất điện có thể làm mất hồ sơ đã tiếp nhận hoặc hỏng thư mục dữ liệu. Chỉ dùng để đo hiệu năng.');
  }
  print(`Tài liệu API: ${server.url}/api/docs`);
  print(`Danh mục: ${server.bootstrap.procedures} phiên bản thủ tục đã nạp.`);
  if (server.bootstrap.generatedAdminPassword) {
    print(`Tài khoản quản trị: admin / ${server.bootstrap.generatedAdminPassword}  (mật khẩu chỉ in một lần; hãy đổi bằng nút "Đổi mật khẩu" sau khi đăng nhập)`);
  } else {
    print('Đăng nhập bằng tài khoản quản trị "admin" (mật khẩu đã đặt qua MOTCUA_ADMIN_PASSWORD hoặc in ra ở lần chạy đầu).');
  }
  await hooks.afterStart?.(server);
  if (server.demo === 'network-allowed') for (const line of DEMO_ON_NETWORK_WARNING) print(line);
  print('Nhấn Ctrl+C để dừng.');
  const stop = async (): Promise<void> => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ Một Cửa (CSDL nhúng trong thư mục dữ liệu, hoặc PostgreSQL qua DATABASE_URL)')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--port <n>', 'cổng (mặc định 3000)')
    .option('--host <h>', 'địa chỉ lắng nghe (mặc định 127.0.0.1)')
    .option('--allow-demo-on-network', 'cho phép mở CSDL có dữ liệu mẫu ra mạng (địa chỉ khác 127.0.0.1; hoặc MOTCUA_ALLOW_DEMO_ON_NETWORK=1)')
    .action(serve);
}
