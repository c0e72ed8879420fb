import { describe, expect, it } from 'vitest';
import enterprisesFile from '../../../data/enforcement/enterprises.json';
import { BUNDLED_MODEL, estimateExposure, frequencyParameters } from '../../../src/index.js';
import { annualRate, type FrequencyParameters } from '../../../src/model/frequency.js';
import { authorities, FINES_REPORTED, sanctions } from '../../../src/sanctions/index.js';
import { aProfile } from '../../../src/testing/index.js';

// Synthetic parameters: every figure below is worked out by hand from these.
const parameters: FrequencyParameters = {
  finesPerYear: 400,
  authorities: [],
  enterprises: { large: 50_000, sme: 25_000_000, source: 'test' },
  largeShareOfFines: 0.25,
  largeShareBasis: 'test',
  lowerBound: true,
  gapEffect: 1,
  averageGapShare: 0.5,
  countries: [
    {
      country: 'FR',
      finesPerYear: 80,
      lowerBound: false,
      enterprises: { large: 5_000, sme: 4_000_000, year: 2022, source: 'test FR' },
    },
  ],
};

describe('the annual rate of a fine', () => {
  it("is the country's fines × the share on the size cell ÷ the country's enterprises of that cell", () => {
    const large = annualRate(parameters, 'large', { applicable: 10, notMet: 5 }, true, 'FR');
    // 80 × 0.25 ÷ 5,000 = 0.004; the posture at the average gap share leaves it unchanged.
    expect(large.rate).toBeCloseTo(0.004, 15);
    expect(large.probability).toBeCloseTo(1 - Math.exp(-0.004), 15);
    expect(large.country).toBe('FR');
    expect(large.lowerBound).toBe(false);
    expect(large.basis.join(' ')).toMatch(/authorities of FR/);
    const sme = annualRate(parameters, 'sme', { applicable: 10, notMet: 5 }, true, 'FR');
    // 80 × 0.75 ÷ 4,000,000
    expect(sme.rate).toBeCloseTo(1.5e-5, 18);
  });

  it('falls back to the EU rate where the country has no enterprise count, or is not known, and says so', () => {
    for (const country of ['DE', null]) {
      const r = annualRate(parameters, 'large', { applicable: 10, notMet: 5 }, true, country);
      // 400 × 0.25 ÷ 50,000 = 0.002
      expect(r.rate).toBeCloseTo(0.002, 15);
      expect(r.country).toBeNull();
      expect(r.lowerBound).toBe(true);
    }
    expect(annualRate(parameters, 'large', null, true, 'DE').basis[0]).toMatch(
      /no enterprise count is bundled for DE/,
    );
  });

  it('is the same figure without its words', () => {
    const on = annualRate(parameters, 'unknown', { applicable: 4, notMet: 4 }, true, 'FR');
    const off = annualRate(parameters, 'unknown', { applicable: 4, notMet: 4 }, false, 'FR');
    expect(off.rate).toBe(on.rate);
    expect(off.basis).toEqual([]);
    // An unknown size takes the SME rate; all duties unmet: × (1 + 1) ÷ (1 + 0.5).
    expect(on.rate).toBeCloseTo(((80 * 0.75) / 4_000_000) * (2 / 1.5), 18);
  });
});

describe('the frequency parameters from the data', () => {
  const ids = authorities()
    .filter((a) => a.country !== 'EU' && a.country !== 'US')
    .map((a) => a.id);

  it("sum a country's authorities and divide by its enterprises of the latest year with a total and a 250+ count", () => {
    const rows = [
      {
        country: 'EU27_2020',
        year: 2023,
        sizeClass: 'total',
        enterprises: 30_000_000,
        source: 's',
        url: 'u',
      },
      { country: 'EU27_2020', year: 2023, sizeClass: '250+', enterprises: 60_000, source: 's', url: 'u' },
      { country: 'DE', year: 2021, sizeClass: 'total', enterprises: 3_000_000, source: 'old', url: 'u' },
      { country: 'DE', year: 2021, sizeClass: '250+', enterprises: 15_000, source: 'old', url: 'u' },
      { country: 'DE', year: 2022, sizeClass: 'total', enterprises: 3_100_000, source: 'new', url: 'u' },
      { country: 'DE', year: 2022, sizeClass: '250+', enterprises: 16_000, source: 'new', url: 'u' },
      // A year without its 250+ count is not used.
      { country: 'DE', year: 2023, sizeClass: 'total', enterprises: 3_200_000, source: 'partial', url: 'u' },
    ];
    const p = frequencyParameters(sanctions.all(), FINES_REPORTED, rows, ids);
    expect(p.enterprises).toMatchObject({ large: 60_000, sme: 29_940_000 });
    const de = p.countries?.find((c) => c.country === 'DE');
    expect(de?.enterprises).toMatchObject({ large: 16_000, sme: 3_084_000, year: 2022 });
    const german = p.authorities.filter((a) => a.authorityId.startsWith('DE-'));
    expect(german.length).toBeGreaterThan(5);
    expect(de?.finesPerYear).toBeCloseTo(
      german.reduce((n, a) => n + a.finesPerYear, 0),
      2,
    );
    expect(de?.lowerBound).toBe(german.some((a) => a.basis !== 'reported'));
    // Only the countries with counts.
    expect(p.countries?.map((c) => c.country)).toEqual(['DE']);
  });

  it('the bundled parameters are those of the bundled enterprise counts', () => {
    const p = frequencyParameters(sanctions.all(), FINES_REPORTED, enterprisesFile.rows, ids);
    expect(BUNDLED_MODEL.frequency.countries).toEqual(p.countries);
  });
});

describe('the estimate uses the rate of the company’s country', () => {
  const profile = (country: string) =>
    aProfile('Shop')
      .establishedIn(country)
      .controller()
      .withTurnover(2024, '3000000', 'EUR', { employees: 20 })
      .build();
  const frequency = (p: ReturnType<typeof profile>, extra: object = {}) =>
    estimateExposure({ profile: p, asOf: '2025-06-30', ...extra }).regimes.find((r) => r.regime === 'GDPR')
      ?.frequency;

  it('names the country its rate is of, or none where the EU rate is used', () => {
    for (const c of BUNDLED_MODEL.frequency.countries ?? []) {
      if (c.country === 'GB') continue;
      expect(frequency(profile(c.country))?.country).toBe(c.country);
    }
  });

  it('an EU-wide count of fines given by the caller replaces the country figures', () => {
    const f = frequency(profile('FR'), { frequency: { finesPerYear: 1000 } });
    expect(f?.country).toBeNull();
  });

  it('the UK GDPR takes the ICO’s fines over the UK’s businesses; the GDPR of a company established only in the UK has no lead authority (Art. 56(1)) and takes the EU rate', () => {
    const uk = aProfile('Shop Ltd')
      .establishedIn('GB')
      .controller()
      .withTurnover(2024, '3000000', 'GBP', { employees: 20 })
      .build();
    const regimes = estimateExposure({
      profile: uk,
      asOf: '2025-06-30',
      scenarios: [{ regime: 'GDPR', articles: ['GDPR Art. 32'] }],
    }).regimes;
    const ukGdpr = regimes.find((r) => r.regime === 'UK GDPR');
    expect(ukGdpr?.model?.case.authority).toBe('GB-ICO');
    expect(ukGdpr?.frequency?.country).toBe('GB');
    const gdpr = regimes.find((r) => r.regime === 'GDPR');
    expect(gdpr?.model?.case.authority).toBeNull();
    expect(gdpr?.frequency?.country).toBeNull();
  });
});
