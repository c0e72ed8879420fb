import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapAnalysis } from '../../src/compliance/gap-analysis.js';
import { addDaysIso } from '../../src/core/dates.js';
import { Decimal } from '../../src/core/decimal.js';
import { NotInForceError } from '../../src/core/errors.js';
import { estimateExposure } from '../../src/exposure/estimate.js';
import { riskScore } from '../../src/exposure/risk-score.js';
import { legalMaximum } from '../../src/fines/legal-maximum.js';
import { ADEQUACY_DECISIONS } from '../../src/law/gdpr/adequacy.js';
import { fineProvisions } from '../../src/law/index.js';
import { sanctions } from '../../src/sanctions/index.js';
import { obligationsFor } from '../../src/scope/obligations.js';
import { aProfile } from '../../src/testing/index.js';

// Invariants that hold across modules, for any company: caps, applicability dates, determinism.
const RUNS = { numRuns: 60 };
const turnover = fc.bigInt({ min: 1n, max: 10n ** 13n }).map((n) => n.toString());
const date = fc.integer({ min: 0, max: 365 * 12 }).map((d) => addDaysIso('2016-01-01', d));

const profileWith = (
  amount: string,
  extra: (b: ReturnType<typeof aProfile>) => ReturnType<typeof aProfile> = (b) => b,
) =>
  extra(
    aProfile('Invariant SA')
      .establishedIn('FR')
      .controller()
      .withService({ kind: 'online-platform', euMonthlyActiveRecipients: 50_000_000 })
      .inSector('digital-infrastructure'),
  )
    .withTurnover(2015, amount)
    .withTurnover(2016, amount)
    .withTurnover(2017, amount)
    .withTurnover(2018, amount)
    .withTurnover(2019, amount)
    .withTurnover(2020, amount)
    .withTurnover(2021, amount)
    .withTurnover(2022, amount)
    .withTurnover(2023, amount)
    .withTurnover(2024, amount)
    .withTurnover(2025, amount)
    .withTurnover(2026, amount)
    .withTurnover(2027, amount);

const EUR_PROVISIONS = fineProvisions().filter((p) => p.versions.every((v) => v.currency === 'EUR'));

describe('every fine provision, for any turnover and date', () => {
  it('never applies a cap before its version is in force, and is monotone in turnover', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EUR_PROVISIONS), turnover, turnover, date, (provision, a, b, asOf) => {
        const [low, high] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        // ISO dates sort as strings.
        const first = provision.versions.map((v) => v.validFrom).sort()[0] ?? '9999-12-31';
        const ask = (amount: string) =>
          legalMaximum({ profile: profileWith(amount).build(), provision: provision.id, asOf });
        if (asOf < first) {
          expect(() => ask(low)).toThrow(NotInForceError);
          return;
        }
        const inForce = provision.versions.find(
          (v) => v.validFrom <= asOf && (v.validTo === null || asOf <= v.validTo),
        );
        if (!inForce) {
          expect(() => ask(low)).toThrow(NotInForceError);
          return;
        }
        const small = ask(low);
        const large = ask(high);
        expect(small.rule.validFrom <= asOf).toBe(true);
        if (small.amount && large.amount)
          expect(new Decimal(small.amount.amount).lte(large.amount.amount)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('obligations, for any date', () => {
  it('an obligation that applies has its date on or before the date asked; one not yet, after it', () => {
    const profile = profileWith('80000000', (b) =>
      b.processing({ transfers: [{ country: 'US', certified: true }] }),
    ).build();
    fc.assert(
      fc.property(date, (asOf) => {
        for (const o of obligationsFor({ profile, asOf }).obligations) {
          if (o.status === 'applies') expect(o.appliesFrom <= asOf, `${o.id} on ${asOf}`).toBe(true);
          if (o.status === 'not yet') expect(o.appliesFrom > asOf, `${o.id} on ${asOf}`).toBe(true);
          for (const t of o.transfers ?? [])
            if (t.decision) {
              expect(t.decision.validFrom <= asOf).toBe(true);
              expect(t.decision.validTo === null || asOf <= t.decision.validTo).toBe(true);
            }
        }
      }),
      RUNS,
    );
  });

  it('the adequacy decisions of one country never overlap', () => {
    const byCountry = new Map<string, typeof ADEQUACY_DECISIONS>();
    for (const d of ADEQUACY_DECISIONS)
      if (d.country) byCountry.set(d.country, [...(byCountry.get(d.country) ?? []), d]);
    for (const [country, list] of byCountry) {
      const sorted = [...list].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
      for (let i = 1; i < sorted.length; i++)
        expect((sorted[i - 1]?.validTo ?? '9999-12-31') < (sorted[i]?.validFrom ?? ''), country).toBe(true);
    }
  });
});

describe('estimates and gaps, for any turnover', () => {
  it('no estimate and no gap exposes more than the legal maximum of its provision', () => {
    fc.assert(
      fc.property(turnover, (amount) => {
        const profile = profileWith(amount).build();
        const asOf = '2026-06-30';
        for (const r of estimateExposure({ profile, asOf, sanctions }).regimes) {
          if (!r.combined || !r.legalMaximum) continue;
          expect(new Decimal(r.combined.high.amount).lte(r.legalMaximum.amount), r.regime).toBe(true);
          expect(new Decimal(r.combined.low.amount).gte(0)).toBe(true);
        }
        for (const g of gapAnalysis({ profile, asOf }).gaps) {
          if (!g.legalMaximum) continue;
          const cap = legalMaximum({
            profile,
            provision: g.finedUnder,
            asOf,
            turnover: { allowFallback: true },
          });
          expect(g.legalMaximum).toEqual(cap.amount);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('give identical results for the same input', () => {
    fc.assert(
      fc.property(turnover, date, (amount, asOf) => {
        const input = profileWith(amount).toInput();
        const at = asOf < '2019-01-01' ? '2019-01-01' : asOf;
        const once = () => [
          estimateExposure({ profile: input, asOf: at, sanctions }),
          gapAnalysis({ profile: input, asOf: at }),
          riskScore({ profile: input, asOf: at, sanctions }),
        ];
        expect(JSON.stringify(once())).toBe(JSON.stringify(once()));
      }),
      { numRuns: 15 },
    );
  });
});
