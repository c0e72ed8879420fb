import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { estimateExposure, riskScore, simulate } from '../../src/index.js';
import { formatDatasetSummary } from '../../src/report/sanctions.js';
import { sanctions } from '../../src/sanctions/index.js';
import { modelExamplesTable } from '../helpers/model-examples.js';
import { expectReadmeBlock } from '../helpers/readme-block.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('README blocks regenerated from the bundled data', () => {
  it('the dataset in figures', () => {
    expectReadmeBlock('dataset', formatDatasetSummary(sanctions.all(), sanctions.coverage()));
  });

  it('the five companies of the fine-model examples', () => {
    expectReadmeBlock('examples', modelExamplesTable());
  });
});

describe('README walk-through: the bundled SaaS example', () => {
  const saas = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../fixtures/profiles/saas-vendor.json', import.meta.url)), 'utf8'),
  );
  const estimate = estimateExposure({ profile: saas, asOf: '2025-06-30', sanctions });
  const gdpr = estimate.regimes.find((r) => r.regime === 'GDPR');
  const euros = (amount: string | undefined) =>
    `€${Number(amount).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const walk =
    readme.split('### Walk-through: the bundled SaaS example')[1]?.split('### Money and exchange rates')[0] ??
    '';

  it('shows the estimate the code gives', () => {
    for (const figure of [
      gdpr?.method?.low.amount,
      gdpr?.method?.likely?.amount,
      gdpr?.method?.high.amount,
      gdpr?.model?.low.amount,
      gdpr?.model?.likely.amount,
      gdpr?.model?.high.amount,
    ]) {
      expect(walk).toContain(euros(figure));
    }
  });

  it('shows the simulation and the score the code gives', () => {
    const rate = gdpr?.frequency?.rate ?? 0;
    const simulation = simulate({
      profile: saas,
      asOf: '2025-06-30',
      iterations: 100_000,
      seed: 1,
      scenarios: [
        {
          id: 'gdpr',
          provision: 'GDPR 83(5)',
          frequency: { probability: '0.05' },
          severity: { kind: 'estimate', source: 'model', regime: 'GDPR', articles: ['5', '6', '32', '12'] },
        },
      ],
    });
    expect(walk).toContain(euros(simulation.companies[0]?.mean.amount));
    expect(walk).toContain(euros(simulation.total.quantiles.p99.amount));
    const score = riskScore({ profile: saas, asOf: '2025-06-30', estimate });
    expect(walk).toContain(`${score.score}, grade ${score.grade}`);
    expect(walk).toContain(`${(rate * 100).toPrecision(2)} %`);
  });
});
