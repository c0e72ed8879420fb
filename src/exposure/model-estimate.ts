import registry from '../../data/enforcement/authorities.json';
import type { IsoDate } from '../core/dates.js';
import { MissingRateError } from '../core/errors.js';
import { type ConversionOptions, convertForFinancialYear } from '../core/fx/convert.js';
import { weakMemo } from '../core/memo.js';
import type { SerializedMoney } from '../core/money.js';
import type { Trace } from '../core/steps.js';
import { computeEnterpriseSize } from '../law/eu-sme/enterprise-size.js';
import type { Regime } from '../law/registry.js';
import { actModule } from '../law/registry.js';
import { inUnion } from '../law/union/membership.js';
import { BUNDLED_MODEL } from '../model/bundled.js';
import { articleFlags, type CalibrationCell, type FineCase } from '../model/features.js';
import { type FineModel, fitFineModel } from '../model/fit.js';
import { annualRate, type FrequencyParameters } from '../model/frequency.js';
import { type Driver, predictFine } from '../model/predict.js';
import { BASELINE_REGIME, isModelledRegime } from '../model/regimes.js';
import type { EvaluationSummary } from '../model/summary.js';
import type { CompanyProfile } from '../profile/schema.js';
import type { SanctionRecord } from '../sanctions/record.js';
import type { SanctionSet } from '../sanctions/sanction-set.js';

/** A decided case near the one asked about, with its authority's URL. */
export interface NearestCase {
  readonly id: string;
  readonly entity: string;
  readonly authority: string;
  readonly date: IsoDate;
  readonly amountEur: SerializedMoney;
  readonly url: string;
  /** What it shares with the case asked about. */
  readonly why: string;
}

/** The calibrated fine model's estimate for one regime. */
export interface ModelEstimate {
  /** The 10th, 50th and 90th percentiles of the predictive distribution, capped at the legal maximum. */
  readonly low: SerializedMoney;
  readonly likely: SerializedMoney;
  readonly high: SerializedMoney;
  /** The mean of the (capped) predictive distribution: the expected fine if a fine is imposed. */
  readonly expected: SerializedMoney;
  /** The same, unrounded. */
  readonly expectedValue: number;
  /** Every level asked for (`levels`), in the same currency. */
  readonly quantiles: Readonly<Record<string, SerializedMoney>>;
  /** The case as the model read it. */
  readonly case: FineCase;
  readonly drivers: readonly Driver[];
  readonly cell: {
    readonly cell: CalibrationCell;
    readonly n: number;
    readonly pooled: boolean;
    /** The coverage of the 80 % interval measured for the cell (rolling origin), for the bundled model. */
    readonly measuredCoverage: number | null;
    readonly measuredCases: number | null;
  };
  readonly nearest: readonly NearestCase[];
  readonly data: FineModel['data'];
  readonly warnings: readonly string[];
}

/** The annual rate of a fine and the expected annual loss for one regime. */
export interface RegimeFrequency {
  readonly rate: number;
  /** P(at least one fine in a year) = 1 − e^(−rate). */
  readonly probability: number;
  readonly expectedAnnualLoss: SerializedMoney;
  /** The same, unrounded (a double), for scoring without ties made by the rounding to cents. */
  readonly expectedAnnualLossValue: number;
  readonly basis: readonly string[];
  /** The rate rests on a count of fines that is a lower bound (the bundled parameters say so). */
  readonly lowerBound: boolean;
  /** The country whose authorities' fines and enterprises gave the rate; null: the EU's. */
  readonly country: string | null;
}

/** NIS2 sector keys of the profile and the NACE section they belong to. */
const NACE_OF_SECTOR: Readonly<Record<string, string>> = {
  energy: 'D',
  transport: 'H',
  banking: 'K',
  'financial-market-infrastructure': 'K',
  health: 'Q',
  'drinking-water': 'E',
  'waste-water': 'E',
  'digital-infrastructure': 'J',
  'ict-service-management': 'J',
  'public-administration': 'O',
  'postal-and-courier': 'H',
  'waste-management': 'E',
  chemicals: 'C',
  food: 'C',
  manufacturing: 'C',
  'digital-providers': 'J',
  research: 'M',
  'public-electronic-communications': 'J',
};

