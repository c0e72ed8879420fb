/** How often the progress line is rewritten, in ms: often enough to see it move, not to cost. */
const PROGRESS_EVERY_MS = 200;

/**
 * The progress line of a run on a terminal (`show` is absent when stderr is not one): rows read,
 * errors and rows a second since `started`, rewritten at most every PROGRESS_EVERY_MS.
 */
export function progressLine(
  show: ((text: string) => void) | undefined,
  now: () => number,
  started: number,
): (rows: number, errors: number) => void {
  let last = started;
  return (rows, errors) => {
    if (!show || now() - last < PROGRESS_EVERY_MS) return;
    last = now();
    const rate = Math.round((rows * 1000) / Math.max(1, last - started));
    show(`${rows.toLocaleString('en')} rows, ${errors} errors, ${rate.toLocaleString('en')} rows/s`);
  };
}

/** The line a run ends with on stderr, whatever the output: what was read, scored and failed. */
export function summaryLine(rows: number, errors: number, seconds: number): string {
  return `lexposure batch: ${rows} rows, ${rows - errors} scored, ${errors} with errors, in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`;
}
