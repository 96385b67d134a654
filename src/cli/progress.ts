/**
 * A progress bar on stderr (cli-progress), so that stdout stays clean for `--json`.
 * Without a terminal it prints a line now and then instead of redrawing.
 */
import cliProgress from 'cli-progress';

export interface Progress<Payload extends object = object> {
  update(done: number, total: number, payload?: Payload): void;
  stop(): void;
}

/** A bar counting dossiers: "label [███░░] 40% | 400/1000 hồ sơ | còn khoảng 12s". */
export function progressBar(label: string): Progress {
  return progressBarWithFormat(`${label} [{bar}] {percentage}% | {value}/{total} hồ sơ | còn khoảng {eta_formatted}`);
}

/** A bar with a cli-progress `format` whose own `{tokens}` come from the payload of each update. */
export function progressBarWithFormat<Payload extends object>(format: string): Progress<Payload> {
  const bar = new cliProgress.SingleBar(
    {
      format,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 20,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, payload) {
      if (!started) {
        bar.start(total, 0, payload);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
