import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The library evaluates no code it builds at run time: no eval, no Function constructor, no
// string timers, no dynamic import of a computed specifier.
const FORBIDDEN = [
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(?<![.\w])Function\s*\(\s*['"`]/,
  /setTimeout\s*\(\s*['"`]/,
  /import\s*\(\s*[^'"`\s)]/,
];

describe('no dynamic code evaluation', () => {
  it('in the sources', () => {
    for (const file of files('src').filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of FORBIDDEN) expect(pattern.test(text), `${file}: ${pattern}`).toBe(false);
    }
  });

  it('zod, the one dependency that can compile parsers, runs without it when asked (CSP)', () => {
    // zod 4 probes `new Function` once and falls back to its interpreter where a CSP forbids it;
    // `jitless` turns the probe off. Parsing a profile gives the same result either way.
    const schema = z.object({ a: z.string(), b: z.number() }).strict();
    const before = schema.parse({ a: 'x', b: 1 });
    z.config({ jitless: true });
    try {
      expect(schema.parse({ a: 'x', b: 1 })).toEqual(before);
    } finally {
      z.config({ jitless: false });
    }
  });
});
