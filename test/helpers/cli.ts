import { run } from '../../src/cli/main.js';

/** Runs the command line in-process and collects what it writes. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: () => '2026-11-28' },
    '9.9.9',
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
