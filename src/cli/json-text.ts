import { withWords } from '../report/steps/render.js';

/** A result as `--format json` prints it: indented, every step with its words. */
export function jsonText(result: unknown): string {
  return JSON.stringify(withWords(result), null, 2);
}