/** The authority of each country that has exactly one in the dataset (Germany has several). */
const AUTHORITY_OF_COUNTRY: ReadonlyMap<string, string> = (() => {
  const byCountry = new Map<string, string[]>();
  for (const a of registry.authorities) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a.id]);
  return new Map(
    [...byCountry].filter(([, ids]) => ids.length === 1).map(([c, ids]) => [c, ids[0] as string]),
  );
})();

/**
 * The country of the main establishment (else the only or first establishment) where it is in the
 * Union or the EEA on `asOf`: only there does its supervisory authority lead (GDPR Art. 56(1));
 * a company established only outside (the United Kingdom from 2021) has no lead authority.
 */
export function mainEstablishmentInUnion(profile: CompanyProfile, asOf: IsoDate): string | null {
  const main = profile.establishments.find((e) => e.main) ?? profile.establishments[0];
  return main && inUnion(main.country, asOf, { eea: true }) ? main.country : null;
}

/** A model refitted on a caller's sanctions, remembered per set (frozen): each estimate on it asks for it. */
const refitOn = /* @__PURE__ */ weakMemo((set: SanctionSet) => fitFineModel(set));

/** The model to use: the one given, a refit on the sanctions given (remembered per set), or the bundled one. */
export function modelFor(
  given: FineModel | undefined,
  sanctions: SanctionSet | null,
): { model: FineModel; bundled: boolean } {
  if (given) return { model: given, bundled: false };
  if (sanctions) {
    const model = refitOn(sanctions);
    // The bundled set refits to the bundled model: keep its measured accuracy.
    return { model, bundled: model.data.fingerprint === BUNDLED_MODEL.model.data.fingerprint };
  }
  return { model: BUNDLED_MODEL.model, bundled: true };
}

/** The turnover of the financial year closed last before `asOf`, in euros, for a scope. */
function turnoverEur(
  profile: CompanyProfile,
  scope: 'entity' | 'undertaking',
  asOf: IsoDate,
  fx: ConversionOptions,
  steps: Trace[],
): number | null {
  const years = profile.financialYears.filter((fy) => fy.scope === scope && fy.end < asOf);
  const fy = years.sort((a, b) => (a.end < b.end ? 1 : -1))[0];
  if (!fy) return null;
  if (fy.turnover.currency === 'EUR') return fy.turnover.amount.toNumber();
  try {
    return convertForFinancialYear(
      fy.turnover,
      'EUR',
      { year: fy.year, start: fy.start, end: fy.end },
      fx,
    ).converted.amount.toNumber();
  } catch (error) {
    if (!(error instanceof MissingRateError)) throw error;
    steps.push({
      id: 'fine-model.turnover',
      value: null,
      severity: 'warning',
      inputs: Object.freeze({ reason: error.message }),
    });
    return null;
  }
}

/** The fine case of a company profile and a scenario, as the model reads it. */
export function caseOfProfile(
  profile: CompanyProfile,
  regime: Regime,
  articles: readonly string[],
  asOf: IsoDate,
  fx: ConversionOptions,
  authority: string | undefined,
  steps: Trace[],
): FineCase {
  const entity = turnoverEur(profile, 'entity', asOf, fx, steps);
  const group = turnoverEur(profile, 'undertaking', asOf, fx, steps);
  const main = mainEstablishmentInUnion(profile, asOf);
  const { enforcement } = actModule(regime);
  const lead =
    authority ?? enforcement.soleAuthority ?? (main ? (AUTHORITY_OF_COUNTRY.get(main) ?? null) : null);
  const size = computeEnterpriseSize(profile, asOf, fx).category;
  const own = entity && entity > 0 ? entity : null;
  const g = group && group > 0 ? group : null;
  return {
    authority: lead,
    regime,
    logTurnover: own ? Math.log10(own) : g ? Math.log10(g) : null,
    turnoverIsGroup: own === null && g !== null,
    logGroupOverEntity: own && g && g >= own ? Math.log10(g / own) : null,
    sizeClass: size,
    articles: articles.map((a) => (/^\d/.test(a) ? `${enforcement.articlePrefix} Art. ${a}` : a)),
    nace: profile.nace ?? (profile.sector ? (NACE_OF_SECTOR[profile.sector] ?? null) : null),
    consumerFacing: profile.consumerFacing ?? null,
    date: asOf,
    crossBorder: null,
  };
}

/** Below this many cases of its own, a regime's effect in the model is flagged as resting on few fines. */
const FEW_REGIME_CASES = 30;

