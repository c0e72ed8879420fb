import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from './context.js';

/**
 * The examples that ship with the package (`fixtures/profiles/*.json`, `fixtures/vendors/*.csv`),
 * found from the CLI's own place, so that `--example saas-vendor` works in an installed package
 * as in a clone. The same relative path holds from `src/cli/` and from `dist/cli/`.
 */
const ROOT = new URL('../../fixtures/', import.meta.url);

const KINDS = {
  profile: { dir: 'profiles', ext: '.json' },
  vendors: { dir: 'vendors', ext: '.csv' },
} as const;

/** The names of the bundled examples of a kind ("saas-vendor", "acme-crm-vendor"...). */
export function exampleNames(kind: keyof typeof KINDS): string[] {
  const { dir, ext } = KINDS[kind];
  return readdirSync(new URL(`${dir}/`, ROOT))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/** The path of a bundled example, or a UsageError listing the examples there are. */
export function examplePath(kind: keyof typeof KINDS, name: string): string {
  const names = exampleNames(kind);
  if (!names.includes(name))
    throw new UsageError(
      `--example: no ${kind} example ${JSON.stringify(name)}; the examples are ${names.join(', ')}`,
    );
  const { dir, ext } = KINDS[kind];
  return fileURLToPath(new URL(`${dir}/${name}${ext}`, ROOT));
}
