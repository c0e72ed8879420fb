import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIOS,
  Decimal,
  estimateExposure,
  formatExposure,
  maximumFine,
  ValidationError,
} from '../../../src/index.js';
import { sanctions } from '../../../src/sanctions/index.js';
import { aProfile } from '../../../src/testing/index.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../fixtures/profiles/${name}.json`, import.meta.url)), 'utf8'),
  );
const saas = fixture('saas-vendor');
const ASOF = '2025-06-30';

describe('estimateExposure, the GDPR for the SaaS example (turnover €6,150,000 in 2024)', () => {
  const estimate = estimateExposure({ profile: saas, asOf: ASOF, sanctions });
  const gdpr = estimate.regimes.find((r) => r.regime === 'GDPR');

  it('applies the GDPR to a processor, with the default scenario', () => {
    expect(gdpr?.applies).toBe(true);
    expect(gdpr?.scenario?.source).toBe('default');
    expect(gdpr?.scenario?.articles).toEqual(['5', '6', '32', '12']);
    // Art. 83(5): €20,000,000 or 4 % of €6,150,000 (€246,000), whichever is higher.
    expect(gdpr?.legalMaximum).toEqual({ amount: '20000000', currency: 'EUR' });
  });

  it('gives the EDPB range: medium seriousness 10–20 %, then the €2–10m turnover band 0.3–2 %', () => {
    // €20m × 10 % × 0.3 % = €6,000; €20m × 20 % × 2 % = €80,000; the geometric middle √(6,000 × 80,000).
    expect(gdpr?.method?.low.amount).toBe('6000.00');
    expect(gdpr?.method?.high.amount).toBe('80000.00');
    const middle = new Decimal(6000).times(80000).sqrt().toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    expect(gdpr?.method?.likely?.amount).toBe(middle);
  });

  it('settles on the calibrated fine model, capped, with the EDPB method beside it', () => {
    const model = gdpr?.model;
    expect(model).toBeTruthy();
    const [low, likely, high] = [model?.low, model?.likely, model?.high].map((m) => Number(m?.amount));
    expect(low).toBeLessThanOrEqual(likely as number);
    expect(likely).toBeLessThanOrEqual(high as number);
    expect(high).toBeLessThanOrEqual(20_000_000);
    expect(gdpr?.combined?.likely).toEqual(model?.likely);
    expect(gdpr?.combined?.explanation).toMatch(/calibrated fine model/);
    // The drivers multiply up to the point prediction: reference × Π factors = 10^point (checked in the model tests).
    expect(model?.drivers.map((d) => d.group)).toContain('authority');
    // The SaaS vendor is established in Germany, whose several authorities give no single lead one.
    expect(model?.warnings.join(' ')).toMatch(/lead authority/);
  });

  it('says why the other regimes are not estimated', () => {
    const dsa = estimate.regimes.find((r) => r.regime === 'DSA');
    expect(dsa?.applies).toBe(false);
    expect(dsa?.combined).toBeNull();
    expect(estimate.regimes.find((r) => r.regime === 'AI Act')?.applies).toBeNull();
    expect(estimate.regimes.map((r) => r.regime)).toEqual([
      'GDPR',
      'DSA',
      'DMA',
      'AI Act',
      'NIS2',
      'CRA',
      'UK GDPR',
      'FR LIL',
    ]);
  });

  it('renders as text and markdown with its citations', () => {
    const md = formatExposure(estimate, 'markdown');
    expect(md).toMatch(/^## Exposure of Example Analytics SaaS GmbH on 2025-06-30/);
    expect(md).toMatch(/### GDPR: applies/);
    expect(md).toMatch(/Legal maximum: EUR 20,000,000 \[Regulation \(EU\) 2016\/679/);
    expect(md).toMatch(/EDPB 04\/2022 \(2\.1\): EUR 6,000\.00 – EUR 21,908\.90 – EUR 80,000\.00/);
    expect(formatExposure(estimate)).toMatch(/^Exposure of Example Analytics SaaS GmbH/);
  });
});

describe('estimateExposure with scenarios', () => {
  it('estimates a regime a scenario names even where the profile does not show it applies', () => {
    // AI Act Art. 99(4): €15,000,000 or 3 %, the lower for an SME (Art. 99(6)); the SaaS company is
    // small. Art. 50 (Chapter IV) applies from 2 August 2026 (Art. 113).
    const estimate = estimateExposure({
      profile: saas,
      asOf: '2026-09-01',
      scenarios: [{ regime: 'AI Act', articles: ['50'] }],
    });
    const ai = estimate.regimes.find((r) => r.regime === 'AI Act');
    expect(ai?.applies).toBeNull();
    expect(ai?.scenario?.source).toBe('given');
    // 3 % of the 2025 turnover €6,480,000 = €194,400 (lower than €15m).
    expect(ai?.legalMaximum).toEqual({ amount: '194400', currency: 'EUR' });
    expect(ai?.method).toBeNull();
  });

  it('uses the seriousness given', () => {
    const high = estimateExposure({
      profile: saas,
      asOf: ASOF,
      scenarios: [{ regime: 'GDPR', articles: ['32'], seriousness: 'high' }],
    }).regimes[0];
    // Art. 32 → Art. 83(4): €10m; high 20–100 % → €2m–€10m; × 0.3–2 % → €6,000–€200,000.
    expect(high?.method?.low.amount).toBe('6000.00');
    expect(high?.method?.high.amount).toBe('200000.00');
  });

  it.each([
    [
      {
        scenarios: [
          { regime: 'GDPR', articles: ['6'] },
          { regime: 'GDPR', articles: ['5'] },
        ],
      },
      /a second scenario for GDPR/,
    ],
    [{ scenarios: [{ regime: 'CCPA', articles: ['6'] }] }, /scenarios\[0\]\.regime/],
    [{ scenarios: [{ regime: 'GDPR', articles: [] }] }, /name at least one infringed article/],
    [{ sanctions: {} }, /sanctions: a sanction set/],
    [{ comparables: 1 }, /comparables/],
  ])('refuses bad input %#', (extra, message) => {
    const call = () => estimateExposure({ profile: saas, asOf: ASOF, ...extra } as never);
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(message);
  });
});

describe('the default scenarios', () => {
  it('name the four articles most often found infringed in the bundled GDPR decisions', () => {
    const counts = new Map<string, number>();
    for (const r of sanctions.all().filter((s) => s.regime === 'GDPR')) {
      const numbers = new Set(
        r.articles.map((a) => /Art\. (\d+)/.exec(a)?.[1]).filter((n) => n !== undefined),
      );
      for (const n of numbers) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const top = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([n]) => n);
    expect(new Set(top)).toEqual(new Set(DEFAULT_SCENARIOS.GDPR?.articles));
  });
});

describe('estimateExposure before the penalties apply', () => {
  it('a DSA duty in force before Art. 52 is (Art. 93(2): Art. 24(2) from 16 November 2022) is not estimated, and says why', () => {
    const platform = aProfile('Platform BV')
      .establishedIn('NL')
      .withService({ kind: 'online-platform', euMonthlyActiveRecipients: 50_000_000 })
      .withTurnover(2021, '1000000000')
      .build();
    const dsa = estimateExposure({ profile: platform, asOf: '2022-11-16' }).regimes.find(
      (r) => r.regime === 'DSA',
    );
    expect(dsa).toMatchObject({ applies: true, legalMaximum: null, combined: null });
    expect(dsa?.steps[0]?.rule).toContain('DSA 52(3) applies from 2024-02-17');
  });
});

describe('estimateExposure trims a default scenario to what the company can be fined for', () => {
  // A platform with 5m EU recipients, not designated (DSA Art. 33(4)): the duties of Chapter III,
  // Section 5 (Arts 34, 39, 40) are not its duties; Art. 25 is fined under Art. 52(3), at most 6 %
  // of its €1bn worldwide turnover of 2024 = €60,000,000.
  const platform = aProfile('Platform BV')
    .establishedIn('NL')
    .withService({ kind: 'online-platform', euMonthlyActiveRecipients: 5_000_000 })
    .withTurnover(2024, '1000000000')
    .build();
  const dsaOf = (args: object) =>
    estimateExposure({ profile: platform, asOf: ASOF, ...args }).regimes.find((r) => r.regime === 'DSA');

  it('the default scenario keeps Art. 25 and says, in order, why Arts 34, 39 and 40 are left out', () => {
    const dsa = dsaOf({});
    expect(dsa?.legalMaximum).toEqual({ amount: '60000000', currency: 'EUR' });
    expect(dsa?.legalMaximumCitation?.provision).toBe('Art. 52(3)');
    const leftOut = dsa?.steps.filter((s) => s.label.endsWith('left out of the default scenario'));
    expect(leftOut?.map((s) => s.label)).toEqual(
      ['34', '39', '40'].map((a) => `DSA: Art. ${a} left out of the default scenario`),
    );
    expect(leftOut?.[0]?.rule).toMatch(/^"34": DSA Art\. 34 is a duty of providers of designated very large/);
  });

  it('a scenario the caller gave is not rewritten: it is not estimated, with the first reason', () => {
    const dsa = dsaOf({ scenarios: [{ regime: 'DSA', articles: ['25', '34'] }] });
    expect(dsa?.combined).toBeNull();
    expect(dsa?.steps).toHaveLength(1);
    expect(dsa?.steps[0]?.rule).toMatch(/^DSA: "34": DSA Art\. 34 is a duty of providers of designated/);
  });

  it('maximumFine itself refuses the article with a NotApplicableError naming it', () => {
    expect(() =>
      maximumFine({ profile: platform, asOf: ASOF, regime: 'DSA', articles: ['25', '34'] }),
    ).toThrow(
      expect.objectContaining({ name: 'NotApplicableError', reference: '34', code: 'NOT_APPLICABLE' }),
    );
  });
});
