/**
 * Progress of long work on stderr, only when stderr is a terminal: piped or captured output stays clean.
 */
export interface Progress {
  /** A bar for work counted in rows. */
  count(label: string, done: number, total: number): void;
  /** A line saying what is happening now (replaced by the next one). */
  status(line: string): void;
  /** A line that stays (a notice from start-up, say). */
  note(line: string): void;
  /** Clears whatever is on the progress line. */
  end(): void;
}

const SILENT: Progress = {
  count: () => undefined,
  status: () => undefined,
  note: () => undefined,
  end: () => undefined,
};
const BAR_WIDTH = 30;

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return SILENT;
  let shown = false;
  const show = (text: string): void => {
    stream.write(`\r\x1b[2K${text.slice(0, Math.max(20, (stream.columns || 80) - 1))}`);
    shown = true;
  };
  const end = (): void => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    count(label, done, total) {
      const filled = Math.round((done / Math.max(total, 1)) * BAR_WIDTH);
      show(`${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
    },
    status: show,
    note(line) {
      end();
      stream.write(`${line}\n`);
    },
    end,
  };
}
