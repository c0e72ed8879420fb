import { z } from 'zod';
import { profileOnDateShape } from '../core/arguments.js';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import { NotApplicableError, NotInForceError } from '../core/errors.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import type { SerializedMoney } from '../core/money.js';
import type { Step } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { LINKING_REGIMES, maximumFine } from '../fines/maximum-fine.js';
import { REGIMES, type Regime } from '../law/types.js';
import { UK_GDPR_ACT } from '../law/uk-gdpr/fines.js';
import { EDPB_METHOD, edpbFine } from '../methods/edpb/edpb-fine.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';
import type { SanctionSet } from '../sanctions/sanction-set.js';
import { quantile } from '../sanctions/statistics.js';
import { territorialScope } from '../scope/gdpr.js';
import { obligationsOf } from '../scope/obligations.js';
import { DEFAULT_SCENARIOS } from './default-scenarios.js';

/** The fewest comparable cases with a turnover for a comparable-case range. */
export const MIN_COMPARABLES = 3;
/** How many of the most similar cases with a turnover make the comparable-case range. */
export const DEFAULT_COMPARABLES = 10;

const scenarioSchema = z
  .object({
    regime: z.enum(REGIMES as [Regime, ...Regime[]]),
    articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(50),
    seriousness: z.enum(['low', 'medium', 'high']).default('medium'),
    /** The same or linked processing operations (GDPR Art. 83(3)): one cap for all. */
    linked: z.boolean().default(true),
  })
  .strict();

/** A sanction set given as an option: `sanctions` of 'lexposure/sanctions', or createSanctionSet. */
export const sanctionSetOption = z
  .custom<SanctionSet>(
    (v) => typeof v === 'object' && v !== null && typeof (v as SanctionSet).comparables === 'function',
    'a sanction set (createSanctionSet, or sanctions from lexposure/sanctions)',
  )
  .optional();

export const estimateArgs = z
  .object({
    ...profileOnDateShape,
    scenarios: z.array(scenarioSchema).max(20).optional(),
    /**
     * The sanctions to compare with: `sanctions` from 'lexposure/sanctions' (the bundled dataset) or
     * your own set. Without one, no comparable cases are used (the dataset is not part of the core
     * entry, so that those who do not use it do not load it).
     */
    sanctions: sanctionSetOption,
    comparables: z.number().int().min(MIN_COMPARABLES).max(50).default(DEFAULT_COMPARABLES),
  })
  .strict()
  .superRefine((args, ctx) => {
    const seen = new Set<Regime>();
    for (const [i, s] of (args.scenarios ?? []).entries()) {
      if (seen.has(s.regime))
        ctx.addIssue({
          code: 'custom',
          path: ['scenarios', i, 'regime'],
          message: `a second scenario for ${s.regime}`,
        });
      seen.add(s.regime);
    }
  });

export type ExposureScenario = z.input<typeof scenarioSchema>;

export interface ComparableCase {
  readonly id: string;
  readonly entity: string;
  readonly date: IsoDate;
  readonly amountEur: SerializedMoney;
  readonly ratioToTurnover: string;
  readonly similarity: number;
}

/** Low, likely and high: amounts in the currency of the regime's legal maximum. */
export interface ExposureRange {
  readonly low: SerializedMoney;
  readonly likely: SerializedMoney | null;
  readonly high: SerializedMoney;
}

export interface RegimeExposure {
  readonly regime: Regime;
  /** Whether the regime applies to the profile on the date; null where the profile does not say. */
  readonly applies: boolean | null;
  readonly why: string;
  /** The infringement assumed (the regime's default) or given; null where nothing was estimated. */
  readonly scenario: {
    readonly articles: readonly string[];
    readonly seriousness: 'low' | 'medium' | 'high';
    readonly linked: boolean;
    readonly source: 'default' | 'given';
    readonly basis: string;
  } | null;
  readonly legalMaximum: SerializedMoney | null;
  readonly legalMaximumCitation: Citation | null;
  /** The range a regulator's published method gives (EDPB 04/2022 for the GDPR), or null. */
  readonly method: (ExposureRange & { readonly name: string; readonly citation: Citation }) | null;
  /** The most similar decided cases, their fine ÷ turnover applied to this company and capped. */
  readonly comparables:
    | (ExposureRange & {
        readonly ratio: { readonly p10: string; readonly p50: string; readonly p90: string };
        readonly cases: readonly ComparableCase[];
      })
    | null;
  /** What the estimate settles on, and how. */
  readonly combined: (ExposureRange & { readonly explanation: string }) | null;
  readonly steps: readonly Step[];
}

