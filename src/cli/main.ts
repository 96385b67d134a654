/**
 * The `motcua` command line. Each subcommand lives in src/cli/commands/ and registers itself
 * here; user-facing text is Vietnamese, errors print a message (never a stack trace).
 */
// First: corrects exceljs's streaming UTF-8 decoding before any module loads exceljs.
import '../features/imports/exceljs-utf8.ts';
import { Command, CommanderError, Help } from 'commander';
import { CliError } from './io.ts';

type Register = (program: Command) => void;

/**
 * The subcommands in the order of the help, each loaded only when needed: a command runs with its
 * own modules (`motcua lunar` does not load the server, exceljs or docx), while the help and an
 * unknown command load them all. Loading everything took 3–10 s per call on a loaded 2-core machine.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['start', async () => (await import('./commands/start.ts')).registerStart],
  ['lunar', async () => (await import('./commands/lunar.ts')).registerLunar],
  ['calendar', async () => (await import('./commands/calendar.ts')).registerCalendar],
  ['due', async () => (await import('./commands/due.ts')).registerDue],
  ['serve', async () => (await import('./commands/serve.ts')).registerServe],
  ['audit', async () => (await import('./commands/audit.ts')).registerAudit],
  ['import', async () => (await import('./commands/import.ts')).registerImport],
  ['report', async () => (await import('./commands/report.ts')).registerReport],
  ['demo', async () => (await import('./commands/demo.ts')).registerDemo],
  ['alerts', async () => (await import('./commands/alerts.ts')).registerAlerts],
  ['user', async () => (await import('./commands/user.ts')).registerUser],
];

/** The registrations `argv` needs: none for the version, its subcommand's alone when it names one, else every one. */
async function registrationsFor(argv: readonly string[]): Promise<Register[]> {
  if (argv.length === 1 && (argv[0] === '-V' || argv[0] === '--version')) return [];
  const named = COMMANDS.find(([name]) => name === argv[0]);
  return Promise.all((named === undefined ? COMMANDS : [named]).map(([, load]) => load()));
}

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

const unknownCommand = (name: string): string => `Lệnh không tồn tại: ${name}. Xem "motcua --help".`;

const COMMANDER_MESSAGES: Record<string, (e: CommanderError) => string> = {
  'commander.unknownOption': (e) => `Tùy chọn không được hỗ trợ: ${/'([^']+)'/.exec(e.message)?.[1] ?? e.message}. Xem "motcua --help".`,
  'commander.unknownCommand': (e) => unknownCommand(/'([^']+)'/.exec(e.message)?.[1] ?? e.message),
  'commander.missingArgument': (e) => `Thiếu tham số bắt buộc ${/'([^']+)'/.exec(e.message)?.[1] ?? ''}.`,
  'commander.optionMissingArgument': (e) => `Tùy chọn ${/'([^']+)'/.exec(e.message)?.[1] ?? ''} cần một giá trị.`,
  'commander.missingMandatoryOptionValue': (e) => `Thiếu tùy chọn bắt buộc ${/'([^']+)'/.exec(e.message)?.[1] ?? ''}.`,
  'commander.excessArguments': () => 'Thừa tham số. Xem "motcua <lệnh> --help".',
};

export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
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
  for (const register of await registrationsFor(argv)) register(program);
  for (const command of program.commands) {
    command.helpOption('-h, --help', 'hiển thị trợ giúp').exitOverride().configureOutput({ writeErr: () => undefined });
    command.createHelp = () => new VietnameseHelp();
  }
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-') && first !== 'help' && !COMMANDS.some(([name]) => name === first)) {
    process.stderr.write(`Lỗi: ${unknownCommand(first)}\n`);
    return 2;
  }
  const program = await buildProgram(argv);
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
