/** Output helpers shared by the commands: JSON on stdout, Vietnamese errors on stderr. */

/** An error the user can fix: printed as a Vietnamese message without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** The local clock, read only here at the edge of the program. */
export function nowInstant(): number {
  return Date.now();
}
