import { describe, expect, it } from 'vitest';
import { legalMaximum as plainLegalMaximum } from '../../../src/fines/legal-maximum.js';
import * as lexposure from '../../../src/index.js';
import { withWords } from '../../../src/report/steps/render.js';
import { fixtureProfile } from '../../helpers/profiles.js';

const display = (value: object) =>
  (value as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]?.();

describe('notebook display', () => {
  const profile = fixtureProfile('amazon-europe-core');
  const max = lexposure.legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2021-07-16' });

  it('results answer Symbol.for("Jupyter.display") with markdown and plain text', () => {
    const bundle = display(max);
    expect(bundle?.['text/markdown']).toMatch(/^### GDPR 83\(5\): EUR 13,520,014,008\.0548/);
    expect(bundle?.['text/plain']).toMatch(/^GDPR 83\(5\): EUR 13,520,014,008\.0548/);
  });

  it('the display method is invisible to JSON, to equality and to Object.keys', () => {
    // The engine's result with its steps' words, as the entry point renders it.
    const plain = withWords(plainLegalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2021-07-16' }));
    expect(display(plain)).toBeUndefined();
    expect(max).toEqual(plain);
    expect(JSON.stringify(max)).toBe(JSON.stringify(plain));
    expect(Object.keys(max)).toEqual(Object.keys(plain));
  });

  it('every entry point that returns a result is displayable', () => {
    const saas = fixtureProfile('saas-vendor');
    const asOf = '2025-06-30';
    const results: object[] = [
      lexposure.maximumFine({ profile: saas, regime: 'GDPR', articles: ['6'], asOf }),
      lexposure.estimateExposure({ profile: saas, asOf }),
      lexposure.riskScore({ profile: saas, asOf }),
      lexposure.obligationsFor({ profile: saas, asOf }),
      lexposure.gapAnalysis({ profile: saas, asOf }),
      lexposure.edpbFine({ profile: saas, asOf, infringement: { articles: ['6'], seriousness: 'low' } }),
      lexposure.deadline({ timeLimit: 'GDPR 12(3)', from: '2026-01-31' }),
      lexposure.simulate({
        profile: saas,
        asOf,
        iterations: 1000,
        seed: 7,
        scenarios: [
          {
            id: 'a',
            provision: 'GDPR 83(5)',
            frequency: { probability: '0.1' },
            severity: { kind: 'fixed', value: '100000' },
          },
        ],
      }),
    ];
    for (const result of results) {
      const bundle = display(result);
      expect(bundle?.['text/markdown']?.length, JSON.stringify(result).slice(0, 60)).toBeGreaterThan(20);
    }
  });
});

describe('toVegaLite', () => {
  const saas = fixtureProfile('saas-vendor');
  const asOf = '2025-06-30';

  it('draws the exceedance curve of a simulation, point for point', () => {
    const sim = lexposure.simulate({
      profile: saas,
      asOf,
      iterations: 2000,
      seed: 1,
      scenarios: [
        {
          id: 'a',
          provision: 'GDPR 83(5)',
          frequency: { probability: '0.2' },
          severity: { kind: 'fixed', value: '50000' },
        },
      ],
    });
    const spec = sim.toVegaLite() as {
      $schema: string;
      data: { values: { amount: number; probability: number }[] };
      mark: { type: string };
      encoding: { x: { scale?: { type: string } } };
    };
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(spec.mark.type).toBe('line');
    // Issue 18: the loss axis is logarithmic (symlog, which also places a year without a fine).
    expect(spec.encoding.x.scale?.type).toBe('symlog');
    expect(spec.data.values).toHaveLength(sim.total.exceedance.length);
    sim.total.exceedance.forEach((p, i) => {
      expect(spec.data.values[i]?.amount).toBe(Number(p.amount.amount));
      expect(spec.data.values[i]?.probability).toBe(p.probability);
    });
  });

  it('draws the exposure ranges by regime and the caps by provision', () => {
    const estimate = lexposure.estimateExposure({ profile: saas, asOf });
    const spec = estimate.toVegaLite() as {
      data: { values: { regime: string; low: number; high: number }[] };
      layer: unknown[];
    };
    expect(spec.layer).toHaveLength(3);
    const gdpr = spec.data.values.find((v) => v.regime === 'GDPR');
    const range = estimate.regimes.find((r) => r.regime === 'GDPR')?.combined;
    expect(gdpr?.low).toBe(Number(range?.low.amount));
    expect(gdpr?.high).toBe(Number(range?.high.amount));

    const caps = ['GDPR 83(4)', 'GDPR 83(5)', 'DSA 52(3)'].map((provision) =>
      lexposure.legalMaximum({ profile: saas, provision, asOf }),
    );
    const chart = lexposure.toVegaLite(caps) as { data: { values: { provision: string; regime: string }[] } };
    expect(chart.data.values.map((v) => [v.provision, v.regime])).toEqual([
      ['GDPR 83(4)', 'GDPR'],
      ['GDPR 83(5)', 'GDPR'],
      ['DSA 52(3)', 'DSA'],
    ]);
  });

  it('refuses what it cannot draw', () => {
    expect(() => lexposure.toVegaLite({ x: 1 })).toThrow(lexposure.LexposureError);
  });
});

describe('the worked notebook (fixtures/notebooks/exposure.ipynb) and the README example', () => {
  it('runs its calls with this library and draws its charts', async () => {
    const { readFileSync } = await import('node:fs');
    const notebook = JSON.parse(readFileSync('fixtures/notebooks/exposure.ipynb', 'utf8')) as {
      cells: { source: string[] }[];
    };
    const code = notebook.cells.map((c) => c.source.join('')).join('\n');
    expect(code).toContain("severity: { kind: 'lognormal', median: '80000', sigma: '1.5' }");
    const profile = fixtureProfile('saas-vendor');
    const asOf = '2025-06-30';
    const caps = ['GDPR 83(4)', 'GDPR 83(5)'].map((provision) =>
      lexposure.legalMaximum({ profile, provision, asOf }),
    );
    expect(lexposure.toVegaLite(caps)).toMatchObject({ mark: 'bar' });
    const sim = lexposure.simulate({
      profile,
      asOf,
      iterations: 100_000,
      seed: 42,
      scenarios: [
        {
          id: 'gdpr',
          provision: 'GDPR 83(5)',
          frequency: { probability: '0.05' },
          severity: { kind: 'lognormal', median: '80000', sigma: '1.5' },
        },
      ],
    });
    expect(sim.total.probabilityOfLoss).toBeGreaterThan(0.04);
    expect(sim.toVegaLite()).toMatchObject({ mark: { type: 'line' } });
    const score = lexposure.riskScore({ profile, asOf, expectedLoss: sim.total.mean });
    expect(display(score)?.['text/markdown']).toMatch(/^### Risk score: /);
  });
});