const eur = (v: number): SerializedMoney => ({
  amount: (Math.round(v * 100) / 100).toFixed(2),
  currency: 'EUR',
});

/** What the estimate must warn of: an authority or a cell the data barely cover, a missing turnover. */
function modelWarnings(model: FineModel, regime: Regime, c: FineCase, pooled: boolean): string[] {
  const warnings: string[] = [];
  if (c.authority === null)
    warnings.push(
      'the lead authority is not known from the profile (main establishment, GDPR Art. 56): the average authority is used; give scenario.authority',
    );
  else if (!model.space.authorities.includes(c.authority))
    warnings.push(
      `${c.authority} has too few fines in the data for an effect of its own: the pooled effect of the sparse authorities is used`,
    );
  if (pooled)
    warnings.push(
      `the ${c.sizeClass ?? 'unknown-size'} calibration cell has fewer than 20 cases: the intervals use all the cases`,
    );
  if (c.logTurnover === null)
    warnings.push(
      'no turnover in the profile for the year before the date: the model reads the case as one of unknown size',
    );
  const regimeCases = model.data.regimes[regime] ?? 0;
  if (regime !== BASELINE_REGIME && regimeCases < FEW_REGIME_CASES)
    warnings.push(
      `few ${regime} fines in the data (${regimeCases}): the effect of the ${regime} against the ${BASELINE_REGIME} rests on a handful of cases`,
    );
  return warnings;
}

/**
 * The calibrated model's estimate of the fine for a regime's scenario, capped at the legal maximum
 * (in euros), or null where the model does not cover the regime (the DSA, the DMA, NIS2 and the AI
 * Act have too few fines to calibrate on).
 */
export function modelEstimate(args: {
  readonly profile: CompanyProfile;
  readonly regime: Regime;
  readonly articles: readonly string[];
  readonly asOf: IsoDate;
  readonly fx: ConversionOptions;
  readonly capEur: number | null;
  readonly model: FineModel;
  readonly bundled: boolean;
  readonly evaluation: EvaluationSummary | null;
  readonly sanctions: SanctionSet | null;
  readonly authority?: string | undefined;
  readonly levels?: readonly number[] | undefined;
  /** false: no step is written (the drivers keep their words). */
  readonly explain?: boolean;
  readonly steps: Trace[];
}): ModelEstimate | null {
  if (!isModelledRegime(args.regime)) return null;
  const c = caseOfProfile(
    args.profile,
    args.regime,
    args.articles,
    args.asOf,
    args.fx,
    args.authority,
    args.steps,
  );
  const levels = [...new Set([0.1, 0.5, 0.9, ...(args.levels ?? [])])].sort((a, b) => a - b);
  const p = predictFine(args.model, c, { cap: args.capEur, levels, explain: args.explain !== false });
  const warnings = modelWarnings(args.model, args.regime, c, p.cell.pooled);
  const cellEvaluation = args.bundled && args.evaluation ? args.evaluation.rollingOrigin[p.cell.cell] : null;
  const quantiles: Record<string, SerializedMoney> = {};
  for (const tau of levels) quantiles[String(tau)] = eur(p.quantiles.get(tau) as number);
  // low, likely and high are the same values as their levels: kept once.
  const q = (tau: number) => quantiles[String(tau)] as SerializedMoney;
  if (args.explain !== false)
    args.steps.push({
      id: 'fine-model.estimate',
      value: q(0.5),
      ...(warnings.length > 0 ? { severity: 'warning' as const } : {}),
      inputs: Object.freeze({
        regime: args.regime,
        low: q(0.1).amount,
        likely: q(0.5).amount,
        high: q(0.9).amount,
        cases: args.model.data.cases,
        from: args.model.data.from,
        to: args.model.data.to,
        cell: p.cell.cell,
        cellCases: p.cell.n,
        pooled: p.cell.pooled,
        // The coverage of the 80 % interval measured on later fines in the cell, where measured.
        coverage: cellEvaluation?.coverage ?? null,
        coverageCases: cellEvaluation?.n ?? null,
        drivers: p.drivers.map((d) => d.text),
      }),
    });
  return {
    low: q(0.1),
    likely: q(0.5),
    high: q(0.9),
    expected: eur(p.mean),
    expectedValue: p.mean,
    quantiles,
    case: c,
    drivers: p.drivers,
    cell: {
      ...p.cell,
      measuredCoverage: cellEvaluation?.coverage ?? null,
      measuredCases: cellEvaluation?.n ?? null,
    },
    nearest: args.sanctions ? nearestCases(args.sanctions.all(), c) : [],
    data: args.model.data,
    warnings,
  };
}

