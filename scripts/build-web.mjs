// Builds the offline calculator: web/calculator.ts bundled (esbuild, minified) and inlined into
// web/calculator.html, so the page is one file with no request to make. `npm run web`, or
// `node scripts/build-web.mjs OUT.html`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? resolve(root, 'dist/web/calculator.html'));
const bundle = await build({
  entryPoints: [resolve(root, 'web/calculator.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  write: false,
  legalComments: 'none',
});
const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const html = readFileSync(resolve(root, 'web/calculator.html'), 'utf8').replace('/*BUNDLE*/', () => script);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`wrote ${out} (${Math.round(html.length / 1024)} kB)`);