export interface ExposureEstimate {
  readonly company: string;
  readonly asOf: IsoDate;
  readonly regimes: readonly RegimeExposure[];
  readonly steps: readonly Step[];
}

const cents = (amount: Decimal, currency: string): SerializedMoney => ({
  amount: amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
  currency: currency as SerializedMoney['currency'],
});

/** Whether each regime applies, from the profile and the obligations in scope. */
function applicability(profile: CompanyProfile, asOf: IsoDate, fx: ConversionOptions) {
  const result = new Map<Regime, { applies: boolean | null; why: string }>();
  const roles = profile.roles.join(' and ');
  const scope = territorialScope(profile, asOf);
  result.set(
    'GDPR',
    profile.roles.length === 0
      ? { applies: null, why: 'the profile names no controller or processor role (give `roles`)' }
      : {
          applies: scope.holds,
          why: `a ${roles} of personal data (GDPR Art. 4(7), (8)); ${scope.why}${scope.needs.length > 0 ? ` (give ${scope.needs.join(' or ')})` : ''}`,
        },
  );
  const inUk = profile.establishments.some((e) => e.country === 'GB');
  result.set(
    'UK GDPR',
    profile.roles.length === 0
      ? { applies: null, why: 'the profile names no controller or processor role (give `roles`)' }
      : !inUk
        ? {
            applies: false,
            why: 'no establishment in the United Kingdom in the profile (targeting under Art. 3(2) is not judged)',
          }
        : asOf < UK_GDPR_ACT.applicationDate
          ? {
              applies: false,
              why: `the UK GDPR applies from ${UK_GDPR_ACT.applicationDate}; until 31 December 2020 the EU GDPR applied in the United Kingdom (Withdrawal Agreement, Art. 127(1))`,
            }
          : {
              applies: true,
              why: `a ${roles} with an establishment in the United Kingdom (UK GDPR Art. 3(1))`,
            },
  );
  const obligations = obligationsOf(profile, asOf, fx).obligations;
  for (const regime of ['DSA', 'DMA', 'NIS2'] as const) {
    const own = obligations.filter((o) => o.regime === regime);
    const applying = own.filter((o) => o.status === 'applies');
    result.set(
      regime,
      applying.length > 0
        ? {
            applies: true,
            why: `${applying.length} of its obligations apply on ${asOf} (${applying[0]?.why})`,
          }
        : {
            applies: false,
            why:
              own.length > 0
                ? `its ${regime} obligations do not apply yet or are excluded`
                : `no ${regime} obligation applies to the profile`,
          },
    );
  }
  result.set('AI Act', {
    applies: null,
    why: 'the profile does not describe AI systems; give a scenario to estimate it',
  });
  result.set('FR LIL', {
    applies: null,
    why: 'the profile does not describe cookie use in France; give a scenario to estimate it',
  });
  return result;
}

