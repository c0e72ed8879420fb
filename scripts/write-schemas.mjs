// Writes the JSON Schema of every input to schemas/<name>.json from the built package
// (npm run schemas). A test fails when the files fall behind the zod schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemas } from '../dist/schemas/index.js';

mkdirSync('schemas', { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(`schemas/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} schemas to schemas/`);
