/**
 * The `motcua` command line. Each subcommand lives in src/cli/commands/ and registers itself
 * here; user-facing text is Vietnamese, errors print a message (never a stack trace).
 */
// First: corrects exceljs's streaming UTF-8 decoding before any module loads exceljs.
import '../features/imports/exceljs-utf8.ts';
import { Command, CommanderError, Help } from 'commander';
import { CliError } from './io.ts';
import { registerLunar } from './commands/lunar.ts';
import { registerCalendar } from './commands/calendar.ts';
import { registerDue } from './commands/due.ts';
import { registerStart } from './commands/start.ts';
import { registerServe } from './commands/serve.ts';
import { registerAudit } from './commands/audit.ts';
import { registerImport } from './commands/import.ts';
import { registerReport } from './commands/report.ts';
import { registerDemo } from './commands/demo.ts';
import { registerUser } from './commands/user.ts';
import { registerAlerts } from './commands/alerts.ts';

/** Commander's help with Vietnamese headings. */
class VietnameseHelp extends Help {
  override formatHelp(cmd: Command, helper: Help): string {
    return super
      .formatHelp(cmd, helper)
      .replace(/^Usage:/m, 'Cách dùng:')
      .replace(/^Arguments:/m, 'Tham số:')
      .replace(/^Options:/m, 'Tùy chọn:')
      .replace(/^Commands:/m, 'Lệnh:')
      .replace(/\(default: /g, '(mặc định: ');
  }
}

const COMMANDER_MESSAGES: Record<string, (e: CommanderError) => string> = {
  'commander.unknownOption': (e) => `Tùy chọn không được hỗ trợ: ${/'([^']+)'/.exec(e.message)?.[1] ?? e.message}. Xem "motcua --help".`,
  'commander.unknownCommand': (e) => `Lệnh không tồn tại: ${/'([^']+)'/.exec(e.message)?.[1] ?? e.message}. Xem "motcua --help".`,
  'commander.missingArgument': (e) => `Thiếu tham số bắt buộc ${/'([^']+)'/.exec(e.message)?.[1] ?? ''}.`,
  'commander.optionMissingArgument': (e) => `Tùy chọn ${/'([^']+)'/.exec(e.message)?.[1] ?? ''} cần một giá trị.`,
  'commander.missingMandatoryOptionValue': (e) => `Thiếu tùy chọn bắt buộc ${/'([^']+)'/.exec(e.message)?.[1] ?? ''}.`,
  'commander.excessArguments': () => 'Thừa tham số. Xem "motcua <lệnh> --help".',
};

export function buildProgram(): Command {
  const program = new Command('motcua');
  program
    .description('Một Cửa: vận hành Trung tâm Phục vụ hành chính công cấp xã')
    .version('0.1.0', '-V, --version', 'in số phiên bản')
    .helpOption('-h, --help', 'hiển thị trợ giúp')
    .helpCommand('help [lệnh]', 'hiển thị trợ giúp của một lệnh')
    .configureHelp({})
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  program.createHelp = () => Object.assign(new VietnameseHelp(), program.configureHelp());
  registerStart(program);
  registerLunar(program);
  registerCalendar(program);
  registerDue(program);
  registerServe(program);
  registerAudit(program);
  registerImport(program);
  registerReport(program);
  registerDemo(program);
  registerAlerts(program);
  registerUser(program);
  for (const command of program.commands) {
    command.helpOption('-h, --help', 'hiển thị trợ giúp').exitOverride().configureOutput({ writeErr: () => undefined });
    command.createHelp = () => new VietnameseHelp();
  }
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      const message = COMMANDER_MESSAGES[error.code]?.(error) ?? error.message;
      process.stderr.write(`Lỗi: ${message}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      process.stderr.write(`Lỗi: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`Lỗi không mong muốn: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