function estimateRegime(
  profile: CompanyProfile,
  input: z.output<typeof estimateArgs>,
  set: SanctionSet | null,
  regime: Regime,
  status: { applies: boolean | null; why: string },
): RegimeExposure {
  const given = input.scenarios?.find((s) => s.regime === regime);
  const fallback = DEFAULT_SCENARIOS[regime];
  const none = (why: string): RegimeExposure => ({
    regime,
    ...status,
    scenario: null,
    legalMaximum: null,
    legalMaximumCitation: null,
    method: null,
    comparables: null,
    combined: null,
    steps: [{ label: `${regime}: not estimated`, value: null, rule: why }],
  });
  if (!given && status.applies !== true) return none(status.why);
  if (!given && !fallback) return none(`no default scenario for ${regime}; give one`);
  const scenario = given
    ? {
        articles: given.articles,
        seriousness: given.seriousness,
        linked: given.linked,
        source: 'given' as const,
        basis: 'given by the caller',
      }
    : {
        articles: fallback?.articles ?? [],
        seriousness: fallback?.seriousness ?? 'medium',
        linked: true,
        source: 'default' as const,
        basis: fallback?.basis ?? '',
      };
  const steps: Step[] = [
    {
      label: `${regime}: scenario`,
      value: scenario.articles.map((a) => `Art. ${a}`).join(', '),
      rule: `${scenario.source === 'default' ? 'default scenario' : 'the scenario given'}: ${scenario.basis}; ${scenario.seriousness} seriousness${LINKING_REGIMES.has(regime) ? `; ${scenario.linked ? 'linked infringements, one cap (Art. 83(3))' : 'separate infringements, one cap each'}` : ''}`,
    },
  ];

  let max: ReturnType<typeof maximumFine> | null = null;
  let articles = [...scenario.articles];
  while (max === null) {
    try {
      max = maximumFine({
        profile,
        asOf: input.asOf,
        fx: input.fx,
        regime,
        articles,
        ...(LINKING_REGIMES.has(regime) ? { linked: scenario.linked } : {}),
      });
    } catch (error) {
      // A duty can apply before the penalties for breaching it do (DSA Art. 24(2) from 16 November
      // 2022, Art. 52 from 17 February 2024), or an article can be applicable from a later date
      // (AI Act Art. 113): nothing can be fined yet.
      if (error instanceof NotInForceError) {
        return none(`${regime}: ${error.message}, so no fine can be imposed on ${input.asOf}`);
      }
      if (!(error instanceof NotApplicableError)) throw error;
      // A default scenario keeps only the duties the company has (a very large platform's duties
      // are not a smaller platform's); a scenario the caller gave is not rewritten.
      const rest = articles.filter((a) => a !== error.reference);
      if (scenario.source === 'given' || rest.length === 0 || rest.length === articles.length) {
        return none(`${regime}: ${error.message}`);
      }
      steps.push({
        label: `${regime}: Art. ${error.reference} left out of the default scenario`,
        value: null,
        rule: error.message,
      });
      articles = rest;
    }
  }
  const cap = max.amount ? new Decimal(max.amount.amount) : null;
  const currency = max.amount?.currency ?? 'EUR';
  const gravest = max.caps.find((c) => c.provision === max.gravestInfringement) ?? max.caps[0];
  const turnover = gravest?.turnover ? new Decimal(gravest.turnover.amount.amount) : null;
  const capped = (d: Decimal) => (cap && d.gt(cap) ? cap : d);
  steps.push({
    label: `${regime}: legal maximum`,
    value: max.amount,
    rule: `gravest infringement ${max.gravestInfringement}`,
    citation: max.citation,
  });

  let method: RegimeExposure['method'] = null;
  if (regime === 'GDPR' && cap) {
    const edpb = edpbFine({
      profile,
      asOf: input.asOf,
      fx: input.fx,
      infringement: { articles: [...scenario.articles], seriousness: scenario.seriousness },
    });
    const low = new Decimal(edpb.fine.low.amount);
    const high = new Decimal(edpb.fine.high.amount);
    method = {
      name: `${EDPB_METHOD.id} (${EDPB_METHOD.version})`,
      citation: EDPB_METHOD.citation,
      low: cents(low, currency),
      likely: low.gt(0) ? cents(low.times(high).sqrt(), currency) : null,
      high: cents(high, currency),
    };
    steps.push({
      label: `${regime}: regulator method`,
      value: `${method.low.amount} to ${method.high.amount} ${currency}`,
      rule: `edpbFine with ${scenario.seriousness} seriousness and no chosen points: every step's range; likely = the geometric middle`,
      citation: EDPB_METHOD.citation,
    });
  }

  let comparables: RegimeExposure['comparables'] = null;
  const found =
    set === null
      ? []
      : set.comparables({
          profile,
          asOf: input.asOf,
          fx: input.fx,
          scenario: { regime, articles: [...scenario.articles] },
          limit: input.comparables,
          sameRegime: true,
          withTurnover: true,
        });
  if (found.length >= MIN_COMPARABLES && turnover) {
    const ratios = found
      .map((c) => new Decimal(c.sanction.ratioToTurnover as string))
      .sort((a, b) => a.comparedTo(b));
    const [p10, p50, p90] = [10, 50, 90].map((p) => quantile(ratios, p)) as [Decimal, Decimal, Decimal];
    comparables = {
      ratio: {
        p10: p10.toSignificantDigits(6).toFixed(),
        p50: p50.toSignificantDigits(6).toFixed(),
        p90: p90.toSignificantDigits(6).toFixed(),
      },
      low: cents(capped(p10.times(turnover)), currency),
      likely: cents(capped(p50.times(turnover)), currency),
      high: cents(capped(p90.times(turnover)), currency),
      cases: found.map((c) => ({
        id: c.sanction.id,
        entity: c.sanction.entity,
        date: c.sanction.date,
        amountEur: c.sanction.amountEur.amount,
        ratioToTurnover: c.sanction.ratioToTurnover as string,
        similarity: c.similarity,
      })),
    };
    steps.push({
      label: `${regime}: comparable cases`,
      value: `${comparables.low.amount} to ${comparables.high.amount} ${currency}`,
      rule: `the ${found.length} most similar decided cases with a turnover (by provision, articles, size, sector and date): fine ÷ turnover at the 10th, 50th and 90th percentiles (${comparables.ratio.p10}, ${comparables.ratio.p50}, ${comparables.ratio.p90}) × the turnover of ${gravest?.turnover?.year}, each capped at the legal maximum`,
    });
  } else {
    steps.push({
      label: `${regime}: comparable cases`,
      value: null,
      rule:
        set === null
          ? "no sanction set given: pass `sanctions` (the bundled dataset of 'lexposure/sanctions', or createSanctionSet of your own) to compare with decided cases"
          : turnover
            ? `${found.length} comparable case(s) with a turnover, fewer than ${MIN_COMPARABLES}`
            : 'the legal maximum uses no turnover, so fine ÷ turnover cannot be applied',
      severity: 'warning',
    });
  }

  const combined = combine(method, comparables, currency);
  if (combined)
    steps.push({ label: `${regime}: combined`, value: combined.likely, rule: combined.explanation });

  return {
    regime,
    ...status,
    scenario,
    legalMaximum: max.amount,
    legalMaximumCitation: max.citation,
    method,
    comparables,
    combined,
    steps,
  };
}

