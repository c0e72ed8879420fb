// Fits the fine model on the bundled dataset and writes src/model/bundled-model.json, with the
// frequency parameters and the measured accuracy. Run after a change to data/: `npm run model`.
import { readFileSync, writeFileSync } from 'node:fs';
import { calibrate, fitFineModel, frequencyParameters, summarise } from '../dist/index.js';
import { authorities, FINES_REPORTED, SANCTIONS_DATASET, sanctions } from '../dist/sanctions/index.js';

const enterprises = JSON.parse(
  readFileSync(new URL('../data/enforcement/enterprises.json', import.meta.url), 'utf8'),
).rows;
const model = fitFineModel(sanctions, { datasetVersion: SANCTIONS_DATASET.version });
const ids = authorities()
  .filter((a) => a.country !== 'EU' && a.country !== 'US')
  .map((a) => a.id);
const frequency = frequencyParameters(sanctions.all(), FINES_REPORTED, enterprises, ids);
const evaluation = summarise(calibrate(sanctions));
writeFileSync(
  new URL('../src/model/bundled-model.json', import.meta.url),
  `${JSON.stringify({ model, frequency, evaluation })}\n`,
);
console.log(
  `fitted on ${model.data.cases} cases (${model.data.fingerprint}); rolling-origin coverage ${evaluation.rollingOrigin.all.coverage}`,
);
