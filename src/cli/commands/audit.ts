import type { Command } from 'commander';
import { print, printJson } from '../io.ts';
import { withDatabase } from '../database.ts';
import { verifyAuditChain } from '../../platform/events/audit-chain.ts';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('Kiểm tra nhật ký sự kiện hồ sơ');
  audit
    .command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký sự kiện; chỉ ra mắt xích hỏng đầu tiên')
    .option('--data <dir>', 'thư mục dữ liệu (mặc định ./data)')
    .option('--unit <code>', 'chỉ kiểm tra một đơn vị')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (options: { data?: string; unit?: string; json?: boolean }) => {
      const result = await withDatabase(options, (handle) => verifyAuditChain(handle.db, options.unit));
      if (options.json) printJson(result);
      else if (result.ok) print(`Chuỗi nhật ký toàn vẹn: đã kiểm tra ${result.checked} sự kiện.`);
      else print(`CHUỖI NHẬT KÝ BỊ HỎNG: ${result.firstBroken.message}`);
      if (!result.ok) process.exitCode = 3;
    });
}