/** What the likeness of a decided case reads of it, worked out once per record. */
interface Comparable {
  readonly r: SanctionRecord;
  readonly year: number;
  readonly logTurnover: number | null;
  readonly families: ReadonlySet<string>;
}

/** The modelled records of a set, as comparables. */
function computeComparables(records: readonly SanctionRecord[]): readonly Comparable[] {
  return records
    .filter((r) => isModelledRegime(r.regime))
    .map((r) => {
      const t = r.entityTurnoverEur ?? r.groupTurnoverEur;
      return {
        r,
        year: Number(r.date.slice(0, 4)),
        logTurnover: t ? Math.log10(Number(t.amount)) : null,
        families: articleFlags(r.articles).families,
      };
    });
}

/** Remembered per list of records (a set's, frozen): the nearest cases of every estimate read them. */
const comparables = /* @__PURE__ */ weakMemo(computeComparables);

/** How alike a decided case is to the one asked about, and why: the reasons only where asked. */
function likeness(
  k: Comparable,
  c: FineCase,
  year: number,
  wanted: ReadonlySet<string>,
  why?: string[],
): number {
  const { r, families: theirs } = k;
  let score = 0;
  if (r.authorityId && r.authorityId === c.authority) {
    score += 2;
    why?.push('same authority');
  }
  let shared = 0;
  for (const f of wanted) if (theirs.has(f)) shared++;
  if (shared > 0) {
    score += shared / (theirs.size + wanted.size - shared);
    why?.push(`shares ${[...wanted].filter((f) => theirs.has(f)).join(', ')}`);
  }
  if (k.logTurnover !== null && c.logTurnover !== null) {
    const gap = Math.abs(k.logTurnover - c.logTurnover);
    score += Math.max(0, 1 - gap / 2);
    why?.push(`turnover ${gap < 0.3 ? 'about the same' : `${gap.toFixed(1)} orders of magnitude apart`}`);
  }
  if (r.nace && r.nace === c.nace) {
    score += 0.5;
    why?.push(`same sector (${r.nace})`);
  }
  return score - (year - k.year) * 0.05;
}

/**
 * The decided cases most like the one asked about: same authority, size, articles, sector. Every
 * case decided by the date is scored; the words are written for the five shown only.
 */
function nearestCases(records: readonly SanctionRecord[], c: FineCase): NearestCase[] {
  const wanted = articleFlags(c.articles).families;
  const year = Number(c.date.slice(0, 4));
  const top: { k: Comparable; score: number }[] = [];
  for (const k of comparables(records))
    if (k.r.date <= c.date) top.push({ k, score: likeness(k, c, year, wanted) });
  top.sort((a, b) => b.score - a.score || (a.k.r.date < b.k.r.date ? 1 : -1));
  return top.slice(0, 5).map(({ k }) => {
    const why: string[] = [];
    likeness(k, c, year, wanted, why);
    const { r } = k;
    return {
      id: r.id,
      entity: r.entity,
      authority: r.authority,
      date: r.date,
      amountEur: r.amountEur.amount,
      url: r.sources[0] as string,
      why: why.join('; ') || 'same regime',
    };
  });
}

/** The annual rate of a fine for the regime's case and the expected annual loss. */
export function regimeFrequency(
  parameters: FrequencyParameters,
  estimate: ModelEstimate,
  posture: { readonly applicable: number; readonly notMet: number } | null,
  explain = true,
  country: string | null = null,
): RegimeFrequency {
  const rate = annualRate(parameters, estimate.cell.cell, posture, explain, country);
  return {
    rate: rate.rate,
    probability: rate.probability,
    expectedAnnualLoss: eur(rate.rate * Number(estimate.expected.amount)),
    expectedAnnualLossValue: rate.rate * estimate.expectedValue,
    basis: rate.basis,
    lowerBound: rate.lowerBound,
    country: rate.country,
  };
}

/** The capped predictive distribution of the case as money values, for simulate. */
export function predictiveSample(model: FineModel, c: FineCase, capEur: number | null): readonly string[] {
  return Array.from(predictFine(model, c, { cap: capEur }).sample, (v) =>
    (Math.round(v * 100) / 100).toFixed(2),
  );
}
