/**
 * `motcua user password USERNAME`: sets a new password from the server's console — the way back
 * in when the only administrator has forgotten theirs (the web asks for a signed-in manager).
 * The password is read from standard input, never from the command line (which other users of
 * the machine can see in the process list).
 */
import type { Command } from 'commander';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import { endSessionsOfUser } from '../../platform/sessions/sessions.ts';
import { weakPasswordReason } from '../../platform/users/password-strength.ts';
import { findUserByUsername, PASSWORD_LENGTH, setUserPassword } from '../../platform/users/users.store.ts';
import { withDatabase } from '../database.ts';
import { CliError, print, printJson } from '../io.ts';

/** The first line of standard input, without its line end. */
async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Nhập mật khẩu mới rồi nhấn Enter: ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('Quản lý tài khoản từ máy chủ');
  user
    .command('password')
    .description('Đặt mật khẩu mới cho một tài khoản (đọc từ đầu vào chuẩn) và mở khóa nếu đang khóa; mọi phiên đăng nhập của tài khoản bị đăng xuất')
    .argument('<username>', 'tên đăng nhập')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (username: string, options: { data?: string; json?: boolean }) => {
      const password = await readFirstLine();
      if (password.length < PASSWORD_LENGTH.min) throw new CliError(`Mật khẩu phải có ít nhất ${PASSWORD_LENGTH.min} ký tự (nhận được ${password.length}).`);
      if (password.length > PASSWORD_LENGTH.max) throw new CliError(`Mật khẩu dài tối đa ${PASSWORD_LENGTH.max} ký tự.`);
      const result = await withDatabase(options, async (handle) => {
        const found = await findUserByUsername(handle.db, username);
        if (!found) throw new CliError(`Không tìm thấy tài khoản "${username}".`);
        const weak = weakPasswordReason(password, found);
        if (weak) throw new CliError(weak);
        await handle.db.transaction(async (tx) => {
          await setUserPassword(tx, found.id, password, { unlock: true });
          await recordAdminChange(tx, { kind: 'user.password_reset', actorId: null, unitCode: found.unitCode, target: found.username, after: { via: 'command-line', unlocked: !found.active } });
        });
        await endSessionsOfUser(handle.db, found.id);
        return { username: found.username, unlocked: !found.active };
      });
      if (options.json) printJson(result);
      else print(`Đã đặt mật khẩu mới cho ${result.username}${result.unlocked ? ' và mở khóa tài khoản' : ''}; các phiên đăng nhập cũ đã bị đăng xuất.`);
    });
}
