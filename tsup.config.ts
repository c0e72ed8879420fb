import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library and its subpaths. Splitting puts the code they share in common chunks, so that
    // `lexposure/testing` and `lexposure` use one copy of it (one parseProfile, one Decimal clone).
    entry: {
      index: 'src/index.ts',
      'law/index': 'src/api/law.ts',
      'testing/index': 'src/testing/index.ts',
      'sanctions/index': 'src/sanctions/index.ts',
      'schemas/index': 'src/schemas/index.ts',
      'testing/vitest': 'src/testing/vitest.ts',
    },
    // vitest is the user's: the matchers register with their copy.
    external: ['vitest'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    splitting: true,
    treeshake: true,
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
