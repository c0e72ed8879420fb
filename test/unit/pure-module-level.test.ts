import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * A module-level `const X = f(...)`: the name, whether the call is marked pure, and the callee.
 * The initializer may start on the next line, as the formatter wraps it.
 */
const DECLARATION =
  /^(?:export )?const ([A-Za-z_$][\w$]*)(?::[^=\n]+)? =\s*(\/\* @__PURE__ \*\/\s*)?([A-Za-z_$][\w$.]*)\(/gm;

// The build puts many modules in one chunk, so a user's bundler cannot drop a module it does not
// use: it drops the unused statements of a chunk, and a call only when it is marked pure. A table
// built at module scope by an unmarked call (`deepFreeze(bundled)`, `Object.freeze([...])`, an
// act's citations) stays in every bundle that imports its chunk: the bundled fine model and every
// act's tables rode in a `legalMaximum`-only browser bundle (139.7 kB gzip; 122.6 kB with the marks,
// 4 December 2026, issue 18).
describe('module-level tables are built by calls marked /* @__PURE__ */', () => {
  it('in every source file', () => {
    const unmarked: string[] = [];
    let marked = 0;
    for (const file of files('src').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(DECLARATION)) {
        if (m[2] === undefined) unmarked.push(`${file}: const ${m[1]} = ${m[3]}(...)`);
        else marked++;
      }
    }
    expect(unmarked).toEqual([]);
    // The pattern finds the declarations it is meant to (a pattern that matched nothing would pass).
    expect(marked).toBeGreaterThan(150);
  });

  it('the pattern tells a marked call from an unmarked one, on one line or wrapped', () => {
    const names = (text: string) => [...text.matchAll(DECLARATION)].map((m) => [m[1], m[2] !== undefined]);
    expect(
      names(
        [
          'export const A = Object.freeze([1]);',
          'const B: ReadonlySet<string> = /* @__PURE__ */ frozenSet(["x"]);',
          'export const C =\n  /* @__PURE__ */ gdpr("Art. 83(3)", "text");',
          'export const D =\n  deepFreeze(bundled);',
          'const E = [1, 2];',
          '  const F = inner(1);',
        ].join('\n'),
      ),
    ).toEqual([
      ['A', false],
      ['B', true],
      ['C', true],
      ['D', false],
    ]);
  });
});