/**
 * Combines the sources, as leave-one-out calibration on the bundled GDPR cases supports it (README,
 * "Calibration"): likely is the regulator method's geometric middle where there is a method (its
 * median error is about half the comparables'), else the comparables' median; the range runs from
 * the lower of the two lows to the higher of the two highs, which covers more real fines than
 * either range alone.
 */
function combine(
  method: RegimeExposure['method'],
  comparables: RegimeExposure['comparables'],
  currency: string,
): RegimeExposure['combined'] {
  if (!method && !comparables) return null;
  const sources = [method, comparables].filter((s) => s !== null);
  const low = Decimal.min(...sources.map((s) => new Decimal(s.low.amount)));
  const high = Decimal.max(...sources.map((s) => new Decimal(s.high.amount)));
  const likely = method?.likely ?? comparables?.likely ?? null;
  const explanation = method
    ? comparables
      ? `likely: the ${method.name} geometric middle; range: from the lower to the higher of the method's and the comparable cases' ranges`
      : `likely: the ${method.name} geometric middle; range: the method's (fewer than ${MIN_COMPARABLES} comparable cases with a turnover)`
    : 'no published fining method: the comparable-case range and median';
  return { low: cents(low, currency), likely, high: cents(high, currency), explanation };
}

/**
 * What each regime could cost the company: for each regime that applies (or that a scenario names),
 * the legal maximum, the regulator method's range (EDPB 04/2022 for the GDPR), the range of
 * comparable decided cases scaled to its turnover and capped, and a combined low / likely / high
 * with the reason for it.
 */
export function estimateExposure(args: unknown): ExposureEstimate {
  const input = parseInput(estimateArgs, args, 'estimateExposure arguments');
  const profile = parseProfile(input.profile);
  const status = applicability(profile, input.asOf, input.fx);
  const set = input.sanctions ?? null;
  const regimes = REGIMES.map((regime) =>
    estimateRegime(profile, input, set, regime, status.get(regime) ?? { applies: null, why: '' }),
  );
  return {
    company: profile.name,
    asOf: input.asOf,
    regimes,
    steps: regimes.flatMap((r) => r.steps),
  };
}
