import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../context.js';

/** Where the batch writes: stdout, or `--output FILE` (complete or not there at all). */
export interface Sink {
  write(text: string): void;
  /** The run completed: the output is in place. */
  commit(): void;
  /** The run stopped: nothing half-written is left under the name asked for. */
  abandon(): void;
}

export function stdoutSink(write: (text: string) => void): Sink {
  return { write, commit: () => {}, abandon: () => {} };
}

/**
 * `--output FILE`: the rows go to a temporary file beside it, renamed to FILE when the run ends,
 * so FILE is either the whole result or, after a crash or a kill, the previous one (or absent).
 */
export function fileSink(path: string): Sink {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const fault = (error: unknown) =>
    new InputError(`--output: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  let fd: number | null = null;
  // Interrupted (Ctrl-C, a kill): the partial file goes, the exit code says which signal. Listened
  // for before the file is made: a signal between the two would otherwise end the process by the
  // default action, leaving the file behind.
  const interrupted = (signal: NodeJS.Signals) => {
    close();
    rmSync(temporary, { force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const closeFile = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  const close = () => {
    closeFile();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  };
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    close();
    throw fault(error);
  }
  const opened = fd;
  return {
    write(text) {
      try {
        writeSync(opened, `${text}\n`);
      } catch (error) {
        throw fault(error);
      }
    },
    commit() {
      try {
        // Still listening until FILE is in place: a kill before the rename removes the partial file.
        closeFile();
        renameSync(temporary, path);
      } catch (error) {
        close();
        rmSync(temporary, { force: true });
        throw fault(error);
      }
      close();
    },
    abandon() {
      close();
      rmSync(temporary, { force: true });
    },
  };
}
