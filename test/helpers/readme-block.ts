import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/**
 * The README block between `<!-- tag:start -->` and `<!-- tag:end -->` is what the code prints
 * today. Run with `UPDATE_README=1` (`npm run readme`) to write the block instead of comparing
 * it, after a change of the data or the model; the comparison is what `npm test` does.
 */
export function expectReadmeBlock(tag: string, printed: string): void {
  const readme = readFileSync(README, 'utf8');
  const start = `<!-- ${tag}:start -->\n`;
  const end = `\n<!-- ${tag}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end, from);
  expect(from, `README has no ${start.trim()}`).toBeGreaterThanOrEqual(0);
  expect(to, `README has no ${end.trim()}`).toBeGreaterThan(from);
  if (process.env.UPDATE_README === '1') {
    writeFileSync(README, readme.slice(0, from + start.length) + printed + readme.slice(to));
    return;
  }
  expect(readme.slice(from + start.length, to)).toBe(printed);
}
